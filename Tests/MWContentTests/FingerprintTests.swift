import XCTest
@testable import MWContent

/// A document's two fingerprints come from one pass over its text.
final class FingerprintTests: XCTestCase {
    func testWholeAndPrefixInOnePass() {
        for text in ["---\ntitel: \"Een\"\n---\nTekst.\n", "", "kort", "é🙂\u{0}x"] {
            for prefix in [0, 1, 3, text.utf8.count, text.utf8.count + 5, -1] {
                let (whole, part) = Fingerprint.of(text, andPrefix: prefix)
                XCTAssertEqual(whole, Fingerprint.of(text), "\(text) \(prefix)")
                var expected = Fingerprint()
                Array(text.utf8.prefix(max(prefix, 0))).withUnsafeBytes { expected.add(bytes: $0) }
                XCTAssertEqual(part, expected.value, "\(text) \(prefix)")
            }
        }
    }
}
