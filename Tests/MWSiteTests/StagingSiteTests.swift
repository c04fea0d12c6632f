import XCTest
import MWContent
import MWRender
@testable import MWSite

/// The staging folder: written while rendering, swapped in whole, discarded on failure.
final class StagingSiteTests: XCTestCase {
    func file(_ path: String, _ text: String) -> OutputFile { OutputFile(path: path, text: text) }

    func read(_ url: URL, _ path: String) throws -> String { try String(contentsOf: url.appendingPathComponent(path), encoding: .utf8) }

    func testUnchangedFilesAreLinkedAndChangedOnesWritten() throws {
        let output = Fixture.tempDir().appendingPathComponent("site")
        let first = try StagingSite(output: output)
        try first.write([file("a.html", "een"), file("map/b.html", "twee"), file("c.html", "drie")])
        try first.commit()
        XCTAssertEqual(first.written, 3)

        let second = try StagingSite(output: output)
        try second.write([file("a.html", "een"), file("map/b.html", "TWEE"), file("d.html", "vier")])
        // Before the swap the old site is untouched, and a linked file is the same inode.
        XCTAssertEqual(try read(output, "map/b.html"), "twee")
        let staged = URL(fileURLWithPath: second.staging)
        var old = stat(), new = stat()
        XCTAssertEqual(stat(output.appendingPathComponent("a.html").path, &old), 0)
        XCTAssertEqual(stat(staged.appendingPathComponent("a.html").path, &new), 0)
        XCTAssertEqual(old.st_ino, new.st_ino)
        try second.commit()
        XCTAssertEqual(second.linked, 1)
        XCTAssertEqual(second.written, 2)
        XCTAssertEqual(try read(output, "a.html"), "een")
        XCTAssertEqual(try read(output, "map/b.html"), "TWEE")
        XCTAssertEqual(try read(output, "d.html"), "vier")
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("c.html").path))
    }

    func testWritingAPathTwiceNeverChangesTheLiveSite() throws {
        // The first write of a.html is a hard link into the live site; the second must replace
        // the link, not write through it.
        let output = Fixture.tempDir().appendingPathComponent("site")
        let first = try StagingSite(output: output)
        try first.write(file("a.html", "een"))
        try first.commit()
        let second = try StagingSite(output: output)
        try second.write(file("a.html", "een"))
        try second.write(file("a.html", "anders"))
        XCTAssertEqual(try read(output, "a.html"), "een")
        second.discard()
        XCTAssertEqual(try read(output, "a.html"), "een")
    }

    func testAFailedWriteLeavesThePreviousSiteAndNoStagingFolder() throws {
        let parent = Fixture.tempDir()
        let output = parent.appendingPathComponent("site")
        let first = try StagingSite(output: output)
        try first.write(file("a.html", "een"))
        try first.commit()
        let second = try StagingSite(output: output)
        try second.write(file("x", "a file where a folder must go"))
        XCTAssertThrowsError(try second.write(file("x/y.html", "kan niet")))
        second.discard()
        XCTAssertEqual(try read(output, "a.html"), "een")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent.path), ["site"])
    }
}
