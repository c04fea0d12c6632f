import Foundation
import MWContent
import MWRender
#if canImport(Glibc)
import Glibc
#endif

/// Stage 6: the new site is written into a hidden folder beside the old one, file by file as
/// pages are rendered, and swapped in only when complete (`commit`), so a failed build never
/// leaves a half-written or empty site.
///
/// A file that is byte for byte the same as in the current site is hard-linked instead of
/// written: a rebuild after a small edit writes only what changed, and the kernel allocates
/// (and later frees) only those inodes.
public final class StagingSite: IndexSink, @unchecked Sendable {
    public let output: URL
    let staging: String
    /// The site being replaced, when there is one.
    let live: String?
    private var directories: Set<String> = []
    private let lock = NSLock()
    /// Files written and hard-linked (for tests and --timing).
    public private(set) var written = 0
    public private(set) var linked = 0

    public init(output: URL) throws {
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent().path
        staging = parent + "/.\(self.output.lastPathComponent).new-\(getpid())"
        var isDirectory: ObjCBool = false
        live = FileManager.default.fileExists(atPath: self.output.path, isDirectory: &isDirectory) && isDirectory.boolValue
            ? self.output.path : nil
        removeTree(staging)
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        directories.insert(staging)
    }

    /// Writes one file into the staging folder (safe from several threads at once).
    public func write(_ file: OutputFile) throws {
        let path = staging + "/" + file.path
        try makeParent(of: path)
        if let live, sameFile(live + "/" + file.path, file.data), link(live + "/" + file.path, path) == 0 {
            count(linked: true)
        } else if writeFile(path, file.data, replacing: true) {
            count(linked: false)
        } else {
            throw writeError(file.path)
        }
    }

    /// Starts a file that is written in pieces (large exports). It is always written, never
    /// hard-linked: there are a handful of these, and comparing would mean holding them whole.
    public func open(_ path: String) throws -> FileWriter {
        let full = staging + "/" + path
        try makeParent(of: full)
        let fd = Glibc.open(full, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw writeError(path) }
        count(linked: false)
        return FileWriter(path: path, flush: { bytes in
            guard writeAll(fd, bytes) else { throw self.writeError(path) }
        }, finish: {
            guard Glibc.close(fd) == 0 else { throw self.writeError(path) }
        })
    }

    private func writeError(_ path: String) -> CocoaError {
        CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: output.path + "/" + path,
                                                 NSLocalizedDescriptionKey: String(cString: strerror(errno))])
    }

    public func write(_ files: [OutputFile]) throws {
        try Parallel.forEach(files) { try self.write($0) }
    }

    /// Swaps the staging folder in for the old site; the old one is deleted in the background.
    public func commit() throws {
        // Keeps the generated files out of git while site/ itself stays in the repository layout.
        guard writeFile(staging + "/.gitignore", Data("*\n!.gitignore\n".utf8)) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: staging + "/.gitignore"])
        }
        let fm = FileManager.default
        let previous = output.deletingLastPathComponent().path + "/.\(output.lastPathComponent).old-\(getpid())"
        if fm.fileExists(atPath: output.path) {
            try fm.moveItem(atPath: output.path, toPath: previous)
            do {
                try fm.moveItem(atPath: staging, toPath: output.path)
            } catch {
                try? fm.moveItem(atPath: previous, toPath: output.path)
                throw error
            }
            removeInBackground(previous)
        } else {
            try fm.moveItem(atPath: staging, toPath: output.path)
        }
    }

    /// Removes the staging folder after a failed build; the old site stays as it was.
    public func discard() {
        removeTree(staging)
    }

    private func makeParent(of path: String) throws {
        let parent = (path as NSString).deletingLastPathComponent
        lock.lock()
        defer { lock.unlock() }
        if directories.contains(parent) { return }
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        directories.insert(parent)
    }

    private func count(linked isLinked: Bool) {
        lock.lock()
        if isLinked { linked += 1 } else { written += 1 }
        lock.unlock()
    }
}

/// True when the file at `path` holds exactly `data` (size first, then the bytes).
func sameFile(_ path: String, _ data: Data) -> Bool {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == data.count else { return false }
    return data.withUnsafeBytes { expected -> Bool in
        guard data.count > 0 else { return true }
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: data.count, alignment: 16)
        defer { buffer.deallocate() }
        var offset = 0
        while offset < data.count {
            let n = read(fd, buffer + offset, data.count - offset)
            if n <= 0 { return false }
            offset += n
        }
        return memcmp(buffer, expected.baseAddress!, data.count) == 0
    }
}

/// Writes a whole file with open/write/close; false on any error. (Foundation's Data.write
/// syncs every file to disk, which made writing a large site take minutes; durability comes
/// from the final rename instead.)
/// With `replacing`, an existing file is unlinked first, never truncated: it may be a hard link
/// into the live site.
func writeFile(_ path: String, _ data: Data, replacing: Bool = false) -> Bool {
    var fd = open(path, O_WRONLY | O_CREAT | (replacing ? O_EXCL : O_TRUNC), 0o644)
    if fd < 0, replacing, errno == EEXIST, unlink(path) == 0 {
        fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    }
    guard fd >= 0 else { return false }
    defer { close(fd) }
    return data.withUnsafeBytes { writeAll(fd, $0) }
}

/// Writes all of `bytes` to `fd` (a write may take fewer than asked); false on an error.
func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
    var offset = 0
    while offset < bytes.count {
        let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
        if n <= 0 { return false }
        offset += n
    }
    return true
}

/// Deleting tens of thousands of old files takes seconds of disk time; a detached `rm -rf`
/// does it after the new site is already in place (the folder has a hidden name meanwhile).
func removeInBackground(_ path: String) {
    var pid: pid_t = 0
    let args = ["/bin/rm", "-rf", path]
    let argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    if posix_spawn(&pid, "/bin/rm", nil, nil, argv, environ) != 0 { removeTree(path) }
}

/// Deletes a folder tree with readdir/unlink/rmdir: FileManager.removeItem took ~30 s for 6,000 files.
func removeTree(_ path: String) {
    guard let entries = DirectoryListing.entries(path) else {
        unlink(path)
        return
    }
    for (name, kind) in entries {
        if kind == .directory { removeTree(path + "/" + name) } else { unlink(path + "/" + name) }
    }
    rmdir(path)
}
