/// What one front-matter field may hold.
public indirect enum FieldKind: Sendable {
    case string
    /// Text with an optional maximum length (the linter warns above it).
    case text(warnAbove: Int?)
    case int(ClosedRange<Int>)
    case bool
    case date
    case enumeration([String])
    case list(FieldKind, minCount: Int)
    /// A slug of a document of one of these types.
    case reference([DocumentType])
    case object([FieldSpec])
    case phone
    case email
    case url
    case postcode
    /// Weekday → list of "HH:MM-HH:MM".
    case openingHours

    var expectation: String {
        switch self {
        case .string, .text: "tekst"
        case .int(let r): "een geheel getal van \(r.lowerBound) tot en met \(r.upperBound)"
        case .bool: "true of false"
        case .date: "een datum als JJJJ-MM-DD"
        case .enumeration(let values): "één van: \(values.joined(separator: ", "))"
        case .list(let k, _): "een lijst van \(k.expectation)"
        case .reference(let types): "de slug van een \(types.map(\.rawValue).joined(separator: " of "))"
        case .object(let fields): "velden \(fields.map(\.name).joined(separator: ", "))"
        case .phone: "een Nederlands telefoonnummer, bijvoorbeeld 0123 45 67 89 of +31 123 456 789"
        case .email: "een e-mailadres, bijvoorbeeld info@voorbeeldstad.example"
        case .url: "een webadres dat begint met https:// of http://"
        case .postcode: "een postcode als 1234 AB"
        case .openingHours: "per weekdag (maandag … zondag) een lijst van tijden als \"09:00-12:30\""
        }
    }
}

public struct FieldSpec: Sendable {
    public var name: String
    public var kind: FieldKind
    public var required: Bool
    /// A short Dutch hint for editors (used by `meedoenwijzer new`).
    public var hint: String

    public init(_ name: String, _ kind: FieldKind, required: Bool = false, hint: String = "") {
        self.name = name
        self.kind = kind
        self.required = required
        self.hint = hint
    }
}
