import Foundation

/// A file written piece by piece, in order: the large exports (JSON index, HSDS, CSV) are written
/// while they are encoded, so a large site's exports are never in memory whole. Bytes are
/// gathered into large blocks for `flush`; the size and fingerprint of everything written are
/// kept on the way (the same fingerprint as `Fingerprint.add(_:)` of the whole file).
///
/// A failed flush is kept and thrown by `close`, so the encoders need not handle errors.
public final class FileWriter: @unchecked Sendable {
    public let path: String
    public private(set) var size = 0
    private var fingerprint = Fingerprint.Running()
    private var buffer: [UInt8] = []
    private let blockSize: Int
    private let flush: (UnsafeRawBufferPointer) throws -> Void
    private let finish: () throws -> Void
    private var failure: Error?
    private var closed = false

    public init(path: String, blockSize: Int = 1 << 20, flush: @escaping (UnsafeRawBufferPointer) throws -> Void,
                finish: @escaping () throws -> Void = {}) {
        self.path = path
        self.blockSize = blockSize
        self.flush = flush
        self.finish = finish
        buffer.reserveCapacity(blockSize)
    }

    public func write(_ bytes: UnsafeRawBufferPointer) {
        size += bytes.count
        fingerprint.add(bytes)
        if buffer.count + bytes.count <= blockSize {
            buffer.append(contentsOf: bytes)
            return
        }
        emptyBuffer()
        if bytes.count >= blockSize { send(bytes) } else { buffer.append(contentsOf: bytes) }
    }

    public func write(_ bytes: [UInt8]) { bytes.withUnsafeBytes { write($0) } }
    public func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    /// Writes what is left and finishes the file (also after an error); throws the first error.
    public func close() throws {
        guard !closed else { return }
        closed = true
        emptyBuffer()
        buffer = []
        var finishing: Error?
        do { try finish() } catch { finishing = error }
        if let error = failure ?? finishing { throw error }
    }

    /// The fingerprint of all bytes written (complete once the file is closed).
    public var hash: UInt64 { fingerprint.value(size: size) }

    private func emptyBuffer() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { send($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func send(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil else { return }
        do { try flush(bytes) } catch { failure = error }
    }

    /// A writer that gathers the file in memory.
    public static func inMemory(path: String, capacity: Int = 0, blockSize: Int = 1 << 20, done: @escaping (Data) -> Void) -> FileWriter {
        let box = DataBox(capacity: capacity)
        return FileWriter(path: path, blockSize: blockSize, flush: { box.data.append(contentsOf: $0) }, finish: { done(box.data) })
    }

    private final class DataBox: @unchecked Sendable {
        var data: Data
        init(capacity: Int) { data = Data(capacity: capacity) }
    }
}

extension Fingerprint {
    /// `add(_ data:)` over bytes that arrive in pieces of any size.
    struct Running {
        private var state = Fingerprint()
        private var pending: UInt64 = 0
        private var pendingCount = 0

        mutating func add(_ raw: UnsafeRawBufferPointer) {
            var i = 0
            while pendingCount > 0, pendingCount < 8, i < raw.count {
                keep(raw[i])
                i += 1
            }
            if pendingCount == 8 {
                state.addWord(pending)
                pending = 0
                pendingCount = 0
            }
            while i + 8 <= raw.count {
                state.addWord(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                i += 8
            }
            while i < raw.count {
                keep(raw[i])
                i += 1
            }
        }

        /// Holds a byte of an unfinished word, in memory order (as a whole word is read).
        private mutating func keep(_ byte: UInt8) {
            let slot = pendingCount
            withUnsafeMutableBytes(of: &pending) { $0[slot] = byte }
            pendingCount += 1
        }

        /// The fingerprint of all bytes so far, which number `size`.
        func value(size: Int) -> UInt64 {
            var f = state
            withUnsafeBytes(of: pending) { f.add(bytes: UnsafeRawBufferPointer(rebasing: $0[..<pendingCount])) }
            f.add(UInt64(size))
            return f.value
        }
    }
}
