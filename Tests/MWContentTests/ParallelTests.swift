import Foundation
import XCTest
@testable import MWContent

/// `Parallel.map` keeps the order of its input, also when calls nest, and a nested call is shared
/// by the threads that are free (`DispatchQueue.concurrentPerform` ran it on one thread);
/// `Parallel.forEach` runs every item and reports the first error.
final class ParallelTests: XCTestCase {
    func testKeepsOrderAndRunsEveryItemOnce() {
        let items = Array(0..<10_000)
        XCTAssertEqual(Parallel.map(items) { $0 * 3 }, items.map { $0 * 3 })
        XCTAssertEqual(Parallel.map([Int]()) { $0 }, [])
        XCTAssertEqual(Parallel.map([7]) { $0 + 1 }, [8])
    }

    func testNestedMapsGiveTheSameResultAsSerialOnes() {
        let outer = Array(0..<37)
        let nested = Parallel.map(outer) { i in Parallel.map(Array(0..<(i * 13))) { j in Parallel.map([i, j]) { $0 &* 31 &+ 1 } } }
        let serial = outer.map { i in (0..<(i * 13)).map { j in [i, j].map { $0 &* 31 &+ 1 } } }
        XCTAssertEqual(nested, serial)
    }

    func testForEachRunsEveryItemAndThrowsTheFirstError() {
        struct Failed: Error, Equatable { let item: Int }
        let ran = ThreadNames()
        let counter = Counter()
        XCTAssertThrowsError(try Parallel.forEach(Array(0..<500)) { item in
            counter.add()
            if item % 97 == 13 { throw Failed(item: item) }
        }) { XCTAssertEqual($0 as? Failed, Failed(item: 13)) }
        XCTAssertEqual(counter.value, 500, "every item runs, also after one has thrown")
        Parallel.forEach([1, 2, 3]) { _ in ran.add() }   // a body that cannot throw needs no try
        XCTAssertGreaterThan(ran.count, 0)
    }

    func testANestedMapIsSharedByAFreeThread() throws {
        try XCTSkipIf(ProcessInfo.processInfo.activeProcessorCount < 2, "needs two cores")
        let threads = ThreadNames()
        // The second outer item ends at once; its thread must then help with the first one's
        // nested map (64 chunks of 2 ms) instead of waiting for it.
        _ = Parallel.map([0, 1]) { outer -> Int in
            guard outer == 0 else { return 0 }
            return Parallel.map(Array(0..<64)) { i -> Int in
                threads.add()
                usleep(2_000)
                return i
            }.count
        }
        XCTAssertGreaterThan(threads.count, 1, "the nested map ran on one thread only")
    }

    /// `serve`'s indexes run so: every item of a map inside, also nested, runs at the lower
    /// priority (on the background thread or a background worker), and gives the same result.
    func testWorkInTheBackgroundRunsAtALowerPriorityThroughout() {
        @Sendable func nice() -> Int32 { getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) }
        let callerNice = nice()
        let done = expectation(description: "background work")
        let result = LockedBox<([Int], Set<Int32>)>(([], []))
        Parallel.inBackground {
            let mapped = Parallel.map(Array(0..<2_000)) { item -> (Int, Set<Int32>) in
                (item * 2, Set(Parallel.map(Array(0..<4)) { _ in nice() }).union([nice()]))
            }
            result.set((mapped.map(\.0), mapped.reduce(into: Set<Int32>()) { $0.formUnion($1.1) }))
            done.fulfill()
        }
        wait(for: [done], timeout: 30)
        XCTAssertEqual(result.value.0, (0..<2_000).map { $0 * 2 })
        XCTAssertEqual(result.value.1, [max(callerNice, WorkerPool.backgroundNice)])
        XCTAssertEqual(nice(), callerNice, "the calling thread keeps its priority")
    }
}

private final class ThreadNames: @unchecked Sendable {
    private var seen: Set<UInt64> = []
    private let lock = NSLock()
    func add() {
        let id = UInt64(pthread_self())
        lock.lock()
        seen.insert(id)
        lock.unlock()
    }
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return seen.count
    }
}

private final class Counter: @unchecked Sendable {
    private var count = 0
    private let lock = NSLock()
    func add() {
        lock.lock()
        count += 1
        lock.unlock()
    }
    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}

final class LockedBox<T>: @unchecked Sendable {
    private var stored: T
    private let lock = NSLock()
    init(_ value: T) { stored = value }
    var value: T { lock.lock(); defer { lock.unlock() }; return stored }
    func set(_ value: T) { lock.lock(); stored = value; lock.unlock() }
}
