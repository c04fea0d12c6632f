import Foundation
import Yams

/// Checks YAML nodes against field specs, producing typed values and editor-friendly errors.
struct FieldValidator {
    let path: String
    let lineOffset: Int
    var diagnostics: [Diagnostic] = []
    var references: [Reference] = []

    init(path: String, lineOffset: Int) {
        self.path = path
        self.lineOffset = lineOffset
    }

    func position(_ node: Node) -> Position {
        guard let mark = node.mark else { return Position(line: lineOffset + 1, column: 1) }
        return Position(line: mark.line + lineOffset, column: mark.column)
    }

    mutating func error(_ node: Node, _ message: String) {
        diagnostics.append(.error(path, position(node), message))
    }

    /// Validates a mapping against a list of specs. `context` names the enclosing field for messages.
    mutating func validateObject(_ node: Node, specs: [FieldSpec], context: String?) -> [String: FieldValue]? {
        guard case .mapping(let mapping) = node else {
            error(node, "\(context.map { "'\($0)' moet" } ?? "De front matter moet") velden bevatten (\(specs.map(\.name).joined(separator: ", ")))")
            return nil
        }
        var values: [String: FieldValue] = [:]
        var seen: Set<String> = []
        let known = specs.map(\.name)
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            let fieldName = context.map { "\($0).\(key)" } ?? key
            guard let spec = specs.first(where: { $0.name == key }) else {
                error(keyNode, "onbekend veld '\(fieldName)'.\(Suggestion.hint(for: key, in: known)) Toegestaan: \(known.joined(separator: ", "))")
                continue
            }
            seen.insert(key)
            if isNull(valueNode) {
                if spec.required { error(valueNode, "het veld '\(fieldName)' is leeg; verwacht: \(spec.kind.expectation)") }
                continue
            }
            if let value = validate(valueNode, kind: spec.kind, field: fieldName) {
                if spec.required, case .string(let s, _) = value, s.trimmedWhitespace.isEmpty {
                    error(valueNode, "het veld '\(fieldName)' is leeg; verwacht: \(spec.kind.expectation)")
                    continue
                }
                values[key] = value
            }
        }
        for spec in specs where spec.required && !seen.contains(spec.name) {
            let fieldName = context.map { "\($0).\(spec.name)" } ?? spec.name
            error(node, "verplicht veld '\(fieldName)' ontbreekt; verwacht: \(spec.kind.expectation)")
        }
        return values
    }

    func isNull(_ node: Node) -> Bool {
        guard case .scalar(let s) = node, s.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(s.string)
    }

    mutating func validate(_ node: Node, kind: FieldKind, field: String) -> FieldValue? {
        let pos = position(node)
        func scalar() -> String? {
            guard case .scalar(let s) = node else {
                error(node, "'\(field)' moet één waarde zijn, geen lijst of velden; verwacht: \(kind.expectation)")
                return nil
            }
            return s.string
        }
        switch kind {
        case .string, .text:
            return scalar().map { .string($0.trimmedWhitespace, pos) }
        case .int(let range):
            guard let s = scalar() else { return nil }
            guard let i = Int(s), range.contains(i) else {
                error(node, "'\(field)' is '\(s)'; verwacht: \(kind.expectation)")
                return nil
            }
            return .int(i, pos)
        case .bool:
            guard let s = scalar() else { return nil }
            switch s {
            case "true", "ja": return .bool(true, pos)
            case "false", "nee": return .bool(false, pos)
            default:
                error(node, "'\(field)' is '\(s)'; verwacht: true of false")
                return nil
            }
        case .date:
            guard let s = scalar() else { return nil }
            guard DateCheck.isValidISODate(s) else {
                error(node, "'\(field)' is '\(s)', geen geldige datum; verwacht: een datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-01")
                return nil
            }
            return .date(s, pos)
        case .enumeration(let values):
            guard let s = scalar() else { return nil }
            guard values.contains(s) else {
                error(node, "'\(field)' heeft de onbekende waarde '\(s)'.\(Suggestion.hint(for: s, in: values)) Verwacht: \(kind.expectation)")
                return nil
            }
            return .string(s, pos)
        case .reference(let types):
            guard let s = scalar() else { return nil }
            guard Slug.isValid(s) else {
                error(node, "'\(field)' bevat '\(s)', geen geldige slug (kleine letters, cijfers en streepjes, zoals 'persoonlijke-aandacht')")
                return nil
            }
            references.append(Reference(slug: s, field: field, position: pos, allowedTypes: types))
            return .string(s, pos)
        case .list(let inner, let minCount):
            let items: [Node]
            switch node {
            case .sequence(let seq): items = Array(seq)
            case .scalar:
                // A single value where a list is expected is accepted as a list of one.
                items = [node]
            default:
                error(node, "'\(field)' moet een lijst zijn; verwacht: \(kind.expectation)")
                return nil
            }
            if items.count < minCount {
                error(node, "'\(field)' moet minstens \(minCount) waarde\(minCount == 1 ? "" : "n") hebben")
            }
            let values = items.enumerated().compactMap { index, item in
                validate(item, kind: inner, field: "\(field)[\(index + 1)]")
            }
            return .list(values, pos)
        case .object(let specs):
            return validateObject(node, specs: specs, context: field).map { .object($0, pos) }
        case .phone, .email, .url, .postcode:
            guard let s = scalar() else { return nil }
            let (valid, what): (Bool, String) = switch kind {
            case .phone: (ContactCheck.isDutchPhoneNumber(s), "geen geldig telefoonnummer")
            case .email: (ContactCheck.isEmail(s), "geen geldig e-mailadres")
            case .url: (ContactCheck.isWebURL(s), "geen geldig webadres")
            default: (ContactCheck.isPostcode(s), "geen geldige postcode")
            }
            guard valid else {
                error(node, "'\(field)' is '\(s)', \(what); verwacht: \(kind.expectation)")
                return nil
            }
            return .string(s, pos)
        case .openingHours:
            return validateOpeningHours(node, field: field)
        }
    }

    mutating func validateOpeningHours(_ node: Node, field: String) -> FieldValue? {
        guard case .mapping(let mapping) = node else {
            error(node, "'\(field)' moet per weekdag tijden bevatten; verwacht: \(FieldKind.openingHours.expectation)")
            return nil
        }
        var days: [String: FieldValue] = [:]
        for (keyNode, valueNode) in mapping {
            let day = (keyNode.string ?? "").lowercased()
            guard Vocabulary.weekdagen.contains(day) else {
                error(keyNode, "'\(keyNode.string ?? "")' in '\(field)' is geen weekdag.\(Suggestion.hint(for: day, in: Vocabulary.weekdagen)) Verwacht: maandag, dinsdag, woensdag, donderdag, vrijdag, zaterdag of zondag")
                continue
            }
            let items: [Node]
            switch valueNode {
            case .sequence(let seq): items = Array(seq)
            case .scalar: items = isNull(valueNode) ? [] : [valueNode]
            default: items = []
            }
            var ranges: [FieldValue] = []
            for item in items {
                let text = item.string ?? ""
                switch OpeningHours.parseRange(text) {
                case .success: ranges.append(.string(text.replacingAll(" ", with: ""), position(item)))
                case .failure(let problem): error(item, "'\(field).\(day)': \(problem)")
                }
            }
            days[day] = .list(ranges, position(valueNode))
        }
        return .object(days, position(node))
    }
}

/// Calendar-aware check of `YYYY-MM-DD`.
public enum DateCheck {
    public static func isValidISODate(_ s: String) -> Bool {
        let parts = s.split(separator: "-")
        guard s.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), d >= 1 else { return false }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return d <= days[m - 1]
    }
}
