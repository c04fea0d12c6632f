/// Rewrites `[[slug]]`, `[[slug|tekst]]` and `[[slug#kop|tekst]]` into Markdown links with the
/// `mw:` scheme before parsing, leaving code blocks and code spans alone. Columns may shift a
/// little on rewritten lines; line numbers never change.
enum WikiLinkRewriter {
    static let scheme = "mw:"

    static func rewrite(_ markdown: String) -> String {
        guard hasDoubleBracket(markdown.utf8) else { return markdown }
        // Line by line on UTF-8 bytes (splitting the String into Substrings was a hot spot).
        let bytes = Array(markdown.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var inFence = false
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let line = bytes[start..<end]
            let trimmed = line.drop(while: { $0 == 0x20 })
            if trimmed.starts(with: [0x60, 0x60, 0x60]) || trimmed.starts(with: [0x7E, 0x7E, 0x7E]) { inFence.toggle() }
            if inFence || !hasDoubleBracket(line) { out += line } else { out += rewriteLine(line) }
            if end < bytes.count { out.append(0x0A) }
            start = end + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// "[[" anywhere, on bytes (Foundation's `contains` goes through NSString and was a hot spot).
    static func hasDoubleBracket<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == 0x5B, previous == 0x5B { return true }
            previous = byte
        }
        return false
    }

    /// Works on UTF-8 bytes: `[`, `]`, `|` and backticks are ASCII, so multi-byte text passes through.
    static func rewriteLine(_ line: ArraySlice<UInt8>) -> [UInt8] {
        let bytes = Array(line)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var i = 0
        var inCode = false
        let open = UInt8(ascii: "["), close = UInt8(ascii: "]"), tick = UInt8(ascii: "`"), bar = UInt8(ascii: "|")
        while i < bytes.count {
            let c = bytes[i]
            if c == tick { inCode.toggle() }
            if !inCode, c == open, i + 1 < bytes.count, bytes[i + 1] == open {
                var j = i + 2
                while j + 1 < bytes.count, !(bytes[j] == close && bytes[j + 1] == close), bytes[j] != open { j += 1 }
                if j + 1 < bytes.count, bytes[j] == close, bytes[j + 1] == close, j > i + 2 {
                    let inner = bytes[(i + 2)..<j]
                    let split = inner.firstIndex(of: bar)
                    let target = trim(split.map { inner[..<$0] } ?? inner)
                    let text = split.map { trim(inner[($0 + 1)...]) } ?? []
                    out.append(open)
                    out.append(contentsOf: text)
                    out.append(contentsOf: Array("](\(scheme)".utf8))
                    for b in target { if b == 32 { out.append(contentsOf: Array("%20".utf8)) } else { out.append(b) } }
                    out.append(UInt8(ascii: ")"))
                    i = j + 2
                    continue
                }
            }
            out.append(c)
            i += 1
        }
        return out
    }

    static func trim(_ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var s = s
        while let f = s.first, f == 32 || f == 9 { s.removeFirst() }
        while let l = s.last, l == 32 || l == 9 { s.removeLast() }
        return s
    }
}

import Foundation
