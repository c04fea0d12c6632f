import Foundation

/// A template context taken apart into its shape and its text values, so that a template can
/// be rendered once per shape (with markers in place of the texts, see `TemplateFrame`) and then
/// filled in for every context of that shape.
///
/// The shape is everything that can change which parts of a template are rendered: the keys
/// of every dictionary, the length of every list, every Bool and number, which texts are empty
/// and which end a line (swift-mustache indents what follows those in an indented partial).
/// It leaves out only the content of texts, which a template prints (escaped or not) but
/// cannot branch on, as long as it applies no transform to them (`TemplateSet` checks that no
/// template does).
struct ContextSkeleton {
    /// A description of the shape; contexts with equal shapes render to the same frame.
    private(set) var shape = ""
    /// The non-empty texts, in the order their markers are handed out, as they are.
    private(set) var values: [String] = []
    /// Per value: whether it ends a line (its marker is followed by the line feed, which a frame
    /// then leaves out of the value; see `TemplateFrame`).
    private(set) var lineEnds: [Bool] = []
    private let context: [String: Any]
    private let droppingEmpty: Bool

    /// Nil when the context holds a value of any other kind than text, Bool, number, list or
    /// dictionary (such a context is rendered in full). With `droppingEmpty`, the shape and the
    /// markers are those of `SiteRenderer.dropEmpty(context)`: a dictionary's empty texts are
    /// left out (texts in lists stay), without making that copy of the context first.
    init?(_ context: [String: Any], droppingEmpty: Bool = false) {
        self.context = context
        self.droppingEmpty = droppingEmpty
        shape.reserveCapacity(256)
        var walk = Walk(droppingEmpty: droppingEmpty)
        guard walk.measure(context) else { return nil }
        shape = walk.shape
        values = walk.values
        lineEnds = walk.lineEnds
    }

    /// The context with every non-empty text replaced by its marker (only needed to make a frame).
    var markers: [String: Any] {
        var walk = Walk(droppingEmpty: droppingEmpty)
        return walk.withMarkers(context) ?? [:]
    }

    /// One pass over a context in a fixed order (keys sorted), so that the markers handed out
    /// for one context fit the values of every other context with the same shape. `measure`
    /// takes the shape and values (every page); `withMarkers` also makes the copy with markers
    /// (once per frame).
    private struct Walk {
        let droppingEmpty: Bool
        var shape = ""
        var values: [String] = []
        var lineEnds: [Bool] = []

        /// The common list types are taken as they are: a list of dictionaries cast to `[Any]`
        /// is copied into boxes.
        mutating func measure(_ dict: [String: Any]) -> Bool {
            shape += "{"
            for (key, value) in dict.sorted(by: { $0.key < $1.key }) {
                let text = value as? String   // most values are texts: cast once
                if droppingEmpty, text?.isEmpty == true { continue }
                shape += key
                shape += ":"
                if let text { self.text(text) } else if !measureValue(value) { return false }
            }
            shape += "}"
            return true
        }

        mutating func measureValue(_ value: Any) -> Bool {
            switch value {
            case let text as String: self.text(text)
            case let flag as Bool: shape += flag ? "t," : "f,"
            case let number as Int: shape += "\(number),"
            case let dict as [String: Any]: return measure(dict)
            case let dicts as [[String: Any]]:
                shape += "["
                for dict in dicts { guard measure(dict) else { return false } }
                shape += "]"
            case let texts as [String]:
                shape += "["
                for text in texts { self.text(text) }
                shape += "]"
            case let list as [Any]:
                shape += "["
                for item in list { guard measureValue(item) else { return false } }
                shape += "]"
            default:
                return false
            }
            return true
        }

        /// A text's shape, and its value when it is not empty; nil for an empty text, else
        /// whether it ends a line. A partial included with indentation indents what follows a
        /// text that ends a line, so its marker ends the line as the text does. (As a
        /// Character, a line feed after a carriage return is one "\r\n".)
        @discardableResult
        mutating func text(_ text: String) -> Bool? {
            let utf8 = text.utf8
            guard !utf8.isEmpty else { shape += "e,"; return nil }
            let endsLine = utf8.withContiguousStorageIfAvailable { $0[$0.count - 1] == 0x0A && ($0.count < 2 || $0[$0.count - 2] != 0x0D) }
                ?? (utf8.last == 0x0A && utf8.dropLast().last != 0x0D)
            shape += endsLine ? "n," : "s,"
            values.append(text)   // not a copy without the line feed: a body is kilobytes
            lineEnds.append(endsLine)
            return endsLine
        }

        mutating func withMarkers(_ dict: [String: Any]) -> [String: Any]? {
            var out: [String: Any] = [:]
            out.reserveCapacity(dict.count)
            shape += "{"
            for (key, value) in dict.sorted(by: { $0.key < $1.key }) {
                if droppingEmpty, let text = value as? String, text.isEmpty { continue }
                shape += key
                shape += ":"
                guard let value = withMarkers(value) else { return nil }
                out[key] = value
            }
            shape += "}"
            return out
        }

        mutating func withMarkers(_ value: Any) -> Any? {
            switch value {
            case let text as String:
                guard let endsLine = self.text(text) else { return text }
                return TemplateFrame.marker(values.count - 1) + (endsLine ? "\n" : "")
            case let flag as Bool:
                shape += flag ? "t," : "f,"
                return flag
            case let number as Int:
                shape += "\(number),"
                return number
            case let dict as [String: Any]:
                return withMarkers(dict)
            case let list as [Any]:
                shape += "["
                var out: [Any] = []
                out.reserveCapacity(list.count)
                for item in list {
                    guard let item = withMarkers(item) else { return nil }
                    out.append(item)
                }
                shape += "]"
                return out
            default:
                return nil
            }
        }
    }
}
