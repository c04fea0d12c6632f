import Foundation

/// Names, parameters and small helpers of the index format, shared by
/// `SearchIndexBuilder` and `SearchEngine`. `templates/assets/js/search.js`
/// implements the same rules; see docs/search.md.
///
/// Files (all under `zoeken/`, each as `NAME.json` and as `NAME.js`, the
/// latter calling `MWSearchData.register("NAME", payload)` for file:// use):
/// - `manifest`: counts, query parameters, lexicon part starts, postings
///   shard boundaries, facet keys and values.
/// - `facets`: per facet and value, its document ids (delta-encoded); the
///   browser asks for it after the first results are shown, or first when
///   filters are chosen.
/// - `lex/N`: all terms (sorted) and their document frequencies, grouped by
///   first character; used to find exact, prefix and one-typo candidates.
/// - `post/N`: term → postings (doc id delta, impact) as a number string,
///   range-sharded.
/// - `docs/N`: the stored fields of documents N*chunkSize ..< (N+1)*chunkSize.
public enum SearchIndexFormat {
    /// 2: the facets' document lists moved from the manifest to a file of their own, and
    /// postings are written as compact number strings (`numberString`).
    public static let version = 2
    /// Folder of the index inside the site output.
    public static let directory = "zoeken/"
    /// Facet keys in display order; other keys follow alphabetically.
    public static let facetKeys = ["type", "doel", "gemeente", "soort"]

    static let manifestName = "manifest"
    static let facetsName = "facets"
    static func lexiconName(_ index: Int) -> String { "lex/\(index)" }
    static func postingsName(_ index: Int) -> String { "post/\(index)" }
    static func docsName(_ index: Int) -> String { "docs/\(index)" }

    // MARK: - BM25F (used at build time only; impacts are stored)

    /// Indexed fields in a fixed order: title, summary, facet values, body.
    static let fieldWeights: [Double] = [4.0, 2.0, 2.0, 1.0]
    static let fieldB: [Double] = [0.5, 0.6, 0.3, 0.75]
    static let k1 = 1.2
    /// Scores are stored as integers: round(score × impactScale), at least 1.
    static let impactScale = 20.0

    // MARK: - Query parameters (stored in the manifest, so Swift and JS agree)

    public struct QueryParameters: Codable, Sendable, Equatable {
        /// Score multipliers per match kind.
        public var exact = 10
        public var prefix = 6
        public var typo = 5
        /// Query words beyond this are ignored.
        public var maxWords = 8
        /// A word may pull in terms from at most this many postings shards.
        public var maxShardsPerWord = 3
        public var maxPrefixTerms = 24
        public var maxTypoTerms = 4
        /// Minimum length (UTF-16 units) of a query word for typo matching.
        public var minTypoLength = 5
        /// Minimum length for prefix matching; the last word uses minLastPrefixLength.
        public var minPrefixLength = 3
        public var minLastPrefixLength = 2
        public init() {}
    }

    // MARK: - Number strings

    /// Non-negative integers as one string: each in base 32, most significant digit first, the
    /// last digit from `lastDigits` and the others from `moreDigits`, so no separator is needed.
    /// A posting list of 40,000 documents is 19 % smaller gzipped than as a JSON array of
    /// numbers (and a third of its raw size); the browser decodes it once per term.
    static let lastDigits = Array("0123456789ABCDEFGHIJKLMNOPQRSTUV".utf8)
    static let moreDigits = Array("WXYZabcdefghijklmnopqrstuvwxyz-_".utf8)

    static func numberString(_ values: [Int]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(values.count * 2)
        var digits: [UInt8] = []
        for value in values {
            precondition(value >= 0, "number strings hold non-negative integers")
            var rest = value
            digits.removeAll(keepingCapacity: true)
            repeat {
                digits.append(UInt8(rest & 31))
                rest >>= 5
            } while rest > 0
            for i in stride(from: digits.count - 1, to: 0, by: -1) { out.append(moreDigits[Int(digits[i])]) }
            out.append(lastDigits[Int(digits[0])])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Per byte: the digit it stands for (0–31 a last digit, 32–63 another), or -1.
    static let digitValues: [Int8] = {
        var table = [Int8](repeating: -1, count: 256)
        for i in 0..<32 {
            table[Int(lastDigits[i])] = Int8(i)
            table[Int(moreDigits[i])] = Int8(32 + i)
        }
        return table
    }()

    /// The integers of a number string; nil when it holds another character or ends mid-number.
    static func numbers(_ string: String) -> [Int]? {
        var values: [Int] = []
        var current = 0
        var open = false
        for byte in string.utf8 {
            let d = Int(digitValues[Int(byte)])
            if d < 0 { return nil }
            open = d >= 32
            current = current << 5 | (d & 31)
            if !open {
                values.append(current)
                current = 0
            }
        }
        return open ? nil : values
    }

    /// The length of `value` in a number string.
    static func numberLength(_ value: Int) -> Int {
        var count = 1
        var rest = value >> 5
        while rest > 0 { count += 1; rest >>= 5 }
        return count
    }

    // MARK: - Helpers (UTF-16 code unit order, as JavaScript compares strings)

    static func less(_ a: String, _ b: String) -> Bool {
        a.utf16.lexicographicallyPrecedes(b.utf16)
    }

    static func hasPrefix(_ s: String, _ prefix: String) -> Bool {
        s.utf16.starts(with: prefix.utf16)
    }

    /// True when the optimal-string-alignment (restricted Damerau–Levenshtein)
    /// distance between a and b is exactly 1.
    static func isOneEdit(_ a: [UInt16], _ b: [UInt16]) -> Bool {
        if a == b || abs(a.count - b.count) > 1 { return false }
        if a.count == b.count {
            var i = 0
            while a[i] == b[i] { i += 1 }
            if a[(i + 1)...] == b[(i + 1)...] { return true }
            return i + 1 < a.count && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)...] == b[(i + 2)...]
        }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        var i = 0
        while i < short.count, short[i] == long[i] { i += 1 }
        return short[i...] == long[(i + 1)...]
    }

    /// The last index whose boundary is ≤ key (0 when none is).
    static func rangeIndex<T>(_ boundaries: [T], _ key: T, less: (T, T) -> Bool) -> Int {
        var lo = 0
        var hi = boundaries.count - 1
        var found = 0
        while lo <= hi {
            let mid = (lo + hi) / 2
            if less(key, boundaries[mid]) {
                hi = mid - 1
            } else {
                found = mid
                lo = mid + 1
            }
        }
        return found
    }

    /// Collapses runs of white space to one space and trims.
    /// With `stopAfter`, stops once the output has more than that many UTF-16 units (the
    /// output then is a prefix of the whole result at least that long: enough for a snippet).
    static func collapseWhitespace(_ text: String, stopAfter: Int = .max) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(min(text.utf8.count, stopAfter < .max ? stopAfter * 4 + 8 : .max))
        var pendingSpace = false
        var units = 0
        for scalar in text.unicodeScalars {
            if units > stopAfter { break }
            let v = scalar.value
            let space = v < 0x80 ? (v == 0x20 || (v >= 0x09 && v <= 0x0D)) : scalar.properties.isWhitespace
            if space {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20); units += 1 }
                pendingSpace = false
                if v < 0x80 { out.append(UInt8(v)) } else { out.append(contentsOf: scalar.utf8) }   // appending a view per scalar was slow
                units += scalar.value > 0xFFFF ? 2 : 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
