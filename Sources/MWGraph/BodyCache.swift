import Foundation
import MWContent

/// Remembers rendered Markdown bodies between builds (used by `serve`). A body is reused when its
/// file is unchanged and every document it links to still has the same URL and title.
public final class BodyCache: @unchecked Sendable {
    struct Entry {
        var fingerprint: UInt64
        var url: String
        /// Link target slug → "url|title" (or "" if it did not resolve) at render time.
        var targets: [String: String]
        var result: LinkLookup.Result
    }

    private var entries: [String: Entry] = [:]
    private let lock = NSLock()

    public init() {}

    func lookup(_ doc: Document, resolve: (String) -> String) -> LinkLookup.Result? {
        lock.lock()
        let entry = entries[doc.slug]
        lock.unlock()
        guard let entry, entry.fingerprint == doc.fingerprint, entry.url == doc.url,
              entry.targets.allSatisfy({ resolve($0.key) == $0.value }) else { return nil }
        return entry.result
    }

    func store(_ doc: Document, targets: [String: String], result: LinkLookup.Result) {
        lock.lock(); defer { lock.unlock() }
        entries[doc.slug] = Entry(fingerprint: doc.fingerprint, url: doc.url, targets: targets, result: result)
    }
}
