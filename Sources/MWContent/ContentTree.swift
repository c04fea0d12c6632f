import Foundation

/// Stages 1–3 together: every document of a content folder, read, parsed and validated one by one.
public struct ContentTree: Sendable {
    public var root: URL
    public var documents: [Document]
    public var settings: SiteSettings
    public var assets: [String]
    public var diagnostics: [Diagnostic]

    enum Item: Sendable {
        case document((Document?, [Diagnostic]))
        case settings(SiteSettings, [Diagnostic])
        case asset(String)
        case problem(Diagnostic)
    }

    /// Reads the tree; with a cache, unchanged files are neither read nor parsed again.
    public static func read(from root: URL, cache: ParseCache? = nil) throws -> ContentTree {
        let loader = ContentLoader(root: root)
        let paths = try loader.listFiles()
        // A first read reads every file: have the kernel fetch them ahead of the parsing threads.
        // (Later reads, with a filled cache, read the changed files only.)
        let readAhead = cache?.isEmpty == false ? nil : ReadAhead(paths, in: loader.base)
        defer { readAhead?.stop() }
        // Reading and parsing are independent per file: use every core.
        let items = Parallel.map(paths) { path -> Item in
            switch ContentLocation.classify(path) {
            case .asset:
                return .asset(path)
            case .unknown(let reason):
                return .problem(.error(path, .start, reason))
            case .settings:
                switch loader.read(path) {
                case .success(let file):
                    let (settings, diagnostics) = SiteSettings.parse(file)
                    return .settings(settings, diagnostics)
                case .failure(let d): return .problem(d)
                }
            case .document(let type, let slug, let gemeente):
                // Only a cache needs the URL (Foundation's URL append was 1.3 % of a 100,000-document build).
                let url = cache.map { _ in root.appendingPathComponent(path) }
                if let url, let (_, result) = cache?.unchanged(path, at: url) { return .document(result) }
                switch loader.read(path) {
                case .success(let file):
                    let result = DocumentParser.parse(file, as: type, slug: slug, gemeente: gemeente)
                    if let url { cache?.store(path, at: url, file: file, result: result) }
                    return .document(result)
                case .failure(let d):
                    return .problem(d)
                }
            }
        }
        cache?.forget(except: Set(paths))
        var tree = ContentTree(root: root, documents: [], settings: SiteSettings(), assets: [], diagnostics: [])
        for item in items {
            switch item {
            case .document(let (document, diagnostics)):
                if let document { tree.documents.append(document) }
                tree.diagnostics += diagnostics
            case .settings(let settings, let diagnostics):
                tree.settings = settings
                tree.diagnostics += diagnostics
            case .asset(let path): tree.assets.append(path)
            case .problem(let d): tree.diagnostics.append(d)
            }
        }
        return tree
    }

    /// Reads and parses one document file again (after an edit), updating the cache; nil when the
    /// path is not a document.
    public static func readDocument(_ path: String, in root: URL, cache: ParseCache? = nil) -> (Document?, [Diagnostic])? {
        guard case .document(let type, let slug, let gemeente) = ContentLocation.classify(path) else { return nil }
        let loader = ContentLoader(root: root)
        switch loader.read(path) {
        case .success(let file):
            let result = DocumentParser.parse(file, as: type, slug: slug, gemeente: gemeente)
            cache?.store(path, at: root.appendingPathComponent(path), file: file, result: result)
            return result
        case .failure(let d):
            return (nil, [d])
        }
    }

    /// The tree with the document at `document.path` replaced.
    public func replacing(_ document: Document, diagnostics new: [Diagnostic]) -> ContentTree {
        var tree = self
        if let i = tree.documents.firstIndex(where: { $0.path == document.path }) { tree.documents[i] = document }
        tree.diagnostics = tree.diagnostics.filter { $0.path != document.path } + new
        return tree
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
