import Foundation
import MWContent

/// What the indexes need to know of a file that may already be on disk: its path, size and a
/// hash of its bytes (the sitemap lists the paths; the service worker's cache name hashes the
/// precached files). Lets `build` write pages as they are rendered instead of holding them.
public struct FileSummary: Sendable {
    public var path: String
    public var size: Int
    public var hash: UInt64

    public init(_ file: OutputFile) {
        path = file.path
        size = file.data.count
        var fingerprint = Fingerprint()
        fingerprint.add(file.data)
        hash = fingerprint.value
    }

    public init(path: String, size: Int, hash: UInt64) {
        self.path = path
        self.size = size
        self.hash = hash
    }
}
