import Foundation
import MWContent
import MWMarkdown

/// Resolves body links of one document to page URLs relative to that document's page.
struct LinkLookup: Sendable {
    let documents: [Document]
    let index: [String: Int]
    let byPath: [String: String]

    struct Result: Sendable {
        var body: RenderedBody
        var diagnostics: [Diagnostic]
        /// (target slug, fragment, position) per document link.
        var links: [(String, String?, Position)]
    }

    /// "url|title" of a slug, or "" when it does not exist: what a rendered link depends on.
    func signature(_ slug: String) -> String {
        index[slug].map { documents[$0].url + "|" + documents[$0].title } ?? ""
    }

    func render(_ doc: Document, cache: BodyCache?) -> Result {
        if let hit = cache?.lookup(doc, resolve: signature) { return hit }
        var targets: [String: String] = [:]
        let result = render(doc) { slug in targets[slug] = signature(slug) }
        if !result.diagnostics.contains(where: { $0.severity == .error }) { cache?.store(doc, targets: targets, result: result) }
        return result
    }

    func render(_ doc: Document, noting: (String) -> Void = { _ in }) -> Result {
        let prefix = SitePath.rootPrefix(of: doc.url)
        let output = MarkdownRenderer.render(doc.body) { target in
            let slug: String, fragment: String?
            switch target {
            case .document(let s, let f):
                slug = s
                fragment = f
            case .markdownFile(let path, let f):
                let resolved = normalize(path, relativeTo: doc.path)
                guard let s = byPath[resolved] else {
                    noting("path:" + resolved)
                    return .broken("de link naar '\(path)' wijst naar een bestand dat niet bestaat (\(resolved))")
                }
                slug = s
                fragment = f
            }
            noting(slug)
            guard let target = index[slug].map({ documents[$0] }) else {
                return .broken("de link naar '\(slug)' wijst naar een document dat niet bestaat.\(Suggestion.hint(for: slug, in: index.keys))")
            }
            return .resolved(url: prefix + target.url + (fragment.map { "#\($0)" } ?? ""), title: target.title)
        }
        var diagnostics: [Diagnostic] = []
        var links: [(String, String?, Position)] = []
        for problem in output.problems {
            let position = Position(line: doc.bodyLine + problem.line - 1, column: problem.column)
            diagnostics.append(problem.isError ? .error(doc.path, position, problem.message) : .warning(doc.path, position, problem.message))
        }
        for (target, line, column) in output.links {
            let position = Position(line: doc.bodyLine + line - 1, column: column)
            switch target {
            case .document(let slug, let fragment) where index[slug] != nil:
                links.append((slug, fragment, position))
            case .markdownFile(let path, let fragment):
                if let slug = byPath[normalize(path, relativeTo: doc.path)] { links.append((slug, fragment, position)) }
            default: break
            }
        }
        return Result(body: RenderedBody(html: output.html, headings: output.headings, plainText: output.plainText),
                      diagnostics: diagnostics, links: links)
    }

    /// "../lessen/x.md" relative to "aanpakken/y.md" → "lessen/x.md".
    func normalize(_ path: String, relativeTo documentPath: String) -> String {
        var parts = documentPath.split(separator: "/").dropLast().map(String.init)
        for component in path.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(component))
            }
        }
        return parts.joined(separator: "/")
    }
}
