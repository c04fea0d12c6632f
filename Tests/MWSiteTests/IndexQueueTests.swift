import XCTest
import MWServe

/// `serve` builds its indexes one at a time, in the order asked, skipping the ones a newer
/// request made moot while they waited.
final class IndexQueueTests: XCTestCase {
    actor Log {
        var entries: [String] = []
        func add(_ s: String) { entries.append(s) }
    }

    func testOneJobAtATimeAndOnlyTheNewestWaitingOneRuns() async throws {
        let queue = IndexQueue(), log = Log()
        let (gate, open) = AsyncStream<Void>.makeStream()
        await queue.submit {
            await log.add("a start")
            for await _ in gate { break }   // runs until the test lets it finish
            await log.add("a end")
        }
        while await log.entries.isEmpty { try await Task.sleep(nanoseconds: 1_000_000) }
        for name in ["b", "c", "d"] { await queue.submit { await log.add(name) } }
        open.yield()
        while await queue.ran < 2 { try await Task.sleep(nanoseconds: 1_000_000) }
        let entries = await log.entries
        XCTAssertEqual(entries, ["a start", "a end", "d"])
        let dropped = await queue.dropped
        XCTAssertEqual(dropped, 2)
        // Idle again: the next job runs at once.
        await queue.submit { await log.add("e") }
        while await queue.ran < 3 { try await Task.sleep(nanoseconds: 1_000_000) }
        let last = await log.entries.last
        XCTAssertEqual(last, "e")
    }
}
