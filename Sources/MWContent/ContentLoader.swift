import Foundation

/// Stage 1: lists and reads the files under the content folder, checking size and UTF-8.
public struct ContentLoader: Sendable {
    /// Files above this size are refused (a Markdown page is never this big).
    public static let maximumFileSize = 1_000_000

    public let root: URL
    let base: String
    public init(root: URL) {
        self.root = root
        base = root.standardizedFileURL.path
    }

    /// All regular files, relative, sorted; hidden files and folders are skipped.
    func listFiles() throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ContentErrors([.error(root.path, .start, "de inhoudsmap bestaat niet")])
        }
        var paths: [String] = []
        Self.walk(base, "", into: &paths)
        return paths.sorted()
    }

    /// Hidden names are skipped; a symbolic link counts when it points at a file.
    static func walk(_ base: String, _ relative: String, into paths: inout [String]) {
        for (name, kind) in DirectoryListing.entries(relative.isEmpty ? base : base + "/" + relative) ?? [] where !name.hasPrefix(".") {
            let child = relative.isEmpty ? name : relative + "/" + name
            var kind = kind
            if kind == .symlink || kind == .unknown {
                var info = stat()
                guard stat(base + "/" + child, &info) == 0 else { continue }
                let format = info.st_mode & S_IFMT
                kind = format == S_IFREG ? .file : (format == S_IFDIR && kind == .unknown ? .directory : .other)
            }
            if kind == .directory { walk(base, child, into: &paths) } else if kind == .file { paths.append(child) }
        }
    }

    func read(_ path: String) -> Swift.Result<SourceFile, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: base + "/" + path) else {
            return .failure(.error(path, .start, "het bestand kan niet worden gelezen"))
        }
        if data.count > Self.maximumFileSize {
            let mb = String(format: "%.1f", Double(data.count) / 1_000_000).replacingOccurrences(of: ".", with: ",")
            return .failure(.error(path, .start, "het bestand is te groot (\(mb) MB); een pagina mag hoogstens 1 MB zijn"))
        }
        // The standard library validates in bulk; the slow walk only runs to find the position.
        guard var text = data.withUnsafeBytes({ String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) }) else {
            let invalid = Self.firstInvalidUTF8(data) ?? .start
            return .failure(.error(path, invalid, "ongeldige UTF-8-tekens; sla het bestand op als UTF-8"))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if data.withUnsafeBytes({ $0.baseAddress.map { memchr($0, 13, data.count) != nil } ?? false }) { text = text.replacingAll("\r\n", with: "\n") }
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
