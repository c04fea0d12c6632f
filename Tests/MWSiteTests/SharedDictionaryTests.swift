import XCTest
@testable import MWGraph

/// The graph's slug-keyed dictionaries after patches: replaced and removed entries win over the
/// shared ones, the copy a patch started from is left as it was.
final class SharedDictionaryTests: XCTestCase {
    func testReplacedAndRemovedEntriesOverTheSharedOnes() {
        let original = SharedDictionary(["a": [1], "b": [2], "c": [3]])
        var patched = original
        patched["b"] = [20]
        patched["c"] = nil
        patched["d"] = [4]
        XCTAssertEqual(patched["a"], [1])
        XCTAssertEqual(patched["b"], [20])
        XCTAssertNil(patched["c"])
        XCTAssertEqual(patched["d"], [4])
        patched["b"]?.append(21)
        XCTAssertEqual(patched["b"], [20, 21])
        XCTAssertEqual(original["b"], [2], "the graph a patch came from keeps its entries")
        XCTAssertEqual(original["c"], [3])
        XCTAssertNil(original["d"])
        let counted = patched.mapValues(\.count)
        XCTAssertEqual(["a", "b", "c", "d", "e"].map { counted[$0] }, [1, 2, nil, 1, nil])
    }
}
