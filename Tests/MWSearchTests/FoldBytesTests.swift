import XCTest
@testable import MWSearch

/// `TextAnalyzer.fold` works on UTF-8 bytes; it gives what folding scalar by scalar gives.
final class FoldBytesTests: XCTestCase {
    /// The fold as it was: scalar by scalar through `unicodeScalars`.
    func scalarByScalar(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                out.unicodeScalars.append(Unicode.Scalar(UInt8(scalar.value >= 0x41 && scalar.value <= 0x5A ? scalar.value + 0x20 : scalar.value)))
            } else {
                out.unicodeScalars.append(contentsOf: TextAnalyzer.foldTable[scalar.value] ?? TextAnalyzer.foldScalar(scalar))
            }
        }
        return out
    }

    func testEveryScalarOfTwoToFourBytes() {
        // Every scalar of the Latin, punctuation and ligature blocks, and a sample of the rest
        // of each UTF-8 length, each between ASCII letters.
        var scalars = Array(0x80...0x24F) + Array(0x1E00...0x1EFF) + Array(0x2000...0x206F) + Array(0xFB00...0xFB06)
        scalars += [0x3A9, 0x416, 0x5D0, 0x7FF, 0x800, 0x20AC, 0x4E2D, 0xFFFD, 0xFFFF, 0x10000, 0x1F642, 0x10FFFF]
        for v in scalars {
            guard let scalar = Unicode.Scalar(UInt32(v)) else { continue }
            let text = "A" + String(scalar) + "b" + String(scalar) + String(scalar)
            XCTAssertEqual(TextAnalyzer.fold(text), scalarByScalar(text), String(format: "U+%04X", v))
        }
    }

    func testTexts() {
        for text in ["Schuldhulpverlening in 's-Hertogenbosch: “Éérst rust”, daarna werk – ook bij ZIEKTE.",
                     "Café Ærø straße ĳsbaan ﬁets 🙂 中文", "", "ASCII ONLY", "ë"] {
            XCTAssertEqual(TextAnalyzer.fold(text), scalarByScalar(text), text)
        }
    }
}
