/// Picks the snippet shown under a hit and the words to highlight in it.
/// Mirrored by `snippet()` in templates/assets/js/search.js; all offsets are
/// UTF-16 code units.
///
/// Rule: the summary when one of its words matches; else a window of about
/// `maxLength` units of the stored body text around the first matching word;
/// else the summary (or the start of the text) without highlights.
struct SnippetBuilder {
    static let maxLength = 200
    static let lead = 60
    private static let space: UInt16 = 0x20

    static func snippet(summary: String, text: String, terms: Set<String>) -> (String, [Range<Int>]) {
        if !terms.isEmpty {
            let summaryMarks = marks(in: summary, terms: terms)
            if !summaryMarks.isEmpty { return (summary, summaryMarks) }
            let textMarks = marks(in: text, terms: terms)
            if !textMarks.isEmpty { return window(text, marks: textMarks) }
        }
        if !summary.isEmpty { return (summary, []) }
        return window(text, marks: [])
    }

    /// Token spans whose analyzed form contains one of the terms.
    static func marks(in text: String, terms: Set<String>) -> [Range<Int>] {
        let units = Array(text.utf16)
        return TextAnalyzer.tokenSpans(text).filter { span in
            TextAnalyzer.analyze(String(decoding: units[span], as: UTF16.self)).contains { terms.contains($0) }
        }
    }

    static func window(_ text: String, marks: [Range<Int>]) -> (String, [Range<Int>]) {
        let units = Array(text.utf16)
        let first = marks.first?.lowerBound ?? 0
        let firstEnd = marks.first?.upperBound ?? 0
        var start = max(0, first - lead)
        if start > 0 {
            start = units[start..<first].firstIndex(of: space).map { $0 + 1 } ?? first
        }
        var end = min(units.count, start + maxLength)
        let low = max(start, firstEnd)
        if end < units.count, low < end, let sp = units[low..<end].lastIndex(of: space) {
            end = sp
        }
        if end < units.count, end > start, UTF16.isLeadSurrogate(units[end - 1]) { end -= 1 }
        let prefix = start > 0 ? "… " : ""
        let suffix = end < units.count ? " …" : ""
        let shift = prefix.utf16.count - start
        let kept = marks.filter { $0.lowerBound >= start && $0.upperBound <= end }
            .map { ($0.lowerBound + shift)..<($0.upperBound + shift) }
        return (prefix + String(decoding: units[start..<end], as: UTF16.self) + suffix, kept)
    }
}
