import XCTest
import MWContent

final class ContactCheckTests: XCTestCase {
    func testWebAddresses() {
        for good in ["https://www.voorbeeldstad.example/taalhuis", "http://a.example/b", "https://café.example/menu"] {
            XCTAssertTrue(ContactCheck.isWebURL(good), good)
        }
        for bad in ["www.voorbeeldstad.example", "https://ab", "https://a.example/een pad", "https://a.example/\"x\"",
                    "https://a.example/<script>", "ftp://a.example/bestand", ""] {
            XCTAssertFalse(ContactCheck.isWebURL(bad), bad)
        }
    }
}
