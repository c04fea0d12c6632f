import Foundation

/// The layout template compiled once per kind of page: rendered with markers in place of the
/// per-page values (title, description, canonical URL, breadcrumbs, content), then cut at the
/// markers. A page is then its pieces joined with its own values, escaped where the template
/// escapes them; the layout is not rendered again for every page.
///
/// Pages share a frame when everything else the layout sees is equal (folder depth, section,
/// scripts, body class, demo notice, number of breadcrumbs, which values are empty). A frame
/// is checked once against a full render of its first page; if they differ (a template that
/// does more with a value than print it), pages of that kind are rendered in full.
struct LayoutFrame: Sendable {
    enum Piece: Sendable {
        case text(String)
        case value(Int, escaped: Bool)
    }
    let pieces: [Piece]

    /// A marker for value `i`: "&" shows whether the template escaped it ("&amp;") or not.
    static func marker(_ i: Int) -> String { "\u{1}\(i)&\u{1}" }
    static let rawEnd = Array("&\u{1}".utf8), escapedEnd = Array("&amp;\u{1}".utf8)

    /// Cuts a layout rendered with markers; nil when a marker came out in any other form.
    init?(rendered: String, values: Int) {
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
            pieces.append(.value(n, escaped: isEscaped))
            i = j
        }
        pieces.append(.text(String(decoding: text, as: UTF8.self)))
        self.pieces = pieces
    }

    func fill(_ values: [String]) -> String {
        var out = ""
        out.reserveCapacity(values.reduce(0) { $0 + $1.utf8.count } + 8192)
        for piece in pieces {
            switch piece {
            case .text(let s): out += s
            case .value(let i, let escaped): out += escaped ? HTMLEscaping.escape(values[i]) : values[i]
            }
        }
        return out
    }
}

/// The frames of one build, made on first use by any thread.
final class LayoutFrames: @unchecked Sendable {
    private var frames: [String: LayoutFrame?] = [:]
    private let lock = NSLock()
    /// Without frames every page renders the layout in full (tests compare the two).
    let enabled: Bool
    /// Pages made from a frame, and pages rendered in full.
    private(set) var filled = 0, rendered = 0

    init(enabled: Bool = true) { self.enabled = enabled }

    /// The page for `key`: from its frame, or `render()` in full when there is none (yet).
    /// `make` renders the layout with markers; `values` are this page's values.
    func page(key: String, values: [String], make: () -> String, render: () -> String) -> String {
        guard enabled else { return count(render(), framed: false) }
        lock.lock()
        let known = frames[key]
        lock.unlock()
        switch known {
        case .some(.some(let frame)): return count(frame.fill(values), framed: true)
        case .some(.none): return count(render(), framed: false)
        case .none: break
        }
        let full = count(render(), framed: false)
        var frame = LayoutFrame(rendered: make(), values: values.count)
        if let candidate = frame, candidate.fill(values) != full { frame = nil }
        lock.lock()
        frames[key] = frame
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
