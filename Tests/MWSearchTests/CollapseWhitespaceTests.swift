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
}
