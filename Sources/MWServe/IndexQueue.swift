/// Index builds of `serve`, one at a time: while one runs, only the newest request waits, and the
/// older waiting ones are dropped (their indexes would be out of date before they were done).
/// Without this, every edit started an index build of its own; at 100,000 documents (15 s of work
/// each) a few quick edits had several running side by side, and the pages of the next edit
/// waited seconds for a core.
public actor IndexQueue {
    private var running = false
    private var waiting: (@Sendable () async -> Void)?
    /// Jobs that ran, and jobs dropped for a newer one (for tests).
    public private(set) var ran = 0, dropped = 0

    public init() {}

    /// Queues `job` and returns at once; it runs after the running job unless a newer one is
    /// submitted first. Jobs run in the order they were submitted.
    public func submit(_ job: @escaping @Sendable () async -> Void) {
        if waiting != nil { dropped += 1 }
        waiting = job
        guard !running else { return }
        running = true
        Task.detached { await self.drain() }
    }

    private func drain() async {
        while let next = waiting {
            waiting = nil
            await next()
            ran += 1
        }
        running = false
    }
}
