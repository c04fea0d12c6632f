import MWContent
import MWGraph

extension SiteRenderer {
    /// The sociale kaart: an entry page, one page per gemeente and a printable list per gemeente.
    func socialeKaartPages() -> [OutputFile] {
        var files: [OutputFile] = []
        let gemeenten = graph.gemeenten
        var path = "sociale-kaart/index.html"
        files.append(page(path: path, title: "Sociale kaart", description: "Lokale voorzieningen per gemeente en per soort.", template: "sociale-kaart", context: [
            "gemeenten": gemeenten.map { g in
                ["naam": g.name, "url": "\(g.slug)/index.html", "aantal": g.voorzieningen.count,
                 "demo": g.voorzieningen.contains { $0["voorbeeld"]?.bool == true }] as [String: Any]
            },
            "soorten": graph.documents(of: .voorzieningsoort).map { card($0, from: path) },
        ], breadcrumbs: [("Sociale kaart", path)], demo: gemeenten.contains { $0.voorzieningen.contains { $0["voorbeeld"]?.bool == true } }))

        for g in gemeenten {
            path = "sociale-kaart/\(g.slug)/index.html"
            let demo = g.voorzieningen.contains { $0["voorbeeld"]?.bool == true }
            let bySoort = Dictionary(grouping: g.voorzieningen, by: { $0["soort"]?.string ?? "" })
            let soorten = graph.documents(of: .voorzieningsoort).filter { bySoort[$0.slug] != nil }
            let groups: [[String: Any]] = soorten.map { soort in
                ["heading": soort.title, "id": soort.slug, "soortUrl": "../../" + soort.url,
                 "items": bySoort[soort.slug]!.map { v -> [String: Any] in
                     var item = card(v, from: path)
                     let ctx = VoorzieningContext.make(v, graph: graph, settings: settings, root: "../../")
                     item["telefoon"] = ctx["telefoon"] ?? ""
                     item["adres"] = ctx["adres"] ?? ""
                     item["openingstijden"] = ctx["openingstijden"] ?? []
                     item["status"] = ctx["status"] ?? ""
                     item["nietActief"] = ctx["nietActief"] ?? false
                     item["soortId"] = soort.slug
                     item["domeinen"] = VoorzieningContext.levensdomeinen(v, graph: graph).joined(separator: " ")
                     item["zoektekst"] = [v.title, v.summary, v["organisatie"]?.string ?? "", soort.title].joined(separator: " ")
                     return item
                 }]
            }
            let domeinen = Set(g.voorzieningen.flatMap { VoorzieningContext.levensdomeinen($0, graph: graph) })
            let context: [String: Any] = [
                "gemeente": g.name,
                "aantal": g.voorzieningen.count,
                "groups": groups,
                "soorten": soorten.map { ["id": $0.slug, "label": $0.title] },
                "domeinen": Vocabulary.levensdomeinen.filter(domeinen.contains).map { ["id": $0, "label": Vocabulary.label($0)] },
            ]
            files.append(page(path: path, title: "Sociale kaart \(g.name)", description: "Alle voorzieningen in \(g.name), per soort.",
                              template: "gemeente", context: context,
                              breadcrumbs: [("Sociale kaart", "sociale-kaart/index.html"), (g.name, path)], demo: demo,
                              scripts: ["assets/js/sociale-kaart.js"]))
        }
        return files
    }
}
