import Foundation
import MWContent

/// `meedoenwijzer new`: a new document with every field of its type and short Dutch hints.
/// Required fields get a valid starting value; optional fields are commented out.
public enum NewDocument {
    public enum Failure: Error, CustomStringConvertible {
        case unknownType(String)
        case exists(String)
        case needsGemeente
        public var description: String {
            switch self {
            case .unknownType(let t):
                "onbekend type '\(t)'.\(Suggestion.hint(for: t, in: creatableTypes.map(\.rawValue))) Kies uit: \(creatableTypes.map(\.rawValue).joined(separator: ", "))"
            case .exists(let p): "\(p) bestaat al; kies een andere titel of pas het bestaande bestand aan"
            case .needsGemeente: "een voorziening hoort bij een gemeente: geef --gemeente op"
            }
        }
    }

    public static let creatableTypes: [DocumentType] = [.aanpak, .werkzaamElement, .les, .bron, .voorzieningsoort, .voorziening, .pagina]

    /// Returns the path written, relative to the content folder.
    public static func create(type name: String, title: String, gemeente: String?, values: [String: String] = [:],
                              content: URL, today: String) throws -> String {
        guard let type = creatableTypes.first(where: { $0.rawValue == name }) else { throw Failure.unknownType(name) }
        let slug = Slug.make(title)
        var folder = type.folder
        if type == .voorziening {
            guard let gemeente, !gemeente.isEmpty else { throw Failure.needsGemeente }
            folder += "/" + Slug.make(gemeente)
        }
        let path = "\(folder)/\(slug).md"
        let url = content.appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: url.path) { throw Failure.exists(path) }
        let existing = (try? ContentTree.read(from: content))?.documents ?? []
        let text = render(type: type, title: title, gemeente: gemeente, values: values, today: today,
                          firstSlug: { t in existing.filter { $0.type == t }.map(\.slug).sorted().first })
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return path
    }

    /// The fields to ask for in a terminal: the title and every required field not given yet.
    public static func questions(for name: String, given: Set<String>) -> [(name: String, hint: String, choices: [String])] {
        guard let type = creatableTypes.first(where: { $0.rawValue == name }) else { return [] }
        var result: [(String, String, [String])] = []
        for spec in type.schema where (spec.required || spec.name == "samenvatting") && !given.contains(spec.name) {
            switch spec.kind {
            case .string, .text, .enumeration, .int, .reference:
                var choices: [String] = []
                if case .enumeration(let values) = spec.kind { choices = values }
                result.append((spec.name, spec.hint, choices))
            case .list(.enumeration(let values), _):
                result.append((spec.name, spec.hint + " (meer keuzes met komma's)", values))
            default:
                continue
            }
        }
        return result
    }

    static func render(type: DocumentType, title: String, gemeente: String?, values: [String: String], today: String,
                       firstSlug: (DocumentType) -> String?) -> String {
        var lines = ["---"]
        for spec in type.schema {
            let given = values[spec.name]
            let value: String?
            switch spec.name {
            case type.titleField: value = quote(title)
            case "gemeente" where type == .voorziening: value = quote(gemeente ?? "")
            case "laatst_bijgewerkt", "laatst_gecontroleerd": value = today
            default:
                let required = spec.required || (spec.name == "bronnen" && type.citesSources)
                value = given.map { starting(spec.kind, given: $0) } ?? (required ? placeholder(spec, firstSlug: firstSlug) : nil)
            }
            let hint = spec.hint.isEmpty ? "" : "  # \(spec.hint)"
            if let value {
                lines.append("\(spec.name): \(value)\(value.hasPrefix("\n") ? "" : hint)")
            } else {
                lines.append("# \(spec.name): \(example(spec.kind))\(hint)")
            }
        }
        lines.append("---")
        lines.append("")
        lines.append(bodyOutline(type))
        return lines.joined(separator: "\n")
    }

    static func starting(_ kind: FieldKind, given: String) -> String {
        switch kind {
        case .list: return "[\(given.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", "))]"
        case .int, .enumeration, .reference, .bool, .date: return given
        default: return quote(given)
        }
    }

    static func placeholder(_ spec: FieldSpec, firstSlug: (DocumentType) -> String?) -> String {
        switch spec.kind {
        case .string, .text: return quote("TODO: \(spec.hint)")
        case .int(let r): return spec.name == "jaar" ? "2026" : String(r.lowerBound)
        case .bool: return "false"
        case .date: return "2026-01-01"
        case .enumeration(let values): return values[0]
        case .list(let inner, _):
            if case .enumeration(let values) = inner { return "[\(values[0])]" }
            if case .object = inner, spec.name == "bronnen" {
                return "\n  - bron: \(firstSlug(.bron) ?? "TODO-slug-van-bron")\n    plaats: \"TODO: hoofdstuk of paragraaf\""
            }
            return "[]"
        case .reference(let types): return types.first.flatMap(firstSlug) ?? "TODO"
        case .object(let fields):
            return "\n" + fields.filter(\.required).map { "  \($0.name): \(placeholder($0, firstSlug: firstSlug))" }.joined(separator: "\n")
        case .phone, .email, .url, .postcode, .openingHours: return example(spec.kind)
        }
    }

    static func example(_ kind: FieldKind) -> String {
        switch kind {
        case .phone: "\"0123 45 67 89\""
        case .email: "info@voorbeeld.example"
        case .url: "https://voorbeeld.example"
        case .postcode: "\"1234 AB\""
        case .openingHours: "{ maandag: [\"09:00-12:00\"] }"
        case .list: "[]"
        case .object: "{}"
        case .bool: "false"
        default: "\"\""
        }
    }

    static func quote(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func bodyOutline(_ type: DocumentType) -> String {
        switch type {
        case .aanpak: "## Wat is het?\n\n## Voor wie?\n\n## Hoe werkt het?\n\n## Resultaten\n\n## Aandachtspunten\n"
        case .werkzaamElement: "## Wat is het?\n\n## Waarom werkt het?\n\n## In het gesprek met de klant\n"
        case .les: "## De les\n\n## Waarom\n\n## Wat betekent dit in de praktijk?\n"
        case .bron: "## Wat voor onderzoek?\n\n## Hoe is het gedaan?\n\n## Beperkingen\n"
        case .voorzieningsoort: "## Wat doet het?\n\n## Voor wie?\n\n## Wanneer verwijs je?\n\n## Tip voor de huisarts\n"
        default: ""
        }
    }
}
