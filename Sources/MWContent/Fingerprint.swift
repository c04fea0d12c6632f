import Foundation

/// A small, stable 64-bit FNV-1a hash: cache keys for incremental builds and cache names.
public struct Fingerprint: Sendable, Hashable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// Large contents (whole output files) go in eight bytes at a time: each step is a bijection
    /// of the state, so a change anywhere still changes the result, at a fraction of the cost.
    public mutating func add(_ data: Data) {
        data.withUnsafeBytes { raw in
            let words = raw.count / 8
            for i in 0..<words { addWord(raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) }
            add(bytes: UnsafeRawBufferPointer(rebasing: raw[(words * 8)...]))
            add(UInt64(raw.count))
        }
    }

    /// Eight bytes of a large content (read in the machine's byte order).
    @inline(__always) mutating func addWord(_ word: UInt64) {
        var v = (value ^ word) &* 0x100_0000_01b3
        v ^= v >> 29   // also a bijection; carries the high bits down (a multiply only carries up)
        value = v
    }

    public mutating func add(_ s: String) {
        var s = s
        s.withUTF8 { add(bytes: UnsafeRawBufferPointer($0)) }
        withUnsafeBytes(of: UInt8(0)) { add(bytes: $0) }
    }

    public mutating func add(_ n: UInt64) {
        withUnsafeBytes(of: n) { add(bytes: $0) }
    }

    mutating func add(bytes: UnsafeRawBufferPointer) {
        var v = value
        for byte in bytes { v = (v ^ UInt64(byte)) &* 0x100_0000_01b3 }
        value = v
    }

    public var hex: String { String(value, radix: 16) }

    public static func of(_ s: String) -> UInt64 {
        var f = Fingerprint()
        f.add(s)
        return f.value
    }

    /// `of(s)` and the hash of the first `prefix` bytes of `s` (without the end marker `add`
    /// puts after a text), in one pass: FNV-1a's state after the prefix is the second.
    public static func of(_ s: String, andPrefix prefix: Int) -> (whole: UInt64, prefix: UInt64) {
        var f = Fingerprint(), s = s, prefixValue: UInt64 = 0
        s.withUTF8 { utf8 in
            let split = min(max(prefix, 0), utf8.count)
            f.add(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: utf8[..<split])))
            prefixValue = f.value
            f.add(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: utf8[split...])))
        }
        withUnsafeBytes(of: UInt8(0)) { f.add(bytes: $0) }
        return (f.value, prefixValue)
    }
}
