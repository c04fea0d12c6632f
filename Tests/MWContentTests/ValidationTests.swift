import XCTest
@testable import MWContent
import MWSite

/// One test per kind of content error: message and position.
final class ValidationTests: XCTestCase {
    let element = """
    ---
    titel: "Nieuw element"
    samenvatting: "Kort."
    categorie: relatie-en-houding
    bronnen:
      - bron: testbron
        plaats: "§1"
    ---
    Tekst.
    """

    func only(_ diagnostics: [Diagnostic], file: String) -> [Diagnostic] { diagnostics.filter { $0.path == file } }

    func testFixtureIsValid() throws {
        XCTAssertEqual(try TempContent().errors(), [])
    }

    func testMalformedYAMLReportsLineAndColumn() throws {
        let content = try TempContent()
        try content.write("werkzame-elementen/kapot.md", "---\ntitel: \"Kapot\"\nsamenvatting: dit: kan niet\n---\n")
        let errors = only(try content.errors(), file: "werkzame-elementen/kapot.md")
        XCTAssertEqual(errors.count, 1)
        XCTAssertEqual(errors[0].position.line, 3)
        XCTAssertEqual(errors[0].position.column, 18)
        XCTAssertTrue(errors[0].message.contains("ongeldige YAML"), errors[0].message)
        XCTAssertTrue(errors[0].message.contains("aanhalingstekens"), errors[0].message)
    }

    func testMissingClosingFrontMatter() throws {
        let content = try TempContent()
        try content.write("lessen/open.md", "---\ntitel: x\n")
        let errors = only(try content.errors(), file: "lessen/open.md")
        XCTAssertEqual(errors.map(\.position.line), [1])
        XCTAssertTrue(errors[0].message.contains("niet afgesloten"))
    }

    func testUnknownFieldSuggestsCorrection() throws {
        let content = try TempContent()
        try content.write("werkzame-elementen/nieuw.md", element.replacingOccurrences(of: "categorie:", with: "catgorie:"))
        let errors = only(try content.errors(), file: "werkzame-elementen/nieuw.md")
        let unknown = try XCTUnwrap(errors.first { $0.message.contains("onbekend veld") })
        XCTAssertEqual(unknown.position, Position(line: 4, column: 1))
        XCTAssertTrue(unknown.message.contains("Bedoel je 'categorie'?"), unknown.message)
        XCTAssertTrue(errors.contains { $0.message.contains("verplicht veld 'categorie' ontbreekt") })
    }

    func testWrongTypeAndEnum() throws {
        let content = try TempContent()
        try content.write("werkzame-elementen/nieuw.md", element.replacingOccurrences(of: "relatie-en-houding", with: "relatie"))
        try content.write("bronnen/b2.md", "---\ntitel: B\nsamenvatting: S\norganisatie: O\njaar: negentien\nsoort: handreiking\n---\n")
        let errors = try content.errors()
        let enumError = try XCTUnwrap(only(errors, file: "werkzame-elementen/nieuw.md").first)
        XCTAssertEqual(enumError.position, Position(line: 4, column: 12))
        XCTAssertTrue(enumError.message.contains("onbekende waarde 'relatie'"))
        let intError = try XCTUnwrap(only(errors, file: "bronnen/b2.md").first)
        XCTAssertEqual(intError.position.line, 5)
        XCTAssertTrue(intError.message.contains("geheel getal"), intError.message)
    }

    func testMissingRequiredAndEmptyTitle() throws {
        let content = try TempContent()
        try content.write("werkzame-elementen/nieuw.md", element.replacingOccurrences(of: "titel: \"Nieuw element\"", with: "titel: \"  \"")
            .replacingOccurrences(of: "samenvatting: \"Kort.\"\n", with: ""))
        let errors = only(try content.errors(), file: "werkzame-elementen/nieuw.md")
        XCTAssertTrue(errors.contains { $0.message.contains("'titel' is leeg") && $0.position.line == 2 })
        XCTAssertTrue(errors.contains { $0.message.contains("verplicht veld 'samenvatting' ontbreekt") })
    }

    func testInvalidDate() throws {
        let content = try TempContent()
        let text = try String(contentsOf: content.root.appendingPathComponent("aanpakken/werkstap.md"), encoding: .utf8)
        try content.write("aanpakken/werkstap.md", text.replacingOccurrences(of: "2026-11-01", with: "2026-02-30"))
        let errors = only(try content.errors(), file: "aanpakken/werkstap.md")
        XCTAssertEqual(errors.count, 1)
        XCTAssertTrue(errors[0].message.contains("geen geldige datum"))
        XCTAssertEqual(errors[0].position.line, 14)
    }

    func testDuplicateSlugAcrossTypes() throws {
        let content = try TempContent()
        try content.write("lessen/rustpunt.md", "---\ntitel: R\nsamenvatting: S\nvoor: [gemeente]\nthema: werk\nbronnen:\n  - bron: testbron\n    plaats: x\n---\n")
        let errors = try content.errors()
        XCTAssertTrue(errors.contains { $0.message.contains("de slug 'rustpunt' wordt ook gebruikt door") }, "\(errors)")
    }

    func testMissingReferenceSuggestsSlug() throws {
        let content = try TempContent()
        try content.write("werkzame-elementen/nieuw.md", element.replacingOccurrences(of: "bron: testbron", with: "bron: testbrom"))
        let error = try XCTUnwrap(only(try content.errors(), file: "werkzame-elementen/nieuw.md").first)
        XCTAssertEqual(error.position, Position(line: 6, column: 11))
        XCTAssertTrue(error.message.contains("Bedoel je 'testbron'?"), error.message)
    }

    func testReferenceOfWrongType() throws {
        let content = try TempContent()
        try content.write("werkzame-elementen/nieuw.md", element.replacingOccurrences(of: "bron: testbron", with: "bron: rustpunt"))
        let error = try XCTUnwrap(only(try content.errors(), file: "werkzame-elementen/nieuw.md").first)
        XCTAssertTrue(error.message.contains("een aanpak; verwacht: een bron"), error.message)
    }

    func testSlugWithDotsIsRejected() throws {
        let content = try TempContent()
        try content.write("werkzame-elementen/nieuw.md", element.replacingOccurrences(of: "bron: testbron", with: "bron: ../geheim"))
        let error = try XCTUnwrap(only(try content.errors(), file: "werkzame-elementen/nieuw.md").first)
        XCTAssertTrue(error.message.contains("geen geldige slug"), error.message)
        try content.write("lessen/Hoofd Letters.md", element)
        XCTAssertTrue(try content.errors().contains { $0.path == "lessen/Hoofd Letters.md" && $0.message.contains("hoofd-letters.md") })
    }

    func testFileOutsideKnownFolders() throws {
        let content = try TempContent()
        try content.write("diversen/iets.md", element)
        try content.write("aanpakken/foto.png", Data([0x89, 0x50]))
        let errors = try content.errors()
        XCTAssertTrue(errors.contains { $0.path == "diversen/iets.md" && $0.message.contains("buiten de bekende mappen") })
        XCTAssertTrue(errors.contains { $0.path == "aanpakken/foto.png" && $0.message.contains("afbeeldingen") })
    }

    func testInvalidUTF8ReportsPosition() throws {
        let content = try TempContent()
        var bytes = Data("---\ntitel: \"caf".utf8)
        bytes.append(contentsOf: [0xC3, 0x28])
        bytes.append(Data("\"\n---\n".utf8))
        try content.write("lessen/latin1.md", bytes)
        let error = try XCTUnwrap(only(try content.errors(), file: "lessen/latin1.md").first)
        XCTAssertEqual(error.position, Position(line: 2, column: 12))
        XCTAssertTrue(error.message.contains("UTF-8"))
    }

    func testHugeFileIsRefusedQuickly() throws {
        let content = try TempContent()
        try content.write("lessen/groot.md", Data(repeating: UInt8(ascii: "a"), count: 10_000_000))
        let start = Date()
        let error = try XCTUnwrap(only(try content.errors(), file: "lessen/groot.md").first)
        XCTAssertTrue(error.message.contains("te groot (10,0 MB)"), error.message)
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
    }

    func testAllErrorsOfARunAreReportedTogether() throws {
        let content = try TempContent()
        try content.write("lessen/a.md", "---\ntitel: [\n---\n")
        try content.write("lessen/b.md", "geen front matter\n")
        try content.write("bronnen/c.md", "---\ntitel: C\nsamenvatting: S\norganisatie: O\njaar: 2020\nsoort: boek\n---\n")
        let files = Set(try content.errors().map(\.path))
        XCTAssertEqual(files, ["lessen/a.md", "lessen/b.md", "bronnen/c.md"])
    }

    func testVoorzieningContactValidation() throws {
        let content = try TempContent()
        let path = "sociale-kaart/teststad/teststad-schuldhulp.md"
        let original = try String(contentsOf: content.root.appendingPathComponent(path), encoding: .utf8)
        let broken = original
            .replacingOccurrences(of: "\"0123 45 67 01\"", with: "\"12345\"")
            .replacingOccurrences(of: "donderdag: [\"09:00-12:00\"]", with: "dondag: [\"09:00-12:00\"]\n  dinsdag: [\"25:00-26:00\"]\n  vrijdag: [\"14:00-09:00\"]")
        try content.write(path, broken)
        let errors = only(try content.errors(), file: path)
        XCTAssertTrue(errors.contains { $0.message.contains("geen geldig telefoonnummer") && $0.position == Position(line: 9, column: 11) }, "\(errors)")
        XCTAssertTrue(errors.contains { $0.message.contains("'dondag' in 'openingstijden' is geen weekdag") && $0.position == Position(line: 14, column: 3) })
        XCTAssertTrue(errors.contains { $0.message.contains("'25:00' is geen geldige tijd") })
        XCTAssertTrue(errors.contains { $0.message.contains("sluitingstijd 09:00 ligt niet na de openingstijd 14:00") })
    }

    func testGemeenteMustMatchFolder() throws {
        let content = try TempContent()
        let path = "sociale-kaart/teststad/teststad-geldcafe.md"
        let original = try String(contentsOf: content.root.appendingPathComponent(path), encoding: .utf8)
        try content.write(path, original.replacingOccurrences(of: "gemeente: Teststad", with: "gemeente: Anderstad"))
        XCTAssertTrue(try content.errors().contains { $0.path == path && $0.message.contains("map 'teststad'") })
    }

    func testKeuzehulpRulesMustNameExistingQuestionsAndOptions() throws {
        let content = try TempContent()
        let path = "aanpakken/werkstap.md"
        let original = try String(contentsOf: content.root.appendingPathComponent(path), encoding: .utf8)
        try content.write(path, original.replacingOccurrences(of: "vraag: motivatie", with: "vraag: motivatei")
            .replacingOccurrences(of: "antwoorden: [werk]", with: "antwoorden: [wrek]"))
        let errors = only(try content.errors(), file: path)
        XCTAssertTrue(errors.contains { $0.message.contains("de vraag 'motivatei'") && $0.message.contains("Bedoel je 'motivatie'?") }, "\(errors)")
        XCTAssertTrue(errors.contains { $0.message.contains("'wrek'") && $0.message.contains("Bedoel je 'werk'?") })
    }

    func testEmptyOrBrokenSiteSettings() throws {
        let content = try TempContent()
        try content.write("site.yml", "")
        XCTAssertTrue(try content.errors().contains { $0.path == "site.yml" && $0.message.contains("site.yml is leeg") })
        try content.write("site.yml", "titel: Test\nbasis_url: geen-url\nredactie_email: a@b.example\n")
        let error = try XCTUnwrap(try content.errors().first { $0.path == "site.yml" })
        XCTAssertEqual(error.position, Position(line: 2, column: 12))
        XCTAssertTrue(error.message.contains("geen geldig webadres"))
    }
}
