import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Calls back when anything under the watched folders changes. Uses inotify on Linux
/// (immediate), and falls back to polling modification times elsewhere.
public final class FileWatcher: @unchecked Sendable {
    let roots: [URL]
    let onChange: @Sendable () -> Void
    private var thread: Thread?

    public init(roots: [URL], onChange: @escaping @Sendable () -> Void) {
        self.roots = roots
        self.onChange = onChange
    }

    public func start() {
        let thread = Thread { [self] in
            #if canImport(Glibc)
            if runInotify() { return }
            #endif
            runPolling()
        }
        thread.name = "meedoenwijzer-watch"
        thread.start()
        self.thread = thread
    }

    func directories() -> [String] {
        var result: [String] = []
        for root in roots {
            result.append(root.path)
            guard let e = FileManager.default.enumerator(atPath: root.path) else { continue }
            while let rel = e.nextObject() as? String {
                var isDir: ObjCBool = false
                let full = root.path + "/" + rel
                if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), isDir.boolValue { result.append(full) }
            }
        }
        return result
    }

    #if canImport(Glibc)
    /// Returns false if inotify is unavailable.
    func runInotify() -> Bool {
        let fd = inotify_init1(Int32(IN_CLOEXEC))
        guard fd >= 0 else { return false }
        let mask = UInt32(IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE | IN_ATTRIB)
        var watched: Set<String> = []
        func watchAll() {
            for dir in directories() where !watched.contains(dir) {
                if inotify_add_watch(fd, dir, mask) >= 0 { watched.insert(dir) }
            }
        }
        watchAll()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        /// True if the events in the buffer include a folder being created or moved in.
        func touchesFolders(_ count: Int) -> Bool {
            var offset = 0
            while offset + 16 <= count {
                let mask = buffer.withUnsafeBytes { $0.load(fromByteOffset: offset + 4, as: UInt32.self) }
                let length = buffer.withUnsafeBytes { $0.load(fromByteOffset: offset + 12, as: UInt32.self) }
                if mask & UInt32(IN_ISDIR) != 0 { return true }
                offset += 16 + Int(length)
            }
            return false
        }
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n <= 0 { continue }
            var newFolders = touchesFolders(n)
            // Let a burst of events (an editor's save) settle, then rebuild once.
            var pollDescriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            while poll(&pollDescriptor, 1, 15) > 0 {
                let more = read(fd, &buffer, buffer.count)
                if more > 0, touchesFolders(more) { newFolders = true }
            }
            if newFolders { watchAll() }   // listing every folder is slow on a large tree
            onChange()
        }
    }
    #endif

    func runPolling() {
        var last = signature()
        while true {
            Thread.sleep(forTimeInterval: 0.2)
            let now = signature()
            if now != last { last = now; onChange() }
        }
    }

    func signature() -> [String: Date] {
        var result: [String: Date] = [:]
        for root in roots {
            guard let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.contentModificationDateKey]) else { continue }
            for case let url as URL in e {
                result[url.path] = (try? url.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate
            }
        }
        return result
    }
}
