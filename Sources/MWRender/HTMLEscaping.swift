import Mustache

/// HTML escaping for `{{x}}` in templates: the same five characters as swift-mustache's own
/// HTML content type (& < > " '), but over UTF-8 bytes. The library's version walks Characters
/// through a dictionary and took an eighth of a whole build. Registered under the name "HTML",
/// so templates opt in with the pragma `{{% CONTENT_TYPE: HTML }}`, which `TemplateSet` puts in
/// front of every template; without it the library's escaping applies, with the same result.
struct HTMLEscaping: MustacheContentType {
    static let pragma = "{{% CONTENT_TYPE: HTML }}"

    /// Registers the escaper once per process (the registry is global).
    static let registered: Void = MustacheContentTypes.register(HTMLEscaping(), named: "HTML")

    func escapeText(_ text: String) -> String { Self.escape(text) }

    static func escape(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { bytes -> String in
            // Most texts need no escaping: they are returned as they are, not copied.
            guard let first = bytes.firstIndex(where: isSpecial) else { return text }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            out.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                switch byte {
                case 0x26: out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])         // &amp;
                case 0x3C: out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])               // &lt;
                case 0x3E: out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])               // &gt;
                case 0x22: out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])   // &quot;
                case 0x27: out.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])         // &#39;
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    static func isSpecial(_ byte: UInt8) -> Bool { byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 }
}
