import Foundation

/// JSON for the generated files: object keys sorted, slashes not escaped, the same bytes for the
/// same input. Much faster than JSONSerialization with `.sortedKeys` on large outputs.
public enum DeterministicJSON {
    public static func data(_ value: Any, pretty: Bool = false) -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        write(value, into: &out, pretty: pretty, indent: 0)
        return Data(out)
    }

    public static func string(_ value: Any) -> String { String(decoding: data(value), as: UTF8.self) }

    static func write(_ value: Any, into out: inout [UInt8], pretty: Bool, indent: Int) {
        func newline(_ level: Int) {
            guard pretty else { return }
            out.append(10)
            out.append(contentsOf: repeatElement(32, count: level * 2))
        }
        if let s = value as? String {
            writeString(s, into: &out)
        } else if let dict = value as? [String: Any] {
            out.append(UInt8(ascii: "{"))
            for (n, key) in dict.keys.sorted().enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                newline(indent + 1)
                writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(32) }
                write(dict[key]!, into: &out, pretty: pretty, indent: indent + 1)
            }
            if !dict.isEmpty { newline(indent) }
            out.append(UInt8(ascii: "}"))
        } else if let array = value as? [Any] {
            out.append(UInt8(ascii: "["))
            for (n, item) in array.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                newline(indent + 1)
                write(item, into: &out, pretty: pretty, indent: indent + 1)
            }
            if !array.isEmpty { newline(indent) }
            out.append(UInt8(ascii: "]"))
        } else if type(of: value) == Bool.self, let b = value as? Bool {
            out.append(contentsOf: (b ? "true" : "false").utf8)
        } else if type(of: value) == Int.self, let i = value as? Int {
            out.append(contentsOf: String(i).utf8)
        } else if type(of: value) == Double.self, let d = value as? Double {
            out.append(contentsOf: number(d).utf8)
        } else if let n = value as? NSNumber {
            // JSONSerialization's numbers: the type code tells booleans ("c") from numbers
            // (`is Bool` is also true for the number 1).
            switch String(cString: n.objCType) {
            case "c", "B": out.append(contentsOf: (n.boolValue ? "true" : "false").utf8)
            case "d", "f": out.append(contentsOf: number(n.doubleValue).utf8)
            default: out.append(contentsOf: String(n.int64Value).utf8)
            }
        } else {
            out.append(contentsOf: "null".utf8)
        }
    }

    static func number(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
    }

    static let hex = Array("0123456789abcdef".utf8)

    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            // Runs of bytes that need no escaping are copied at once.
            var start = 0
            for (i, byte) in bytes.enumerated() where byte < 32 || byte == 34 || byte == 92 {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                switch byte {
                case 34: out.append(contentsOf: [92, 34])
                case 92: out.append(contentsOf: [92, 92])
                case 10: out.append(contentsOf: [92, 110])
                case 13: out.append(contentsOf: [92, 114])
                case 9: out.append(contentsOf: [92, 116])
                default: out.append(contentsOf: [92, 117, 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
                }
                start = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
