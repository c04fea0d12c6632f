import Foundation
import ZIPFoundation

/// Packs a built site into a zip, e.g. for a practice laptop without a connection: unpack it and
/// open index.html from disk.
public enum SiteArchive {
    public static func write(site: URL, to zip: URL) throws {
        let fm = FileManager.default
        let temporary = zip.deletingLastPathComponent().appendingPathComponent(".\(zip.lastPathComponent).tmp-\(getpid())")
        try? fm.removeItem(at: temporary)
        try fm.zipItem(at: site, to: temporary, shouldKeepParent: true, compressionMethod: .deflate)
        if fm.fileExists(atPath: zip.path) { try fm.removeItem(at: zip) }
        try fm.moveItem(at: temporary, to: zip)
    }
}
