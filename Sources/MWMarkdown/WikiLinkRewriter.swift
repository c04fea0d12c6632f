/// Rewrites `[[slug]]`, `[[slug|tekst]]` and `[[slug#kop|tekst]]` into Markdown links with the
/// `mw:` scheme before parsing, leaving code blocks and code spans alone. Columns may shift a
/// little on rewritten lines; line numbers never change.
enum WikiLinkRewriter {
    static let scheme = "mw:"

    static func rewrite(_ markdown: String) -> String {
        guard markdown.contains("[[") else { return markdown }
        var out: [Substring] = []
        var inFence = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop(while: { $0 == " " })
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle() }
            if inFence || !line.contains("[[") { out.append(line); continue }
            out.append(Substring(rewriteLine(line)))
        }
        return out.joined(separator: "\n")
    }

    static func rewriteLine(_ line: Substring) -> String {
        var result = ""
        var i = line.startIndex
        var inCode = false
        while i < line.endIndex {
            let c = line[i]
            if c == "`" { inCode.toggle(); result.append(c); i = line.index(after: i); continue }
            if !inCode, line[i...].hasPrefix("[["), let close = line[i...].range(of: "]]") {
                let inner = line[line.index(i, offsetBy: 2)..<close.lowerBound]
                if !inner.isEmpty, !inner.contains("[") {
                    let parts = inner.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
                    let target = parts[0].trimmingCharacters(in: .whitespaces)
                    let text = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
                    result += "[\(text)](\(scheme)\(target.replacingOccurrences(of: " ", with: "%20")))"
                    i = close.upperBound
                    continue
                }
            }
            result.append(c)
            i = line.index(after: i)
        }
        return result
    }
}

import Foundation
