import XCTest
@testable import MWContent

/// Linter warnings: each with its position, and none on the clean fixture.
final class LinterTests: XCTestCase {
    func warnings(_ content: TempContent) throws -> [Diagnostic] {
        try content.check().filter { $0.severity == .warning }
    }

    func testCleanFixtureHasOnlyTheStaleDemoWarning() throws {
        let w = try warnings(TempContent())
        XCTAssertEqual(w.map(\.path), ["sociale-kaart/teststad/teststad-oud-loket.md"])
        XCTAssertEqual(w.first?.position, Position(line: 13, column: 23))
        XCTAssertTrue(w.first?.message.contains("langer dan 12 maanden") ?? false)
    }

    func testEachWarningKindWithPosition() throws {
        let content = try TempContent()
        let long = String(repeating: "Een lange samenvatting. ", count: 14)
        try content.write("werkzame-elementen/wees.md", """
        ---
        titel: "Wees"
        samenvatting: "\(long)"
        categorie: bestaanszekerheid
        bronnen:
          - bron: testbron
            plaats: "§1"
        ---
        # Kop 1

        ## Kop 2

        #### Kop 4

        ![](foto.png)
        """)
        try content.write("aanpakken/zonder-elementen.md", """
        ---
        titel: "Zonder elementen"
        samenvatting: "Kort."
        doel: [werk]
        benadering: work-first
        doelgroep: "Iedereen."
        bronnen:
          - bron: testbron
            plaats: "§2"
        onderbouwing:
          niveau: praktijkervaring
          toelichting: "Geen."
        laatst_bijgewerkt: 2026-01-01
        ---
        Tekst.
        """)
        let w = try warnings(content)
        func find(_ path: String, _ text: String) -> Diagnostic? { w.first { $0.path == path && $0.message.contains(text) } }
        XCTAssertEqual(find("werkzame-elementen/wees.md", "samenvatting is")?.position, Position(line: 3, column: 15))
        XCTAssertEqual(find("werkzame-elementen/wees.md", "wees: geen aanpak")?.position, Position(line: 1, column: 1))
        XCTAssertEqual(find("werkzame-elementen/wees.md", "niveau 1")?.position.line, 9)
        XCTAssertEqual(find("werkzame-elementen/wees.md", "slaat een niveau over")?.position.line, 13)
        XCTAssertEqual(find("werkzame-elementen/wees.md", "alt-tekst")?.position, Position(line: 15, column: 1))
        XCTAssertNotNil(find("aanpakken/zonder-elementen.md", "geen werkzame elementen"))
        XCTAssertTrue(try content.errors().isEmpty)
    }

    func testUncitedBronIsAnOrphan() throws {
        let content = try TempContent()
        try content.write("bronnen/ongebruikt.md", "---\ntitel: O\nsamenvatting: S\norganisatie: O\njaar: 2020\nsoort: handreiking\n---\n")
        XCTAssertTrue(try warnings(content).contains { $0.path == "bronnen/ongebruikt.md" && $0.message.contains("geen document citeert") })
    }
}
