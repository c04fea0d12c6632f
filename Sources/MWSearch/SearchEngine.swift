import Foundation

public enum SearchEngineError: Error, Equatable {
    case missingFile(String)
    case invalidFile(String)
    /// The index was written in another format version (`SearchIndexFormat.version`).
    case otherVersion(Int)
}

/// Queries an index made by `SearchIndexBuilder` (for `meedoenwijzer zoek`
/// and the tests). It follows the same steps as the browser engine in
/// templates/assets/js/search.js and gives the same ranking:
///
/// 1. The query is folded and tokenized; each word is stemmed (QueryPlanner).
/// 2. Per word, the lexicon part of its first character gives the matching
///    terms: exact stem, prefixes, and one-typo variants when there is no
///    exact term; capped and limited to a few postings shards.
/// 3. A document's word score is the best impact × kind weight over the
///    word's terms; its score is the sum over words.
/// 4. The candidates are the documents that match the most words; filters
///    (OR within a facet, AND across facets) narrow them; order is score
///    descending, then document id.
public struct SearchEngine: Sendable {
    private let files: [String: Data]
    private let prefix: String
    private let manifest: Manifest
    private let lexicon: [QueryPlanner.LexiconPart]
    /// facet → document → value indexes.
    private let documentFacets: [[[Int]]]
    private let planner: QueryPlanner

    /// `files` as returned by `SearchIndexBuilder.build` (paths under
    /// `zoeken/`), or with paths relative to the `zoeken/` folder itself.
    public init(files: [String: Data]) throws {
        if files["\(SearchIndexFormat.directory)manifest.json"] != nil {
            prefix = SearchIndexFormat.directory
        } else {
            prefix = ""
        }
        self.files = files
        let manifest: Manifest = try Self.decode(files, prefix, SearchIndexFormat.manifestName)
        guard manifest.version == SearchIndexFormat.version else { throw SearchEngineError.otherVersion(manifest.version) }
        self.manifest = manifest
        var lexicon: [QueryPlanner.LexiconPart] = []
        for i in manifest.lexicon.indices {
            let part: LexiconFile = try Self.decode(files, prefix, SearchIndexFormat.lexiconName(i))
            lexicon.append(QueryPlanner.LexiconPart(terms: part.terms, df: part.df))
        }
        self.lexicon = lexicon
        let facetLists: FacetsFile = try Self.decode(files, prefix, SearchIndexFormat.facetsName)
        guard facetLists.docs.count == manifest.facets.count else { throw SearchEngineError.invalidFile(SearchIndexFormat.facetsName + ".json") }
        documentFacets = facetLists.docs.map { lists in
            var perDocument = [[Int]](repeating: [], count: manifest.docCount)
            for (v, deltas) in lists.enumerated() {
                var d = 0
                for delta in deltas {
                    d += delta
                    if d < perDocument.count { perDocument[d].append(v) }
                }
            }
            return perDocument
        }
        planner = QueryPlanner(parameters: manifest.query)
    }

    /// Reads every `.json` file of an index folder (the site's `zoeken/`).
    public init(directory: URL) throws {
        var files: [String: Data] = [:]
        let base = directory.standardizedFileURL.path
        if let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) {
            for case let url as URL in enumerator where url.pathExtension == "json" {
                let path = url.standardizedFileURL.path
                guard path.hasPrefix(base + "/") else { continue }
                files[String(path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
            }
        }
        try self.init(files: files)
    }

    public var documentCount: Int { manifest.docCount }

    public func search(_ query: String, filters: [String: Set<String>] = [:], limit: Int = 20) -> SearchResult {
        run(query, filters: filters, limit: limit).result
    }

    /// The data files (names like "post/3", without extension) the browser
    /// loads to show the first `limit` hits of this query, in load order.
    public func requiredFiles(_ query: String, filters: [String: Set<String>] = [:], limit: Int = 10) -> [String] {
        run(query, filters: filters, limit: limit).files
    }

    // MARK: - Query

    private func run(_ query: String, filters: [String: Set<String>], limit: Int) -> (result: SearchResult, files: [String]) {
        let n = manifest.docCount
        var loaded = [SearchIndexFormat.manifestName]
        func note(_ name: String) { if !loaded.contains(name) { loaded.append(name) } }
        // The browser loads the facet lists first when filters are chosen; otherwise only after
        // the first results are shown (the counts follow).
        if manifest.facets.contains(where: { !(filters[$0.key] ?? []).isEmpty }) { note(SearchIndexFormat.facetsName) }

        // Plan: words → matching terms.
        let words = planner.words(query)
        var wordMatches: [[QueryPlanner.Match]] = []
        for word in words {
            let part = SearchIndexFormat.rangeIndex(manifest.lexicon, Int(word.folded.utf16.first!), less: <)
            note(SearchIndexFormat.lexiconName(part))
            wordMatches.append(planner.matches(for: word, in: lexicon[part], shardOf: shardIndex))
        }

        // Score: per word the best weighted impact, summed over words.
        var score = [Int](repeating: 0, count: n)
        var matched = [Int](repeating: 0, count: n)
        let shards = Set(wordMatches.joined().map { shardIndex($0.term) }).sorted()
        shards.forEach { note(SearchIndexFormat.postingsName($0)) }
        let postings = loadPostings(shards: shards, terms: Set(wordMatches.joined().map(\.term)))
        var best = [Int](repeating: 0, count: n)
        for matches in wordMatches {
            var touched: [Int] = []
            for m in matches {
                let weight: Int
                switch m.kind {
                case .exact: weight = manifest.query.exact
                case .prefix: weight = manifest.query.prefix
                case .typo: weight = manifest.query.typo
                }
                let list = postings[m.term] ?? []
                var d = 0
                for k in stride(from: 0, to: list.count - 1, by: 2) {
                    d += list[k]
                    guard d < n else { break }
                    let v = list[k + 1] * weight
                    if best[d] == 0 { touched.append(d) }
                    if v > best[d] { best[d] = v }
                }
            }
            for d in touched {
                score[d] += best[d]
                matched[d] += 1
                best[d] = 0
            }
        }

        // Candidates: the documents matching the most words (all documents
        // for a query without words, so the filters can browse).
        let candidates: [Int]
        if words.isEmpty {
            candidates = Array(0..<n)
        } else {
            let most = matched.max() ?? 0
            candidates = most == 0 ? [] : (0..<n).filter { matched[$0] == most }
        }

        // Filters: OR within a facet, AND across facets.
        var selections: [Int: Set<Int>] = [:]
        for (f, facet) in manifest.facets.enumerated() {
            guard let chosen = filters[facet.key], !chosen.isEmpty else { continue }
            selections[f] = Set(facet.values.indices.filter { chosen.contains(facet.values[$0]) })
        }
        func passes(_ d: Int, except: Int?) -> Bool {
            for (f, chosen) in selections where f != except {
                if !documentFacets[f][d].contains(where: chosen.contains) { return false }
            }
            return true
        }

        var facets: [String: [FacetCount]] = [:]
        for (f, facet) in manifest.facets.enumerated() {
            var counts = [Int](repeating: 0, count: facet.values.count)
            for d in candidates where passes(d, except: f) {
                for v in documentFacets[f][d] { counts[v] += 1 }
            }
            facets[facet.key] = facet.values.indices.map { FacetCount(value: facet.values[$0], count: counts[$0]) }
        }

        var results: [Int] = []
        if !words.isEmpty || !selections.isEmpty {
            results = candidates.filter { passes($0, except: nil) }
            results.sort { score[$0] != score[$1] ? score[$0] > score[$1] : $0 < $1 }
        }

        // Hits with snippets.
        let terms = Set(wordMatches.joined().map(\.term))
        var chunks: [Int: [StoredDocument]] = [:]
        var hits: [SearchHit] = []
        for d in results.prefix(max(0, limit)) {
            let c = d / manifest.chunkSize
            note(SearchIndexFormat.docsName(c))
            if chunks[c] == nil {
                chunks[c] = (try? Self.decode(files, prefix, SearchIndexFormat.docsName(c)) as DocsFile)?.docs ?? []
            }
            guard let doc = chunks[c]?[safe: d % manifest.chunkSize] else { continue }
            let (snippet, highlights) = SnippetBuilder.snippet(summary: doc.summary, text: doc.text, terms: terms)
            hits.append(SearchHit(url: doc.url, type: doc.type, typeLabel: doc.typeLabel, title: doc.title,
                                  score: score[d], snippet: snippet, highlights: highlights))
        }
        let result = SearchResult(hits: hits, total: results.count, facets: facets,
                                  terms: terms.sorted(by: SearchIndexFormat.less))
        return (result, loaded)
    }

    private func shardIndex(_ term: String) -> Int {
        SearchIndexFormat.rangeIndex(manifest.postings, term, less: SearchIndexFormat.less)
    }

    /// term → flat [doc delta, impact, …] for the wanted terms of the shards.
    private func loadPostings(shards: [Int], terms: Set<String>) -> [String: [Int]] {
        var out: [String: [Int]] = [:]
        for s in shards {
            guard let file = try? Self.decode(files, prefix, SearchIndexFormat.postingsName(s)) as PostingsFile else { continue }
            for (k, term) in file.terms.enumerated() where terms.contains(term) && k < file.postings.count {
                out[term] = SearchIndexFormat.numbers(file.postings[k]) ?? []
            }
        }
        return out
    }

    // MARK: - Files

    private static func decode<T: Decodable>(_ files: [String: Data], _ prefix: String, _ name: String) throws -> T {
        guard let data = files[prefix + name + ".json"] else { throw SearchEngineError.missingFile(name + ".json") }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            throw SearchEngineError.invalidFile(name + ".json")
        }
    }

    private struct Manifest: Decodable, Sendable {
        struct Facet: Decodable, Sendable {
            var key: String
            var values: [String]
        }
        var version: Int
        var docCount: Int
        var chunkSize: Int
        var lexicon: [Int]
        var postings: [String]
        var query: SearchIndexFormat.QueryParameters
        var facets: [Facet]
    }

    /// Per facet (manifest order), per value, the document ids delta-encoded.
    private struct FacetsFile: Decodable {
        var docs: [[[Int]]]
    }

    private struct LexiconFile: Decodable {
        var terms: [String]
        var df: [Int]
    }

    private struct PostingsFile: Decodable {
        var terms: [String]
        /// Per term a number string: doc delta, impact, doc delta, impact, …
        var postings: [String]
    }

    private struct DocsFile: Decodable {
        var docs: [StoredDocument]
    }

    /// `[url, type, typeLabel, title, summary, text, facets]`.
    private struct StoredDocument: Decodable {
        var url, type, typeLabel, title, summary, text: String
        var facets: [String: [String]]
        init(from decoder: Decoder) throws {
            var c = try decoder.unkeyedContainer()
            url = try c.decode(String.self)
            type = try c.decode(String.self)
            typeLabel = try c.decode(String.self)
            title = try c.decode(String.self)
            summary = try c.decode(String.self)
            text = try c.decode(String.self)
            facets = try c.decode([String: [String]].self)
        }
    }
}

private extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
