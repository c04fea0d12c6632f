import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Calls back when anything under the watched folders changes, with the absolute paths that
/// changed (nil when they are not known). Uses inotify on Linux (immediate, with paths), and falls
/// back to polling modification times elsewhere.
public final class FileWatcher: @unchecked Sendable {
    let roots: [URL]
    let onChange: @Sendable (Set<String>?) -> Void
    private var thread: Thread?

    public init(roots: [URL], onChange: @escaping @Sendable (Set<String>?) -> Void) {
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
        var watched: [Int32: String] = [:]
        func watchAll() {
            let known = Set(watched.values)
            for dir in directories() where !known.contains(dir) {
                let wd = inotify_add_watch(fd, dir, mask)
                if wd >= 0 { watched[wd] = dir }
            }
        }
        watchAll()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        /// Adds the paths named by the events in the buffer; true if a folder was created or moved in.
        func collect(_ count: Int, into paths: inout Set<String>?) -> Bool {
            var offset = 0
            var folders = false
            while offset + 16 <= count {
                let wd = buffer.withUnsafeBytes { $0.load(fromByteOffset: offset, as: Int32.self) }
                let mask = buffer.withUnsafeBytes { $0.load(fromByteOffset: offset + 4, as: UInt32.self) }
                let length = Int(buffer.withUnsafeBytes { $0.load(fromByteOffset: offset + 12, as: UInt32.self) })
                if mask & UInt32(IN_ISDIR) != 0 { folders = true }
                if mask & UInt32(IN_Q_OVERFLOW) != 0 { paths = nil }
                let nameBytes = buffer[(offset + 16)..<(offset + 16 + length)].prefix { $0 != 0 }
                if let dir = watched[wd], !nameBytes.isEmpty {
                    paths?.insert(dir + "/" + String(decoding: nameBytes, as: UTF8.self))
                } else if mask & UInt32(IN_IGNORED) == 0 {
                    paths = nil   // an event on a watched folder itself: paths unknown
                }
                offset += 16 + length
            }
            return folders
        }
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n <= 0 { continue }
            var paths: Set<String>? = []
            var newFolders = collect(n, into: &paths)
            // Let a burst of events (an editor's save) settle, then rebuild once. An editor that
            // writes in one go is followed by quiet at once; 3 ms is enough to catch the rest
            // (a later event just starts another rebuild).
            var pollDescriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            while poll(&pollDescriptor, 1, 3) > 0 {
                let more = read(fd, &buffer, buffer.count)
                if more > 0, collect(more, into: &paths) { newFolders = true }
            }
            if newFolders {
                watchAll()   // listing every folder is slow on a large tree
                paths = nil
            }
            onChange(paths)
        }
    }
    #endif

    func runPolling() {
        var last = signature()
        while true {
            Thread.sleep(forTimeInterval: 0.2)
            let now = signature()
            if now != last { last = now; onChange(nil) }
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
