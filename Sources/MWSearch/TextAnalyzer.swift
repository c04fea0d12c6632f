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
        var stripped = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            stripped.append(scalar)
        }
        var out = String.UnicodeScalarView()
        for scalar in String(stripped).lowercased().unicodeScalars {
            if let replacement = specialFolds[scalar] {
                out.append(contentsOf: replacement.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    public static func tokenize(_ text: String) -> [String] {
        let units = Array(text.utf16)
        return tokenSpans(text).map { String(decoding: units[$0], as: UTF16.self) }
    }

    /// The token ranges of `text` in UTF-16 code units (the unit JavaScript
    /// strings use); used for highlighting.
    public static func tokenSpans(_ text: String) -> [Range<Int>] {
        let scalars = Array(text.unicodeScalars)
        var spans: [Range<Int>] = []
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for s in scalars {
            offsets.append(offset)
            offset += s.utf16.count
        }
        offsets.append(offset)

        var i = 0
        while i < scalars.count {
            guard kind(scalars[i]) == .start else { i += 1; continue }
            let start = i
            i += 1
            while i < scalars.count, kind(scalars[i]) != .other { i += 1 }
            spans.append(offsets[start]..<offsets[i])
        }
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
