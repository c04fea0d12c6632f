import Foundation

/// JSON for the generated files: object keys sorted, slashes not escaped, the same bytes for the
/// same input. Much faster than JSONSerialization with `.sortedKeys` on large outputs.
public enum DeterministicJSON {
    /// `value` encoded in memory (`Items` need a file: use `write(_:to:)`). Small values are the
    /// common case (a page's structured data), so no writer and no fingerprint are made.
    public static func data(_ value: Any, pretty: Bool = false) -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(fragmentBytes(value) + 1024)
        write(value, into: &out, writer: nil, pretty: pretty, indent: 0)
        return Data(out)
    }

    /// Writes `value` to a file as it is encoded: fragments go to the writer as they are, and
    /// `Items` are encoded batch by batch, so a large file is never in memory whole.
    public static func write(_ value: Any, to writer: FileWriter, pretty: Bool = false) {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(value, into: &out, writer: writer, pretty: pretty, indent: 0)
        writer.write(out)
    }

    /// The bytes of the fragments in `value`: the data is reserved at once, not grown by doubling.
    static func fragmentBytes(_ value: Any) -> Int {
        switch value {
        case let fragment as Fragment: fragment.bytes.count + 1
        case let fragments as [Fragment]: fragments.reduce(2) { $0 + $1.bytes.count + 1 }
        case let dict as [String: Any]: dict.values.reduce(0) { $0 + fragmentBytes($1) }
        case is String, is Int, is Bool, is [String]: 0
        case let dicts as [[String: Any]]: dicts.reduce(0) { $0 + fragmentBytes($1) }
        case let list as [Any]: list.reduce(0) { $0 + fragmentBytes($1) }
        default: 0
        }
    }

    public static func string(_ value: Any) -> String { String(decoding: data(value), as: UTF8.self) }

    /// Compact JSON that is already encoded, written as it is where it appears in a value. Large
    /// outputs encode their items on every core as fragments and join them, instead of building
    /// one tree of the whole file first (which doubled the memory of a build). Compact output only.
    public struct Fragment: Sendable {
        public let bytes: [UInt8]
        public init(_ value: Any) {
            var out: [UInt8] = []
            DeterministicJSON.write(value, into: &out, writer: nil, pretty: false, indent: 0)
            bytes = out
        }
        /// Bytes that are already compact JSON.
        public init(bytes: [UInt8]) { self.bytes = bytes }
    }

    /// An array of `count` items encoded in batches just before they are written: each batch on
    /// every core, and gone once written. Compact output only.
    public struct Items {
        public let count: Int
        public let batchSize: Int
        public let encode: (Range<Int>) -> [Fragment]
        public init(count: Int, batchSize: Int = 4096, encode: @escaping (Range<Int>) -> [Fragment]) {
            self.count = count
            self.batchSize = batchSize
            self.encode = encode
        }
    }

    /// A compact JSON array written to a file item by item.
    public final class ArrayWriter {
        public let writer: FileWriter
        private var empty = true
        public init(_ writer: FileWriter) {
            self.writer = writer
            writer.write("[")
        }
        public func append(_ item: Fragment) {
            if !empty { writer.write(",") }
            writer.write(item.bytes)
            empty = false
        }
        /// Ends the array (the file stays open).
        public func end() { writer.write("]") }
    }

    /// Writes `value` to `out`; with a writer, what `out` holds goes there before each fragment
    /// (and the fragment itself goes there directly).
    static func write(_ value: Any, into out: inout [UInt8], writer: FileWriter?, pretty: Bool, indent: Int) {
        func put(_ fragment: Fragment, _ out: inout [UInt8]) {
            if let writer {
                writer.write(out)
                out.removeAll(keepingCapacity: true)
                writer.write(fragment.bytes)
            } else {
                out.append(contentsOf: fragment.bytes)
            }
        }
        func inner(_ value: Any, _ out: inout [UInt8]) { write(value, into: &out, writer: writer, pretty: pretty, indent: indent + 1) }
        // The common exact types first: a cast that matches exactly is cheap, a failed one to
        // a collection type is not, and a list cast to `[Any]` copies it into boxes.
        if let s = value as? String {
            writeString(s, into: &out)
        } else if type(of: value) == Int.self, let i = value as? Int {
            out.append(contentsOf: String(i).utf8)
        } else if type(of: value) == Bool.self, let b = value as? Bool {
            out.append(contentsOf: (b ? "true" : "false").utf8)
        } else if let dict = value as? [String: Any] {
            let entries = dict.sorted(by: { $0.key < $1.key })
            writeObject(entries.map(\.key), into: &out, pretty: pretty, indent: indent) { inner(entries[$0].value, &$1) }
        } else if let strings = value as? [String] {
            writeArray(strings.count, into: &out, pretty: pretty, indent: indent) { writeString(strings[$0], into: &$1) }
        } else if let dicts = value as? [[String: Any]] {
            writeArray(dicts.count, into: &out, pretty: pretty, indent: indent) { inner(dicts[$0], &$1) }
        } else if let field = value as? FieldValue {
            writeField(field, into: &out, pretty: pretty, indent: indent)
        } else if let fields = value as? [String: FieldValue] {
            writeField(.object(fields, .start), into: &out, pretty: pretty, indent: indent)
        } else if let fragment = value as? Fragment {
            precondition(!pretty, "JSON fragments are compact")
            put(fragment, &out)
        } else if let fragments = value as? [Fragment] {
            precondition(!pretty, "JSON fragments are compact")
            writeArray(fragments.count, into: &out, pretty: false, indent: indent) { put(fragments[$0], &$1) }
        } else if let items = value as? Items {
            guard let writer, !pretty else { preconditionFailure("Items are written compact, to a file") }
            writer.write(out)
            out.removeAll(keepingCapacity: true)
            let array = ArrayWriter(writer)
            for start in stride(from: 0, to: items.count, by: items.batchSize) {
                items.encode(start..<min(items.count, start + items.batchSize)).forEach(array.append)
            }
            array.end()
        } else if let list = value as? [Any] {
            writeArray(list.count, into: &out, pretty: pretty, indent: indent) { inner(list[$0], &$1) }
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

    /// A front-matter value as JSON, without making plain values of it first (as `plain` would).
    static func writeField(_ value: FieldValue, into out: inout [UInt8], pretty: Bool, indent: Int) {
        switch value {
        case .string(let s, _), .date(let s, _): writeString(s, into: &out)
        case .int(let i, _): out.append(contentsOf: String(i).utf8)
        case .bool(let b, _): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .list(let list, _):
            writeArray(list.count, into: &out, pretty: pretty, indent: indent) { writeField(list[$0], into: &$1, pretty: pretty, indent: indent + 1) }
        case .object(let fields, _):
            let keys = fields.keys.sorted()
            writeObject(keys, into: &out, pretty: pretty, indent: indent) { writeField(fields[keys[$0]]!, into: &$1, pretty: pretty, indent: indent + 1) }
        }
    }

    /// An object of `keys` in their order; `value(n, &out)` writes the value of key `n`.
    static func writeObject(_ keys: [String], into out: inout [UInt8], pretty: Bool, indent: Int,
                            _ value: (Int, inout [UInt8]) -> Void) {
        out.append(UInt8(ascii: "{"))
        for n in keys.indices {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            newline(&out, pretty, indent + 1)
            writeString(keys[n], into: &out)
            out.append(UInt8(ascii: ":"))
            if pretty { out.append(32) }
            value(n, &out)
        }
        if !keys.isEmpty { newline(&out, pretty, indent) }
        out.append(UInt8(ascii: "}"))
    }

    /// An array of `count` items; `item(n, &out)` writes item `n`.
    static func writeArray(_ count: Int, into out: inout [UInt8], pretty: Bool, indent: Int, _ item: (Int, inout [UInt8]) -> Void) {
        out.append(UInt8(ascii: "["))
        for n in 0..<count {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            newline(&out, pretty, indent + 1)
            item(n, &out)
        }
        if count > 0 { newline(&out, pretty, indent) }
        out.append(UInt8(ascii: "]"))
    }

    static func newline(_ out: inout [UInt8], _ pretty: Bool, _ level: Int) {
        guard pretty else { return }
        out.append(10)
        out.append(contentsOf: repeatElement(32, count: level * 2))
    }

    static func number(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
    }

    public static let hex = Array("0123456789abcdef".utf8)

    /// Whether any of eight bytes is not ASCII, below 0x20, '"' or '\\' (may be true for others
    /// when one is; never false when one is).
    @inline(__always)
    static func mayNeedEscaping(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        return word & highs != 0
            || (word &- 0x20 &* ones) & ~word & highs != 0
            || hasZeroByte(word ^ (0x22 &* ones))
            || hasZeroByte(word ^ (0x5C &* ones))
    }

    /// A JSON string literal on UTF-8 bytes; runs that need no escaping are copied at once.
    /// U+2028 and U+2029 are escaped too, so the output is also a JavaScript literal (the
    /// search index and keuzehulp data ship as .js files for file://).
    public static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            var start = 0
            var i = 0
            while i < utf8.count {
                // Eight bytes at a time while none of them can need escaping (ASCII, not a
                // control character, quote or backslash): byte by byte, this loop was the
                // largest single item of the 10,000-document profile.
                if i + 8 <= utf8.count, !mayNeedEscaping(UnsafeRawPointer(utf8.baseAddress! + i).loadUnaligned(as: UInt64.self)) {
                    i += 8
                    continue
                }
                let byte = utf8[i]
                var width = 1
                let escape: [UInt8]
                switch byte {
                case 34: escape = [92, 34]
                case 92: escape = [92, 92]
                case 10: escape = [92, 110]
                case 13: escape = [92, 114]
                case 9: escape = [92, 116]
                case 0..<32: escape = [92, 117, 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 15)]]
                case 0xE2 where i + 2 < utf8.count && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9):
                    escape = Array((utf8[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    width = 3
                default:
                    i += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                out.append(contentsOf: escape)
                i += width
                start = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
