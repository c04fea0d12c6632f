#if canImport(CTCMalloc)
import CTCMalloc
import MWContent
import XCTest

/// The process allocates with tcmalloc (linked through MWContent), not glibc's malloc: memory
/// that Swift allocates shows up in tcmalloc's own count.
final class AllocatorTests: XCTestCase {
    func allocatedBytes() -> Int {
        var value = 0
        XCTAssertEqual(MallocExtension_GetNumericProperty("generic.current_allocated_bytes", &value), 1)
        return value
    }

    func testSwiftAllocationsGoThroughTCMalloc() {
        let before = allocatedBytes()
        let block = [UInt8](repeating: 7, count: 64 << 20)
        let during = allocatedBytes()
        XCTAssertGreaterThanOrEqual(during - before, 64 << 20, "a 64 MB array was not allocated by tcmalloc")
        XCTAssertEqual(block.count, 64 << 20)
        Memory.returnFreePages()
    }
}
#endif
