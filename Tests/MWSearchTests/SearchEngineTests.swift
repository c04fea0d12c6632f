import Foundation
@testable import MWSearch
import XCTest

/// Tests the index builder and the Swift engine, checks the shared ranking
/// vectors, and runs the JavaScript engine on the same index (Tests/js/check-search.js).
///
/// To regenerate the expectations in Tests/vectors/search-ranking.json after
/// an intended ranking change, run the tests with MW_UPDATE_SEARCH_VECTORS=1
/// and review the diff.
final class SearchEngineTests: XCTestCase {
    // MARK: - Fixtures

    private static let corpus: [SearchDocument] = {
        let url = TestPaths.vectors.appendingPathComponent("search-corpus.json")
        return (try? JSONDecoder().decode([SearchDocument].self, from: Data(contentsOf: url))) ?? []
    }()

    private func corpusEngine() throws -> SearchEngine {
        XCTAssertGreaterThan(Self.corpus.count, 25)
        return try SearchEngine(files: SearchIndexBuilder().build(Self.corpus))
    }

    private func doc(_ slug: String, title: String, summary: String = "", body: String = "",
                     facets: [String: [String]] = [:]) -> SearchDocument {
        SearchDocument(url: "t/\(slug).html", type: "aanpak", typeLabel: "Aanpak", title: title,
                       summary: summary, body: body, facets: facets)
    }

    /// Filler so that test terms are not in every document (idf > 0).
    private var filler: [SearchDocument] {
        (0..<6).map { doc("filler-\($0)", title: "Overig \($0)", body: "Een tekst over iets anders, nummer \($0).") }
    }

    // MARK: - Shared vectors (Swift side; the JS side runs in testJavaScriptEngineAgrees)

    private struct RankingFile: Codable {
        var description: String
        var cases: [RankingCase]
    }

    private struct RankingCase: Codable {
        var note: String
        var query: String
        var filters: [String: [String]]?
        var limit: Int
        var expect: Expectation?
    }

    private struct Expectation: Codable, Equatable {
        struct Hit: Codable, Equatable { var url: String; var score: Int }
        struct Snippet: Codable, Equatable { var text: String; var marks: [[Int]] }
        var hits: [Hit]
        var total: Int
        var terms: [String]
        var facets: [String: [String: Int]]
        var snippet: Snippet?
    }

    private func expectation(_ engine: SearchEngine, _ c: RankingCase, withSnippet: Bool) -> Expectation {
        let filters = (c.filters ?? [:]).mapValues { Set($0) }
        let r = engine.search(c.query, filters: filters, limit: c.limit)
        var facets: [String: [String: Int]] = [:]
        for (key, counts) in r.facets {
            facets[key] = Dictionary(uniqueKeysWithValues: counts.filter { $0.count > 0 }.map { ($0.value, $0.count) })
        }
        let snippet = withSnippet ? r.hits.first.map {
            Expectation.Snippet(text: $0.snippet, marks: $0.highlights.map { [$0.lowerBound, $0.upperBound] })
        } : nil
        return Expectation(hits: r.hits.map { .init(url: $0.url, score: $0.score) }, total: r.total,
                           terms: r.terms, facets: facets, snippet: snippet)
    }

    func testRankingVectors() throws {
        let url = TestPaths.vectors.appendingPathComponent("search-ranking.json")
        var file = try JSONDecoder().decode(RankingFile.self, from: Data(contentsOf: url))
        let engine = try corpusEngine()
        if ProcessInfo.processInfo.environment["MW_UPDATE_SEARCH_VECTORS"] == "1" {
            for i in file.cases.indices {
                file.cases[i].expect = expectation(engine, file.cases[i], withSnippet: true)
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try (encoder.encode(file) + Data("\n".utf8)).write(to: url)
            return
        }
        XCTAssertGreaterThanOrEqual(file.cases.count, 20)
        for c in file.cases {
            let expected = try XCTUnwrap(c.expect, "no expectation for \(c.query)")
            let actual = expectation(engine, c, withSnippet: expected.snippet != nil)
            XCTAssertEqual(actual, expected, "query \(c.query) \(c.filters ?? [:])")
        }
    }

    func testJavaScriptEngineAgrees() throws {
        let env = ProcessInfo.processInfo.environment
        let dir = env["MW_SEARCH_INDEX_DIR"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("mw-search-\(UUID().uuidString)")
        try? FileManager.default.removeItem(at: dir)
        for (path, data) in SearchIndexBuilder().build(Self.corpus) {
            let target = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: target)
        }
        defer { if env["MW_SEARCH_INDEX_DIR"] == nil { try? FileManager.default.removeItem(at: dir) } }
        let status = try TestPaths.runNode(["Tests/js/check-search.js", dir.path])
        XCTAssertEqual(status, 0, "node Tests/js/check-search.js failed")
    }

    // MARK: - Index format

    func testOutputIsDeterministic() {
        let a = SearchIndexBuilder().build(Self.corpus)
        let b = SearchIndexBuilder().build(Self.corpus.reversed())
        XCTAssertEqual(a, b)
        XCTAssertTrue(a.keys.allSatisfy { $0.hasPrefix("zoeken/") })
    }

    func testAFailingEmitIsThrownAfterEveryFileWasMade() {
        struct Full: Error { let path: String }
        let handed = Handed()
        XCTAssertThrowsError(try SearchIndexBuilder().build(Self.corpus) { (path, _) throws(Full) in
            handed.add(path)
            if path.hasPrefix("zoeken/docs/") { throw Full(path: path) }
        }) { error in
            // The first failing file in the order of the files (manifest, lexicon, postings, docs).
            XCTAssertEqual((error as? Full)?.path, "zoeken/docs/0.json")
        }
        // Every file was still made (its .json handed on); a failed one's .js twin was not.
        let all = Set(SearchIndexBuilder().build(Self.corpus).keys)
        XCTAssertEqual(handed.paths.filter { $0.hasSuffix(".json") }, all.filter { $0.hasSuffix(".json") })
        XCTAssertEqual(handed.paths.filter { $0.hasSuffix(".js") }, all.filter { $0.hasSuffix(".js") && !$0.hasPrefix("zoeken/docs/") })
    }

    func testEveryDataFileHasAScriptTwin() throws {
        let files = SearchIndexBuilder().build(Self.corpus)
        let json = files.keys.filter { $0.hasSuffix(".json") }
        XCTAssertEqual(json.count * 2, files.count)
        for path in json {
            let name = String(path.dropFirst("zoeken/".count).dropLast(".json".count))
            let script = try XCTUnwrap(files[String(path.dropLast(5)) + ".js"])
            let text = String(decoding: script, as: UTF8.self)
            let payload = String(decoding: files[path]!, as: UTF8.self).trimmingCharacters(in: .newlines)
            XCTAssertEqual(text, "MWSearchData.register(\"\(name)\",\(payload));\n")
        }
        XCTAssertNotNil(files["zoeken/manifest.json"])
        XCTAssertNotNil(files["zoeken/lex/0.json"])
        XCTAssertNotNil(files["zoeken/post/0.json"])
        XCTAssertNotNil(files["zoeken/docs/0.json"])
    }

    func testShardCountDoesNotChangeResults() throws {
        let sharded = SearchIndexBuilder(shardCount: 7).build(Self.corpus)
        XCTAssertEqual(sharded.keys.filter { $0.hasPrefix("zoeken/post/") && $0.hasSuffix(".json") }.count, 7)
        let a = try SearchEngine(files: sharded)
        let b = try corpusEngine()
        for q in ["schuld", "vertrouwen bijstand", "participatei", "werk", "de"] {
            XCTAssertEqual(a.search(q).hits.map(\.url), b.search(q).hits.map(\.url), q)
        }
    }

    func testEngineReadsAFolder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("mw-search-dir-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        for (path, data) in SearchIndexBuilder().build(Self.corpus) {
            let target = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: target)
        }
        let engine = try SearchEngine(directory: dir.appendingPathComponent("zoeken"))
        XCTAssertEqual(engine.documentCount, Self.corpus.count)
        XCTAssertEqual(engine.search("voedselbank").hits.first?.url, "sociale-kaart/voorbeeldstad/voedselbank-voorbeeldstad.html")
        XCTAssertThrowsError(try SearchEngine(files: [:])) { error in
            XCTAssertEqual(error as? SearchEngineError, .missingFile("manifest.json"))
        }
    }

    func testEmptyIndex() throws {
        let engine = try SearchEngine(files: SearchIndexBuilder().build([]))
        XCTAssertEqual(engine.search("schuld").total, 0)
        XCTAssertEqual(engine.search("").total, 0)
    }

    // MARK: - Ranking

    func testBM25FieldWeightsTitleOverSummaryOverBody() throws {
        let docs = filler + [
            doc("body", title: "Eerste pagina", summary: "Een korte tekst.", body: "Hier staat het woord zonnepaneel in de tekst."),
            doc("summary", title: "Tweede pagina", summary: "Over een zonnepaneel.", body: "Hier staat iets anders in de tekst."),
            doc("title", title: "Zonnepaneel", summary: "Een korte tekst.", body: "Hier staat iets anders in de tekst."),
        ]
        let r = try SearchEngine(files: SearchIndexBuilder().build(docs)).search("zonnepaneel")
        XCTAssertEqual(r.hits.map(\.url), ["t/title.html", "t/summary.html", "t/body.html"])
        XCTAssertGreaterThan(r.hits[0].score, r.hits[1].score)
        XCTAssertGreaterThan(r.hits[1].score, r.hits[2].score)
    }

    func testBM25TermFrequencySaturatesAndLengthNormalises() throws {
        let long = Array(repeating: "andere woorden vullen deze tekst", count: 40).joined(separator: " ")
        let docs = filler + [
            doc("once", title: "Eén", body: "budget"),
            doc("often", title: "Vaak", body: "budget budget budget budget"),
            doc("long", title: "Lang", body: "budget " + long),
        ]
        let r = try SearchEngine(files: SearchIndexBuilder().build(docs)).search("budget")
        XCTAssertEqual(r.hits.map(\.url), ["t/often.html", "t/once.html", "t/long.html"])
        // Saturation: four times the term is worth far less than four times the score.
        XCTAssertLessThan(r.hits[0].score, 2 * r.hits[1].score)
    }

    func testRareTermsWeighMoreThanCommonOnes() throws {
        var docs = filler
        docs += (0..<8).map { doc("common-\($0)", title: "Pagina \($0)", body: "Over de gemeente.") }
        docs.append(doc("both", title: "Pagina", body: "Over de gemeente en mantelzorg."))
        docs.append(doc("rare", title: "Pagina", body: "Over mantelzorg."))
        let engine = try SearchEngine(files: SearchIndexBuilder().build(docs))
        let common = engine.search("gemeente").hits.first!.score
        let rare = engine.search("mantelzorg").hits.first!.score
        XCTAssertGreaterThan(rare, common)
        XCTAssertEqual(engine.search("gemeente mantelzorg").hits.first?.url, "t/both.html")
    }

    func testPrefixMatchesCompoundWords() throws {
        let engine = try corpusEngine()
        let r = engine.search("schuld")
        XCTAssertTrue(r.terms.contains("schuldhulpverlen"))
        XCTAssertTrue(r.hits.contains { $0.url == "sociale-kaart/voorbeeldstad/formulierenhulp-voorbeeldstad.html" },
                      "only mentions schuldhulpverlening")
        // A word that is not the last one needs 3 letters for prefix matching.
        XCTAssertTrue(engine.search("re integratie").terms.allSatisfy { $0 == "re" || $0.hasPrefix("integratie") })
        // The last word while typing: "uitkeri" completes to the stem of "uitkering".
        XCTAssertEqual(engine.search("uitkeri").terms, ["uitker"])
        // Exact beats prefix for the same document.
        let exact = engine.search("bijstand").hits.first { $0.url == "werkzame-elementen/ervaringsdeskundigheid.html" }
        let prefix = engine.search("bijstan").hits.first { $0.url == "werkzame-elementen/ervaringsdeskundigheid.html" }
        XCTAssertGreaterThan(try XCTUnwrap(exact).score, try XCTUnwrap(prefix).score)
    }

    func testOneTypoIsToleratedAndScoredLower() throws {
        let engine = try corpusEngine()
        let exact = engine.search("participatie")
        let typo = engine.search("participatei")
        XCTAssertEqual(typo.terms, ["participatie"])
        XCTAssertEqual(Set(typo.hits.map(\.url)), Set(engine.search("participatie", limit: 100).hits
            .filter { h in typo.hits.contains { $0.url == h.url } }.map(\.url)))
        let url = "werkzame-elementen/vertrouwensrelatie.html"
        let e = try XCTUnwrap(exact.hits.first { $0.url == url }).score
        let t = try XCTUnwrap(typo.hits.first { $0.url == url }).score
        XCTAssertLessThan(t, e)
        // Insertion, deletion, substitution, transposition.
        for q in ["vrijwiligerswerk", "vrijwilligersswerk", "vrijwilligerswerc", "vrijwilligerswekr"] {
            XCTAssertEqual(engine.search(q).terms, ["vrijwilligerswerk"], q)
        }
        // No typo matching below 5 letters, nor for two typos.
        XCTAssertEqual(engine.search("wrek").total, 0)
        XCTAssertEqual(engine.search("vrjiwiligerswerk").total, 0)
    }

    func testMultipleWordsPreferDocumentsMatchingAll() throws {
        let engine = try corpusEngine()
        let both = Set(engine.search("vertrouwen bijstand", limit: 100).hits.map(\.url))
        let first = Set(engine.search("vertrouwen", limit: 100).hits.map(\.url))
        let second = Set(engine.search("bijstand", limit: 100).hits.map(\.url))
        XCTAssertFalse(both.isEmpty)
        XCTAssertTrue(both.isSubset(of: first.intersection(second)))
        let one = engine.search("vertrouwen", limit: 100)
        // A word that matches nothing does not empty the result.
        XCTAssertEqual(engine.search("vertrouwen xyzzy").total, one.total)
        XCTAssertEqual(engine.search("xyzzy").total, 0)
    }

    // MARK: - Filters and facets

    func testFiltersAndFacetCounts() throws {
        let engine = try corpusEngine()
        let all = engine.search("schuld", limit: 100)
        let filtered = engine.search("schuld", filters: ["gemeente": ["Voorbeeldstad"]], limit: 100)
        XCTAssertLessThan(filtered.total, all.total)
        XCTAssertEqual(filtered.total, filtered.hits.count)
        // Counts of the filtered facet ignore its own filter (so other values stay visible) …
        XCTAssertEqual(filtered.facets["gemeente"], all.facets["gemeente"])
        XCTAssertEqual(count(filtered, "gemeente", "Voorbeeldstad"), filtered.total)
        // … and the other facets count only the filtered documents.
        XCTAssertEqual(filtered.facets["type"]!.reduce(0) { $0 + $1.count }, filtered.total)

        // OR within a facet, AND across facets.
        let two = engine.search("schuld", filters: ["gemeente": ["Voorbeeldstad", "Andere Gemeente"]], limit: 100)
        XCTAssertEqual(two.total, filtered.total + count(all, "gemeente", "Andere Gemeente"))
        let and = engine.search("schuld", filters: ["gemeente": ["Voorbeeldstad"], "type": ["Voorziening"]], limit: 100)
        XCTAssertTrue(and.hits.allSatisfy { $0.typeLabel == "Voorziening" })
        XCTAssertEqual(and.total, count(filtered, "type", "Voorziening"))

        // Unknown values match nothing; unknown keys are ignored.
        XCTAssertEqual(engine.search("schuld", filters: ["gemeente": ["Nergens"]]).total, 0)
        XCTAssertEqual(engine.search("schuld", filters: ["kleur": ["rood"]]).total, all.total)
    }

    func testEmptyQueryBrowsesByFilter() throws {
        let engine = try corpusEngine()
        let none = engine.search("")
        XCTAssertEqual(none.total, 0)
        XCTAssertEqual(count(none, "type", "Aanpak"), Self.corpus.filter { $0.type == "aanpak" }.count)
        let browse = engine.search("", filters: ["type": ["Voorziening"]], limit: 100)
        XCTAssertEqual(browse.total, Self.corpus.filter { $0.type == "voorziening" }.count)
        XCTAssertTrue(browse.hits.allSatisfy { $0.score == 0 })
    }

    func testTypeFacetDefaultsToTypeLabel() throws {
        let engine = try SearchEngine(files: SearchIndexBuilder().build(filler))
        XCTAssertEqual(engine.search("").facets["type"], [FacetCount(value: "Aanpak", count: 6)])
    }

    // MARK: - Snippets and loading

    func testSnippetHighlightsMatchedWords() throws {
        let engine = try corpusEngine()
        let hit = try XCTUnwrap(engine.search("schulden voorbeeldstad").hits.first)
        XCTAssertTrue(hit.markedSnippet().contains("[schuldhulpverlening]"), hit.markedSnippet())
        // From the body when the summary does not match, with an ellipsis.
        let body = try XCTUnwrap(engine.search("moratorium").hits.first)
        XCTAssertTrue(body.markedSnippet().contains("[moratorium]"), body.markedSnippet())
        XCTAssertTrue(body.snippet.hasPrefix("… "))
    }

    func testAnIndexOfAnotherVersionIsRefused() throws {
        var files = SearchIndexBuilder().build(Self.corpus)
        let manifest = try XCTUnwrap(files["zoeken/manifest.json"].map { String(decoding: $0, as: UTF8.self) })
        XCTAssertTrue(manifest.contains("\"version\":\(SearchIndexFormat.version),"))
        files["zoeken/manifest.json"] = Data(manifest.replacingOccurrences(of: "\"version\":\(SearchIndexFormat.version),", with: "\"version\":1,").utf8)
        XCTAssertThrowsError(try SearchEngine(files: files)) { error in
            XCTAssertEqual(error as? SearchEngineError, .otherVersion(1))
        }
    }

    func testNumberStringsRoundTrip() {
        let values = [0, 1, 5, 31, 32, 33, 1000, 1023, 1024, 99_999, 1 << 40]
        let text = SearchIndexFormat.numberString(values)
        XCTAssertEqual(SearchIndexFormat.numbers(text), values)
        XCTAssertEqual(SearchIndexFormat.numberString([5, 32]), "5X0")
        XCTAssertEqual(text.utf8.count, values.map(SearchIndexFormat.numberLength).reduce(0, +))
        XCTAssertEqual(SearchIndexFormat.numbers(""), [])
        XCTAssertNil(SearchIndexFormat.numbers("X"), "ends inside a number")
        XCTAssertNil(SearchIndexFormat.numbers("1,2"), "a character outside the alphabets")
    }

    func testRequiredFilesAreFewAndSmall() throws {
        let files = SearchIndexBuilder().build(Self.corpus)
        let engine = try SearchEngine(files: files)
        let needed = engine.requiredFiles("schuldhulp", limit: 10)
        XCTAssertEqual(needed.first, "manifest")
        XCTAssertTrue(needed.contains("lex/0"))
        XCTAssertTrue(needed.allSatisfy { files["zoeken/\($0).json"] != nil })
        XCTAssertEqual(engine.requiredFiles(""), ["manifest"])
        // The facet lists follow the results unless filters are chosen; then they come first.
        XCTAssertFalse(needed.contains("facets"))
        XCTAssertEqual(engine.requiredFiles("schuldhulp", filters: ["type": ["Aanpak"]]).prefix(2), ["manifest", "facets"])
        XCTAssertNotNil(files["zoeken/facets.json"])
    }

    private func count(_ r: SearchResult, _ key: String, _ value: String) -> Int {
        r.facets[key]?.first { $0.value == value }?.count ?? 0
    }
}

private final class Handed: @unchecked Sendable {
    private var seen: Set<String> = []
    private let lock = NSLock()
    func add(_ path: String) {
        lock.lock()
        seen.insert(path)
        lock.unlock()
    }
    var paths: Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return seen
    }
}
