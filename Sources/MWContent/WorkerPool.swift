import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One worker thread per core but one (the thread that starts a job works on it too), shared by
/// every `Parallel.map`. Unlike `DispatchQueue.concurrentPerform`, which runs a call made inside
/// another one's work on the calling thread alone, a nested job here is shared by every idle
/// worker: the index stage builds the search index, exports and keuzehulp data side by side and
/// each of them uses every core that is free.
final class WorkerPool: @unchecked Sendable {
    static let shared = WorkerPool(helpers: max(0, ProcessInfo.processInfo.activeProcessorCount - 1))
    /// The same at a lower priority, for work that may wait (`Parallel.inBackground`).
    static let background = WorkerPool(helpers: max(0, ProcessInfo.processInfo.activeProcessorCount - 1), background: true)
    /// The nice value of background threads: the kernel gives a normal thread about nine
    /// times their share of a core.
    static let backgroundNice: Int32 = 10

    /// The pool that `Parallel.map` uses on the calling thread (a thread-specific value, as
    /// cheap to read as `Parallel.map` is called often).
    static var current: WorkerPool { pthread_getspecific(backgroundKey) != nil ? background : shared }
    private static let backgroundKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// Marks the calling thread as a background thread: a lower priority, and the background pool.
    /// (On Linux the nice value belongs to a thread; `who` 0 is the calling one.)
    static func enterBackground() {
        pthread_setspecific(backgroundKey, UnsafeRawPointer(bitPattern: 1))
        let which = __priority_which_t(PRIO_PROCESS.rawValue)
        setpriority(which, 0, max(getpriority(which, 0), backgroundNice))
    }

    /// The chunks of one `run` call. All fields are guarded by the pool's condition lock.
    private final class Job {
        let count: Int
        var claimed = 0
        var finished = 0
        var body: ((Int) -> Void)?
        init(count: Int, body: @escaping (Int) -> Void) {
            self.count = count
            self.body = body
        }
    }

    private let condition = NSCondition()
    /// Jobs with chunks nobody has claimed yet; workers take from the newest, so a nested job
    /// (which its caller waits for) is finished before an outer one hands out more chunks.
    private var open: [Job] = []

    private init(helpers: Int, background: Bool = false) {
        for index in 0..<helpers {
            let thread = Thread { [unowned self] in
                if background { Self.enterBackground() }
                self.work()
            }
            thread.name = "meedoenwijzer-\(background ? "background" : "worker")-\(index + 1)"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Calls `body` for every index in `0..<count`, on this thread and any idle worker, and
    /// returns when all calls have returned.
    func run(_ count: Int, _ body: (Int) -> Void) {
        guard count > 0 else { return }
        withoutActuallyEscaping(body) { body in
            let job = Job(count: count, body: body)
            condition.lock()
            open.append(job)
            condition.broadcast()
            while let index = claim(job) { execute(job, index) }
            // The rest is being worked on by other threads; meanwhile help with other jobs (the
            // outer job's caller would otherwise sit idle while a nested one runs on one core).
            while job.finished < job.count {
                if !helpWithNewestJob() { condition.wait() }
            }
            job.body = nil
            condition.unlock()
        }
    }

    /// The next unclaimed chunk of `job`; call with the lock held.
    private func claim(_ job: Job) -> Int? {
        guard job.claimed < job.count else { return nil }
        let index = job.claimed
        job.claimed += 1
        if job.claimed == job.count, let position = open.lastIndex(where: { $0 === job }) {
            open.remove(at: position)
        }
        return index
    }

    private func work() {
        condition.lock()
        while true {
            if !helpWithNewestJob() { condition.wait() }
        }
    }

    /// Runs one chunk of the newest job that has one left; false when there is none. Call with
    /// the lock held.
    private func helpWithNewestJob() -> Bool {
        guard let job = open.last, let index = claim(job) else { return false }
        execute(job, index)
        return true
    }

    /// Runs one chunk without the lock (held on entry and on return) and counts it as finished.
    /// The reference to the body ends before the lock is taken again, so `run` can check that the
    /// body did not escape.
    private func execute(_ job: Job, _ index: Int) {
        let body = job.body!
        condition.unlock()
        body(index)
        condition.lock()
        job.finished += 1
        if job.finished == job.count { condition.broadcast() }
    }
}
