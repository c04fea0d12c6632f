import Foundation

/// Slugs name documents in URLs and references: lowercase ASCII words joined by single hyphens.
public enum Slug {
    public static func isValid(_ s: String) -> Bool {
        let bytes = s.utf8
        guard let first = bytes.first, let last = bytes.last, first != 0x2D, last != 0x2D else { return false }
        var previous: UInt8 = 0
        for b in bytes {
            guard (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) || b == 0x2D, !(b == 0x2D && previous == 0x2D) else { return false }
            previous = b
        }
        return true
    }

    /// Turns any text into a slug: "Hoe werkt het?" → "hoe-werkt-het", "Financiën" → "financien".
    public static func make(_ text: String) -> String {
        // Folding goes through ICU; plain ASCII (most headings) only needs lowercasing.
        let folded = text.utf8.allSatisfy({ $0 < 128 }) ? text.lowercased()
            : text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "nl")).lowercased()
        var out = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return out
    }
}
