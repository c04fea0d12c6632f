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

    /// Builds the index: paths under `zoeken/` → file contents.
    public func build(_ docs: [SearchDocument]) -> [String: Data] {
        let files = Collected()
        build(docs) { files.add($0, $1) }
        return files.all
    }

    /// The same, handing each file to `emit` as soon as it is encoded (from several threads at
    /// once), so the index is never held whole. When `emit` throws, the first error (in file
    /// order) is thrown once every file has been handed on.
    public func build<E: Error>(_ docs: [SearchDocument], emit: @Sendable (_ path: String, _ data: Data) throws(E) -> Void) throws(E) {
        let docs = Self.ordered(docs)
        let n = docs.count

        // Analyze the four fields of every document: independent per document, so in ranges on
        // every core, each range with its own term numbers and stem cache (the same words recur)
        // and its own document frequencies, joined afterwards.
        let ranges = Self.ranges(n)
        let analyzed = Parallel.map(ranges) { Self.analyze(docs[$0]) }
        let vocabulary = Vocabulary(analyzed)
        let fieldCount = SearchIndexFormat.fieldWeights.count
        let averageLength = (0..<fieldCount).map { f in
            Double(analyzed.reduce(0) { total, part in
                stride(from: f, to: part.lengths.count, by: fieldCount).reduce(total) { $0 + Int(part.lengths[$1]) }
            }) / Double(max(n, 1))
        }

        // Postings with BM25F impacts, in one table: every term's list has room for exactly its
        // document frequency, and each range fills its own slots (in document order) on a core.
        let table = PostingsTable(df: vocabulary.df)
        let starts = vocabulary.rangeStarts(analyzed, in: table)
        Parallel.forEach(Array(ranges.indices)) { r in
            Self.fillPostings(analyzed[r], firstID: ranges[r].lowerBound, n: n, numbers: vocabulary.numbers[r], df: vocabulary.df,
                              slots: starts[r], averageLength: averageLength, into: table)
        }
        let order = vocabulary.terms.indices.sorted { SearchIndexFormat.less(vocabulary.terms[$0], vocabulary.terms[$1]) }
        let terms = order.map { vocabulary.terms[$0] }

        var files: [(String, @Sendable () -> JSONValue)] = []
        let lexiconStarts = buildLexicon(terms: terms, df: order.map { vocabulary.df[$0] }, into: &files)
        let shardBoundaries = buildPostings(terms: terms, order: order, table: table, into: &files)
        buildDocChunks(docs, into: &files)

        let facets = Self.facetLists(docs)
        let manifest = JSONValue.object([
            ("version", .int(SearchIndexFormat.version)),
            ("docCount", .int(n)),
            ("termCount", .int(terms.count)),
            ("chunkSize", .int(chunkSize)),
            ("lexicon", .ints(lexiconStarts)),
            ("postings", .strings(shardBoundaries)),
            ("query", Self.queryParameters(SearchIndexFormat.QueryParameters())),
            ("facets", .array(facets.map { .object([("key", .string($0.key)), ("values", .strings($0.values))]) })),
        ])
        files.insert((SearchIndexFormat.manifestName, { manifest }), at: 0)
        files.insert((SearchIndexFormat.facetsName, { .object([("docs", .array(facets.map { .array($0.docs) }))]) }), at: 1)

        // Each file is made, encoded and handed on by itself, on every core.
        try Parallel.forEach(files) { (named) throws(E) in
            let (name, value) = named
            let json = JSONWriter.encode(value())
            try emit(SearchIndexFormat.directory + name + ".json", Data(json + [0x0A]))
            try emit(SearchIndexFormat.directory + name + ".js", Data(Array("MWSearchData.register(\"\(name)\",".utf8) + json + Array(");\n".utf8)))
        }
    }

    /// Files handed on from several threads, gathered.
    private final class Collected: @unchecked Sendable {
        private var files: [String: Data] = [:]
        private let lock = NSLock()
        func add(_ path: String, _ data: Data) {
            lock.lock()
            files[path] = data
            lock.unlock()
        }
        var all: [String: Data] {
            lock.lock()
            defer { lock.unlock() }
            return files
        }
    }

    /// The analysis of a range of documents: its terms numbered in order of appearance, how many
    /// of its documents hold each, the length of every field, and per field of every document
    /// the terms in it with their frequency (only those: most terms are in one field).
    struct AnalyzedRange: Sendable {
        var terms: [String] = []
        var df: [Int32] = []
        /// Per field of each document (title, summary, facets, body), where its terms start in
        /// `occurrences` (one more at the end).
        var fieldStarts: [Int32] = [0]
        /// Term number and frequency, packed as `term << 32 | frequency`.
        var occurrences: [UInt64] = []
        /// Per field of each document, its length in terms.
        var lengths: [Int32] = []

        var documentCount: Int { lengths.count / SearchIndexFormat.fieldWeights.count }
    }

    /// About four ranges per core: enough to even out, few enough to share stem caches.
    static func ranges(_ count: Int) -> [Range<Int>] {
        let parts = max(1, min(count, ProcessInfo.processInfo.activeProcessorCount * 4))
        let size = (count + parts - 1) / parts
        return (0..<parts).map { min(count, $0 * size)..<min(count, ($0 + 1) * size) }
    }

    /// Term frequencies and lengths of title, summary, facets and body, per document, in order.
    static func analyze(_ docs: ArraySlice<SearchDocument>) -> AnalyzedRange {
        var part = AnalyzedRange()
        // Token → term number, or -1 for a stop word: one lookup per token for both questions.
        var numbers: [String: Int32] = [:]
        var termNumbers: [String: Int32] = [:]
        // Per term: its frequency in the current field, and the last field and document it was
        // seen in (so nothing needs resetting between them).
        var frequency: [UInt32] = []
        var seenInField: [Int] = []
        var seenInDocument: [Int] = []
        var inField: [Int32] = []
        var fieldNumber = 0
        part.fieldStarts.reserveCapacity(docs.count * SearchIndexFormat.fieldWeights.count + 1)
        part.lengths.reserveCapacity(docs.count * SearchIndexFormat.fieldWeights.count)
        for (d, doc) in docs.enumerated() {
            for text in [doc.title, doc.summary, facetText(doc), doc.body] {
                fieldNumber += 1
                var length: Int32 = 0
                inField.removeAll(keepingCapacity: true)
                for token in TextAnalyzer.tokenize(TextAnalyzer.fold(text)) {
                    let number: Int32
                    if let known = numbers[token] {
                        number = known
                    } else {
                        if TextAnalyzer.isStopWord(token) {
                            number = -1
                        } else {
                            let stem = DutchStemmer.stem(token)
                            if let known = termNumbers[stem] {
                                number = known
                            } else {
                                number = Int32(part.terms.count)
                                termNumbers[stem] = number
                                part.terms.append(stem)
                                part.df.append(0)
                                frequency.append(0)
                                seenInField.append(0)
                                seenInDocument.append(-1)
                            }
                        }
                        numbers[token] = number
                    }
                    guard number >= 0 else { continue }
                    let t = Int(number)
                    length += 1
                    if seenInField[t] != fieldNumber {
                        seenInField[t] = fieldNumber
                        frequency[t] = 0
                        inField.append(number)
                    }
                    frequency[t] += 1
                    if seenInDocument[t] != d {
                        seenInDocument[t] = d
                        part.df[t] += 1
                    }
                }
                for number in inField { part.occurrences.append(UInt64(UInt32(number)) << 32 | UInt64(frequency[Int(number)])) }
                part.fieldStarts.append(Int32(part.occurrences.count))
                part.lengths.append(length)
            }
        }
        return part
    }

    /// The terms of all ranges numbered once, with their document frequencies.
    struct Vocabulary: Sendable {
        var terms: [String] = []
        var df: [Int] = []
        /// Per range, the number of each of its terms here.
        var numbers: [[Int32]] = []

        init(_ ranges: [AnalyzedRange]) {
            var index: [String: Int32] = [:]
            for part in ranges {
                var mapped: [Int32] = []
                mapped.reserveCapacity(part.terms.count)
                for (local, term) in part.terms.enumerated() {
                    let number: Int32
                    if let known = index[term] {
                        number = known
                    } else {
                        number = Int32(terms.count)
                        index[term] = number
                        terms.append(term)
                        df.append(0)
                    }
                    df[Int(number)] += Int(part.df[local])
                    mapped.append(number)
                }
                numbers.append(mapped)
            }
        }

        /// Per range, where its first posting of each of its terms goes in the table: after the
        /// earlier ranges' postings of that term, so every list is in document order.
        func rangeStarts(_ ranges: [AnalyzedRange], in table: PostingsTable) -> [[Int]] {
            var next = table.starts
            return numbers.indices.map { r in
                numbers[r].indices.map { local in
                    let term = Int(numbers[r][local])
                    defer { next[term] += 2 * Int(ranges[r].df[local]) }
                    return next[term]
                }
            }
        }
    }

    /// Fills in a range's postings (document id, impact). The fields are added up in field order,
    /// so the impacts do not depend on how documents are split.
    static func fillPostings(_ part: AnalyzedRange, firstID: Int, n: Int, numbers: [Int32], df: [Int], slots: [Int],
                             averageLength: [Double], into table: PostingsTable) {
        let fieldCount = SearchIndexFormat.fieldWeights.count
        let k1 = SearchIndexFormat.k1
        var next = slots
        // Per term of the range: its weight in the current document, and the document it was last
        // seen in.
        var weight = [Double](repeating: 0, count: part.terms.count)
        var seenIn = [Int](repeating: -1, count: part.terms.count)
        var inDocument: [Int] = []
        for d in 0..<part.documentCount {
            inDocument.removeAll(keepingCapacity: true)
            for f in 0..<fieldCount where averageLength[f] > 0 {
                let b = SearchIndexFormat.fieldB[f]
                let norm = 1 - b + b * Double(part.lengths[d * fieldCount + f]) / averageLength[f]
                let field = d * fieldCount + f
                for o in Int(part.fieldStarts[field])..<Int(part.fieldStarts[field + 1]) {
                    let occurrence = part.occurrences[o]
                    let t = Int(occurrence >> 32)
                    if seenIn[t] != d {
                        seenIn[t] = d
                        weight[t] = 0
                        inDocument.append(t)
                    }
                    weight[t] += SearchIndexFormat.fieldWeights[f] * Double(occurrence & 0xFFFF_FFFF) / norm
                }
            }
            for t in inDocument {
                let dfTerm = Double(df[Int(numbers[t])])
                let idf = log(1 + (Double(n) - dfTerm + 0.5) / (dfTerm + 0.5))
                let score = idf * weight[t] * (k1 + 1) / (k1 + weight[t])
                table.set(next[t], id: firstID + d, impact: max(1, Int((score * SearchIndexFormat.impactScale).rounded())))
                next[t] += 2
            }
        }
    }

    // MARK: - Parts

    /// Lexicon parts hold whole first-character groups; returns the first
    /// UTF-16 unit of each part.
    private func buildLexicon(terms: [String], df: [Int], into files: inout [(String, @Sendable () -> JSONValue)]) -> [Int] {
        var starts: [Int] = []
        var partTerms: [String] = []
        var partDF: [Int] = []
        var partBytes = 0
        var i = 0
        func flush() {
            guard !partTerms.isEmpty else { return }
            let value = JSONValue.object([("terms", .strings(partTerms)), ("df", .ints(partDF))])
            files.append((SearchIndexFormat.lexiconName(starts.count - 1), { value }))
            partTerms = []
            partDF = []
            partBytes = 0
        }
        while i < terms.count {
            let first = terms[i].utf16.first!
            var j = i
            var groupBytes = 0
            while j < terms.count, terms[j].utf16.first! == first {
                groupBytes += terms[j].utf8.count + 4 + Self.digits(df[j])
                j += 1
            }
            if partTerms.isEmpty || partBytes + groupBytes > lexiconPartBytes {
                flush()
                starts.append(Int(first))
            }
            partTerms += terms[i..<j]
            partDF += df[i..<j]
            partBytes += groupBytes
            i = j
        }
        flush()
        if starts.isEmpty {
            starts = [0]
            files.append((SearchIndexFormat.lexiconName(0), { .object([("terms", .strings([])), ("df", .ints([]))]) }))
        }
        return starts
    }

    /// Postings shards are contiguous term ranges; returns each shard's first term. A shard's
    /// lists (document ids as gaps) are made only when the shard is encoded.
    private func buildPostings(terms: [String], order: [Int], table: PostingsTable,
                               into files: inout [(String, @Sendable () -> JSONValue)]) -> [String] {
        let sizes = Parallel.map(Array(terms.indices)) { k -> Int in
            var previous = 0
            var bytes = terms[k].utf8.count + 6
            table.forEach(order[k]) { id, impact in
                bytes += SearchIndexFormat.numberLength(id - previous) + SearchIndexFormat.numberLength(impact)
                previous = id
            }
            return bytes
        }
        let total = sizes.reduce(0, +)

        var boundaries: [String] = []
        var shard: Range<Int> = 0..<0
        var shardBytes = 0
        var cumulative = 0
        func flush() {
            guard !shard.isEmpty else { return }
            let range = shard
            files.append((SearchIndexFormat.postingsName(boundaries.count - 1), {
                let lists = range.map { k -> JSONValue in
                    var delta: [Int] = []
                    delta.reserveCapacity(2 * table.count(order[k]))
                    var previous = 0
                    table.forEach(order[k]) { id, impact in
                        delta.append(id - previous)
                        delta.append(impact)
                        previous = id
                    }
                    return .string(SearchIndexFormat.numberString(delta))
                }
                return .object([("terms", .strings(Array(terms[range]))), ("postings", .array(lists))])
            }))
            shardBytes = 0
        }
        for k in terms.indices {
            let startNew: Bool
            if shard.isEmpty {
                startNew = true
            } else if let shardCount, shardCount > 0 {
                let target = Double(total) / Double(shardCount)
                startNew = boundaries.count < shardCount && Double(cumulative) >= target * Double(boundaries.count)
            } else {
                startNew = shardBytes + sizes[k] > postingsShardBytes
            }
            if startNew {
                flush()
                boundaries.append(terms[k])
                shard = k..<k
            }
            shard = shard.lowerBound..<(k + 1)
            shardBytes += sizes[k]
            cumulative += sizes[k]
        }
        flush()
        if boundaries.isEmpty {
            boundaries = [""]
            files.append((SearchIndexFormat.postingsName(0), { .object([("terms", .strings([])), ("postings", .array([]))]) }))
        }
        return boundaries
    }

    private func buildDocChunks(_ docs: [SearchDocument], into files: inout [(String, @Sendable () -> JSONValue)]) {
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
        files += chunks.map { chunk in (chunk.0, { chunk.1 }) }
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

    /// Per facet key (display order): its values (sorted) and, per value, its document ids
    /// delta-encoded.
    static func facetLists(_ docs: [SearchDocument]) -> [(key: String, values: [String], docs: [JSONValue])] {
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
            return (key, values, lists)
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
    /// The keys after the URL are made only for documents with the same URL (which they
    /// hardly ever have); making the facet text for every document was half of this step.
    static func ordered(_ docs: [SearchDocument]) -> [SearchDocument] {
        let keyed = Parallel.map(docs) { doc in
            (doc, [doc.type, TextAnalyzer.fold(doc.facets["gemeente"]?.first ?? ""), TextAnalyzer.fold(doc.title), doc.url])
        }
        func tieBreakers(_ doc: SearchDocument) -> [String] { [doc.title, doc.typeLabel, doc.summary, doc.body, facetText(doc)] }
        return keyed.sorted { a, b in
            for (x, y) in zip(a.1, b.1) where x != y { return SearchIndexFormat.less(x, y) }
            for (x, y) in zip(tieBreakers(a.0), tieBreakers(b.0)) where x != y { return SearchIndexFormat.less(x, y) }
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

/// Every term's postings as (document id, impact) pairs in one flat table, each term's list in
/// its own slice (sized by its document frequency); ranges of documents fill their own slots
/// from several threads at once.
final class PostingsTable: @unchecked Sendable {
    /// Where each term's list starts (in Int32 units: two per posting).
    let starts: [Int]
    private let storage: UnsafeMutableBufferPointer<Int32>

    init(df: [Int]) {
        var starts: [Int] = []
        starts.reserveCapacity(df.count + 1)
        var total = 0
        for count in df {
            starts.append(total)
            total += 2 * count
        }
        starts.append(total)
        self.starts = starts
        storage = .allocate(capacity: max(total, 1))
        storage.initialize(repeating: 0)
    }

    deinit { storage.deallocate() }

    func set(_ slot: Int, id: Int, impact: Int) {
        storage[slot] = Int32(id)
        storage[slot + 1] = Int32(clamping: impact)
    }

    func count(_ term: Int) -> Int { (starts[term + 1] - starts[term]) / 2 }

    func forEach(_ term: Int, _ body: (_ id: Int, _ impact: Int) -> Void) {
        for slot in stride(from: starts[term], to: starts[term + 1], by: 2) { body(Int(storage[slot]), Int(storage[slot + 1])) }
    }
}
