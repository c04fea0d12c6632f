/// The original Snowball Dutch stemming algorithm
/// (https://snowballstem.org/algorithms/dutch/stemmer.html, the "dutch"
/// stemmer of Snowball 2.x, later renamed "dutch_porter").
///
/// The input must be a single lowercase word. Upper case `I` and `Y` are used
/// internally as markers for consonantal i/y, exactly as in the reference.
/// `templates/assets/js/analyzer.js` contains a line-by-line port; both are
/// checked against the Snowball reference vocabulary in
/// `Tests/vectors/text-analysis.json`.
public struct DutchStemmer: Sendable {
    private typealias Word = [Unicode.Scalar]

    public static func stem(_ word: String) -> String {
        var w = Word(word.unicodeScalars)
        prelude(&w)
        let (p1, p2) = markRegions(w)
        standardSuffix(&w, p1: p1, p2: p2)
        var out = String.UnicodeScalarView()
        for c in w {
            switch c {
            case "I": out.append("i")
            case "Y": out.append("y")
            default: out.append(c)
            }
        }
        return String(out)
    }

    // MARK: - Groupings

    /// v = a e i o u y è
    private static func isVowel(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "a", "e", "i", "o", "u", "y", "\u{E8}": return true
        default: return false
        }
    }

    // MARK: - Prelude and regions

    private static func prelude(_ w: inout Word) {
        // Remove umlauts and acute accents.
        for i in w.indices {
            switch w[i] {
            case "\u{E4}", "\u{E1}": w[i] = "a"
            case "\u{EB}", "\u{E9}": w[i] = "e"
            case "\u{EF}", "\u{ED}": w[i] = "i"
            case "\u{F6}", "\u{F3}": w[i] = "o"
            case "\u{FC}", "\u{FA}": w[i] = "u"
            default: break
            }
        }
        // Initial y, y after a vowel and i between vowels are consonants.
        if w.first == "y" { w[0] = "Y" }
        var cursor = 0
        while true {
            var p = cursor
            var found = false
            while p < w.count {
                if isVowel(w[p]), p + 1 < w.count {
                    if w[p + 1] == "i", p + 2 < w.count, isVowel(w[p + 2]) {
                        w[p + 1] = "I"
                        cursor = p + 3
                        found = true
                        break
                    }
                    if w[p + 1] == "y" {
                        w[p + 1] = "Y"
                        cursor = p + 2
                        found = true
                        break
                    }
                }
                p += 1
            }
            if !found { break }
        }
    }

    /// R1 is the region after the first non-vowel following a vowel (with at
    /// least 3 letters before it); R2 is the same, starting from R1.
    private static func markRegions(_ w: Word) -> (Int, Int) {
        let n = w.count
        var p1 = n
        var p2 = n
        var i = 0
        while i < n, !isVowel(w[i]) { i += 1 }
        guard i < n else { return (p1, p2) }
        i += 1
        while i < n, isVowel(w[i]) { i += 1 }
        guard i < n else { return (p1, p2) }
        i += 1
        p1 = max(i, 3)
        while i < n, !isVowel(w[i]) { i += 1 }
        guard i < n else { return (p1, p2) }
        i += 1
        while i < n, isVowel(w[i]) { i += 1 }
        guard i < n else { return (p1, p2) }
        p2 = i + 1
        return (p1, p2)
    }

    // MARK: - Suffix removal

    private static func ends(_ w: Word, _ suffix: String) -> Bool {
        let s = Word(suffix.unicodeScalars)
        return w.count >= s.count && Array(w[(w.count - s.count)...]) == s
    }

    private static func undouble(_ w: inout Word) {
        if ends(w, "kk") || ends(w, "dd") || ends(w, "tt") { w.removeLast() }
    }

    /// Deletes the suffix starting at `start` if it is in R1, preceded by a
    /// non-vowel and not by "gem"; then undoubles.
    @discardableResult
    private static func enEnding(_ w: inout Word, start: Int, p1: Int) -> Bool {
        guard start >= p1, start > 0, !isVowel(w[start - 1]) else { return false }
        if start >= 3, w[start - 3] == "g", w[start - 2] == "e", w[start - 1] == "m" { return false }
        w.removeSubrange(start...)
        undouble(&w)
        return true
    }

    /// Step 2: delete a final e in R1 after a non-vowel; returns whether it did.
    private static func eEnding(_ w: inout Word, p1: Int) -> Bool {
        guard ends(w, "e") else { return false }
        let start = w.count - 1
        guard start >= p1, start > 0, !isVowel(w[start - 1]) else { return false }
        w.removeLast()
        undouble(&w)
        return true
    }

    private static func standardSuffix(_ w: inout Word, p1: Int, p2: Int) {
        // Step 1
        if ends(w, "heden") {
            if w.count - 5 >= p1 { w.replaceSubrange((w.count - 3)..., with: Word("id".unicodeScalars)) }
        } else if ends(w, "ene") {
            enEnding(&w, start: w.count - 3, p1: p1)
        } else if ends(w, "en") {
            enEnding(&w, start: w.count - 2, p1: p1)
        } else if ends(w, "se") || ends(w, "s") {
            let start = w.count - (ends(w, "se") ? 2 : 1)
            if start >= p1, start > 0, !isVowel(w[start - 1]), w[start - 1] != "j" {
                w.removeSubrange(start...)
            }
        }

        // Step 2
        let eFound = eEnding(&w, p1: p1)

        // Step 3a
        if ends(w, "heid") {
            let start = w.count - 4
            if start >= p2, !(start > 0 && w[start - 1] == "c") {
                w.removeSubrange(start...)
                if ends(w, "en") { enEnding(&w, start: w.count - 2, p1: p1) }
            }
        }

        // Step 3b: the longest of end, ing, ig, lijk, baar, bar
        if ends(w, "lijk") {
            if w.count - 4 >= p2 {
                w.removeLast(4)
                _ = eEnding(&w, p1: p1)
            }
        } else if ends(w, "baar") {
            if w.count - 4 >= p2 { w.removeLast(4) }
        } else if ends(w, "end") || ends(w, "ing") {
            if w.count - 3 >= p2 {
                w.removeLast(3)
                let igStart = w.count - 2
                if ends(w, "ig"), igStart >= p2, !(igStart > 0 && w[igStart - 1] == "e") {
                    w.removeLast(2)
                } else {
                    undouble(&w)
                }
            }
        } else if ends(w, "bar") {
            if w.count - 3 >= p2, eFound { w.removeLast(3) }
        } else if ends(w, "ig") {
            let start = w.count - 2
            if start >= p2, !(start > 0 && w[start - 1] == "e") { w.removeLast(2) }
        }

        // Step 4: undouble a vowel in a final C-VV-D (D not I).
        let n = w.count
        if n >= 4 {
            let d = w[n - 1]
            let v = w[n - 2]
            if !isVowel(d), d != "I", w[n - 3] == v, ["a", "e", "o", "u"].contains(v), !isVowel(w[n - 4]) {
                w.remove(at: n - 2)
            }
        }
    }
}
