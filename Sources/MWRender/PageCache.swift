import Foundation
import MWContent

/// Remembers rendered pages between builds (used by `serve`). A page is rendered again only
/// when its key changes: its template (or the layout and partials), the site-wide settings, or
/// the fingerprint of any document it shows.
public final class PageCache: @unchecked Sendable {
    private var entries: [String: (key: UInt64, file: OutputFile)] = [:]
    private let lock = NSLock()
    public private(set) var rendered = 0
    public private(set) var reused = 0

    public init() {}

    func file(_ path: String, key: UInt64, render: () -> OutputFile) -> OutputFile {
        lock.lock()
        if let entry = entries[path], entry.key == key {
            reused += 1
            lock.unlock()
            return entry.file
        }
        lock.unlock()
        let file = render()
        lock.lock()
        entries[path] = (key, file)
        rendered += 1
        lock.unlock()
        return file
    }

    /// The page as last rendered, whatever its key.
    func current(_ path: String) -> OutputFile? {
        lock.lock(); defer { lock.unlock() }
        return entries[path]?.file
    }

    public func resetCounters() {
        lock.lock(); defer { lock.unlock() }
        rendered = 0
        reused = 0
    }
}
