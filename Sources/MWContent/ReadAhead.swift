import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Asks the kernel to start reading files into its cache before the parsing threads get to
/// them, so that reading a large content folder from disk overlaps with parsing instead of
/// each parsing thread waiting for its file in turn (100,000 files from a cold cache: reading
/// and parsing took 19–26 s, with read-ahead 10–14 s).
///
/// A few threads of their own open each file and advise the kernel that it will be needed
/// (`POSIX_FADV_WILLNEED` starts the read and returns); opening can itself wait for the disk
/// (a file's inode), which is why there is more than one. They take the files in the order the
/// parsing threads do. Only a hint: when it runs behind or fails, the files are read as before.
/// On a file system without a disk of its own (tmpfs; its device number has major number 0)
/// there is nothing to fetch, and no threads are started. (Btrfs and overlay file systems have
/// such numbers too; they then read as they did before.) Nor are they when most of a sample of
/// the files is in the cache already (an editor's next build; the kernel lets a few hundred of
/// 100,000 go between two builds here): 100,000 hints for cached files still cost the parsing
/// threads about a second. (The kernel tells only the owner of a file, or who may write it,
/// whether it is cached; for others the sample counts as not cached and the threads start.)
public final class ReadAhead: @unchecked Sendable {
    private let folder: String
    private let paths: [String]
    private let lock = NSLock()
    private var next = 0
    private var stopped = false

    /// Starts reading ahead `paths` (relative to `folder`) in this order, on `threads` threads,
    /// unless `folder` is on a file system without a disk of its own.
    public init(_ paths: [String], in folder: String, threads: Int = 4) {
        self.folder = folder
        self.paths = paths
        #if os(Linux)
        guard Self.onDisk(folder), !mostlyCached() else { return }
        for _ in 0..<threads {
            let thread = Thread { [self] in
                while let path = take() { advise(path) }
            }
            thread.stackSize = 1 << 18
            thread.start()
        }
        #endif
    }

    /// No more hints (the files are read by then, or reading failed).
    public func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
    }

    /// How many files were handed out so far (tests).
    public var handedOut: Int {
        lock.lock()
        defer { lock.unlock() }
        return next
    }

    private func take() -> String? {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped, next < paths.count else { return nil }
        next += 1
        return folder + "/" + paths[next - 1]
    }

    #if os(Linux)
    private func advise(_ path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_WILLNEED))
        close(fd)
    }

    /// True when the first page is in the cache for all but an eighth of `samples` files spread
    /// over `paths`.
    private func mostlyCached(samples: Int = 64) -> Bool {
        let sample = stride(from: 0, to: paths.count, by: max(1, paths.count / samples)).map { folder + "/" + paths[$0] }
        return sample.filter { !Self.isCached($0) }.count * 8 <= sample.count
    }

    /// Whether the first page of `path` is in the page cache (`mincore` on a mapping of it).
    public static func isCached(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        guard let page = mmap(nil, 4096, PROT_READ, MAP_SHARED, fd, 0), page != MAP_FAILED else { return false }
        defer { munmap(page, 4096) }
        var flags: UInt8 = 0
        return mincore(page, 4096, &flags) == 0 && flags & 1 == 1
    }

    /// False for a file system whose device number has major number 0 (no block device: tmpfs).
    public static func onDisk(_ folder: String) -> Bool {
        var info = stat()
        guard stat(folder, &info) == 0 else { return false }
        let device = UInt64(info.st_dev)
        let major = ((device >> 8) & 0xfff) | ((device >> 32) & ~0xfff)
        return major != 0
    }
    #endif
}
