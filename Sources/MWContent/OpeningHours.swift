/// Opening hours: parsing of "HH:MM-HH:MM" ranges.
public enum OpeningHours {
    public struct Range: Sendable, Hashable {
        public var opens: String
        public var closes: String
    }

    public static func parseRange(_ text: String) -> Result<Range, RangeError> {
        if let range = plainRange(text) { return .success(range) }
        // On bytes: spaces out, the en dash (E2 80 93) becomes "-".
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var i = 0
        while i < utf8.count {
            if utf8[i] == 0x20 { i += 1; continue }
            if utf8[i] == 0xE2, i + 2 < utf8.count, utf8[i + 1] == 0x80, utf8[i + 2] == 0x93 { bytes.append(0x2D); i += 3; continue }
            bytes.append(utf8[i]); i += 1
        }
        let compact = String(decoding: bytes, as: UTF8.self)
        let parts = compact.split(separator: "-").map(String.init)
        guard parts.count == 2 else { return .failure(RangeError("'\(text)' is geen tijdvak; verwacht: \"09:00-12:30\"")) }
        guard let open = minutes(parts[0]) else { return .failure(RangeError("'\(parts[0])' is geen geldige tijd; verwacht: uu:mm van 00:00 tot 24:00")) }
        guard let close = minutes(parts[1]) else { return .failure(RangeError("'\(parts[1])' is geen geldige tijd; verwacht: uu:mm van 00:00 tot 24:00")) }
        guard close > open else { return .failure(RangeError("de sluitingstijd \(parts[1]) ligt niet na de openingstijd \(parts[0])")) }
        return .success(Range(opens: parts[0], closes: parts[1]))
    }

    /// The common form "09:00-12:30" read straight from its bytes; nil for anything else (then
    /// `parseRange` takes it apart and says what is wrong).
    static func plainRange(_ text: String) -> Range? {
        let b = Array(text.utf8)
        guard b.count == 11, b[2] == UInt8(ascii: ":"), b[5] == UInt8(ascii: "-"), b[8] == UInt8(ascii: ":") else { return nil }
        func digit(_ i: Int) -> Int? { (0x30...0x39).contains(b[i]) ? Int(b[i] - 0x30) : nil }
        func time(_ at: Int) -> Int? {
            guard let h1 = digit(at), let h2 = digit(at + 1), let m1 = digit(at + 3), let m2 = digit(at + 4) else { return nil }
            let h = h1 * 10 + h2, m = m1 * 10 + m2
            guard h <= 24, m <= 59, h < 24 || m == 0 else { return nil }
            return h * 60 + m
        }
        guard let open = time(0), let close = time(6), close > open else { return nil }
        return Range(opens: String(text.utf8.prefix(5))!, closes: String(text.utf8.suffix(5))!)
    }

    static func minutes(_ s: String) -> Int? {
        let hm = s.split(separator: ":")
        guard hm.count == 2, hm[0].count == 2, hm[1].count == 2, let h = Int(hm[0]), let m = Int(hm[1]),
              (0...24).contains(h), (0...59).contains(m), h < 24 || m == 0 else { return nil }
        return h * 60 + m
    }

    public struct RangeError: Error, CustomStringConvertible, Sendable {
        public var description: String
        init(_ d: String) { description = d }
    }
}
