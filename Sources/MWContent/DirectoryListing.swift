import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The entries of a folder with the types readdir reports, without a stat per entry
/// (FileManager's enumerator stats every file, which is slow on large trees).
public enum DirectoryListing {
    public enum Kind: Sendable { case file, directory, symlink, unknown, other }

    /// Names and kinds, "." and ".." left out; nil when the folder cannot be opened.
    public static func entries(_ path: String) -> [(name: String, kind: Kind)]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var entries: [(name: String, kind: Kind)] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            let kind: Kind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_LNK): kind = .symlink
            case Int32(DT_UNKNOWN): kind = .unknown
            default: kind = .other
            }
            entries.append((name, kind))
        }
        return entries
    }
}
