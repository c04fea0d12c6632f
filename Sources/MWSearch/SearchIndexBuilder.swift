import Foundation
import MWContent

/// Builds the static search index: relative paths under `zoeken/` → file
/// contents. The output depends only on the input documents (sorted keys,
/// no timestamps), so it is byte-identical for the same input.
///
/// Design (docs/search.md): documents get ids in a fixed order; every term
/// gets one posting per document with a precomputed BM25F impact (an integer),
/// so the browser only adds integers. The term list is split by first
/// character (`lex/N`), postings by term range (`post/N`) and the stored
/// fields into chunks (`docs/N`); a query loads the manifest, one lexicon part
/// per word, a few postings shards and the document chunks of the hits shown.
public struct SearchIndexBuilder: Sendable {
    /// Number of postings shards; nil sizes them automatically.
    public var shardCount: Int?
    /// Target size in bytes of a postings shard when `shardCount` is nil.
    public var postingsShardBytes = 12_000
    /// Target size in bytes of a lexicon part (a first character is never split).
    public var lexiconPartBytes = 24_000
    /// Documents per `docs/N` chunk.
    public var chunkSize = 8
    /// Length (UTF-16 units) of the body text kept for snippets.
    public var snippetTextLength = 480

    public init(shardCount: Int? = nil) {
        self.shardCount = shardCount
    }

    public func build(_ docs: [SearchDocument]) -> [String: Data] {
        let docs = Self.ordered(docs)
        let n = docs.count

        // Analyze the four fields of every document: independent per document, so in ranges on
        // every core, each range with its own stem cache (the same words recur) and its own
        // document frequencies, added up afterwards.
        let ranges = Self.ranges(n)
        let analyzed = Parallel.map(ranges) { Self.analyze(docs[$0]) }
        let df = analyzed.dropFirst().reduce(into: analyzed.first?.df ?? [:]) { df, part in
            df.merge(part.df, uniquingKeysWith: +)
        }
        let fieldCount = SearchIndexFormat.fieldWeights.count
        let averageLength = (0..<fieldCount).map { f in
            Double(analyzed.reduce(0) { $0 + $1.documents.reduce(0) { $0 + $1.lengths[f] } }) / Double(max(n, 1))
        }

        // Postings with BM25F impacts: per range (each in document order), then joined in range order.
        let partPostings = Parallel.map(Array(ranges.indices)) { r in
            Self.postings(analyzed[r].documents, firstID: ranges[r].lowerBound, n: n, df: df, averageLength: averageLength)
        }
        var postings: [String: [Int]] = [:]
        postings.reserveCapacity(df.count)
        for part in partPostings {
            for (term, list) in part { postings[term, default: []].append(contentsOf: list) }
        }
        let terms = postings.keys.sorted(by: SearchIndexFormat.less)

        var files: [(String, JSONValue)] = []
        let lexiconStarts = buildLexicon(terms: terms, df: df, into: &files)
        let shardBoundaries = buildPostings(terms: terms, postings: postings, into: &files)
        buildDocChunks(docs, into: &files)

        let manifest = JSONValue.object([
            ("version", .int(SearchIndexFormat.version)),
            ("docCount", .int(n)),
            ("termCount", .int(terms.count)),
            ("chunkSize", .int(chunkSize)),
            ("lexicon", .ints(lexiconStarts)),
            ("postings", .strings(shardBoundaries)),
            ("query", Self.queryParameters(SearchIndexFormat.QueryParameters())),
            ("facets", .array(Self.facetLists(docs))),
        ])
        files.insert((SearchIndexFormat.manifestName, manifest), at: 0)

        // Encoding is independent per file: on every core.
        let encoded = Parallel.map(files) { named -> (Data, Data) in
            let (name, value) = named
            let json = JSONWriter.encode(value)
            let js = Array("MWSearchData.register(\"\(name)\",".utf8) + json + Array(");\n".utf8)
            return (Data(json + [0x0A]), Data(js))
        }
        var out: [String: Data] = [:]
        for ((name, _), (json, js)) in zip(files, encoded) {
            out[SearchIndexFormat.directory + name + ".json"] = json
            out[SearchIndexFormat.directory + name + ".js"] = js
        }
        return out
    }

    struct AnalyzedDocument: Sendable {
        var tfs: [[String: Int]]
        var lengths: [Int]
    }

    /// The analysis of a range of documents, with how many of them hold each term.
    struct AnalyzedRange: Sendable {
        var documents: [AnalyzedDocument]
        var df: [String: Int]
    }

    /// About four ranges per core: enough to even out, few enough to share stem caches.
    static func ranges(_ count: Int) -> [Range<Int>] {
        let parts = max(1, min(count, ProcessInfo.processInfo.activeProcessorCount * 4))
        let size = (count + parts - 1) / parts
        return (0..<parts).map { min(count, $0 * size)..<min(count, ($0 + 1) * size) }
    }

    /// Term frequencies and lengths of title, summary, facets and body, per document, in order.
    static func analyze(_ docs: ArraySlice<SearchDocument>) -> AnalyzedRange {
        // Token → stem, or nil for a stop word: one lookup per token for both questions.
        var stems: [String: String?] = [:]
        func terms(_ text: String) -> [String] {
            TextAnalyzer.tokenize(TextAnalyzer.fold(text)).compactMap { token in
                if let stem = stems[token] { return stem }
                let stem = TextAnalyzer.isStopWord(token) ? nil : DutchStemmer.stem(token)
                stems[token] = .some(stem)
                return stem
            }
        }
        var part = AnalyzedRange(documents: [], df: [:])
        part.documents.reserveCapacity(docs.count)
        for doc in docs {
            var tfs: [[String: Int]] = []
            var lengths: [Int] = []
            var seen = Set<String>()
            for text in [doc.title, doc.summary, facetText(doc), doc.body] {
                let found = terms(text)
                var tf: [String: Int] = [:]
                for t in found { tf[t, default: 0] += 1 }
                seen.formUnion(tf.keys)
                tfs.append(tf)
                lengths.append(found.count)
            }
            for t in seen { part.df[t, default: 0] += 1 }
            part.documents.append(AnalyzedDocument(tfs: tfs, lengths: lengths))
        }
        return part
    }

    /// Every term's postings (document id, impact) for documents numbered from `firstID`. The
    /// fields are added up in field order, so the impacts do not depend on how documents are split.
    static func postings(_ documents: [AnalyzedDocument], firstID: Int, n: Int, df: [String: Int], averageLength: [Double]) -> [String: [Int]] {
        var postings: [String: [Int]] = [:]
        let k1 = SearchIndexFormat.k1
        for (offset, doc) in documents.enumerated() {
            var weighted: [String: Double] = [:]
            for f in doc.tfs.indices where averageLength[f] > 0 {
                let b = SearchIndexFormat.fieldB[f]
                let norm = 1 - b + b * Double(doc.lengths[f]) / averageLength[f]
                for (term, tf) in doc.tfs[f] {
                    weighted[term, default: 0] += SearchIndexFormat.fieldWeights[f] * Double(tf) / norm
                }
            }
            for (term, weight) in weighted {
                let dfTerm = Double(df[term] ?? 1)
                let idf = log(1 + (Double(n) - dfTerm + 0.5) / (dfTerm + 0.5))
                let score = idf * weight * (k1 + 1) / (k1 + weight)
                let impact = max(1, Int((score * SearchIndexFormat.impactScale).rounded()))
                postings[term, default: []].append(contentsOf: [firstID + offset, impact])
            }
        }
        return postings
    }

    // MARK: - Parts

    /// Lexicon parts hold whole first-character groups; returns the first
    /// UTF-16 unit of each part.
    private func buildLexicon(terms: [String], df: [String: Int], into files: inout [(String, JSONValue)]) -> [Int] {
        var starts: [Int] = []
        var partTerms: [String] = []
        var partDF: [Int] = []
        var partBytes = 0
        var i = 0
        func flush() {
            guard !partTerms.isEmpty else { return }
            files.append((SearchIndexFormat.lexiconName(starts.count - 1),
                          .object([("terms", .strings(partTerms)), ("df", .ints(partDF))])))
            partTerms = []
            partDF = []
            partBytes = 0
        }
        while i < terms.count {
            let first = terms[i].utf16.first!
            var j = i
            var groupBytes = 0
            while j < terms.count, terms[j].utf16.first! == first {
                groupBytes += terms[j].utf8.count + 4 + Self.digits(df[terms[j]]!)
                j += 1
            }
            if partTerms.isEmpty || partBytes + groupBytes > lexiconPartBytes {
                flush()
                starts.append(Int(first))
            }
            for t in terms[i..<j] {
                partTerms.append(t)
                partDF.append(df[t]!)
            }
            partBytes += groupBytes
            i = j
        }
        flush()
        if starts.isEmpty {
            starts = [0]
            files.append((SearchIndexFormat.lexiconName(0), .object([("terms", .strings([])), ("df", .ints([]))])))
        }
        return starts
    }

    /// Postings shards are contiguous term ranges; returns each shard's first term.
    private func buildPostings(terms: [String], postings: [String: [Int]], into files: inout [(String, JSONValue)]) -> [String] {
        var encoded: [[Int]] = []
        var sizes: [Int] = []
        for t in terms {
            let list = postings[t]!
            var delta: [Int] = []
            delta.reserveCapacity(list.count)
            var previous = 0
            var bytes = t.utf8.count + 6
            for k in stride(from: 0, to: list.count, by: 2) {
                delta.append(list[k] - previous)
                delta.append(list[k + 1])
                bytes += Self.digits(list[k] - previous) + Self.digits(list[k + 1]) + 2
                previous = list[k]
            }
            encoded.append(delta)
            sizes.append(bytes)
        }
        let total = sizes.reduce(0, +)

        var boundaries: [String] = []
        var shardTerms: [String] = []
        var shardLists: [JSONValue] = []
        var shardBytes = 0
        var cumulative = 0
        func flush() {
            guard !shardTerms.isEmpty else { return }
            files.append((SearchIndexFormat.postingsName(boundaries.count - 1),
                          .object([("terms", .strings(shardTerms)), ("postings", .array(shardLists))])))
            shardTerms = []
            shardLists = []
            shardBytes = 0
        }
        for (k, t) in terms.enumerated() {
            let startNew: Bool
            if shardTerms.isEmpty {
                startNew = true
            } else if let shardCount, shardCount > 0 {
                let target = Double(total) / Double(shardCount)
                startNew = boundaries.count < shardCount && Double(cumulative) >= target * Double(boundaries.count)
            } else {
                startNew = shardBytes + sizes[k] > postingsShardBytes
            }
            if startNew {
                flush()
                boundaries.append(t)
            }
            shardTerms.append(t)
            shardLists.append(.ints(encoded[k]))
            shardBytes += sizes[k]
            cumulative += sizes[k]
        }
        flush()
        if boundaries.isEmpty {
            boundaries = [""]
            files.append((SearchIndexFormat.postingsName(0), .object([("terms", .strings([])), ("postings", .array([]))])))
        }
        return boundaries
    }

    private func buildDocChunks(_ docs: [SearchDocument], into files: inout [(String, JSONValue)]) {
        let starts = Array(stride(from: 0, to: docs.count, by: chunkSize))
        let chunks = Parallel.map(starts) { start -> (String, JSONValue) in
            let entries = docs[start..<min(start + chunkSize, docs.count)].map { doc -> JSONValue in
                let facets = Self.facets(of: doc)
                return .array([
                    .string(doc.url), .string(doc.type), .string(doc.typeLabel), .string(doc.title),
                    .string(SearchIndexFormat.collapseWhitespace(doc.summary)),
                    .string(Self.shorten(SearchIndexFormat.collapseWhitespace(doc.body, stopAfter: snippetTextLength + 1), to: snippetTextLength)),
                    .object(facets.keys.sorted().map { ($0, .strings(facets[$0]!)) }),
                ])
            }
            return (SearchIndexFormat.docsName(start / chunkSize), .object([("docs", .array(entries))]))
        }
        files += chunks
    }

    // MARK: - Helpers

    /// Facets with empty values removed and "type" defaulting to the type label.
    static func facets(of doc: SearchDocument) -> [String: [String]] {
        var facets: [String: [String]] = [:]
        for (key, values) in doc.facets {
            var seen = Set<String>()
            let cleaned = values.map { SearchIndexFormat.collapseWhitespace($0) }.filter { !$0.isEmpty && seen.insert($0).inserted }
            if !cleaned.isEmpty { facets[key] = cleaned }
        }
        if facets["type"] == nil, !doc.typeLabel.isEmpty { facets["type"] = [doc.typeLabel] }
        return facets
    }

    static func facetText(_ doc: SearchDocument) -> String {
        let facets = facets(of: doc)
        return facets.keys.sorted().flatMap { facets[$0]! }.joined(separator: " . ")
    }

    static func facetLists(_ docs: [SearchDocument]) -> [JSONValue] {
        var byKey: [String: [String: [Int]]] = [:]
        for (d, doc) in docs.enumerated() {
            for (key, values) in facets(of: doc) {
                for v in values { byKey[key, default: [:]][v, default: []].append(d) }
            }
        }
        let known = SearchIndexFormat.facetKeys.filter { byKey[$0] != nil }
        let others = byKey.keys.filter { !SearchIndexFormat.facetKeys.contains($0) }.sorted()
        return (known + others).map { key in
            let values = byKey[key]!.keys.map { ($0, TextAnalyzer.fold($0)) }.sorted { a, b in
                a.1 != b.1 ? SearchIndexFormat.less(a.1, b.1) : SearchIndexFormat.less(a.0, b.0)
            }.map(\.0)
            let lists = values.map { v -> JSONValue in
                var previous = 0
                return .ints(byKey[key]![v]!.map { d in defer { previous = d }; return d - previous })
            }
            return .object([("key", .string(key)), ("values", .strings(values)), ("docs", .array(lists))])
        }
    }

    static func queryParameters(_ p: SearchIndexFormat.QueryParameters) -> JSONValue {
        .object([
            ("exact", .int(p.exact)), ("prefix", .int(p.prefix)), ("typo", .int(p.typo)),
            ("maxWords", .int(p.maxWords)), ("maxShardsPerWord", .int(p.maxShardsPerWord)),
            ("maxPrefixTerms", .int(p.maxPrefixTerms)), ("maxTypoTerms", .int(p.maxTypoTerms)),
            ("minTypoLength", .int(p.minTypoLength)), ("minPrefixLength", .int(p.minPrefixLength)),
            ("minLastPrefixLength", .int(p.minLastPrefixLength)),
        ])
    }

    /// Documents are numbered by type, first gemeente, title and URL (then
    /// the remaining fields, so the order is total), so that facet lists
    /// compress well and ties break in a readable order.
    static func ordered(_ docs: [SearchDocument]) -> [SearchDocument] {
        let keyed = Parallel.map(docs) { doc in
            (doc, [doc.type, TextAnalyzer.fold(doc.facets["gemeente"]?.first ?? ""), TextAnalyzer.fold(doc.title),
                   doc.url, doc.title, doc.typeLabel, doc.summary, doc.body, facetText(doc)])
        }
        return keyed.sorted { a, b in
            for (x, y) in zip(a.1, b.1) where x != y { return SearchIndexFormat.less(x, y) }
            return false
        }.map(\.0)
    }

    /// The length of `value` written in decimal (what `String(value).count` gives, without the string).
    static func digits(_ value: Int) -> Int {
        var count = value < 0 ? 2 : 1
        var rest = value.magnitude / 10
        while rest > 0 { count += 1; rest /= 10 }
        return count
    }

    /// Cuts text to at most `limit` UTF-16 units, at a space when possible (a space in the
    /// second half). Walks the UTF-16 view of the string instead of copying it into an array
    /// and decoding that again.
    static func shorten(_ text: String, to limit: Int) -> String {
        let units = text.utf16
        guard let limitIndex = units.index(units.startIndex, offsetBy: limit, limitedBy: units.endIndex),
              limitIndex != units.endIndex else { return text }
        var end = limitIndex
        var offset = limit
        var i = limitIndex
        while offset - 1 > limit / 2 {
            i = units.index(before: i)
            offset -= 1
            if units[i] == 0x20 { end = i; break }
        }
        if end != units.startIndex, UTF16.isLeadSurrogate(units[units.index(before: end)]) { end = units.index(before: end) }
        return String(text.unicodeScalars[..<end])
    }
}
