import Foundation

/// Remembers parsed files between builds (used by `serve`): a file whose size and modification
/// time are unchanged is not read again; a file whose bytes are unchanged is not parsed again.
public final class ParseCache: @unchecked Sendable {
    struct Entry {
        var size: Int
        var modified: Date
        var file: SourceFile
        var fingerprint: UInt64
        var result: (Document?, [Diagnostic])
    }

    private var entries: [String: Entry] = [:]
    private let lock = NSLock()
    public private(set) var hits = 0
    public private(set) var misses = 0

    public init() {}

    func stat(_ url: URL) -> (Int, Date)? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
              let size = attributes[.size] as? Int, let modified = attributes[.modificationDate] as? Date else { return nil }
        return (size, modified)
    }

    /// The cached parse of `path` if the file on disk is unchanged.
    func unchanged(_ path: String, at url: URL) -> (SourceFile, (Document?, [Diagnostic]))? {
        guard let (size, modified) = stat(url) else { return nil }
        lock.lock(); defer { lock.unlock() }
        guard let entry = entries[path], entry.size == size, entry.modified == modified else { return nil }
        hits += 1
        return (entry.file, entry.result)
    }

    func store(_ path: String, at url: URL, file: SourceFile, result: (Document?, [Diagnostic])) {
        guard let (size, modified) = stat(url) else { return }
        lock.lock(); defer { lock.unlock() }
        misses += 1
        entries[path] = Entry(size: size, modified: modified, file: file, fingerprint: Fingerprint.of(file.text), result: result)
    }

    func forget(except paths: Set<String>) {
        lock.lock(); defer { lock.unlock() }
        entries = entries.filter { paths.contains($0.key) }
    }
}
