import XCTest
import Foundation
import MWContent
@testable import MWSearch

/// Both JSON writers escape strings on bytes; the results must parse back to the same text.
final class JSONWriterTests: XCTestCase {
    let samples = ["", "gewoon", "aan\"halen", "back\\slash", "regel\nnieuw\r\tX", "\u{0}\u{1}\u{1F}", "café 😀 ✓",
                   "lijn\u{2028}scheiding\u{2029}", "slash / blijft", String(repeating: "lang é ", count: 500) + "\"", "\u{7F}"]

    func parse(_ bytes: [UInt8]) throws -> String {
        let array = try JSONSerialization.jsonObject(with: Data("[".utf8 + bytes + "]".utf8)) as? [String]
        return try XCTUnwrap(array?.first)
    }

    func testIndexWriterRoundTripsAndEscapesLineSeparators() throws {
        for text in samples {
            let encoded = JSONWriter.encode(.string(text))
            XCTAssertEqual(try parse(encoded), text)
            let raw = String(decoding: encoded, as: UTF8.self)
            // Valid as a JavaScript string literal too: no raw line separators or control bytes.
            XCTAssertFalse(raw.unicodeScalars.contains { $0 == "\u{2028}" || $0 == "\u{2029}" || $0.value < 0x20 }, text)
        }
        XCTAssertEqual(String(decoding: JSONWriter.encode(.string("a\u{2028}\"\u{1}")), as: UTF8.self), "\"a\\u2028\\\"\\u0001\"")
    }

    func testDeterministicJSONRoundTrips() throws {
        for text in samples {
            let encoded = Array(DeterministicJSON.data(text))
            XCTAssertEqual(try parse(encoded), text)
            XCTAssertFalse(String(decoding: encoded, as: UTF8.self).unicodeScalars.contains { $0.value < 0x20 }, text)
        }
        XCTAssertEqual(DeterministicJSON.string(["k": "a/b\t\"c\"\\"]), "{\"k\":\"a/b\\t\\\"c\\\"\\\\\"}")
    }

    func testContentHashChangesWithAnyByte() {
        let base = Data((0..<203).map { UInt8($0 % 251) })
        var seen = Set<UInt64>()
        var original = Fingerprint()
        original.add(base)
        seen.insert(original.value)
        for i in base.indices {
            var changed = base
            changed[i] ^= 0x80
            var f = Fingerprint()
            f.add(changed)
            XCTAssertTrue(seen.insert(f.value).inserted, "byte \(i)")
        }
        var shorter = Fingerprint()
        shorter.add(base.dropLast())
        XCTAssertNotEqual(shorter.value, original.value)
    }
}
