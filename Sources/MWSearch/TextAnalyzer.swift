import Foundation

/// Text analysis shared by the index builder and the query engine.
///
/// `templates/assets/js/analyzer.js` implements exactly the same rules; both
/// are checked against `Tests/vectors/text-analysis.json`.
///
/// - fold: NFKD, drop nonspacing marks, lowercase, then a few letters that
///   do not decompose (ß→ss, æ→ae, œ→oe, ø→o, ł→l, đ/ð→d, þ→th, ı→i, ς→σ).
///   "Financiële" → "financiele", "ĳ" → "ij".
/// - tokenize: a token starts with a letter or digit (Unicode L or N) and
///   continues with letters, digits and combining marks (M); everything else
///   (spaces, punctuation, apostrophes, hyphens) separates tokens:
///   "auto's" → "auto", "s".
/// - analyze: fold, tokenize, drop Snowball Dutch stop words, stem.
public struct TextAnalyzer: Sendable {
    /// Snowball's Dutch stop word list (snowballstem.org/algorithms/dutch/stop.txt).
    public static let stopWords: Set<String> = [
        "de", "en", "van", "ik", "te", "dat", "die", "in", "een", "hij", "het", "niet", "zijn", "is",
        "was", "op", "aan", "met", "als", "voor", "had", "er", "maar", "om", "hem", "dan", "zou", "of",
        "wat", "mijn", "men", "dit", "zo", "door", "over", "ze", "zich", "bij", "ook", "tot", "je", "mij",
        "uit", "der", "daar", "haar", "naar", "heb", "hoe", "heeft", "hebben", "deze", "u", "want", "nog",
        "zal", "me", "zij", "nu", "ge", "geen", "omdat", "iets", "worden", "toch", "al", "waren", "veel",
        "meer", "doen", "toen", "moet", "ben", "zonder", "kan", "hun", "dus", "alles", "onder", "ja",
        "eens", "hier", "wie", "werd", "altijd", "doch", "wordt", "wezen", "kunnen", "ons", "zelf",
        "tegen", "na", "reeds", "wil", "kon", "niets", "uw", "iemand", "geweest", "andere",
    ]

    private static let specialFolds: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ς": "σ",
    ]

    public static func fold(_ text: String) -> String {
        var text = text
        return text.withUTF8 { utf8 -> String in
            // On the UTF-8 bytes: ASCII (most of a Dutch text) is lowered in place; only the other
            // scalars are decoded (iterating `unicodeScalars` decoded every one).
            var out: [UInt8] = []
            out.reserveCapacity(utf8.count)
            var i = 0
            while i < utf8.count {
                let byte = utf8[i]
                if byte < 0x80 {
                    out.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                    i += 1
                    continue
                }
                // A valid String: the lead byte says how long the sequence is.
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var v = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1..<length { v = v << 6 | UInt32(utf8[i + k] & 0x3F) }
                if let folded = foldTable[v] {
                    for scalar in folded { out.append(contentsOf: scalar.utf8) }
                } else if let scalar = Unicode.Scalar(v) {
                    for folded in foldScalar(scalar) { out.append(contentsOf: folded.utf8) }
                }
                i += length
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Precomputed folds for the Latin blocks, general punctuation and ligatures
    /// (Foundation's decomposition is slow on Linux when called per character).
    static let foldTable: [UInt32: [Unicode.Scalar]] = {
        var table: [UInt32: [Unicode.Scalar]] = [:]
        for range in [0x80...0x24F, 0x1E00...0x1EFF, 0x2000...0x206F, 0xFB00...0xFB06] {
            for v in range {
                if let scalar = Unicode.Scalar(UInt32(v)) { table[UInt32(v)] = foldScalar(scalar) }
            }
        }
        return table
    }()

    /// Folds one non-ASCII scalar. Decomposing scalar by scalar gives the same
    /// result as decomposing the whole text, because canonical reordering only
    /// moves combining marks, which are removed.
    static func foldScalar(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for d in String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars
        where d.properties.generalCategory != .nonspacingMark {
            for l in d.properties.lowercaseMapping.unicodeScalars {
                if let replacement = specialFolds[l] {
                    result.append(contentsOf: replacement.unicodeScalars)
                } else {
                    result.append(l)
                }
            }
        }
        return result
    }

    public static func tokenize(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return scan(text).map { String(decoding: bytes[$0.utf8], as: UTF8.self) }
    }

    /// The token ranges of `text` in UTF-16 code units (the unit JavaScript
    /// strings use); used for highlighting.
    public static func tokenSpans(_ text: String) -> [Range<Int>] {
        scan(text).map(\.utf16)
    }

    private struct Span {
        var utf8: Range<Int>
        var utf16: Range<Int>
    }

    /// A token starts at a letter or digit and runs while letters, digits or
    /// combining marks follow.
    private static func scan(_ text: String) -> [Span] {
        var spans: [Span] = []
        var u8 = 0, u16 = 0
        var start8 = -1, start16 = 0
        for scalar in text.unicodeScalars {
            let k = kind(scalar)
            if start8 >= 0 {
                if k == .other {
                    spans.append(Span(utf8: start8..<u8, utf16: start16..<u16))
                    start8 = -1
                }
            } else if k == .start {
                start8 = u8
                start16 = u16
            }
            let v = scalar.value
            u8 += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
            u16 += v < 0x10000 ? 1 : 2
        }
        if start8 >= 0 { spans.append(Span(utf8: start8..<u8, utf16: start16..<u16)) }
        return spans
    }

    public static func isStopWord(_ word: String) -> Bool {
        stopWords.contains(word)
    }

    /// fold → tokenize → drop stop words → stem.
    public static func analyze(_ text: String) -> [String] {
        tokenize(fold(text)).compactMap { isStopWord($0) ? nil : DutchStemmer.stem($0) }
    }

    // MARK: - Character classes

    private enum Kind { case start, mark, other }

    private static func kind(_ s: Unicode.Scalar) -> Kind {
        let v = s.value
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) ? .start : .other
        }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return .start
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return .mark
        default:
            return .other
        }
    }
}
