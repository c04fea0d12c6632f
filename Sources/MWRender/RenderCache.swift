import Foundation
import MWContent

/// Rendered output kept between builds (by `serve`) under a name, with the key it was made
/// from: rendered again only when the key changes. Pages are keyed by their template (with the
/// layout and partials), the site-wide settings, their own document's fingerprint and the fields'
/// fingerprints of every other document they show; cards by their document's fields'
/// fingerprint, URL and template.
public final class RenderCache<Value: Sendable>: @unchecked Sendable {
    private var entries: [String: (key: UInt64, value: Value)] = [:]
    private let lock = NSLock()
    public private(set) var rendered = 0
    public private(set) var reused = 0

    public init() {}

    func value(_ name: String, key: UInt64, render: () -> Value) -> Value {
        lock.lock()
        if let entry = entries[name], entry.key == key {
            reused += 1
            lock.unlock()
            return entry.value
        }
        lock.unlock()
        let value = render()
        lock.lock()
        entries[name] = (key, value)
        rendered += 1
        lock.unlock()
        return value
    }

    /// The value as last rendered, whatever its key.
    func current(_ name: String) -> Value? {
        lock.lock(); defer { lock.unlock() }
        return entries[name]?.value
    }

    public func resetCounters() {
        lock.lock(); defer { lock.unlock() }
        rendered = 0
        reused = 0
    }
}

/// Rendered pages by path.
public typealias PageCache = RenderCache<OutputFile>
/// Rendered cards and compact links by style, folder depth and slug (an aanpak appears on three
/// overviews, the pages of its werkzame elementen and its bronnen: each card is rendered once).
public typealias CardCache = RenderCache<String>
