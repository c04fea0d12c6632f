// Synthetic 10,000-document corpus → search index → sizes.
// Run with bench/search-size.sh (compiles this with Sources/MWSearch and
// measures gzip sizes with python3). Writes the index and a report of the
// files each sample query loads to the folder given as the first argument.
import Foundation
#if canImport(MWSearch)
import MWSearch
#endif

/// SplitMix64: deterministic, so the bench corpus is the same on every run.
struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

@main
struct SearchSizeBench {
    static func main() throws {
        let out = URL(fileURLWithPath: CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "/tmp/mw-search-bench")
        let docCount = CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2])! : 10_000
        var rng = Random(state: 42)

        // Vocabulary: the Dutch words of the analyzer vectors plus compounds of them.
        let vectors = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Tests/vectors/text-analysis.json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: vectors)) as! [String: Any]
        let base = (json["stems"] as! [[String]]).map { $0[0] }.filter { $0.count >= 3 && $0.allSatisfy(\.isLetter) }
        var vocabulary = base
        for _ in 0..<20_000 { vocabulary.append(base[rng.int(0...base.count - 1)] + base[rng.int(0...base.count - 1)]) }
        for i in stride(from: vocabulary.count - 1, to: 0, by: -1) { vocabulary.swapAt(i, rng.int(0...i)) }
        // The project's own words (schulden, participatie, …) at fairly common ranks.
        let domain = (json["domainStems"] as! [[String]]).map { $0[0] }
        for (k, w) in domain.enumerated() { vocabulary.insert(w, at: 40 + 7 * k) }
        // Zipf(1) over the shuffled vocabulary.
        var cumulative: [Double] = []
        var sum = 0.0
        for r in 1...vocabulary.count { sum += 1 / Double(r); cumulative.append(sum) }
        let stop = Array(TextAnalyzer.stopWords).sorted()
        func word() -> String {
            if rng.unit() < 0.35 { return stop[rng.int(0...stop.count - 1)] }
            let x = rng.unit() * sum
            var lo = 0, hi = cumulative.count - 1
            while lo < hi { let mid = (lo + hi) / 2; if cumulative[mid] < x { lo = mid + 1 } else { hi = mid } }
            return vocabulary[lo]
        }
        func text(_ range: ClosedRange<Int>) -> String {
            var words: [String] = []
            let n = rng.int(range)
            for i in 0..<n { words.append(word() + (i % 12 == 11 ? "." : "")) }
            return words.joined(separator: " ")
        }
        func title(_ range: ClosedRange<Int>) -> String {
            let t = (0..<rng.int(range)).map { _ in vocabulary[rng.int(0...3000)] }.joined(separator: " ")
            return t.prefix(1).uppercased() + t.dropFirst()
        }

        let gemeenten = (0..<150).map { "Gemeente \(base[($0 * 37) % base.count].capitalized)" }
        let soorten = (0..<25).map { "Soort \(base[($0 * 101) % base.count].capitalized)" }
        let doelen = ["Stabiliseren", "Verbinding", "Participatie", "Werk"]
        var docs: [SearchDocument] = []
        for i in 0..<docCount {
            let kind = i % 20
            if kind < 14 {
                let g = gemeenten[rng.int(0...gemeenten.count - 1)]
                docs.append(SearchDocument(url: "sociale-kaart/v\(i).html", type: "voorziening", typeLabel: "Voorziening",
                                           title: title(2...5), summary: text(15...35), body: text(40...160),
                                           facets: ["gemeente": [g], "soort": [soorten[rng.int(0...soorten.count - 1)]]]))
            } else if kind < 17 {
                let d = Array(Set((0..<rng.int(1...3)).map { _ in doelen[rng.int(0...3)] })).sorted()
                let g = (0..<rng.int(0...3)).map { _ in gemeenten[rng.int(0...gemeenten.count - 1)] }
                docs.append(SearchDocument(url: "aanpakken/a\(i).html", type: "aanpak", typeLabel: "Aanpak",
                                           title: title(2...6), summary: text(20...40), body: text(300...900),
                                           facets: ["doel": d, "gemeente": g]))
            } else {
                let (type, label) = [("werkzaam-element", "Werkzaam element"), ("les", "Les"), ("bron", "Bron")][kind - 17]
                docs.append(SearchDocument(url: "\(type)/k\(i).html", type: type, typeLabel: label,
                                           title: title(2...6), summary: text(20...40), body: text(200...600)))
            }
        }

        let start = Date()
        let files = SearchIndexBuilder().build(docs)
        let buildSeconds = Date().timeIntervalSince(start)
        try? FileManager.default.removeItem(at: out)
        for (path, data) in files {
            let target = out.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: target)
        }

        // Sample queries: frequent, medium and rare words, two words, every
        // prefix while typing a word, and one-typo variants.
        let engine = try SearchEngine(files: files)
        var queries: [(String, String)] = []
        for r in [0, 3, 10, 30, 100, 300, 1000, 3000, 10_000, 20_000] {
            let w = vocabulary[r]
            queries.append(("word", w))
        }
        for r in stride(from: 5, to: 4000, by: 400) { queries.append(("two words", vocabulary[r] + " " + vocabulary[r * 3 + 1])) }
        for w in [vocabulary[7], vocabulary[150], "schuldhulpverlening", "participatie", "vrijwilligerswerk"] {
            let units = Array(w)
            for n in 1...units.count { queries.append(("typing", String(units[0..<n]))) }
        }
        for w in [vocabulary[20], vocabulary[400], vocabulary[5000]] where w.count >= 6 {
            var units = Array(w)
            units.swapAt(3, 4)
            queries.append(("typo", String(units)))
        }
        queries.append(("filter only", "|gemeente"))
        var report: [[String: Any]] = []
        for (kind, q) in queries {
            let filters: [String: Set<String>] = q == "|gemeente" ? ["gemeente": [gemeenten[0]]] : [:]
            let query = q == "|gemeente" ? "" : q
            let result = engine.search(query, filters: filters, limit: 10)
            report.append(["kind": kind, "query": q, "total": result.total,
                           "files": engine.requiredFiles(query, filters: filters, limit: 10)])
        }
        let summary: [String: Any] = ["docs": docCount, "buildSeconds": buildSeconds, "queries": report]
        try JSONSerialization.data(withJSONObject: summary, options: [.sortedKeys])
            .write(to: out.appendingPathComponent("bench-report.json"))
        print("built \(docCount) documents in \(String(format: "%.1f", buildSeconds)) s → \(out.path)")
    }
}
