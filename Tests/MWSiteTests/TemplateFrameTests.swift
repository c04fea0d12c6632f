import XCTest
import MWContent
@testable import MWRender
@testable import MWSite

/// Templates compiled into frames (the layout per kind of page, page templates and cards per
/// shape of their context) give the same pages as rendering them for every page.
final class TemplateFrameTests: XCTestCase {
    func pages(_ renderer: SiteRenderer) throws -> [String: Data] {
        Dictionary(uniqueKeysWithValues: try renderer.renderPages().filter { $0.path.hasSuffix(".html") }.map { ($0.path, $0.data) })
    }

    func testFramedPagesEqualFullRenders() throws {
        let builder = SiteBuilder(content: Fixture.content, templates: Fixture.templates, output: Fixture.tempDir(), today: "2026-11-25")
        let checked = try builder.check()
        let framed = try builder.renderer(checked)
        var full = try builder.renderer(checked)
        full.frames = TemplateFrames(enabled: false)
        full.contentFrames = TemplateFrames(enabled: false)
        XCTAssertTrue(framed.templates.framable)
        let a = try pages(framed), b = try pages(full)
        XCTAssertGreaterThan(a.count, 20)
        XCTAssertEqual(Set(a.keys), Set(b.keys))
        for (path, data) in b { XCTAssertEqual(a[path], data, path) }
        // The second page with a key makes its frame; after that all pages come from frames
        // (none of our templates' frames failed its check) and are still the same.
        XCTAssertEqual(try pages(framed), b)
        XCTAssertGreaterThan(framed.frames.filled, 0)
        XCTAssertGreaterThan(framed.contentFrames.filled, 0)
        XCTAssertEqual(full.frames.filled + full.contentFrames.filled, 0)
        let layoutBefore = framed.frames.filled, contentBefore = framed.contentFrames.rendered
        XCTAssertEqual(try pages(framed), b)
        XCTAssertEqual(framed.frames.filled - layoutBefore, a.count)
        XCTAssertEqual(framed.contentFrames.rendered, contentBefore)
    }

    /// Lists (werkzame elementen, sources, the table of contents) are rendered item by item, so
    /// two aanpak pages whose lists differ only in length share the page's frame.
    func testPagesWithListsOfOtherLengthsShareAFrame() throws {
        let content = try Fixture.copyContent()
        let aanpak = try String(contentsOf: content.appendingPathComponent("aanpakken/buurtkamer.md"), encoding: .utf8)
        func variant(_ slug: String, elements: String, citations: Int, headings: Int) throws {
            var text = aanpak.replacingOccurrences(of: "titel: \"Buurtkamer\"", with: "titel: \"\(slug)\"")
                .replacingOccurrences(of: "[persoonlijke-aandacht]\n", with: "[\(elements)]\n")
                .replacingOccurrences(of: "  - bron: testbron\n    plaats: \"hoofdstuk 6\"\n",
                                      with: (1...citations).map { "  - bron: testbron\n    plaats: \"hoofdstuk \($0)\"\n" }.joined())
            text += (1...headings).map { "\n## Kop \($0)\n\nTekst \($0).\n" }.joined()
            try text.write(to: content.appendingPathComponent("aanpakken/\(slug).md"), atomically: true, encoding: .utf8)
        }
        try variant("kort", elements: "persoonlijke-aandacht", citations: 1, headings: 2)
        try variant("lang", elements: "persoonlijke-aandacht, eerst-stabiliseren", citations: 3, headings: 4)
        let builder = SiteBuilder(content: content, templates: Fixture.templates, output: Fixture.tempDir(), today: "2026-11-25")
        let checked = try builder.check()
        XCTAssertFalse(checked.hasErrors, "\(checked.diagnostics)")
        let renderer = try builder.renderer(checked)
        let kort = try XCTUnwrap(renderer.graph["kort"]), lang = try XCTUnwrap(renderer.graph["lang"])
        let first = renderer.buildDocumentPage(kort).data
        let long = String(decoding: renderer.buildDocumentPage(lang).data, as: UTF8.self)
        XCTAssertTrue(long.contains("Kop 4") && long.contains("hoofdstuk 3") && long.contains("eerst-stabiliseren.html"))
        // The second page made the frame (and, being longer, its items' frames); the first page
        // again comes from frames only, and is the same.
        let before = renderer.contentFrames.rendered
        XCTAssertEqual(renderer.buildDocumentPage(kort).data, first)
        XCTAssertEqual(renderer.contentFrames.rendered, before, "no template rendered in full")
    }

    /// A page's context leaves out what none of its template's tags (nor its partials') names.
    func testTemplatesKnowWhichFieldsTheyCanShow() throws {
        let dir = Fixture.tempDir()
        func write(_ name: String, _ text: String) throws {
            try text.write(to: dir.appendingPathComponent(name + ".mustache"), atomically: true, encoding: .utf8)
        }
        try write("page", "<h1>{{titel}}</h1>{{#a.b}}{{{c}}}{{/a.b}}{{^empty(lijst)}}x{{/empty(lijst)}}{{> _deel}}")
        try write("_deel", "{{& d}}{{> _dieper}}")
        try write("_dieper", "{{ e }}{{> _deel}}")   // partials that include each other
        var set = try TemplateSet(directory: dir)
        for field in ["titel", "a", "b", "c", "lijst", "d", "e"] { XCTAssertTrue(set.mentions("page", field), field) }
        for field in ["toc", "citations", "deel"] { XCTAssertFalse(set.mentions("page", field), field) }
        XCTAssertFalse(set.mentions("_deel", "titel"))
        XCTAssertTrue(set.mentions("onbekend", "toc"), "an unknown template may show anything")
        // With other delimiters the tags cannot be read this way: every field may be shown.
        try write("_dieper", "{{=<% %>=}}<% toc %>")
        set = try TemplateSet(directory: dir)
        XCTAssertTrue(set.mentions("page", "toc"))
        // The real templates: a voorziening page shows no table of contents and no sources.
        let real = try TemplateSet(directory: Fixture.templates)
        XCTAssertFalse(real.mentions("voorziening", "toc") || real.mentions("voorziening", "citations"))
        XCTAssertTrue(real.mentions("aanpak", "toc") && real.mentions("aanpak", "citations") && real.mentions("les", "citations"))
    }

    func testPageTemplatesAreFramedPerShapeOfTheirContext() throws {
        let dir = Fixture.tempDir()
        try "<h1>{{titel}}</h1>{{#meta}}<p>{{meta}}</p>{{/meta}}<ul>{{#items}}<li>{{.}}</li>{{/items}}</ul>{{{body}}}"
            .write(to: dir.appendingPathComponent("t.mustache"), atomically: true, encoding: .utf8)
        let set = try TemplateSet(directory: dir)
        let builder = SiteBuilder(content: Fixture.content, templates: Fixture.templates, output: Fixture.tempDir(), today: "2026-11-25")
        var renderer = try builder.renderer(builder.check())
        renderer = SiteRenderer(graph: renderer.graph, settings: renderer.settings, templates: set)
        let contexts: [[String: Any]] = [
            ["titel": "Een", "meta": "m", "items": ["a", "b"], "body": "<b>1</b>"],
            ["titel": "Twee & <drie>", "meta": "x\"y", "items": ["c", "d"], "body": "<i>2</i>"],
            ["titel": "Vier", "meta": "", "items": ["e"], "body": "<p>4</p>"],      // another shape: no meta, one item
            ["titel": "Vijf", "items": ["f"], "body": ""],
            ["titel": "Zes's", "meta": "z", "items": ["<g>", "h"], "body": "<u>6</u>"],
        ]
        for context in contexts { XCTAssertEqual(renderer.render("t", context), set.render("t", SiteRenderer.dropEmpty(context))) }
        XCTAssertEqual(renderer.render("t", contexts[4]), "<h1>Zes&#39;s</h1><p>z</p><ul><li>&lt;g&gt;</li><li>h</li></ul><u>6</u>")
        XCTAssertEqual(renderer.contentFrames.filled, 2)   // the fifth context twice; the first two made the frame
    }

    func testTextsThatEndALineInAnIndentedPartial() throws {
        // swift-mustache indents what follows a line end inside an indented partial, also when
        // the line end is the last character of a value.
        let dir = Fixture.tempDir()
        try "<ul>\n  {{> _i}}\n</ul>\n".write(to: dir.appendingPathComponent("p.mustache"), atomically: true, encoding: .utf8)
        try "{{{x}}}<b>{{y}}</b>\n".write(to: dir.appendingPathComponent("_i.mustache"), atomically: true, encoding: .utf8)
        let set = try TemplateSet(directory: dir)
        let builder = SiteBuilder(content: Fixture.content, templates: Fixture.templates, output: Fixture.tempDir(), today: "2026-11-25")
        let graph = try builder.renderer(builder.check())
        let renderer = SiteRenderer(graph: graph.graph, settings: graph.settings, templates: set)
        let xs = ["<li>1</li>\n", "<li>2</li>", "<li>3</li>\n<li>4</li>\n", "\n", "<li>5</li>", "<li>6</li>\n", "<li>7</li>\r\n", "\r\n"]
        for _ in 0..<3 {
            for x in xs {
                let context: [String: Any] = ["x": x, "y": "&"]
                XCTAssertEqual(renderer.render("p", context), set.render("p", context), x)
            }
        }
        XCTAssertGreaterThan(renderer.contentFrames.filled, 6)
    }

    func testShapesDifferOnlyWhereATemplateCouldRenderDifferently() throws {
        func shape(_ context: [String: Any]) -> String? { ContextSkeleton(context)?.shape }
        let base: [String: Any] = ["titel": "A", "flag": true, "n": 3, "list": [["x": "1"], ["x": "2"]], "tags": ["p", "q"]]
        var texts = base
        texts["titel"] = "Iets heel anders"
        texts["list"] = [["x": "9"], ["x": "<8>"]]
        XCTAssertEqual(shape(base), shape(texts))
        for (key, value) in [("flag", false), ("n", 4), ("titel", ""), ("tags", ["p"]), ("list", [["x": "1"]]), ("list", [["y": "1"], ["x": "2"]]), ("extra", "e")] as [(String, Any)] {
            var other = base
            other[key] = value
            XCTAssertNotEqual(shape(base), shape(other), key)
        }
        XCTAssertNil(shape(["prijs": 1.5]))
        let skeleton = try XCTUnwrap(ContextSkeleton(["b": "twee", "a": "een", "c": ["drie", ""]]))
        XCTAssertEqual(skeleton.values, ["een", "twee", "drie"])
        XCTAssertEqual(skeleton.markers["b"] as? String, TemplateFrame.marker(1))
        XCTAssertEqual((skeleton.markers["c"] as? [Any])?.last as? String, "")
    }

    func testTemplatesThatReadATextAreNeverFramed() throws {
        let dir = Fixture.tempDir()
        try "{{#empty(list)}}leeg{{/empty(list)}}".write(to: dir.appendingPathComponent("a.mustache"), atomically: true, encoding: .utf8)
        XCTAssertTrue(try TemplateSet(directory: dir).framable)
        try "<h1>{{ uppercased(titel) }}</h1>".write(to: dir.appendingPathComponent("b.mustache"), atomically: true, encoding: .utf8)
        XCTAssertFalse(try TemplateSet(directory: dir).framable)
        try FileManager.default.removeItem(at: dir.appendingPathComponent("b.mustache"))
        try "{{>*soort}}".write(to: dir.appendingPathComponent("c.mustache"), atomically: true, encoding: .utf8)
        XCTAssertFalse(try TemplateSet(directory: dir).framable)
    }

    func layoutSet(_ layout: String) throws -> TemplateSet {
        let dir = Fixture.tempDir()
        try layout.write(to: dir.appendingPathComponent("layout.mustache"), atomically: true, encoding: .utf8)
        return try TemplateSet(directory: dir)
    }

    func render(_ set: TemplateSet, _ frames: TemplateFrames, title: String, content: String) -> String {
        let values = [title, content]
        return frames.page(key: "k", values: values,
                           make: { set.render("layout", ["title": TemplateFrame.marker(0), "content": TemplateFrame.marker(1)]) },
                           render: { set.render("layout", ["title": values[0], "content": values[1]]) })
    }

    func testValuesAreEscapedWhereTheTemplateEscapesThem() throws {
        let set = try layoutSet("<title>{{title}}</title><meta content=\"{{title}}\">{{{content}}}<p>{{{title}}}</p>")
        let frames = TemplateFrames()
        _ = render(set, frames, title: "eerste", content: "<p>1</p>")
        _ = render(set, frames, title: "tweede", content: "<p>2</p>")   // makes the frame
        let page = render(set, frames, title: "Werk & <zorg>", content: "<b>vet</b>")
        XCTAssertEqual(frames.filled, 1)
        XCTAssertEqual(page, "<title>Werk &amp; &lt;zorg&gt;</title><meta content=\"Werk &amp; &lt;zorg&gt;\"><b>vet</b><p>Werk & <zorg></p>")
    }

    func testATemplateThatTransformsAValueIsRenderedInFull() throws {
        // A frame cannot uppercase a title: the check against the full render finds that.
        // (`TemplateSet.framable` keeps a site's pages away from frames for such templates.)
        let set = try layoutSet("<h1>{{uppercased(title)}}</h1>{{{content}}}")
        let frames = TemplateFrames()
        XCTAssertEqual(render(set, frames, title: "eerste", content: "1"), "<h1>EERSTE</h1>1")
        XCTAssertEqual(render(set, frames, title: "tweede", content: "2"), "<h1>TWEEDE</h1>2")
        XCTAssertEqual(render(set, frames, title: "derde", content: "3"), "<h1>DERDE</h1>3")
        XCTAssertEqual(frames.filled, 0)
        XCTAssertEqual(frames.rendered, 3)
    }

    func testAMarkerInAnotherFormIsNoFrame() {
        XCTAssertNil(TemplateFrame(rendered: "a \u{1}0&#38;\u{1} b", values: 1))
        XCTAssertNil(TemplateFrame(rendered: "a \u{1}3&\u{1} b", values: 1))
        XCTAssertNotNil(TemplateFrame(rendered: "a \u{1}0&\u{1} b \u{1}0&amp;\u{1}", values: 1))
    }
}
