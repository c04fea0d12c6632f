/// sitemap.xml with every HTML page except the 404 page.
enum Sitemap {
    static func file(paths: [String], baseURL: String) -> OutputFile {
        let urls = paths.filter { $0.hasSuffix(".html") && $0 != "404.html" && !$0.hasPrefix("assets/") }.sorted()
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in urls {
            xml += "  <url><loc>\(escape(baseURL + "/" + path))</loc></url>\n"
        }
        xml += "</urlset>\n"
        return OutputFile(path: "sitemap.xml", text: xml)
    }

    static func escape(_ s: String) -> String {
        s.replacingAll("&", with: "&amp;").replacingAll("<", with: "&lt;")
    }
}
