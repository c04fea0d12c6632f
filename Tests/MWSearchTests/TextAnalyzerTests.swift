import Foundation
import MWSearch
import XCTest

/// Checks TextAnalyzer and DutchStemmer against the vectors shared with
/// templates/assets/js/analyzer.js, and runs the JavaScript check too when
/// `node` is on the PATH.
final class TextAnalyzerTests: XCTestCase {
    private struct Vectors: Decodable {
        var fold: [[String]]
        var tokenize: [TokenizeCase]
        var analyze: [TokenizeCase]
        var domainStems: [[String]]
        var stems: [[String]]
    }

    /// A `[input, [tokens]]` pair.
    private struct TokenizeCase: Decodable {
        var input: String
        var expected: [String]
        init(from decoder: Decoder) throws {
            var c = try decoder.unkeyedContainer()
            input = try c.decode(String.self)
            expected = try c.decode([String].self)
        }
    }

    private func vectors() throws -> Vectors {
        let data = try Data(contentsOf: TestPaths.vectors.appendingPathComponent("text-analysis.json"))
        return try JSONDecoder().decode(Vectors.self, from: data)
    }

    func testFold() throws {
        for pair in try vectors().fold {
            XCTAssertEqual(TextAnalyzer.fold(pair[0]), pair[1], "fold(\(pair[0]))")
        }
    }

    func testTokenize() throws {
        for c in try vectors().tokenize {
            XCTAssertEqual(TextAnalyzer.tokenize(c.input), c.expected, "tokenize(\(c.input))")
        }
    }

    func testAnalyze() throws {
        for c in try vectors().analyze {
            XCTAssertEqual(TextAnalyzer.analyze(c.input), c.expected, "analyze(\(c.input))")
        }
    }

    func testStopWords() {
        XCTAssertEqual(TextAnalyzer.stopWords.count, 101)
        XCTAssertTrue(TextAnalyzer.isStopWord("de"))
        XCTAssertTrue(TextAnalyzer.isStopWord("andere"))
        XCTAssertFalse(TextAnalyzer.isStopWord("werk"))
    }

    func testTokenSpansAreUTF16Offsets() {
        let text = "Fïnanciële 😀 hulp"
        let units = Array(text.utf16)
        let tokens = TextAnalyzer.tokenSpans(text).map { String(decoding: units[$0], as: UTF16.self) }
        XCTAssertEqual(tokens, ["Fïnanciële", "hulp"])
    }

    func testSnowballStemSample() throws {
        let v = try vectors()
        XCTAssertGreaterThanOrEqual(v.stems.count, 2000)
        var mismatches = 0
        for pair in v.domainStems + v.stems where DutchStemmer.stem(pair[0]) != pair[1] {
            mismatches += 1
            if mismatches <= 20 { XCTFail("stem(\(pair[0])) = \(DutchStemmer.stem(pair[0])), expected \(pair[1])") }
        }
        XCTAssertEqual(mismatches, 0)
    }

    /// The complete reference vocabulary, when Debian's snowball-data is installed.
    func testFullSnowballVocabularyIfInstalled() throws {
        let dir = URL(fileURLWithPath: "/usr/share/snowball/data/dutch")
        guard let voc = try? String(contentsOf: dir.appendingPathComponent("voc.txt"), encoding: .utf8),
              let out = try? String(contentsOf: dir.appendingPathComponent("output.txt"), encoding: .utf8)
        else { throw XCTSkip("snowball-data not installed") }
        let words = voc.split(separator: "\n")
        let stems = out.split(separator: "\n")
        XCTAssertEqual(words.count, stems.count)
        var mismatches = 0
        for (w, s) in zip(words, stems) where DutchStemmer.stem(String(w)) != String(s) { mismatches += 1 }
        XCTAssertEqual(mismatches, 0)
    }

    func testJavaScriptAnalyzerAgrees() throws {
        let status = try TestPaths.runNode(["Tests/js/check-analyzer.js"])
        XCTAssertEqual(status, 0, "node Tests/js/check-analyzer.js failed")
    }
}

/// Paths and helpers shared by the MWSearch test files.
enum TestPaths {
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let vectors = repoRoot.appendingPathComponent("Tests/vectors")

    /// Runs `node` with arguments relative to the repository root; skips the
    /// test when node is not installed.
    static func runNode(_ arguments: [String]) throws -> Int32 {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let candidates = path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("node") }
        guard let node = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw XCTSkip("node is not installed")
        }
        let process = Process()
        process.executableURL = node
        process.arguments = arguments
        process.currentDirectoryURL = repoRoot
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
