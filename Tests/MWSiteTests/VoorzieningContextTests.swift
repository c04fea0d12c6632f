import XCTest
@testable import MWRender

final class VoorzieningContextTests: XCTestCase {
    /// The "Meld een fout" subject is percent-encoded as RFC 3986 says: all but unreserved ASCII,
    /// byte by byte in UTF-8 (what Foundation gives for the same set).
    func testPercentEncodingMatchesFoundation() {
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        let samples = ["Fout in de sociale kaart: Taalcafé Voorbeeldstad-Oost (voorbeeldstad-taalcafe-oost)",
                       "a&b=c?d#e/f+g%h", "Ñandú ’s-Hertogenbosch – 🙂", "", "~._-", "tab\tlijn\nregel\u{0}"]
        for sample in samples {
            XCTAssertEqual(VoorzieningContext.percentEncode(sample), sample.addingPercentEncoding(withAllowedCharacters: unreserved), sample)
        }
        XCTAssertEqual(VoorzieningContext.percentEncode("café (1)"), "caf%C3%A9%20%281%29")
    }
}
