import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Remembers parsed files between builds (used by `serve`): a file whose size and modification
/// time are unchanged is not read again; a file whose bytes are unchanged is not parsed again.
public final class ParseCache: @unchecked Sendable {
    struct Entry {
        var size: Int
        var modified: Int
        var file: SourceFile
        var fingerprint: UInt64
        var result: (Document?, [Diagnostic])
    }

    private var entries: [String: Entry] = [:]
    private let lock = NSLock()
    public private(set) var hits = 0
    public private(set) var misses = 0

    public init() {}

    /// True before the first read has filled it.
    var isEmpty: Bool {
        lock.lock(); defer { lock.unlock() }
        return entries.isEmpty
    }

    /// Size and modification time (nanoseconds) from a plain stat(2); FileManager's attributes are slow.
    func fileStatus(_ url: URL) -> (Int, Int)? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        return (Int(info.st_size), Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec))
    }

    /// The cached parse of `path` if the file on disk is unchanged.
    func unchanged(_ path: String, at url: URL) -> (SourceFile, (Document?, [Diagnostic]))? {
        guard let (size, modified) = fileStatus(url) else { return nil }
        lock.lock(); defer { lock.unlock() }
        guard let entry = entries[path], entry.size == size, entry.modified == modified else { return nil }
        hits += 1
        return (entry.file, entry.result)
    }

    func store(_ path: String, at url: URL, file: SourceFile, result: (Document?, [Diagnostic])) {
        guard let (size, modified) = fileStatus(url) else { return }
        lock.lock(); defer { lock.unlock() }
        misses += 1
        entries[path] = Entry(size: size, modified: modified, file: file, fingerprint: Fingerprint.of(file.text), result: result)
    }

    func forget(except paths: Set<String>) {
        lock.lock(); defer { lock.unlock() }
        entries = entries.filter { paths.contains($0.key) }
    }
}
