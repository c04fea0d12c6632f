import Foundation

/// The first error from work on several threads, thrown when the work is done.
final class FirstError: @unchecked Sendable {
    private var error: Error?
    private let lock = NSLock()
    func keep(_ error: Error) {
        lock.lock()
        if self.error == nil { self.error = error }
        lock.unlock()
    }
    func rethrow() throws {
        lock.lock()
        defer { lock.unlock() }
        if let error { throw error }
    }
}
