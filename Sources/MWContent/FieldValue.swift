/// A validated front-matter value, with where it stands in the file. Not `indirect`: lists and
/// objects already live in their own storage, and boxing every value cost a heap allocation each.
public enum FieldValue: Sendable, Hashable {
    case string(String, Position)
    case int(Int, Position)
    case bool(Bool, Position)
    /// An ISO date, `YYYY-MM-DD`.
    case date(String, Position)
    case list([FieldValue], Position)
    case object([String: FieldValue], Position)

    public var position: Position {
        switch self {
        case .string(_, let p), .int(_, let p), .bool(_, let p), .date(_, let p), .list(_, let p), .object(_, let p): p
        }
    }

    public var string: String? {
        switch self {
        case .string(let s, _), .date(let s, _): s
        case .int(let i, _): String(i)
        default: nil
        }
    }

    public var int: Int? { if case .int(let i, _) = self { i } else { nil } }
    public var bool: Bool? { if case .bool(let b, _) = self { b } else { nil } }
    public var list: [FieldValue] { if case .list(let l, _) = self { l } else { [] } }
    public var object: [String: FieldValue] { if case .object(let o, _) = self { o } else { [:] } }
    public var strings: [String] { list.compactMap(\.string) }

    public subscript(key: String) -> FieldValue? { object[key] }

    /// Plain Foundation values (for templates and JSON).
    public var plain: Any {
        switch self {
        case .string(let s, _), .date(let s, _): s
        case .int(let i, _): i
        case .bool(let b, _): b
        case .list(let l, _): l.map(\.plain)
        case .object(let o, _): o.mapValues(\.plain)
        }
    }
}
