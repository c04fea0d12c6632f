import CCmark
import Foundation
import MWContent

/// Renders Markdown to HTML with libcmark: raw HTML is dropped, headings get stable ids, and
/// links to other documents are resolved through a caller-supplied resolver.
public enum MarkdownRenderer {
    public struct Heading: Sendable, Hashable {
        public var level: Int
        public var id: String
        public var text: String
        /// Line within the Markdown text (1-based).
        public var line: Int
    }

    /// A link target as an editor wrote it.
    public enum LinkTarget: Sendable, Hashable {
        /// `[[slug]]` or `[[slug#kop]]`.
        case document(slug: String, fragment: String?)
        /// A relative link to a Markdown file, e.g. `../lessen/x.md#kop`.
        case markdownFile(path: String, fragment: String?)
    }

    public enum Resolution: Sendable {
        case resolved(url: String, title: String)
        case broken(String)
    }

    public struct Problem: Sendable, Hashable {
        public var line: Int
        public var column: Int
        public var message: String
        public var isError: Bool
    }

    public struct Output: Sendable {
        public var html: String
        public var headings: [Heading]
        public var plainText: String
        public var problems: [Problem]
        /// Document links found in the body, in order.
        public var links: [(target: LinkTarget, line: Int, column: Int)]
    }

    public static func render(_ markdown: String, resolve: (LinkTarget) -> Resolution) -> Output {
        let source = WikiLinkRewriter.rewrite(markdown)
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        let bytes = Array(source.utf8)
        guard let document = cmark_parse_document(bytes, bytes.count, options) else {
            return Output(html: "", headings: [], plainText: "", problems: [], links: [])
        }
        defer { cmark_node_free(document) }

        var headings: [Heading] = []
        var usedIds: Set<String> = ["inhoud", "main"]
        var problems: [Problem] = []
        var links: [(LinkTarget, Int, Int)] = []
        var toRemove: [OpaquePointer] = []
        var plain: [String] = []

        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let line = Int(cmark_node_get_start_line(node)), column = Int(cmark_node_get_start_column(node))
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                toRemove.append(node)
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                if let literal = cmark_node_get_literal(node) { plain.append(String(cString: literal)) }
            case CMARK_NODE_HEADING:
                let level = Int(cmark_node_get_heading_level(node))
                let text = textContent(node)
                var id = slugify(text)
                if id.isEmpty { id = "kop" }
                var candidate = id, n = 2
                while usedIds.contains(candidate) { candidate = "\(id)-\(n)"; n += 1 }
                usedIds.insert(candidate)
                headings.append(Heading(level: level, id: candidate, text: text, line: line))
            case CMARK_NODE_IMAGE:
                if textContent(node).trimmingCharacters(in: .whitespaces).isEmpty {
                    problems.append(Problem(line: line, column: column, message: "afbeelding zonder alt-tekst: beschrijf de afbeelding tussen de [ ]", isError: false))
                }
            case CMARK_NODE_LINK:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                guard let target = linkTarget(url) else { break }
                links.append((target, line, column))
                switch resolve(target) {
                case .resolved(let resolvedURL, let title):
                    cmark_node_set_url(node, resolvedURL)
                    if cmark_node_first_child(node) == nil, let text = cmark_node_new(CMARK_NODE_TEXT) {
                        cmark_node_set_literal(text, title)
                        cmark_node_append_child(node, text)
                    }
                case .broken(let message):
                    problems.append(Problem(line: line, column: column, message: message, isError: true))
                }
            default:
                break
            }
        }
        for node in toRemove {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        var html = ""
        if let rendered = cmark_render_html(document, options) {
            html = String(cString: rendered)
            free(rendered)
        }
        return Output(html: addHeadingIds(html, headings), headings: headings,
                      plainText: plain.joined(separator: " "), problems: problems, links: links)
    }

    /// `mw:slug#frag` or a relative `.md` link; nil for external and in-page links.
    static func linkTarget(_ url: String) -> LinkTarget? {
        func split(_ s: String) -> (String, String?) {
            guard let hash = s.firstIndex(of: "#") else { return (s, nil) }
            return (String(s[..<hash]), String(s[s.index(after: hash)...]))
        }
        if url.hasPrefix(WikiLinkRewriter.scheme) {
            // Foundation's decoding only where there is something to decode (it was 0.7 % of a
            // build's profile, for links that hardly ever hold a "%").
            let target = String(url.dropFirst(WikiLinkRewriter.scheme.count))
            let (slug, fragment) = split(target.utf8.contains(UInt8(ascii: "%")) ? target.removingPercentEncoding ?? "" : target)
            return .document(slug: slug, fragment: fragment)
        }
        if url.utf8.contains(UInt8(ascii: ":")) || url.hasPrefix("#") || url.hasPrefix("/") { return nil }
        let (path, fragment) = split(url)
        return path.hasSuffix(".md") ? .markdownFile(path: path, fragment: fragment) : nil
    }

    static func textContent(_ node: OpaquePointer) -> String {
        var parts: [String] = []
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let n = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(n)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(n) {
                parts.append(String(cString: literal))
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                parts.append(" ")
            }
        }
        return parts.joined()
    }

    /// Heading ids: lowercase ASCII words joined by hyphens ("Hoe werkt het?" → "hoe-werkt-het").
    public static func slugify(_ text: String) -> String { Slug.make(text) }

    /// cmark writes headings as `<hN>` in document order; raw HTML is gone and text is escaped,
    /// so every `<hN>` in the output is a heading and can take its id in turn.
    static func addHeadingIds(_ html: String, _ headings: [Heading]) -> String {
        guard !headings.isEmpty else { return html }
        let bytes = Array(html.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + headings.count * 24)
        var i = 0
        for heading in headings {
            let tag = Array("<h\(heading.level)>".utf8)
            var found: Int?
            var j = i
            while j + tag.count <= bytes.count {
                if bytes[j] == 0x3C, bytes[j + 1] == 0x68, bytes[j..<(j + tag.count)].elementsEqual(tag) { found = j; break }
                j += 1
            }
            guard let at = found else { break }
            result += bytes[i..<at]
            result += Array("<h\(heading.level) id=\"\(heading.id)\">".utf8)
            i = at + tag.count
        }
        result += bytes[i...]
        return String(decoding: result, as: UTF8.self)
    }
}
