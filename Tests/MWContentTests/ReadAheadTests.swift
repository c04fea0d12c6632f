#if os(Linux)
import Foundation
import Glibc
import MWContent
import XCTest

/// Read-ahead brings files into the kernel's cache before they are read, and only on file
/// systems with a disk.
final class ReadAheadTests: XCTestCase {
    func resident(_ path: String) -> Bool { ReadAhead.isCached(path) }

    /// Files in a scratch folder on disk, written back and dropped from the cache (clean pages
    /// can be); skips the test when the folder is on tmpfs or the kernel kept them anyway.
    func evictedFiles(_ count: Int) throws -> (folder: String, paths: [String]) {
        let folder = testScratch.appendingPathComponent("read-ahead-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard ReadAhead.onDisk(folder) else { throw XCTSkip("the scratch folder is not on a disk (tmpfs): read-ahead is off there") }
        let paths = (0..<count).map { folder + "/file-\($0).md" }
        for path in paths {
            try Data(repeating: 0x61, count: 3000).write(to: URL(fileURLWithPath: path))
            let fd = open(path, O_RDONLY)
            fsync(fd)
            _ = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_DONTNEED))
            close(fd)
        }
        guard paths.allSatisfy({ !resident($0) }) else { throw XCTSkip("the kernel kept the files in its cache; nothing to fetch") }
        return (folder, paths)
    }

    func testFilesEvictedFromTheCacheComeBackBeforeTheyAreRead() throws {
        let (folder, paths) = try evictedFiles(40)
        let evicted = paths

        let readAhead = ReadAhead(paths.map { String($0.dropFirst(folder.count + 1)) }, in: folder)
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, !evicted.allSatisfy(resident) { usleep(10_000) }
        readAhead.stop()
        XCTAssertEqual(readAhead.handedOut, paths.count)
        let missing = evicted.filter { !resident($0) }
        XCTAssertEqual(missing.count, 0, "read-ahead did not bring \(missing.count) of \(evicted.count) files into the cache")
    }

    func testCachedFilesGetNoThreads() throws {
        let (folder, paths) = try evictedFiles(40)
        for path in paths { _ = FileManager.default.contents(atPath: path) }   // read: cached again
        XCTAssertTrue(paths.allSatisfy(resident))
        let readAhead = ReadAhead(paths.map { String($0.dropFirst(folder.count + 1)) }, in: folder)
        usleep(100_000)
        XCTAssertEqual(readAhead.handedOut, 0, "the files were cached: no read-ahead threads")
    }

    func testOnDiskFollowsTheMountTable() throws {
        let mounts = try String(contentsOfFile: "/proc/self/mounts", encoding: .utf8).split(separator: "\n").map { $0.split(separator: " ") }
        // A later mount on the same point hides the earlier one.
        var typeAt: [String: String] = [:]
        for fields in mounts where fields.count > 2 { typeAt[String(fields[1])] = String(fields[2]) }
        var checked = 0
        for (point, type) in typeAt {
            guard ["tmpfs", "ext4", "xfs"].contains(type), FileManager.default.isReadableFile(atPath: point) else { continue }
            XCTAssertEqual(ReadAhead.onDisk(point), type != "tmpfs", "\(point) is \(type)")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 0, "no tmpfs, ext4 or xfs mount to check")
    }

    func testStopHandsOutNoMore() {
        let readAhead = ReadAhead((0..<100_000).map { "nonexistent/\($0)" }, in: "/")
        readAhead.stop()
        let after = readAhead.handedOut
        usleep(50_000)
        XCTAssertEqual(readAhead.handedOut, after)
        XCTAssertLessThan(after, 100_000)
    }
}
#endif
