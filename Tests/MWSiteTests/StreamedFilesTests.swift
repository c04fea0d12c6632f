import XCTest
import MWContent
@testable import MWRender
@testable import MWSite

/// Large exports are written while they are encoded: a file written in pieces has the same bytes,
/// size and fingerprint as one written whole, and a failed write is reported, not lost.
final class StreamedFilesTests: XCTestCase {
    /// Deterministic bytes of every value, in pieces of varying size.
    static func pieces(seed: UInt64, count: Int) -> [[UInt8]] {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        return (0..<count).map { _ in (0..<Int(next() % 40)).map { _ in UInt8(truncatingIfNeeded: next()) } }
    }

    func testAWriterKeepsTheBytesSizeAndFingerprintOfTheWholeFile() throws {
        for seed in 1...30 {
            let parts = Self.pieces(seed: UInt64(seed), count: seed * 7)
            let whole = Data(parts.flatMap { $0 })
            for blockSize in [1, 7, 8, 64, 1 << 20] {
                var written = Data()
                var finished = false
                let writer = FileWriter(path: "x", blockSize: blockSize, flush: { written.append(contentsOf: $0) }, finish: { finished = true })
                parts.forEach(writer.write)
                try writer.close()
                XCTAssertTrue(finished)
                XCTAssertEqual(written, whole, "seed \(seed), block \(blockSize)")
                XCTAssertEqual(writer.size, whole.count)
                XCTAssertEqual(writer.hash, FileSummary(OutputFile(path: "x", data: whole)).hash, "seed \(seed), block \(blockSize)")
            }
        }
    }

    func testAFailedWriteIsThrownByCloseAndTheFileIsStillFinished() {
        struct Full: Error {}
        var finished = false
        let writer = FileWriter(path: "x", blockSize: 4, flush: { _ in throw Full() }, finish: { finished = true })
        writer.write("meer dan vier bytes")
        XCTAssertThrowsError(try writer.close()) { XCTAssertTrue($0 is Full) }
        XCTAssertTrue(finished, "the file descriptor must be closed after a failed write")
    }

    func testItemsAreWrittenLikeTheArrayTheyStandFor() throws {
        let items = (0..<23).map(IndexGroupsTests.item)
        for batchSize in [1, 4, 23, 4096] {
            for count in [0, 1, 5, 23] {
                let streamed = DeterministicJSON.Items(count: count, batchSize: batchSize) { range in
                    range.map { DeterministicJSON.Fragment(items[$0]) }
                }
                var written = Data()
                let writer = FileWriter(path: "x", blockSize: 16, flush: { written.append(contentsOf: $0) })
                DeterministicJSON.write(["a": 1, "lijst": streamed, "z": ["y"]] as [String: Any], to: writer)
                try writer.close()
                XCTAssertEqual(written, DeterministicJSON.data(["a": 1, "lijst": Array(items[0..<count]), "z": ["y"]] as [String: Any]),
                               "\(count) items in batches of \(batchSize)")
            }
        }
    }

    func testTheStagingSiteWritesStreamedFilesIntoTheNewSite() throws {
        let output = Fixture.tempDir().appendingPathComponent("site")
        let site = try StagingSite(output: output)
        let writer = try site.open("downloads/groot.json")
        for piece in Self.pieces(seed: 9, count: 5000) { writer.write(piece) }
        try writer.close()
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path), "nothing is visible before the swap")
        try site.commit()
        XCTAssertEqual(site.written, 1)
        XCTAssertEqual(try Data(contentsOf: output.appendingPathComponent("downloads/groot.json")), Data(Self.pieces(seed: 9, count: 5000).flatMap { $0 }))
        // A second streamed file at the same path in the same build is an error, not a silent overwrite.
        let again = try StagingSite(output: output)
        _ = try again.open("a.json")
        XCTAssertThrowsError(try again.open("a.json"))
        again.discard()
    }

    func testABuildWritesTheIndexesWithTheSameBytesAsInMemory() throws {
        let builder = SiteBuilder(content: Fixture.content, templates: Fixture.templates, output: Fixture.tempDir().appendingPathComponent("site"), today: "2026-11-25")
        try builder.build()
        let renderer = try builder.renderer(builder.check())
        let inMemory = renderer.renderIndexes(pages: try renderer.renderPages() + builder.assetFiles(builder.check()))
        // Every index file, also those the build makes after letting go of the Markdown sources
        // and body HTML (the search index needs the plain text).
        XCTAssertGreaterThan(inMemory.count, 20)
        for file in inMemory {
            XCTAssertEqual(try Data(contentsOf: builder.output.appendingPathComponent(file.path)), file.data, file.path)
        }
        for path in ["index.json", "downloads/voorzieningen.csv", "downloads/hsds/services.json", "keuzehulp-data.js", "zoeken/manifest.json", "sw.js"] {
            XCTAssertGreaterThan(inMemory.first { $0.path == path }?.data.count ?? 0, 100, path)
        }
    }
}
