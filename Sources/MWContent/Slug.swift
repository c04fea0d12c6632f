import Foundation

/// Slugs name documents in URLs and references: lowercase ASCII words joined by single hyphens.
public enum Slug {
    public static func isValid(_ s: String) -> Bool {
        guard !s.isEmpty, s.first != "-", s.last != "-", !s.contains("--") else { return false }
        return s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
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
