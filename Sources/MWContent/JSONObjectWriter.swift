/// One compact JSON object written straight to bytes, key by key, in the same bytes as
/// `DeterministicJSON` writes a `[String: Any]` (keys in sorted order, which the caller keeps:
/// checked in debug builds). For the large exports, which would otherwise build a dictionary
/// of boxed values per item only to sort and cast it again.
public struct JSONObjectWriter {
    public private(set) var bytes: [UInt8]
    private var lastKey: String?

    public init(capacity: Int = 256) {
        bytes = []
        bytes.reserveCapacity(capacity)
        bytes.append(UInt8(ascii: "{"))
    }

    private mutating func key(_ key: String) {
        assert(lastKey.map { $0 < key } ?? true, "JSON keys out of order: \(lastKey!) before \(key)")
        if lastKey != nil { bytes.append(UInt8(ascii: ",")) }
        lastKey = key
        DeterministicJSON.writeString(key, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
    }

    public mutating func string(_ key: String, _ value: String) {
        self.key(key)
        DeterministicJSON.writeString(value, into: &bytes)
    }

    public mutating func number(_ key: String, _ value: Double) {
        self.key(key)
        bytes.append(contentsOf: DeterministicJSON.number(value).utf8)
    }

    public mutating func strings(_ key: String, _ values: [String]) {
        self.key(key)
        DeterministicJSON.writeArray(values.count, into: &bytes, pretty: false, indent: 0) { DeterministicJSON.writeString(values[$0], into: &$1) }
    }

    /// Front-matter fields as an object.
    public mutating func fields(_ key: String, _ fields: [String: FieldValue]) {
        self.key(key)
        DeterministicJSON.writeField(.object(fields, .start), into: &bytes, pretty: false, indent: 0)
    }

    /// A value that is already encoded (a fragment, or an object or array written so).
    public mutating func raw(_ key: String, _ value: [UInt8]) {
        self.key(key)
        bytes.append(contentsOf: value)
    }

    /// An array of encoded items.
    public mutating func array(_ key: String, _ items: [[UInt8]]) {
        self.key(key)
        DeterministicJSON.writeArray(items.count, into: &bytes, pretty: false, indent: 0) { $1.append(contentsOf: items[$0]) }
    }

    /// The finished object.
    public mutating func end() -> DeterministicJSON.Fragment {
        bytes.append(UInt8(ascii: "}"))
        return DeterministicJSON.Fragment(bytes: bytes)
    }
}
