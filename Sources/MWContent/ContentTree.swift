import Foundation

/// Stages 1–3 together: every document of a content folder, parsed and validated one by one.
public struct ContentTree: Sendable {
    public var root: URL
    public var documents: [Document]
    public var settings: SiteSettings
    public var assets: [String]
    public var diagnostics: [Diagnostic]

    public static func read(from root: URL) throws -> ContentTree {
        let loaded = try ContentLoader(root: root).load()
        var diagnostics = loaded.diagnostics
        var settings = SiteSettings()
        let files = loaded.files
        // Parsing is independent per file: use every core.
        let results = Parallel.map(files) { file -> (Document?, [Diagnostic]) in
            guard case .document(let type, let slug, let gemeente) = ContentLocation.classify(file.path) else { return (nil, []) }
            return DocumentParser.parse(file, as: type, slug: slug, gemeente: gemeente)
        }
        var documents: [Document] = []
        for (i, file) in files.enumerated() {
            if case .settings = ContentLocation.classify(file.path) {
                let (s, d) = SiteSettings.parse(file)
                settings = s
                diagnostics += d
                continue
            }
            if let document = results[i].0 { documents.append(document) }
            diagnostics += results[i].1
        }
        return ContentTree(root: root, documents: documents, settings: settings, assets: loaded.assets, diagnostics: diagnostics)
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
