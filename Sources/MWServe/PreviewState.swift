import Foundation
import MWContent

/// What the preview server serves: the last good site, the current errors, and a version that
/// goes up with every rebuild (the browser waits for it to change, then reloads).
public actor PreviewState {
    public private(set) var files: [String: Data] = [:]
    public private(set) var version = 0
    public private(set) var errors: [String] = []

    public init() {}

    /// New pages: the open tab reloads.
    public func publish(files: [String: Data]) {
        self.files = files
        errors = []
        version += 1
    }

    /// Some pages changed (a patch after an edit): the open tab reloads.
    public func patch(files changed: [String: Data]) {
        files.merge(changed) { _, new in new }
        errors = []
        version += 1
    }

    /// Indexes that follow the pages a moment later: no reload needed.
    public func update(_ indexes: [String: Data]) {
        files = files.filter { !isIndexFile($0.key) }
        files.merge(indexes) { _, new in new }
    }

    public func fail(_ diagnostics: [Diagnostic]) {
        errors = diagnostics.filter { $0.severity == .error }.map(\.description)
        version += 1
    }

    public func file(_ path: String) -> Data? { files[path] }

    public func status() -> (version: Int, errors: [String]) { (version, errors) }
}
