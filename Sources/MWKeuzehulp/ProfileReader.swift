import MWContent
import Yams

/// Reads a client profile from YAML (question id → option id or list of option ids), checked
/// against the questionnaire.
public enum ProfileReader {
    public static func read(_ text: String, path: String, questionnaire: Questionnaire) -> Result<Profile, ContentErrors> {
        let node: Node?
        switch FrontMatterParser.parseYAML(text, path: path, lineOffset: 0) {
        case .success(let n): node = n
        case .failure(let d): return .failure(ContentErrors([d]))
        }
        guard let node else { return .success([:]) }
        guard case .mapping(let mapping) = node else {
            return .failure(ContentErrors([.error(path, .start, "een profiel is een lijst van vraag: antwoord, bijvoorbeeld 'basis: niet-op-orde'")]))
        }
        var profile: Profile = [:]
        var diagnostics: [Diagnostic] = []
        func position(_ n: Node) -> Position { Position(line: n.mark?.line ?? 1, column: n.mark?.column ?? 1) }
        for (key, value) in mapping {
            let id = key.string ?? ""
            guard let question = questionnaire.question(id) else {
                diagnostics.append(.error(path, position(key), "onbekende vraag '\(id)'.\(Suggestion.hint(for: id, in: questionnaire.vragen.map(\.id)))"))
                continue
            }
            let answers: [Node]
            if case .sequence(let seq) = value { answers = Array(seq) } else { answers = [value] }
            for answer in answers {
                let option = answer.string ?? ""
                if question.opties.contains(where: { $0.id == option }) {
                    profile[id, default: []].append(option)
                } else {
                    diagnostics.append(.error(path, position(answer), "vraag '\(id)' heeft geen optie '\(option)'.\(Suggestion.hint(for: option, in: question.opties.map(\.id))) Opties: \(question.opties.map(\.id).joined(separator: ", "))"))
                }
            }
            if !question.meer, (profile[id]?.count ?? 0) > 1 {
                diagnostics.append(.error(path, position(value), "bij vraag '\(id)' kies je één antwoord"))
            }
        }
        return diagnostics.isEmpty ? .success(profile) : .failure(ContentErrors(diagnostics))
    }
}
