import Foundation

enum Fixture {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let content = tests.appendingPathComponent("Fixtures/content")
    static let templates = tests.deletingLastPathComponent().appendingPathComponent("templates")
    static let vectors = tests.appendingPathComponent("vectors")

    static func tempDir() -> URL {
        let url = siteTestScratch.appendingPathComponent(UUID().uuidString)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func copyContent() throws -> URL {
        let url = tempDir().appendingPathComponent("content")
        try FileManager.default.copyItem(at: content, to: url)
        return url
    }
}

/// All temporary files of this test process, removed when it exits.
let siteTestScratch: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("mw-site-tests-\(getpid())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(at: siteTestScratch) }
    return url
}()
