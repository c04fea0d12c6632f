import XCTest
import MWContent
import MWGraph
@testable import MWSite

/// End to end: build the fixture content tree and check the output.
final class SiteBuildTests: XCTestCase {
    func build(content: URL = Fixture.content) throws -> URL {
        let output = Fixture.tempDir().appendingPathComponent("site")
        try SiteBuilder(content: content, templates: Fixture.templates, output: output, today: "2026-11-25").build()
        return output
    }

    func read(_ site: URL, _ path: String) throws -> String {
        try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
    }

    func testBuildWritesEveryPageType() throws {
        let site = try build()
        for path in ["index.html", "404.html", "sitemap.xml", "index.json", "zoeken.html", "keuzehulp.html", "over.html",
                     "aanpakken/index.html", "aanpakken/rustpunt.html", "aanpakken/per-werkzaam-element.html",
                     "werkzame-elementen/index.html", "werkzame-elementen/eerst-stabiliseren.html",
                     "lessen/index.html", "lessen/neem-de-tijd.html", "bronnen/testbron.html",
                     "sociale-kaart/index.html", "sociale-kaart/teststad/index.html",
                     "sociale-kaart/teststad/teststad-schuldhulp.html", "sociale-kaart/soorten/schuldhulpverlening.html",
                     "assets/css/site.css", ".gitignore"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: site.appendingPathComponent(path).path), path)
        }
        let page = try read(site, "aanpakken/rustpunt.html")
        XCTAssertTrue(page.contains("<html lang=\"nl\">"))
        XCTAssertEqual(page.components(separatedBy: "<h1").count - 1, 1)
        XCTAssertTrue(page.contains("href=\"../werkzame-elementen/eerst-stabiliseren.html\""))
        XCTAssertTrue(page.contains("href=\"../bronnen/testbron.html\">Testbron, §3</a>"))
        XCTAssertTrue(page.contains("<h2 id=\"hoe-werkt-het\">"))
    }

    func testBacklinksAppearOnTargetPages() throws {
        let site = try build()
        let element = try read(site, "werkzame-elementen/persoonlijke-aandacht.html")
        XCTAssertTrue(element.contains("Aanpakken met dit element"))
        XCTAssertTrue(element.contains("href=\"../aanpakken/rustpunt.html\""))
        XCTAssertTrue(element.contains("href=\"../aanpakken/werkstap.html\""))
        let bron = try read(site, "bronnen/testbron.html")
        XCTAssertTrue(bron.contains("href=\"../lessen/neem-de-tijd.html\""))
        let soort = try read(site, "sociale-kaart/soorten/schuldhulpverlening.html")
        XCTAssertTrue(soort.contains("href=\"../../sociale-kaart/teststad/teststad-geldcafe.html\""))
    }

    func testGraphComputesIncomingFromFrontMatterAndBody() throws {
        let checked = try SiteBuilder(content: Fixture.content, templates: Fixture.templates, output: Fixture.tempDir(), today: "2026-11-25").check()
        let graph = checked.graph
        XCTAssertEqual(graph.incoming["persoonlijke-aandacht"], ["buurtkamer", "rustpunt", "werkstap", "neem-de-tijd"])
        // Body link from eerst-stabiliseren to rustpunt (relative .md link) counts as a reference.
        XCTAssertTrue(graph.outgoing["eerst-stabiliseren"]!.contains("rustpunt"))
        XCTAssertTrue(graph.incoming["rustpunt"]!.contains("eerst-stabiliseren"))
    }

    func testAllInternalLinksResolveToFiles() throws {
        let site = try build()
        let enumerator = FileManager.default.enumerator(atPath: site.path)!
        var checkedLinks = 0
        while let path = enumerator.nextObject() as? String {
            guard path.hasSuffix(".html") else { continue }
            let html = try read(site, path)
            let base = site.appendingPathComponent(path).deletingLastPathComponent()
            for match in html.matches(of: /(?:href|src)="([^"#:?]+)(?:#[^"]*)?"/) {
                let target = base.appendingPathComponent(String(match.1)).standardizedFileURL
                var isDir: ObjCBool = false
                XCTAssertTrue(FileManager.default.fileExists(atPath: target.path, isDirectory: &isDir) && !isDir.boolValue,
                              "\(path) links to \(match.1), which is not a file")
                checkedLinks += 1
            }
        }
        XCTAssertGreaterThan(checkedLinks, 100)
    }

    func testTitleWithScriptIsEscaped() throws {
        let content = try Fixture.copyContent()
        try """
        ---
        titel: "<script>alert('x')</script> & co"
        samenvatting: "Test <b>vet</b>"
        voor: [gemeente]
        thema: werk
        bronnen:
          - bron: testbron
            plaats: "§1"
        ---
        Tekst <script>alert(2)</script>
        """.write(to: content.appendingPathComponent("lessen/xss.md"), atomically: true, encoding: .utf8)
        let site = try build(content: content)
        let page = try read(site, "lessen/xss.html")
        XCTAssertFalse(page.contains("<script>alert"))
        XCTAssertTrue(page.contains("&lt;script&gt;alert"))
        XCTAssertFalse(page.contains("<b>vet</b>"))
    }

    func testTwoBuildsAreByteIdentical() throws {
        let a = try build(), b = try build()
        let files = FileManager.default.enumerator(atPath: a.path)!.allObjects.compactMap { $0 as? String }.sorted()
        XCTAssertGreaterThan(files.count, 20)
        for file in files {
            var isDir: ObjCBool = false
            XCTAssertTrue(FileManager.default.fileExists(atPath: a.appendingPathComponent(file).path, isDirectory: &isDir), file)
            if isDir.boolValue { continue }
            XCTAssertEqual(try Data(contentsOf: a.appendingPathComponent(file)), try Data(contentsOf: b.appendingPathComponent(file)), file)
        }
    }

    func testFailedBuildLeavesPreviousSiteIntact() throws {
        let content = try Fixture.copyContent()
        let output = Fixture.tempDir().appendingPathComponent("site")
        let builder = SiteBuilder(content: content, templates: Fixture.templates, output: output, today: "2026-11-25")
        try builder.build()
        let before = try Data(contentsOf: output.appendingPathComponent("aanpakken/rustpunt.html"))
        try "---\ntitel: [kapot\n---\n".write(to: content.appendingPathComponent("aanpakken/rustpunt.md"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try builder.build()) { error in
            XCTAssertTrue(error is ContentErrors)
        }
        XCTAssertEqual(try Data(contentsOf: output.appendingPathComponent("aanpakken/rustpunt.html")), before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)
        XCTAssertEqual(leftovers, ["site"])
    }

    func testJSONIndexHasDocumentsAndReferences() throws {
        let site = try build()
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: site.appendingPathComponent("index.json"))) as! [String: Any]
        let docs = json["documenten"] as! [[String: Any]]
        let rustpunt = try XCTUnwrap(docs.first { $0["slug"] as? String == "rustpunt" })
        XCTAssertEqual(rustpunt["type"] as? String, "aanpak")
        XCTAssertEqual(rustpunt["url"] as? String, "aanpakken/rustpunt.html")
        XCTAssertEqual((rustpunt["velden"] as? [String: Any])?["benadering"] as? String, "life-first")
        XCTAssertEqual(rustpunt["uitgaand"] as? [String], ["eerst-stabiliseren", "persoonlijke-aandacht", "testbron"])
        XCTAssertTrue((rustpunt["inkomend"] as? [String] ?? []).contains("neem-de-tijd"))
        XCTAssertEqual((json["aantallen"] as? [String: Int])?["voorziening"], 3)
    }

    func testNewDocumentIsValid() throws {
        let content = try Fixture.copyContent()
        for (type, title) in [("aanpak", "Nieuwe aanpak"), ("les", "Nieuwe les"), ("werkzaam-element", "Nieuw element"),
                              ("bron", "Nieuwe bron"), ("voorzieningsoort", "Nieuwe soort"), ("pagina", "Nieuwe pagina")] {
            _ = try NewDocument.create(type: type, title: title, gemeente: nil, content: content, today: "2026-11-25")
        }
        let path = try NewDocument.create(type: "voorziening", title: "Nieuwe Voorziening", gemeente: "Teststad", content: content, today: "2026-11-25")
        XCTAssertEqual(path, "sociale-kaart/teststad/nieuwe-voorziening.md")
        let text = try String(contentsOf: content.appendingPathComponent(path), encoding: .utf8)
        XCTAssertTrue(text.contains("# telefoon:"))
        let errors = try SiteBuilder(content: content, templates: Fixture.templates, output: Fixture.tempDir(), today: "2026-11-25")
            .check().diagnostics.filter { $0.severity == .error }
        XCTAssertEqual(errors, [])
        XCTAssertThrowsError(try NewDocument.create(type: "aanpak", title: "Nieuwe aanpak", gemeente: nil, content: content, today: "2026-11-25"))
        XCTAssertThrowsError(try NewDocument.create(type: "aanpk", title: "X", gemeente: nil, content: content, today: "2026-11-25")) { error in
            XCTAssertTrue("\(error)".contains("Bedoel je 'aanpak'?"))
        }
    }
}

/// Incremental rebuilds (as `serve` does them) give exactly the output of a full build.
final class IncrementalBuildTests: XCTestCase {
    func files(_ builder: SiteBuilder, caches: BuildCaches?) throws -> [String: Data] {
        let checked = try builder.check(caches: caches)
        XCTAssertFalse(checked.hasErrors, "\(checked.diagnostics)")
        return Dictionary(uniqueKeysWithValues: try builder.render(checked, caches: caches).map { ($0.path, $0.data) })
    }

    /// A copy of the fixture content and templates, built once with fresh caches.
    func builtOnce() throws -> (builder: SiteBuilder, caches: BuildCaches, content: URL, templates: URL) {
        let content = try Fixture.copyContent()
        let templates = Fixture.tempDir().appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Fixture.templates, to: templates)
        let builder = SiteBuilder(content: content, templates: templates, output: Fixture.tempDir(), today: "2026-11-25")
        let caches = BuildCaches()
        _ = try files(builder, caches: caches)
        caches.pages.resetCounters()
        return (builder, caches, content, templates)
    }

    func assertIncrementalEqualsFull(_ change: (URL) throws -> Void, file: StaticString = #filePath, line: UInt = #line) throws {
        let (builder, caches, content, _) = try builtOnce()
        try change(content)
        let incremental = try files(builder, caches: caches)
        let full = try files(builder, caches: nil)
        XCTAssertEqual(Set(incremental.keys), Set(full.keys), file: file, line: line)
        for (path, data) in full where incremental[path] != data {
            XCTFail("\(path) differs after an incremental rebuild", file: file, line: line)
        }
        XCTAssertGreaterThan(caches.pages.reused, 0, "nothing was reused", file: file, line: line)
    }

    func edit(_ url: URL, _ from: String, _ to: String) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertTrue(text.contains(from))
        // Rewrite with a different size so the (size, mtime) check cannot miss it.
        try text.replacingOccurrences(of: from, with: to).write(to: url, atomically: false, encoding: .utf8)
    }

    func testEditingATitleUpdatesPagesThatShowIt() throws {
        try assertIncrementalEqualsFull { content in
            try edit(content.appendingPathComponent("werkzame-elementen/persoonlijke-aandacht.md"), "titel: \"Persoonlijke aandacht\"", "titel: \"Aandacht voor de persoon\"")
        }
    }

    func testAddingALinkUpdatesBacklinks() throws {
        try assertIncrementalEqualsFull { content in
            try edit(content.appendingPathComponent("lessen/neem-de-tijd.md"), "Neem de tijd.\n", "Neem de tijd, zoals bij [[werkstap]].\n")
        }
    }

    func testAddingAndRemovingDocuments() throws {
        try assertIncrementalEqualsFull { content in
            try FileManager.default.removeItem(at: content.appendingPathComponent("sociale-kaart/teststad/teststad-geldcafe.md"))
            try """
            ---
            titel: "Nog een les"
            samenvatting: "Nieuw."
            voor: [gemeente]
            thema: werk
            gerelateerd: [buurtkamer]
            bronnen:
              - bron: testbron
                plaats: "§9"
            ---
            Tekst.
            """.write(to: content.appendingPathComponent("lessen/nog-een-les.md"), atomically: true, encoding: .utf8)
        }
    }

    func testEditingATemplateRebuildsWhatUsesIt() throws {
        let (builder, caches, _, templates) = try builtOnce()
        try edit(templates.appendingPathComponent("les.mustache"), "<article class=\"doc\">", "<article class=\"doc les\">")
        let incremental = try files(builder, caches: caches)
        XCTAssertEqual(caches.pages.rendered, 1, "only the one les page uses les.mustache")
        XCTAssertTrue(String(decoding: incremental["lessen/neem-de-tijd.html"]!, as: UTF8.self).contains("doc les"))
        XCTAssertEqual(incremental, try files(builder, caches: nil))
    }
}
