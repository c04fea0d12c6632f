/// Validation of contact data in voorzieningen.
public enum ContactCheck {
    /// Dutch numbers: 10 digits starting with 0 (or +31 and 9 digits), 0800/0900 service numbers, or 14 + area code.
    public static func isDutchPhoneNumber(_ s: String) -> Bool {
        // On bytes: every allowed character is ASCII.
        var digitBytes: [UInt8] = []
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digitBytes.append(byte)
            case UInt8(ascii: "+"), UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"): continue
            default: return false
            }
        }
        let digits = String(decoding: digitBytes, as: UTF8.self)
        if s.hasPrefix("+31") { return digits.count == 11 && digits.dropFirst(2).first != "0" }
        if s.hasPrefix("+") { return false }
        if digits.hasPrefix("0800") || digits.hasPrefix("0900") || digits.hasPrefix("0906") || digits.hasPrefix("0909") {
            return digits.count == 8 || digits.count == 11
        }
        if digits.hasPrefix("14") { return (5...6).contains(digits.count) }
        return digits.count == 10 && digits.hasPrefix("0") && !digits.hasPrefix("00")
    }

    /// The number in the form a `tel:` link needs (+31…).
    public static func telURI(_ s: String) -> String {
        let digits = s.filter(\.isNumber)
        if s.hasPrefix("+") { return "+" + digits }
        if digits.hasPrefix("14") || digits.hasPrefix("0800") || digits.hasPrefix("0900") { return digits }
        return "+31" + digits.dropFirst()
    }

    public static func isEmail(_ s: String) -> Bool {
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].utf8.contains(UInt8(ascii: ".")), !s.utf8.contains(UInt8(ascii: " ")) else { return false }
        return !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
    }

    public static func isWebURL(_ s: String) -> Bool {
        // On bytes: Foundation's `contains` of a text searched the string three times, as text.
        (s.hasPrefix("https://") || s.hasPrefix("http://")) && s.count > 10
            && !s.utf8.contains { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "<") }
    }

    public static func isPostcode(_ s: String) -> Bool {
        let compact = String(decoding: s.utf8.filter { $0 != 0x20 }, as: UTF8.self)
        guard compact.count == 6 else { return false }
        return compact.prefix(4).allSatisfy(\.isNumber) && compact.suffix(2).allSatisfy { $0.isUppercase && $0.isLetter && $0.isASCII }
    }
}
