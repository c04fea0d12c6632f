import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Asks the kernel to start reading files into its cache before the parsing threads get to
/// them, so that reading a large content folder from disk overlaps with parsing instead of
/// each parsing thread waiting for its file in turn (100,000 files from a cold cache: reading
/// and parsing took 25 s, with read-ahead 15 s).
///
/// A few threads of their own open each file and advise the kernel that it will be needed
/// (`POSIX_FADV_WILLNEED` starts the read and returns); opening can itself wait for the disk
/// (a file's inode), which is why there is more than one. They take the files in the order the
/// parsing threads do. Only a hint: when it runs behind or fails, the files are read as before.
/// On a file system without a disk of its own (tmpfs; its device number has major number 0)
/// there is nothing to fetch, and no threads are started. (Btrfs and overlay file systems have
/// such numbers too; they then read as they did before.)
public final class ReadAhead: @unchecked Sendable {
    private let paths: [String]
    private let lock = NSLock()
    private var next = 0
    private var stopped = false

    /// Starts reading ahead `paths` (full paths) in this order, on `threads` threads, unless
    /// `folder` is on a file system without a disk of its own.
    public init(_ paths: [String], in folder: String, threads: Int = 4) {
        self.paths = paths
        #if os(Linux)
        guard Self.onDisk(folder) else { return }
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
        return paths[next - 1]
    }

    #if os(Linux)
    private func advise(_ path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_WILLNEED))
        close(fd)
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
