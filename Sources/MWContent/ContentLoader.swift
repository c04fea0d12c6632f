import Foundation

/// Stage 1: lists and reads the files under the content folder, checking size and UTF-8.
public struct ContentLoader: Sendable {
    /// Files above this size are refused (a Markdown page is never this big).
    public static let maximumFileSize = 1_000_000

    public let root: URL
    public init(root: URL) { self.root = root }

    /// All regular files, relative, sorted; hidden files and folders are skipped.
    func listFiles() throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ContentErrors([.error(root.path, .start, "de inhoudsmap bestaat niet")])
        }
        let base = root.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var paths: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue { paths.append(relative) }
        }
        return paths.sorted()
    }

    func read(_ path: String) -> Swift.Result<SourceFile, Diagnostic> {
        let url = root.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(.error(path, .start, "het bestand kan niet worden gelezen"))
        }
        if data.count > Self.maximumFileSize {
            let mb = String(format: "%.1f", Double(data.count) / 1_000_000).replacingOccurrences(of: ".", with: ",")
            return .failure(.error(path, .start, "het bestand is te groot (\(mb) MB); een pagina mag hoogstens 1 MB zijn"))
        }
        if let invalid = Self.firstInvalidUTF8(data) {
            return .failure(.error(path, invalid, "ongeldige UTF-8-tekens; sla het bestand op als UTF-8"))
        }
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if data.contains(13) { text = text.replacingOccurrences(of: "\r\n", with: "\n") }
        return .success(SourceFile(path: path, text: text))
    }

    /// The position of the first byte that is not valid UTF-8, or nil.
    static func firstInvalidUTF8(_ data: Data) -> Position? {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var line = 1, column = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                return nil
            case .error:
                return Position(line: line, column: column)
            }
        }
    }
}
