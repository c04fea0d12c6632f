import Foundation

/// Runs independent work on every free core, keeping the order of the input; calls may nest.
public enum Parallel {
    public static func map<T: Sendable, R>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let buffer = ResultBuffer<R>(count: items.count)
        // Chunks keep scheduling overhead low for many small items.
        let chunk = max(1, items.count / (ProcessInfo.processInfo.activeProcessorCount * 8))
        let chunks = (items.count + chunk - 1) / chunk
        WorkerPool.current.run(chunks) { c in
            for i in (c * chunk)..<min(items.count, (c + 1) * chunk) {
                buffer.set(i, transform(items[i]))
            }
        }
        return buffer.values()
    }

    /// Runs `work` on a thread of its own at a lower priority, whose `map` and `forEach` calls
    /// use background workers: work that may wait (`serve`'s indexes after an edit) then leaves
    /// the cores to work that may not (the pages of the next edit).
    public static func inBackground(_ work: @escaping @Sendable () -> Void) {
        let thread = Thread {
            WorkerPool.enterBackground()
            work()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Runs `body` for every item on every free core; when some throw, throws the error of the
    /// first of them (in the order of the items) after all have run.
    public static func forEach<T: Sendable, E: Error>(_ items: [T], _ body: @Sendable (T) throws(E) -> Void) throws(E) {
        for result in map(items, { item in Result<Void, E> { () throws(E) in try body(item) } }) { try result.get() }
    }
}

/// Each slot is written by exactly one worker, so no locking is needed.
final class ResultBuffer<R>: @unchecked Sendable {
    private var storage: [R?]
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: R) { storage[i] = value }
    func values() -> [R] { storage.map { $0! } }
}
