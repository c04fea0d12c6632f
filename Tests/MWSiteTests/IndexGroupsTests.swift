import XCTest
import MWContent
@testable import MWRender
@testable import MWSite

/// The indexes are the same whether they are built side by side (small site) or one group
/// after another (large site), and whether JSON is encoded as one tree or from fragments; the
/// template contexts lose their empty strings at every level, as before the copy-based cleanup.
final class IndexGroupsTests: XCTestCase {
    func testIndexesDoNotDependOnHowTheyAreGrouped() throws {
        let builder = SiteBuilder(content: Fixture.content, templates: Fixture.templates, output: Fixture.tempDir(), today: "2026-11-25")
        let checked = try builder.check()
        let sideBySide = try builder.renderer(checked)
        var oneAfterAnother = sideBySide
        oneAfterAnother.largeSite = 0
        XCTAssertLessThanOrEqual(sideBySide.graph.documents.count, sideBySide.largeSite)
        let pages = try sideBySide.renderPages()
        let a = sideBySide.renderIndexes(pages: pages), b = oneAfterAnother.renderIndexes(pages: pages)
        XCTAssertGreaterThan(a.count, 10)
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: a.map { ($0.path, $0.data) }),
                       Dictionary(uniqueKeysWithValues: b.map { ($0.path, $0.data) }))
        for path in ["index.json", "downloads/voorzieningen.csv", "downloads/hsds/services.json", "keuzehulp.json", "zoeken/manifest.json", "sitemap.xml", "sw.js"] {
            XCTAssertTrue(a.contains { $0.path == path }, path)
        }
    }

    static func item(_ number: Int) -> [String: Any] {
        ["naam": "Voorziening \"A\"", "telefoon": "012-3456789", "getal": 3, "kommagetal": 1.5, "waar": true, "nummer": number,
         "lijst": ["a", "b/c"], "leeg": [String](), "genest": ["x": ["y": "z\u{2028}"]]]
    }

    func testFragmentsEncodeLikeTheValuesTheyStandFor() throws {
        let items = (0..<25).map(Self.item)
        let tree: [String: Any] = ["versie": 1, "items": items, "los": Self.item(-1)]
        let fragments: [String: Any] = ["versie": 1, "items": (0..<25).map { DeterministicJSON.Fragment(Self.item($0)) },
                                        "los": DeterministicJSON.Fragment(Self.item(-1))]
        XCTAssertEqual(DeterministicJSON.data(fragments), DeterministicJSON.data(tree))
        XCTAssertEqual(DeterministicJSON.data([DeterministicJSON.Fragment]()), Data("[]".utf8))
        XCTAssertEqual(DeterministicJSON.data(items.map(DeterministicJSON.Fragment.init)), DeterministicJSON.data(items))
        // Nested fragments inside a fragment are copied into it.
        XCTAssertEqual(DeterministicJSON.Fragment(["a": DeterministicJSON.Fragment(Self.item(1))]).bytes,
                       Array(DeterministicJSON.data(["a": Self.item(1)])))
        // And the result is JSON that parses back.
        let parsed = try JSONSerialization.jsonObject(with: DeterministicJSON.data(fragments)) as? [String: Any]
        XCTAssertEqual((parsed?["items"] as? [[String: Any]])?.count, 25)
        XCTAssertEqual((parsed?["items"] as? [[String: Any]])?[7]["nummer"] as? Int, 7)
    }

    func testDropEmptyRemovesEmptyStringsAtEveryLevel() {
        let context: [String: Any] = ["a": "", "b": "x", "c": ["d": "", "e": "y"], "f": [["g": "", "h": "z"]],
                                      "i": ["", "keep"], "j": [[["k": ""]]] as [Any], "n": 0]
        let out = SiteRenderer.dropEmpty(context)
        XCTAssertEqual(Set(out.keys), ["b", "c", "f", "i", "j", "n"])
        XCTAssertEqual((out["c"] as? [String: Any])?.keys.sorted(), ["e"])
        XCTAssertEqual((out["f"] as? [[String: Any]])?.first?.keys.sorted(), ["h"])
        XCTAssertEqual(out["i"] as? [String], ["", "keep"])
        XCTAssertEqual(((out["j"] as? [Any])?.first as? [[String: Any]])?.first?.isEmpty, true)
    }
}
