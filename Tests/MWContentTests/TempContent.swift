import Foundation
import MWContent
import MWSite

/// A throw-away content folder for tests: copy of the fixture tree plus the files a test adds.
struct TempContent {
    let root: URL

    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/content")
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("templates")

    init(copyFixture: Bool = true) throws {
        root = testScratch.appendingPathComponent(UUID().uuidString)
        if copyFixture {
            try FileManager.default.copyItem(at: Self.fixture, to: root)
        } else {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        }
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func remove(_ path: String) throws { try FileManager.default.removeItem(at: root.appendingPathComponent(path)) }

    func check() throws -> [Diagnostic] {
        try SiteBuilder(content: root, templates: Self.templates, output: root.appendingPathComponent("../out"), today: "2026-11-25").check().diagnostics
    }

    func errors() throws -> [Diagnostic] { try check().filter { $0.severity == .error } }
}

/// All temporary content of this test process, removed when it exits.
let testScratch: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("mw-content-tests-\(getpid())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(at: testScratch) }
    return url
}()
