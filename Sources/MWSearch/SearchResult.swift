/// One search hit. `score` is the integer score both engines compute.
public struct SearchHit: Sendable, Equatable {
    public var url: String
    public var type: String
    public var typeLabel: String
    public var title: String
    public var score: Int
    /// Plain text; `highlights` are the matched words in it, as UTF-16 offsets.
    public var snippet: String
    public var highlights: [Range<Int>]

    public init(url: String, type: String, typeLabel: String, title: String, score: Int,
                snippet: String, highlights: [Range<Int>]) {
        self.url = url
        self.type = type
        self.typeLabel = typeLabel
        self.title = title
        self.score = score
        self.snippet = snippet
        self.highlights = highlights
    }

    /// The snippet with every highlight wrapped in `open` … `close`.
    public func markedSnippet(open: String = "[", close: String = "]") -> String {
        let units = Array(snippet.utf16)
        var out = ""
        var position = 0
        for range in highlights {
            out += String(decoding: units[position..<range.lowerBound], as: UTF16.self)
            out += open + String(decoding: units[range], as: UTF16.self) + close
            position = range.upperBound
        }
        return out + String(decoding: units[position...], as: UTF16.self)
    }
}

/// How many matching documents have a facet value.
public struct FacetCount: Sendable, Equatable {
    public var value: String
    public var count: Int

    public init(value: String, count: Int) {
        self.value = value
        self.count = count
    }
}

public struct SearchResult: Sendable, Equatable {
    /// The best hits, at most `limit`.
    public var hits: [SearchHit]
    /// Number of documents that match the query and the filters.
    public var total: Int
    /// Per facet key, every value with its count. Counts for a facet apply the
    /// filters of the other facets only (so they show what ticking adds).
    public var facets: [String: [FacetCount]]
    /// The index terms the query matched (exact, prefix and typo), sorted.
    public var terms: [String]

    public init(hits: [SearchHit], total: Int, facets: [String: [FacetCount]], terms: [String]) {
        self.hits = hits
        self.total = total
        self.facets = facets
        self.terms = terms
    }
}
