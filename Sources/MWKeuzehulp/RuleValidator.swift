import MWContent

/// Checks that every keuzehulp rule names an existing question and option.
public enum RuleValidator {
    public static func validate(keuzehulp: Document?, aanpakken: [Document]) -> [Diagnostic] {
        guard let keuzehulp else {
            return aanpakken.contains { $0["keuzehulp"] != nil }
                ? [.error(ContentLocation.keuzehulpFile, .start, "aanpakken hebben keuzehulp-regels, maar content/keuzehulp.md ontbreekt")] : []
        }
        var diagnostics: [Diagnostic] = []
        var questions: [String: [String]] = [:]
        for q in keuzehulp["vragen"]?.list ?? [] {
            guard let id = q["id"]?.string else { continue }
            if questions[id] != nil {
                diagnostics.append(.error(keuzehulp.path, q.position, "de vraag-id '\(id)' komt twee keer voor"))
            }
            let options = q["opties"]?.list.compactMap { $0["id"]?.string } ?? []
            if Set(options).count != options.count {
                diagnostics.append(.error(keuzehulp.path, q.position, "vraag '\(id)' heeft twee opties met dezelfde id"))
            }
            questions[id] = options
        }
        func check(_ rule: FieldValue, in doc: Document, field: String) {
            guard let vraag = rule["vraag"] else { return }
            guard let options = questions[vraag.string ?? ""] else {
                diagnostics.append(.error(doc.path, vraag.position, "'\(field).vraag' noemt de vraag '\(vraag.string ?? "")', maar die staat niet in content/keuzehulp.md.\(Suggestion.hint(for: vraag.string ?? "", in: questions.keys)) Vragen: \(questions.keys.sorted().joined(separator: ", "))"))
                return
            }
            for answer in rule["antwoorden"]?.list ?? [] where !options.contains(answer.string ?? "") {
                diagnostics.append(.error(doc.path, answer.position, "'\(field).antwoorden' noemt '\(answer.string ?? "")', maar vraag '\(vraag.string ?? "")' heeft die optie niet.\(Suggestion.hint(for: answer.string ?? "", in: options)) Opties: \(options.joined(separator: ", "))"))
            }
        }
        for rule in keuzehulp["regels"]?.list ?? [] {
            if let als = rule["als"] { check(als, in: keuzehulp, field: "regels.als") }
        }
        for doc in aanpakken {
            for field in ["past_bij", "sluit_uit"] {
                for rule in doc["keuzehulp"]?[field]?.list ?? [] { check(rule, in: doc, field: "keuzehulp.\(field)") }
            }
        }
        return diagnostics
    }
}
