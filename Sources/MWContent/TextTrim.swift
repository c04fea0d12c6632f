import Foundation

extension String {
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` without the trip through NSString when
    /// there is nothing to trim (almost always: YAML already strips plain scalars).
    public var trimmedWhitespace: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        // Surely not whitespace: visible ASCII, or a letter or digit beyond ASCII.
        let solid = { (s: Unicode.Scalar) in (0x21...0x7E).contains(s.value) || (s.value > 0x7F && s.properties.isAlphabetic) }
        if solid(first), solid(last) { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `replacingOccurrences(of:with:)` for a needle that is often absent, checked on bytes first.
    public func replacingIfPresent(_ needle: String, with replacement: String) -> String {
        let n = Array(needle.utf8)
        guard let head = n.first else { return self }
        let bytes = utf8
        var found = false
        var i = bytes.startIndex
        while i != bytes.endIndex {
            if bytes[i] == head, bytes[i...].starts(with: n) { found = true; break }
            i = bytes.index(after: i)
        }
        return found ? replacingOccurrences(of: needle, with: replacement) : self
    }
}
