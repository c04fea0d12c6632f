import Foundation

/// A template compiled once per shape of its context: rendered with markers in place of the
/// texts that differ from page to page, then cut at the markers. A page is then its pieces
/// joined with its own texts, escaped where the template escapes them; the template is not
/// rendered again for every page.
///
/// The layout's frames are keyed by what else the layout sees (folder depth, section, scripts,
/// body class, demo notice, number of breadcrumbs, which values are empty); a page template's
/// and a card's by the shape of their context (`ContextSkeleton`). The second page with a key
/// makes its frame (a key seen once is not worth one), checked against that page's full
/// render; if they differ (a template that does more with a value than print it), pages with
/// that key are rendered in full.
struct TemplateFrame: Sendable {
    enum Piece: Sendable {
        case text(String)
        /// `trimmed`: the value ends a line, and the frame ends that line after the marker, so
        /// the value is printed without its last line feed.
        case value(Int, escaped: Bool, trimmed: Bool)
    }
    let pieces: [Piece]

    /// A marker for value `i`: "&" shows whether the template escaped it ("&amp;") or not.
    static func marker(_ i: Int) -> String { "\u{1}\(i)&\u{1}" }
    static let rawEnd = Array("&\u{1}".utf8), escapedEnd = Array("&amp;\u{1}".utf8)

    /// Cuts a template rendered with markers; nil when a marker came out in any other form.
    /// `lineEnds[i]`: value `i` ends a line and its marker was followed by a line feed.
    init?(rendered: String, values: Int, lineEnds: [Bool] = []) {
        var pieces: [Piece] = []
        var text: [UInt8] = []
        let bytes = Array(rendered.utf8)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == 0x01 else { text.append(bytes[i]); i += 1; continue }
            var j = i + 1, n = 0, digits = 0
            while j < bytes.count, (0x30...0x39).contains(bytes[j]) { n = n * 10 + Int(bytes[j] - 0x30); j += 1; digits += 1 }
            let rest = bytes[j...]
            guard digits > 0, n < values else { return nil }
            let isEscaped: Bool
            if rest.starts(with: Self.rawEnd) {
                isEscaped = false
                j += Self.rawEnd.count
            } else if rest.starts(with: Self.escapedEnd) {
                isEscaped = true
                j += Self.escapedEnd.count
            } else {
                return nil
            }
            pieces.append(.text(String(decoding: text, as: UTF8.self)))
            text = []
            pieces.append(.value(n, escaped: isEscaped, trimmed: n < lineEnds.count && lineEnds[n]))
            i = j
        }
        pieces.append(.text(String(decoding: text, as: UTF8.self)))
        self.pieces = pieces
    }

    /// The page with `values` in place of the markers, in a string of exactly its size (cards
    /// stay in a cache for the whole build).
    func fill(_ values: [String]) -> String {
        var size = 0
        let parts = pieces.map { piece -> Substring in
            let part: Substring
            switch piece {
            case .text(let s): part = s[...]
            case .value(let i, let escaped, let trimmed):
                let value = escaped ? HTMLEscaping.escape(values[i]) : values[i]
                // The line feed is one byte and its own Character; `dropLast()` counted the
                // whole text (Collection's version) to find it.
                part = trimmed ? value[..<value.utf8.index(before: value.utf8.endIndex)] : value[...]
            }
            size += part.utf8.count
            return part
        }
        var out = ""
        out.reserveCapacity(size)
        for part in parts { out += part }
        return out
    }
}

/// The frames of one build, made and used by any thread.
final class TemplateFrames: @unchecked Sendable {
    private enum State {
        /// One page had this key: a key seen only once (a listing of its own length) is not worth a frame.
        case seenOnce
        case frame(TemplateFrame)
        /// The frame differed from the full render: render in full.
        case failed
    }
    private var states: [String: State] = [:]
    private let lock = NSLock()
    /// Without frames every page renders in full (tests compare the two).
    let enabled: Bool
    /// Pages made from a frame, and pages rendered in full.
    private(set) var filled = 0, rendered = 0

    init(enabled: Bool = true) { self.enabled = enabled }

    /// The page for `key`: from its frame, or `render()` in full when there is none (yet); the
    /// second page with a key makes its frame. `make` renders the template with markers;
    /// `values` are this page's values.
    func page(key: String, values: [String], lineEnds: [Bool] = [], make: () -> String, render: () -> String) -> String {
        guard enabled else { return count(render(), framed: false) }
        lock.lock()
        let known = states[key]
        if known == nil { states[key] = .seenOnce }
        lock.unlock()
        switch known {
        case .frame(let frame): return count(frame.fill(values), framed: true)
        case .failed?, nil: return count(render(), framed: false)
        case .seenOnce: break
        }
        let full = count(render(), framed: false)
        var state = State.failed
        if let frame = TemplateFrame(rendered: make(), values: values.count, lineEnds: lineEnds), frame.fill(values) == full { state = .frame(frame) }
        lock.lock()
        states[key] = state
        lock.unlock()
        return full
    }

    private func count(_ page: String, framed: Bool) -> String {
        lock.lock()
        if framed { filled += 1 } else { rendered += 1 }
        lock.unlock()
        return page
    }
}
