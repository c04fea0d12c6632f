import XCTest
@testable import MWMarkdown

final class MarkdownRendererTests: XCTestCase {
    func render(_ md: String) -> MarkdownRenderer.Output {
        MarkdownRenderer.render(md) { target in
            switch target {
            case .document(let slug, let fragment) where slug == "buurt-mv":
                return .resolved(url: "../aanpakken/buurt-mv.html" + (fragment.map { "#\($0)" } ?? ""), title: "Buurt-m/v")
            case .markdownFile(let path, _) where path == "../lessen/x.md":
                return .resolved(url: "../lessen/x.html", title: "X")
            default:
                return .broken("onbekend: \(target)")
            }
        }
    }

    func testLinkTargets() {
        typealias T = MarkdownRenderer.LinkTarget
        let cases: [(String, T?)] = [
            ("mw:buurt-mv", .document(slug: "buurt-mv", fragment: nil)),
            ("mw:buurt-mv#wat-is-het", .document(slug: "buurt-mv", fragment: "wat-is-het")),
            ("mw:caf%C3%A9#een%20kop", .document(slug: "café", fragment: "een kop")),   // decoded where encoded
            ("mw:kapot%ZZ", .document(slug: "", fragment: nil)),                       // cannot be decoded
            ("../lessen/x.md#kop", .markdownFile(path: "../lessen/x.md", fragment: "kop")),
            ("x.md", .markdownFile(path: "x.md", fragment: nil)),
            ("https://example.org/x.md", nil), ("mailto:a@b.example", nil), ("#kop", nil), ("/x.md", nil), ("plaatje.png", nil),
        ]
        for (url, expected) in cases { XCTAssertEqual(MarkdownRenderer.linkTarget(url), expected, url) }
    }

    func testRawHTMLIsDropped() {
        let out = render("Tekst <script>alert(1)</script> en <b>vet</b>.\n\n<div onclick=\"x\">blok</div>\n")
        XCTAssertFalse(out.html.contains("<script"))
        XCTAssertFalse(out.html.contains("<div"))
        XCTAssertFalse(out.html.contains("<b>"))
        XCTAssertTrue(out.html.contains("Tekst"))
    }

    func testHeadingIdsAreStableAndUnique() {
        let out = render("## Hoe werkt het?\n\ntekst\n\n## Financiële rust\n\n## Hoe werkt het?\n")
        XCTAssertEqual(out.headings.map(\.id), ["hoe-werkt-het", "financiele-rust", "hoe-werkt-het-2"])
        XCTAssertTrue(out.html.contains("<h2 id=\"hoe-werkt-het\">Hoe werkt het?</h2>"))
        XCTAssertTrue(out.html.contains("<h2 id=\"hoe-werkt-het-2\">"))
    }

    func testWikiLinksResolveWithTitleOrOwnText() {
        let out = render("Zie [[buurt-mv]] en [[buurt-mv#resultaten|de resultaten]] en [tekst](../lessen/x.md).")
        XCTAssertTrue(out.html.contains("<a href=\"../aanpakken/buurt-mv.html\">Buurt-m/v</a>"), out.html)
        XCTAssertTrue(out.html.contains("<a href=\"../aanpakken/buurt-mv.html#resultaten\">de resultaten</a>"))
        XCTAssertTrue(out.html.contains("<a href=\"../lessen/x.html\">tekst</a>"))
        XCTAssertEqual(out.problems, [])
        XCTAssertEqual(out.links.count, 3)
    }

    func testBrokenLinkIsReportedWithPosition() {
        let out = render("Regel een.\n\nZie [[bestaat-niet]] hier.")
        XCTAssertEqual(out.problems.count, 1)
        XCTAssertEqual(out.problems[0].line, 3)
        XCTAssertEqual(out.problems[0].column, 5)
        XCTAssertTrue(out.problems[0].isError)
    }

    func testWikiSyntaxInCodeIsLeftAlone() {
        let out = render("Code: `[[buurt-mv]]`\n\n```\n[[buurt-mv]]\n```\n")
        XCTAssertFalse(out.html.contains("<a "))
        XCTAssertTrue(out.html.contains("[[buurt-mv]]"))
        XCTAssertEqual(out.problems, [])
    }

    func testExternalLinksAndImagesWithoutAlt() {
        let out = render("[extern](https://example.org) ![](foto.png)")
        XCTAssertTrue(out.html.contains("href=\"https://example.org\""))
        XCTAssertEqual(out.problems.filter { !$0.isError }.count, 1)
    }

    func testPlainTextForSearch() {
        let out = render("## Kop\n\nEen *zin* met [link](https://x.nl).")
        XCTAssertTrue(out.plainText.contains("Kop"))
        XCTAssertTrue(out.plainText.contains("zin"))
        XCTAssertFalse(out.plainText.contains("<"))
    }
}
