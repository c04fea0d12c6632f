import XCTest
import MWContent
import MWGraph
@testable import MWKeuzehulp
@testable import MWRender
@testable import MWSite

final class RecommenderTests: XCTestCase {
    func fixtureRecommender() throws -> Recommender {
        let checked = try SiteBuilder(content: Fixture.content, templates: Fixture.templates, output: Fixture.tempDir(), today: "2026-11-25").check()
        return try XCTUnwrap(KeuzehulpData.recommender(checked.graph))
    }

    /// The shared vectors, also checked against the JavaScript recommender in the browser tests.
    func testSharedVectors() throws {
        let recommender = try fixtureRecommender()
        let data = try Data(contentsOf: Fixture.vectors.appendingPathComponent("keuzehulp-profiles.json"))
        let cases = (try JSONSerialization.jsonObject(with: data) as! [String: Any])["gevallen"] as! [[String: Any]]
        XCTAssertEqual(cases.count, 4)
        for c in cases {
            let name = c["naam"] as! String
            let profile = c["profiel"] as! [String: [String]]
            let expected = c["verwacht"] as! [String: Any]
            let advice = recommender.advise(profile)
            let expectedRecs = expected["aanbevolen"] as! [[String: Any]]
            XCTAssertEqual(advice.aanbevolen.map(\.slug), expectedRecs.map { $0["slug"] as! String }, name)
            for (got, want) in zip(advice.aanbevolen, expectedRecs) {
                XCTAssertEqual(got.score, want["score"] as? Int, name)
                XCTAssertEqual(got.redenen, want["redenen"] as? [String], name)
                XCTAssertEqual(got.tegen, want["tegen"] as? [String], name)
            }
            XCTAssertEqual(advice.uitgesloten.map(\.slug), expected["uitgesloten"] as? [String], name)
            XCTAssertEqual(advice.meldingen.count, expected["meldingen"] as? Int, name)
            XCTAssertEqual(advice.nietsPast, expected["nietsPast"] as? Bool, name)
        }
    }

    func testExclusionWinsOverMatches() throws {
        let advice = try fixtureRecommender().advise(["basis": ["niet-op-orde"], "ontheffing": ["volledig"]])
        XCTAssertFalse(advice.aanbevolen.contains { $0.slug == "rustpunt" })
        XCTAssertEqual(advice.uitgesloten.first?.reden, "Niet bij een volledige ontheffing.")
    }

    func testWeightsAndThreshold() {
        let q = Questionnaire(titel: "t", vragen: [
            .init(id: "a", vraag: "A?", kort: "A", uitleg: nil, instrument: nil, meer: false, opties: [.init(id: "x", label: "X", uitleg: nil), .init(id: "y", label: "Y", uitleg: nil)]),
        ], regels: [], drempel: 2)
        let light = ApproachProfile(slug: "licht", titel: "Licht", doel: ["werk"], benadering: "work-first", onderbouwing: "praktijkervaring",
                                    pastBij: [Rule(vraag: "a", antwoorden: ["x"], gewicht: 1, reden: nil)], sluitUit: [], letOp: nil)
        let heavy = ApproachProfile(slug: "zwaar", titel: "Zwaar", doel: ["werk"], benadering: "work-first", onderbouwing: "praktijkervaring",
                                    pastBij: [Rule(vraag: "a", antwoorden: ["x"], gewicht: 4, reden: nil)], sluitUit: [], letOp: nil)
        let advice = Recommender(questionnaire: q, approaches: [light, heavy]).advise(["a": ["x"]])
        XCTAssertEqual(advice.aanbevolen.map(\.slug), ["zwaar"], "below the threshold is left out, not padded")
        XCTAssertEqual(advice.aanbevolen.first?.redenen, ["A: X"])
    }

    func testTiesAreBrokenByTitleThenSlug() {
        let q = Questionnaire(titel: "t", vragen: [
            .init(id: "a", vraag: "A?", kort: "A", uitleg: nil, instrument: nil, meer: true, opties: [.init(id: "x", label: "X", uitleg: nil), .init(id: "y", label: "Y", uitleg: nil)]),
        ], regels: [], drempel: 1)
        func approach(_ slug: String, _ title: String) -> ApproachProfile {
            ApproachProfile(slug: slug, titel: title, doel: ["werk"], benadering: "work-first", onderbouwing: "praktijkervaring",
                            pastBij: [Rule(vraag: "a", antwoorden: ["x", "y"], gewicht: 2, reden: nil)], sluitUit: [], letOp: nil)
        }
        let r = Recommender(questionnaire: q, approaches: [approach("c", "Beta"), approach("b", "Alfa"), approach("a", "Beta")])
        XCTAssertEqual(r.advise(["a": ["y"]]).aanbevolen.map(\.slug), ["b", "a", "c"])
    }
}
