import Foundation

/// A position in a source file, 1-based. Stored in 32 bits each (every front-matter value keeps
/// one, so this halves what positions take of a large site's memory); files of more than four
/// billion lines or columns cannot occur (the loader refuses files over 1 MB).
public struct Position: Sendable, Hashable, Comparable {
    private var storedLine: UInt32
    private var storedColumn: UInt32
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = UInt32(clamping: newValue) }
    }
    public init(line: Int, column: Int) {
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
    }
    public static let start = Position(line: 1, column: 1)
    public static func < (a: Position, b: Position) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// One problem found in the content, reported as `path:line:column: severity: message`.
public struct Diagnostic: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable { case error, warning }

    public var path: String
    public var position: Position
    public var severity: Severity
    public var message: String

    public init(path: String, position: Position = .start, severity: Severity = .error, message: String) {
        self.path = path
        self.position = position
        self.severity = severity
        self.message = message
    }

    public static func error(_ path: String, _ position: Position, _ message: String) -> Diagnostic {
        Diagnostic(path: path, position: position, severity: .error, message: message)
    }

    public static func warning(_ path: String, _ position: Position, _ message: String) -> Diagnostic {
        Diagnostic(path: path, position: position, severity: .warning, message: message)
    }

    public var description: String {
        "\(path):\(position.line):\(position.column): \(severity.rawValue): \(message)"
    }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.path, a.position, a.message) < (b.path, b.position, b.message)
    }
}

/// Thrown when a content tree has errors; carries all of them.
public struct ContentErrors: Error, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics.sorted() }
    public var description: String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        return diagnostics.map(\.description).joined(separator: "\n")
            + "\n\(errors) fout\(errors == 1 ? "" : "en") gevonden."
    }
}
