import XCTest
import Foundation
import Mustache
import MWContent
@testable import MWRender

/// The byte-level replacements of library calls give the library's results.
final class FastPathTests: XCTestCase {
    let samples = ["", "gewoon", "a & b < c > d \"e\" 'f'", "café <b>", "emoji 😀 & ✓", "&amp;", "  ruimte  ", "\u{00A0}nbsp\u{00A0}",
                   "tab\t", "\nregel\n", "e\u{0301}", "'", "<<>>"]

    func testHTMLEscapingMatchesTheLibrary() throws {
        // The library's own HTML escaping, through a template that does not switch content type.
        let template = try MustacheTemplate(string: "{{x}}")
        for text in samples {
            XCTAssertEqual(HTMLEscaping.escape(text), template.render(["x": text]), text)
        }
    }

    func testTemplatesUseTheFastEscaping() throws {
        let dir = Fixture.tempDir()
        try "<p title=\"{{t}}\">{{t}}</p>".write(to: dir.appendingPathComponent("x.mustache"), atomically: true, encoding: .utf8)
        let set = try TemplateSet(directory: dir)
        XCTAssertEqual(set.render("x", ["t": "a<b & \"c\""]), "<p title=\"a&lt;b &amp; &quot;c&quot;\">a&lt;b &amp; &quot;c&quot;</p>")
    }

    func testTemplateErrorsKeepTheirColumns() throws {
        let dir = Fixture.tempDir()
        try "<p>{{#open}}niet gesloten</p>".write(to: dir.appendingPathComponent("kapot.mustache"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try TemplateSet(directory: dir)) { error in
            let diagnostics = (error as? ContentErrors)?.diagnostics ?? []
            XCTAssertEqual(diagnostics.count, 1)
            XCTAssertEqual(diagnostics.first?.path, "templates/kapot.mustache")
            XCTAssertEqual(diagnostics.first?.position.line, 1)
            // Without the shift for the pragma the column would be past the end of the line.
            XCTAssertLessThanOrEqual(diagnostics.first?.position.column ?? 99, "<p>{{#open}}niet gesloten</p>".count + 1)
        }
    }

    func testTrimmingMatchesFoundation() {
        for text in samples {
            XCTAssertEqual(text.trimmedWhitespace, text.trimmingCharacters(in: .whitespacesAndNewlines), text)
        }
    }

    func testReplacingAllMatchesFoundation() {
        let texts = samples + ["a</b", "</", "x</y</z", "", "<", "aaa", "aaaa", "09:00-12:00", "ëë–ë", "\r\n\r\nx\r", "tail</"]
        let pairs = [("</", "<\\/"), (" ", ""), ("aa", "b"), ("-", "–"), ("-", " – "), ("ë", "e"), ("–ë", "?"),
                     ("\r\n", "\n"), ("\"", "\"\""), ("&", "&amp;"), ("toolongneedle", "x")]
        for text in texts {
            for (needle, replacement) in pairs {
                XCTAssertEqual(text.replacingAll(needle, with: replacement),
                               text.replacingOccurrences(of: needle, with: replacement), "\(text) \(needle)")
            }
        }
    }

    /// The exports write objects key by key; the bytes must be those of the dictionary.
    func testObjectWriterMatchesDeterministicJSON() {
        for text in samples + ["a\"b\\c", "tab\there", "\u{1}", "line\u{2028}sep", "</script>", ""] {
            var nested = JSONObjectWriter()
            nested.string("@type", "Place")
            nested.number("n", 1)
            let inner = nested.end()
            var object = JSONObjectWriter()
            object.string("@context", text)
            object.raw("address", inner.bytes)
            object.array("items", [inner.bytes, inner.bytes])
            object.strings("list", [text, "x"])
            object.fields("velden", ["b": .string(text, .start), "a": .list([.int(3, .start), .bool(true, .start)], .start)])
            object.number("zone", 1.5)
            let dictionary: [String: Any] = [
                "@context": text, "address": ["@type": "Place", "n": 1.0] as [String: Any],
                "items": [["@type": "Place", "n": 1], ["@type": "Place", "n": 1]] as [[String: Any]], "list": [text, "x"],
                "velden": ["b": text, "a": [3, true] as [Any]] as [String: Any], "zone": 1.5,
            ]
            XCTAssertEqual(String(decoding: object.end().bytes, as: UTF8.self), DeterministicJSON.string(dictionary), text)
        }
    }

    /// RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.
    func testCSVFieldsAreQuotedWhereNeeded() {
        let cases = [("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
                     ("cr\r\nlf", "\"cr\r\nlf\""), ("", ""), ("ëë–ë; x", "ëë–ë; x")]
        for (field, expected) in cases {
            var out: [UInt8] = []
            SocialeKaartExport.csvField(field, into: &out)
            XCTAssertEqual(String(decoding: out, as: UTF8.self), expected, field)
        }
    }
}
