import MWContent

/// A minimal deterministic JSON encoder for the index files: compact, object
/// keys in the order given, raw UTF-8 (only quotes, backslashes, control
/// characters and U+2028/U+2029 are escaped, so the output is also a valid
/// JavaScript literal for the .js variants).
enum JSONValue: Sendable {
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

    private mutating func writeString(_ s: String) {
        DeterministicJSON.writeString(s, into: &bytes)
    }
}
