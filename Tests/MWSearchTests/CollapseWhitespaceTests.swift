import XCTest
@testable import MWSearch

final class CollapseWhitespaceTests: XCTestCase {
    /// Stopping early gives a prefix of the whole result that is long enough for any snippet.
    func testStopAfterGivesALongEnoughPrefix() {
        let text = String(repeating: "Een  zin\tmet   ruimte 😀 en\n\nregels. ", count: 60)
        let whole = SearchIndexFormat.collapseWhitespace(text)
        for limit in [0, 1, 7, 100, 480, 5_000] {
            let part = SearchIndexFormat.collapseWhitespace(text, stopAfter: limit)
            XCTAssertTrue(whole.hasPrefix(part), "limit \(limit)")
            XCTAssertGreaterThan(part.utf16.count, min(limit, whole.utf16.count - 1), "limit \(limit)")
            XCTAssertEqual(SearchIndexBuilder.shorten(part, to: limit), SearchIndexBuilder.shorten(whole, to: limit), "limit \(limit)")
        }
    }

    /// Cutting on the UTF-16 view gives what cutting an array of UTF-16 units gives: at most
    /// `limit` units, at the last space in the second half, never half a surrogate pair.
    func testShortenMatchesCuttingUnits() {
        func reference(_ text: String, _ limit: Int) -> String {
            let units = Array(text.utf16)
            guard units.count > limit else { return text }
            var end = limit
            if let space = units[..<limit].lastIndex(of: 0x20), space > limit / 2 { end = space }
            if end > 0, UTF16.isLeadSurrogate(units[end - 1]) { end -= 1 }
            return String(decoding: units[..<end], as: UTF16.self)
        }
        let texts = ["", "a", "woord", "twee woorden", "😀😀😀😀😀😀", "a😀 b😀 c😀 d😀 e", "één twee drie vier vijf zes",
                     String(repeating: "x", count: 50), "ab cdefghijklmnop", "😀 " + String(repeating: "😀", count: 20)]
        for text in texts {
            for limit in 0...(text.utf16.count + 2) {
                let short = SearchIndexBuilder.shorten(text, to: limit)
                XCTAssertEqual(short, reference(text, limit), "\(text) \(limit)")
                XCTAssertLessThanOrEqual(short.utf16.count, max(limit, 0), "\(text) \(limit)")
            }
        }
    }
}
