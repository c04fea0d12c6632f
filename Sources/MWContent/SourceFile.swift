import Foundation

/// A file read from the content folder, before parsing.
public struct SourceFile: Sendable {
    /// Path relative to the content folder, with "/" separators.
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
