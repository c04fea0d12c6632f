import Foundation
import MWContent
import MWRender
#if canImport(Glibc)
import Glibc
#endif

/// Stage 6: writes the new site beside the old one and swaps it in only when complete,
/// so a failed build never leaves a half-written or empty site.
public enum AtomicSiteWriter {
    public static func write(_ files: [OutputFile], to output: URL) throws {
        let fm = FileManager.default
        let output = output.standardizedFileURL
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).new-\(getpid())")
        let previous = parent.appendingPathComponent(".\(name).old-\(getpid())")
        removeTree(staging.path)
        try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        do {
            let base = staging.path
            let directories = Set(files.map { (base + "/" + $0.path as NSString).deletingLastPathComponent })
            for dir in directories.sorted() { try fm.createDirectory(atPath: dir, withIntermediateDirectories: true) }
            // Plain POSIX writes: Foundation's Data.write syncs every file to disk, which made
            // writing a large site take minutes. Durability comes from the final rename instead.
            let failures = Parallel.map(files) { file -> String? in
                writeFile(base + "/" + file.path, file.data) ? nil : file.path
            }.compactMap { $0 }
            if let first = failures.first {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: first])
            }
            // Keeps the generated files out of git while site/ itself stays in the repository layout.
            try Data("*\n!.gitignore\n".utf8).write(to: staging.appendingPathComponent(".gitignore"))
        } catch {
            removeTree(staging.path)
            throw error
        }
        if fm.fileExists(atPath: output.path) {
            try fm.moveItem(at: output, to: previous)
            do {
                try fm.moveItem(at: staging, to: output)
            } catch {
                try? fm.moveItem(at: previous, to: output)
                throw error
            }
            removeInBackground(previous.path)
        } else {
            try fm.moveItem(at: staging, to: output)
        }
    }
}

/// Writes a whole file with open/write/close; false on any error.
func writeFile(_ path: String, _ data: Data) -> Bool {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    return data.withUnsafeBytes { buffer -> Bool in
        var offset = 0
        while offset < buffer.count {
            let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n <= 0 { return false }
            offset += n
        }
        return true
    }
}

/// Deleting tens of thousands of old files takes seconds of disk time; a detached `rm -rf`
/// does it after the new site is already in place (the folder has a hidden name meanwhile).
func removeInBackground(_ path: String) {
    var pid: pid_t = 0
    let args = ["/bin/rm", "-rf", path]
    var argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    if posix_spawn(&pid, "/bin/rm", nil, nil, argv, environ) != 0 { removeTree(path) }
}

/// Deletes a folder tree with readdir/unlink/rmdir: FileManager.removeItem took ~30 s for 6,000 files.
func removeTree(_ path: String) {
    guard let dir = opendir(path) else {
        unlink(path)
        return
    }
    while let entry = readdir(dir) {
        let name = withUnsafePointer(to: entry.pointee.d_name) {
            String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
        }
        if name == "." || name == ".." { continue }
        let child = path + "/" + name
        if entry.pointee.d_type == UInt8(DT_DIR) { removeTree(child) } else { unlink(child) }
    }
    closedir(dir)
    rmdir(path)
}
