import XCTest
import MWContent
@testable import MWRender
@testable import MWSite

/// The layout compiled into frames gives the same pages as rendering it for every page.
final class LayoutFrameTests: XCTestCase {
    func pages(_ renderer: SiteRenderer) throws -> [String: Data] {
        Dictionary(uniqueKeysWithValues: try renderer.renderPages().filter { $0.path.hasSuffix(".html") }.map { ($0.path, $0.data) })
    }

    func testFramedPagesEqualFullRenders() throws {
        let builder = SiteBuilder(content: Fixture.content, templates: Fixture.templates, output: Fixture.tempDir(), today: "2026-11-25")
        let checked = try builder.check()
        let framed = try builder.renderer(checked)
        var full = try builder.renderer(checked)
        full.frames = LayoutFrames(enabled: false)
        let a = try pages(framed), b = try pages(full)
        XCTAssertGreaterThan(a.count, 20)
        XCTAssertEqual(Set(a.keys), Set(b.keys))
        for (path, data) in b { XCTAssertEqual(a[path], data, path) }
        XCTAssertGreaterThan(framed.frames.filled, 0)
        XCTAssertEqual(full.frames.filled, 0)
        // Once every kind of page has its frame, all pages come from frames (none of our
        // layout's frames failed its check) and are still the same.
        let before = framed.frames.filled
        XCTAssertEqual(try pages(framed), b)
        XCTAssertEqual(framed.frames.filled - before, a.count)
    }

    func layoutSet(_ layout: String) throws -> TemplateSet {
        let dir = Fixture.tempDir()
        try layout.write(to: dir.appendingPathComponent("layout.mustache"), atomically: true, encoding: .utf8)
        return try TemplateSet(directory: dir)
    }

    func render(_ set: TemplateSet, _ frames: LayoutFrames, title: String, content: String) -> String {
        let values = [title, content]
        return frames.page(key: "k", values: values,
                           make: { set.render("layout", ["title": LayoutFrame.marker(0), "content": LayoutFrame.marker(1)]) },
                           render: { set.render("layout", ["title": values[0], "content": values[1]]) })
    }

    func testValuesAreEscapedWhereTheTemplateEscapesThem() throws {
        let set = try layoutSet("<title>{{title}}</title><meta content=\"{{title}}\">{{{content}}}<p>{{{title}}}</p>")
        let frames = LayoutFrames()
        _ = render(set, frames, title: "eerste", content: "<p>1</p>")
        let page = render(set, frames, title: "Werk & <zorg>", content: "<b>vet</b>")
        XCTAssertEqual(frames.filled, 1)
        XCTAssertEqual(page, "<title>Werk &amp; &lt;zorg&gt;</title><meta content=\"Werk &amp; &lt;zorg&gt;\"><b>vet</b><p>Werk & <zorg></p>")
    }

    func testATemplateThatTransformsAValueIsRenderedInFull() throws {
        // A frame cannot uppercase a title: the check against the first full render finds that.
        let set = try layoutSet("<h1>{{uppercased(title)}}</h1>{{{content}}}")
        let frames = LayoutFrames()
        XCTAssertEqual(render(set, frames, title: "eerste", content: "1"), "<h1>EERSTE</h1>1")
        XCTAssertEqual(render(set, frames, title: "tweede", content: "2"), "<h1>TWEEDE</h1>2")
        XCTAssertEqual(frames.filled, 0)
        XCTAssertEqual(frames.rendered, 2)
    }

    func testAMarkerInAnotherFormIsNoFrame() {
        XCTAssertNil(LayoutFrame(rendered: "a \u{1}0&#38;\u{1} b", values: 1))
        XCTAssertNil(LayoutFrame(rendered: "a \u{1}3&\u{1} b", values: 1))
        XCTAssertNotNil(LayoutFrame(rendered: "a \u{1}0&\u{1} b \u{1}0&amp;\u{1}", values: 1))
    }
}
