import Yams

/// Stage 2a: splits a file into YAML front matter and Markdown body, and parses the YAML.
public enum FrontMatterParser {
    public struct Parsed {
        public var yaml: Node
        /// File line of the first YAML line (positions in `yaml` are shifted by this).
        public var yamlLineOffset: Int
        public var body: String
        public var bodyLine: Int
        /// The UTF-8 length of the file up to the body: the front matter with its fences.
        public var frontMatterLength: Int
    }

    public static func parse(_ file: SourceFile) -> Result<Parsed, Diagnostic> {
        // Only the front matter is split into lines; the body is taken as one slice.
        let text = file.text
        // Lines are found on UTF-8 bytes: "\n" is ASCII, so its index is also a String index.
        let utf8 = text.utf8
        func isFence(_ line: Substring, _ marks: [String]) -> Bool {
            var bytes = line.utf8[...]
            while let last = bytes.last, last == 0x20 || last == 0x09 { bytes = bytes.dropLast() }
            return marks.contains { $0.utf8.elementsEqual(bytes) }
        }
        var lineStart = text.startIndex
        var lineNumber = 1
        /// The next line (without its newline) and the start of the one after it.
        func nextLine() -> (Substring, String.Index)? {
            guard lineStart < text.endIndex else { return nil }
            let end = utf8[lineStart...].firstIndex(of: 0x0A) ?? text.endIndex
            let line = text[lineStart..<end]
            return (line, end < text.endIndex ? utf8.index(after: end) : text.endIndex)
        }
        guard let (first, afterFirst) = nextLine(), isFence(first, ["---"]) else {
            return .failure(.error(file.path, .start, "het bestand moet beginnen met front matter: een regel '---', de velden in YAML en weer een regel '---'"))
        }
        lineStart = afterFirst
        let yamlStart = afterFirst
        var closing: (yamlEnd: String.Index, bodyStart: String.Index)?
        while let (line, next) = nextLine() {
            lineNumber += 1
            if isFence(line, ["---", "..."]) {
                closing = (line.startIndex, next)
                break
            }
            lineStart = next
        }
        guard let closing else {
            return .failure(.error(file.path, .start, "de front matter wordt niet afgesloten: voeg een regel '---' toe na de laatste YAML-regel"))
        }
        var yamlText = String(text[yamlStart..<closing.yamlEnd])
        if yamlText.hasSuffix("\n") { yamlText.removeLast() }
        let body = String(text[closing.bodyStart...])
        let end = lineNumber - 1   // 0-based index of the closing fence line, as before
        switch parseYAML(yamlText, path: file.path, lineOffset: 1) {
        case .success(let node):
            return .success(Parsed(yaml: node ?? .mapping(Node.Mapping([])), yamlLineOffset: 1, body: body, bodyLine: end + 2,
                                   frontMatterLength: utf8.distance(from: text.startIndex, to: closing.bodyStart)))
        case .failure(let d):
            return .failure(d)
        }
    }

    /// Parses YAML text; positions in errors are shifted by `lineOffset` lines.
    public static func parseYAML(_ text: String, path: String, lineOffset: Int) -> Result<Node?, Diagnostic> {
        do {
            // The basic resolver: every scalar stays a string (FieldValidator checks types itself),
            // which skips the regular expressions of the default resolver.
            // An explicit encoding: `.default` reads the whole process environment on every call.
            return .success(try Yams.compose(yaml: text, .basic, .default, .utf8))
        } catch let error as YamlError {
            let (message, mark) = describe(error)
            let position = mark.map { Position(line: $0.line + lineOffset, column: $0.column) } ?? Position(line: 1 + lineOffset, column: 1)
            return .failure(.error(path, position, "ongeldige YAML in de front matter: \(message)"))
        } catch {
            return .failure(.error(path, Position(line: 1 + lineOffset, column: 1), "ongeldige YAML in de front matter: \(error)"))
        }
    }

    static func describe(_ error: YamlError) -> (String, Mark?) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let translated = translations.first { problem.contains($0.key) }?.value ?? problem
            let context = context.map { " (\($0.text))" } ?? ""
            return (translated + context + hint(problem), mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            return ("een veld staat er twee keer in: \(duplicates.joined(separator: ", "))", context.mark)
        case let .reader(problem, _, _, _):
            return (problem, nil)
        default:
            return ("\(error)", nil)
        }
    }

    static let translations: [String: String] = [
        "mapping values are not allowed in this context": "hier mag geen ':' staan",
        "did not find expected key": "een veldnaam werd verwacht",
        "found character that cannot start any token": "dit teken mag hier niet beginnen",
        "found unexpected end of stream": "de tekst houdt onverwacht op",
        "did not find expected ',' or ']'": "een ',' of ']' werd verwacht",
        "did not find expected ',' or '}'": "een ',' of '}' werd verwacht",
        "found a tab character": "tabs zijn niet toegestaan, gebruik spaties",
        "did not find expected '-' indicator": "een lijstitem ('- ') werd verwacht",
        "could not find expected ':'": "een ':' na de veldnaam werd verwacht",
        "found unknown escape character": "onbekend escape-teken na \\",
    ]

    static func hint(_ problem: String) -> String {
        problem.contains("mapping values") ? "; zet tekst met een dubbele punt tussen aanhalingstekens" : ""
    }
}
