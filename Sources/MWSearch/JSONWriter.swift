/// A minimal deterministic JSON encoder for the index files: compact, object
/// keys in the order given, raw UTF-8 (only quotes, backslashes, control
/// characters and U+2028/U+2029 are escaped, so the output is also a valid
/// JavaScript literal for the .js variants).
indirect enum JSONValue: Sendable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case ints([Int])
    case strings([String])
    case array([JSONValue])
    case object([(String, JSONValue)])
}

struct JSONWriter {
    private(set) var bytes: [UInt8] = []

    static func encode(_ value: JSONValue) -> [UInt8] {
        var writer = JSONWriter()
        writer.write(value)
        return writer.bytes
    }

    mutating func write(_ value: JSONValue) {
        switch value {
        case .string(let s): writeString(s)
        case .int(let i): bytes.append(contentsOf: String(i).utf8)
        case .bool(let b): bytes.append(contentsOf: (b ? "true" : "false").utf8)
        case .ints(let list):
            bytes.append(UInt8(ascii: "["))
            for (i, v) in list.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                bytes.append(contentsOf: String(v).utf8)
            }
            bytes.append(UInt8(ascii: "]"))
        case .strings(let list):
            bytes.append(UInt8(ascii: "["))
            for (i, v) in list.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                writeString(v)
            }
            bytes.append(UInt8(ascii: "]"))
        case .array(let list):
            bytes.append(UInt8(ascii: "["))
            for (i, v) in list.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                write(v)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            for (i, (key, v)) in members.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                writeString(key)
                bytes.append(UInt8(ascii: ":"))
                write(v)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private mutating func writeString(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            // On bytes; runs that need no escaping are copied at once. U+2028 and U+2029
            // (E2 80 A8/A9) are escaped too: the .js twins are JavaScript.
            var start = 0
            var i = 0
            while i < utf8.count {
                let byte = utf8[i]
                var escape: [UInt8]? = nil
                var width = 1
                switch byte {
                case 34: escape = [92, 34]
                case 92: escape = [92, 92]
                case 10: escape = [92, 110]
                case 13: escape = [92, 114]
                case 9: escape = [92, 116]
                case 0..<32: escape = Array("\\u00".utf8) + [Self.hex[Int(byte >> 4)], Self.hex[Int(byte & 0xF)]]
                case 0xE2 where i + 2 < utf8.count && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9):
                    escape = Array((utf8[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    width = 3
                default: break
                }
                if let escape {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                    bytes.append(contentsOf: escape)
                    start = i + width
                }
                i += width
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
