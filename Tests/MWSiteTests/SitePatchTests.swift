import XCTest
import MWContent
import MWRender
@testable import MWSite

/// `serve`'s fast path: a patch of the last build after edits gives exactly the pages and
/// indexes of a full build, renders only the pages that show the edited document, and declines
/// (nil) where it could not be exact.
final class SitePatchTests: XCTestCase {
    struct Built {
        var builder: SiteBuilder
        var caches: BuildCaches
        var checked: SiteBuilder.Checked
        var renderer: SiteRenderer
        var pages: [OutputFile]
        var content: URL
    }

    /// The fixture content built once the way `serve` builds it.
    func builtOnce(prepare: (URL) throws -> Void = { _ in }) throws -> Built {
        let content = try Fixture.copyContent()
        try prepare(content)
        let builder = SiteBuilder(content: content, templates: Fixture.templates, output: Fixture.tempDir(), today: "2026-11-25")
        let caches = BuildCaches()
        let checked = try builder.check(caches: caches)
        XCTAssertFalse(checked.hasErrors, "\(checked.diagnostics)")
        let renderer = try builder.renderer(checked, caches: caches)
        let pages = try renderer.renderPages() + builder.assetFiles(checked)
        caches.pages.resetCounters()
        return Built(builder: builder, caches: caches, checked: checked, renderer: renderer, pages: pages, content: content)
    }

    func edit(_ content: URL, _ path: String, _ from: String, _ to: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = content.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertTrue(text.contains(from), "\(path) does not contain \(from)", file: file, line: line)
        try text.replacingOccurrences(of: from, with: to).write(to: url, atomically: false, encoding: .utf8)
    }

    func patch(_ built: Built, _ paths: Set<String>) -> SitePatch? {
        SitePatch.apply(paths, to: built.checked, renderer: built.renderer, pages: built.pages, builder: built.builder, caches: built.caches)
    }

    /// Pages and indexes of the patch against a full build without caches.
    func assertEqualsFullBuild(_ patch: SitePatch, _ built: Built, file: StaticString = #filePath, line: UInt = #line) throws {
        let checked = try built.builder.check()
        XCTAssertFalse(checked.hasErrors, file: file, line: line)
        let renderer = try built.builder.renderer(checked)
        let fullPages = try renderer.renderPages() + built.builder.assetFiles(checked)
        let full = Dictionary(uniqueKeysWithValues: (fullPages + renderer.renderIndexes(pages: fullPages)).map { ($0.path, $0.data) })
        let patched = Dictionary(uniqueKeysWithValues: (patch.pages + patch.renderer.renderIndexes(pages: patch.pages)).map { ($0.path, $0.data) })
        XCTAssertEqual(Set(patched.keys), Set(full.keys), file: file, line: line)
        for (path, data) in full where patched[path] != data {
            XCTFail("\(path) differs between the patch and a full build", file: file, line: line)
        }
        XCTAssertEqual(patch.checked.diagnostics.filter { $0.severity == .error }, [], file: file, line: line)
    }

    func changedPaths(_ patch: SitePatch) -> Set<String> {
        Set(patch.changedPages.map(\.path))
    }

    func testBodyEditRendersOnlyPagesThatShowTheDocument() throws {
        let built = try builtOnce()
        try edit(built.content, "lessen/neem-de-tijd.md", "Neem de tijd.\n", "Neem de tijd, ook als het lang duurt.\n")
        let patch = try XCTUnwrap(patch(built, ["lessen/neem-de-tijd.md"]))
        try assertEqualsFullBuild(patch, built)
        let page = String(decoding: try XCTUnwrap(patch.changedPages.first { $0.path == "lessen/neem-de-tijd.html" }).data, as: UTF8.self)
        XCTAssertTrue(page.contains("ook als het lang duurt"))
        // The aanpak and the element it relates to show its card; sociale-kaart pages do not.
        XCTAssertTrue(changedPaths(patch).isSuperset(of: ["lessen/neem-de-tijd.html", "aanpakken/rustpunt.html", "lessen/index.html"]))
        XCTAssertFalse(changedPaths(patch).contains { $0.hasPrefix("sociale-kaart/") })
        // Other pages show the les by its fields (its card), which the edit left alone: only
        // its own page is rendered again; the others come from the cache as they were.
        XCTAssertEqual(built.caches.pages.rendered, 1, "a body edit renders the document's own page only")
    }

    func testFieldEditRendersThePagesThatShowTheDocument() throws {
        let built = try builtOnce()
        try edit(built.content, "lessen/neem-de-tijd.md", "samenvatting: \"", "samenvatting: \"Kort: ")
        let patch = try XCTUnwrap(patch(built, ["lessen/neem-de-tijd.md"]))
        try assertEqualsFullBuild(patch, built)
        XCTAssertGreaterThan(built.caches.pages.rendered, 2, "its card changed: the pages that show it are rendered again")
        let overview = String(decoding: try XCTUnwrap(patch.pages.first { $0.path == "lessen/index.html" }).data, as: UTF8.self)
        XCTAssertTrue(overview.contains("Kort: "))
    }

    func testSummaryEditUpdatesCardsOnOtherPages() throws {
        let built = try builtOnce()
        try edit(built.content, "werkzame-elementen/persoonlijke-aandacht.md", "samenvatting: \"", "samenvatting: \"Kort: ")
        let patch = try XCTUnwrap(patch(built, ["werkzame-elementen/persoonlijke-aandacht.md"]))
        try assertEqualsFullBuild(patch, built)
        let aanpak = String(decoding: try XCTUnwrap(patch.pages.first { $0.path == "aanpakken/rustpunt.html" }).data, as: UTF8.self)
        XCTAssertTrue(aanpak.contains("Kort: "))
    }

    func testAddingAndRemovingLinksUpdatesBacklinks() throws {
        let built = try builtOnce()
        try edit(built.content, "lessen/neem-de-tijd.md", "Neem de tijd.\n", "Neem de tijd, zoals bij [[werkstap]].\n")
        let added = try XCTUnwrap(patch(built, ["lessen/neem-de-tijd.md"]))
        try assertEqualsFullBuild(added, built)
        XCTAssertTrue(changedPaths(added).contains("aanpakken/werkstap.html"), "the new link target gets a backlink")

        // Patch the patched build again: now drop a front-matter reference.
        var again = built
        (again.checked, again.renderer, again.pages) = (added.checked, added.renderer, added.pages)
        try edit(built.content, "lessen/neem-de-tijd.md", "gerelateerd: [rustpunt, persoonlijke-aandacht]", "gerelateerd: [rustpunt]")
        let removed = try XCTUnwrap(patch(again, ["lessen/neem-de-tijd.md"]))
        try assertEqualsFullBuild(removed, built)
        XCTAssertTrue(changedPaths(removed).contains("werkzame-elementen/persoonlijke-aandacht.html"), "the old target loses its backlink")
    }

    func testBodyLinkUpdatesTheListOfAanpakkenPerElement() throws {
        // The aanpakken per werkzaam element are grouped by links, also those in bodies: a link
        // added to a body (the fields unchanged) must reach that overview.
        let built = try builtOnce()
        try edit(built.content, "aanpakken/werkstap.md", "Werk voorop.\n", "Werk voorop, na [[eerst-stabiliseren]].\n")
        let patch = try XCTUnwrap(patch(built, ["aanpakken/werkstap.md"]))
        try assertEqualsFullBuild(patch, built)
        let before = String(decoding: try XCTUnwrap(built.pages.first { $0.path == "aanpakken/per-werkzaam-element.html" }).data, as: UTF8.self)
        let after = String(decoding: try XCTUnwrap(patch.pages.first { $0.path == "aanpakken/per-werkzaam-element.html" }).data, as: UTF8.self)
        XCTAssertNotEqual(before, after, "werkstap now also uses eerst-stabiliseren")
    }

    func testVoorzieningEditUpdatesGemeentePages() throws {
        let built = try builtOnce()
        try edit(built.content, "sociale-kaart/teststad/teststad-geldcafe.md", "kosten: \"Gratis\"", "kosten: \"Gratis, ook koffie\"")
        let patch = try XCTUnwrap(patch(built, ["sociale-kaart/teststad/teststad-geldcafe.md"]))
        try assertEqualsFullBuild(patch, built)
        XCTAssertTrue(changedPaths(patch).isSuperset(of: ["sociale-kaart/teststad/teststad-geldcafe.html", "sociale-kaart/teststad/index.html"]))
    }

    func testVoorzieningEditLooksAtItsOwnGemeenteOnly() throws {
        // A second gemeente: its pages show nothing of Teststad's voorzieningen.
        let built = try builtOnce { content in
            let folder = content.appendingPathComponent("sociale-kaart/anderstad")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let text = try String(contentsOf: content.appendingPathComponent("sociale-kaart/teststad/teststad-geldcafe.md"), encoding: .utf8)
            try text.replacingOccurrences(of: "Teststad", with: "Anderstad")
                .write(to: folder.appendingPathComponent("anderstad-geldcafe.md"), atomically: false, encoding: .utf8)
        }
        XCTAssertTrue(built.pages.contains { $0.path == "sociale-kaart/anderstad/index.html" })
        try edit(built.content, "sociale-kaart/teststad/teststad-geldcafe.md", "kosten: \"Gratis\"", "kosten: \"Gratis, ook koffie\"")
        let patch = try XCTUnwrap(patch(built, ["sociale-kaart/teststad/teststad-geldcafe.md"]))
        try assertEqualsFullBuild(patch, built)
        XCTAssertTrue(changedPaths(patch).contains("sociale-kaart/teststad/index.html"))
        XCTAssertFalse(changedPaths(patch).contains { $0.hasPrefix("sociale-kaart/anderstad/") }, "the other gemeente was not looked at")
    }

    func testDeclinesWhatNeedsAFullBuild() throws {
        let built = try builtOnce()
        // A new title: other pages sort and title their links by it.
        try edit(built.content, "aanpakken/werkstap.md", "titel: \"", "titel: \"Nieuw: ")
        XCTAssertNil(patch(built, ["aanpakken/werkstap.md"]))
        // A new file, a changed heading, an error, settings: all full builds.
        try "---\ntitel: \"X\"\n---\n".write(to: built.content.appendingPathComponent("paginas/nieuw.md"), atomically: true, encoding: .utf8)
        XCTAssertNil(patch(built, ["paginas/nieuw.md"]))
        try edit(built.content, "aanpakken/rustpunt.md", "## Hoe werkt het?", "## Hoe werkt het precies?")
        XCTAssertNil(patch(built, ["aanpakken/rustpunt.md"]))
        try edit(built.content, "lessen/neem-de-tijd.md", "thema: vertrouwen", "thema: vertrouwn")
        XCTAssertNil(patch(built, ["lessen/neem-de-tijd.md"]))
        XCTAssertNil(patch(built, ["site.yml"]))
        XCTAssertNil(patch(built, []))
    }

    func testNewDataDateIsAFullBuild() throws {
        let built = try builtOnce()
        // The newest date in the content is on every page.
        try edit(built.content, "sociale-kaart/teststad/teststad-geldcafe.md", "laatst_gecontroleerd: 2026-09-01", "laatst_gecontroleerd: 2026-11-30")
        XCTAssertNil(patch(built, ["sociale-kaart/teststad/teststad-geldcafe.md"]))
    }

    /// The patched renderer reuses the data date where an edit cannot move it, and computes it
    /// again where the edited document held it.
    func testPatchKeepsTheDataDateOfAFullBuild() throws {
        func fullDataDate(_ built: Built) throws -> String { try built.builder.renderer(try built.builder.check()).dataDate }
        var built = try builtOnce()
        XCTAssertEqual(built.renderer.dataDate, "2026-11-01")
        // An older date, still older: the data date stays.
        try edit(built.content, "sociale-kaart/teststad/teststad-schuldhulp.md", "laatst_gecontroleerd: 2026-10-01", "laatst_gecontroleerd: 2026-10-15")
        var patched = try XCTUnwrap(patch(built, ["sociale-kaart/teststad/teststad-schuldhulp.md"]))
        try assertEqualsFullBuild(patched, built)
        XCTAssertEqual(patched.renderer.dataDate, try fullDataDate(built))
        // One of three documents with the newest date moves back: the other two still hold it.
        built = try builtOnce()
        try edit(built.content, "aanpakken/buurtkamer.md", "laatst_bijgewerkt: 2026-11-01", "laatst_bijgewerkt: 2026-10-20")
        patched = try XCTUnwrap(patch(built, ["aanpakken/buurtkamer.md"]))
        try assertEqualsFullBuild(patched, built)
        XCTAssertEqual(patched.renderer.dataDate, "2026-11-01")
        // All three move back: a new data date on every page, so not a patch.
        for name in ["rustpunt", "werkstap"] {
            try edit(built.content, "aanpakken/\(name).md", "laatst_bijgewerkt: 2026-11-01", "laatst_bijgewerkt: 2026-10-20")
        }
        XCTAssertEqual(try fullDataDate(built), "2026-10-20")
        XCTAssertNil(patch(built, ["aanpakken/buurtkamer.md", "aanpakken/rustpunt.md", "aanpakken/werkstap.md"]))
    }
}
