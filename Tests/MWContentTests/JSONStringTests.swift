import XCTest
@testable import MWContent

/// JSON string literals: every character that must be escaped is, wherever it stands (the
/// writer skips eight bytes at a time where none needs it).
final class JSONStringTests: XCTestCase {
    /// The rules, one character at a time.
    func reference(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    func written(_ s: String) -> String {
        var bytes: [UInt8] = []
        DeterministicJSON.writeString(s, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    func testEverySpecialCharacterAtEveryPosition() {
        let specials = ["\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1f}", "\u{7f}", "\u{2028}", "\u{2029}", "é", "€", "🙂", " ", "/", "\u{2027}"]
        for special in specials {
            for position in 0..<20 {
                for length in [position + 1, position + 9, 24] {
                    var chars = Array(repeating: "a", count: max(length, position + 1))
                    chars[position] = special
                    let s = chars.joined()
                    XCTAssertEqual(written(s), reference(s), "\(special.unicodeScalars.map(\.value)) at \(position) of \(chars.count)")
                }
            }
        }
    }

    func testRandomTexts() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abc XYZ019 \"\\\n\r\t\u{1}\u{1f}é€🙂\u{2028}\u{2029}<>&'/".unicodeScalars)
        for _ in 0..<2_000 {
            let count = Int.random(in: 0..<40, using: &generator)
            var s = String.UnicodeScalarView()
            for _ in 0..<count { s.append(alphabet.randomElement(using: &generator)!) }
            XCTAssertEqual(written(String(s)), reference(String(s)))
        }
    }
}
