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

    /// `replacingOccurrences(of:with:)` on UTF-8 bytes, without the trip through NSString (which
    /// converts to UTF-16 and back: several percent of a build where hours, sitemaps and the
    /// keuzehulp data were formatted). UTF-8 is self-synchronising, so a match of a valid needle
    /// always starts and ends on a character boundary.
    public func replacingAll(_ needle: String, with replacement: String) -> String {
        var needle = needle, replacement = replacement, text = self
        return needle.withUTF8 { n -> String in
            guard let head = n.first else { return self }
            return text.withUTF8 { bytes -> String in
                guard var i = bytes.firstIndex(of: head) else { return self }
                var out: [UInt8] = []
                var copied = 0
                let last = bytes.count - n.count
                while i <= last {
                    if bytes[i] == head, n.count == 1 || memcmp(bytes.baseAddress! + i, n.baseAddress!, n.count) == 0 {
                        if out.isEmpty { out.reserveCapacity(bytes.count + 16) }
                        out.append(contentsOf: bytes[copied..<i])
                        replacement.withUTF8 { out.append(contentsOf: $0) }
                        i += n.count
                        copied = i
                    } else {
                        i += 1
                    }
                }
                if copied == 0 { return self }
                out.append(contentsOf: bytes[copied...])
                return String(decoding: out, as: UTF8.self)
            }
        }
    }
}
