/// Stage 2b + 3: parses a source file's front matter and validates it against its type's schema.
public enum DocumentParser {
    public static func parse(_ file: SourceFile, as type: DocumentType, slug: String, gemeente: String?) -> (Document?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        if !Slug.isValid(slug) {
            diagnostics.append(.error(file.path, .start, "de bestandsnaam '\(slug).md' is geen geldige slug; gebruik kleine letters, cijfers en streepjes, bijvoorbeeld '\(Slug.make(slug)).md'"))
        }
        if let gemeente, !Slug.isValid(gemeente) {
            diagnostics.append(.error(file.path, .start, "de mapnaam '\(gemeente)' is geen geldige slug; gebruik bijvoorbeeld '\(Slug.make(gemeente))'"))
        }
        let parsed: FrontMatterParser.Parsed
        switch FrontMatterParser.parse(file) {
        case .success(let p): parsed = p
        case .failure(let d): return (nil, diagnostics + [d])
        }
        var validator = FieldValidator(path: file.path, lineOffset: parsed.yamlLineOffset)
        let fields = validator.validateObject(parsed.yaml, specs: type.schema, context: nil) ?? [:]
        diagnostics += validator.diagnostics
        var document = Document(type: type, slug: slug, path: file.path, fields: fields, body: parsed.body,
                                bodyLine: parsed.bodyLine, gemeenteSlug: gemeente, references: validator.references)
        (document.fingerprint, document.fieldsFingerprint) = Fingerprint.of(file.text, andPrefix: parsed.frontMatterLength)
        if type == .voorziening, let gemeente, let named = fields["gemeente"], Slug.make(named.string ?? "") != gemeente {
            diagnostics.append(.error(file.path, named.position, "'gemeente' is '\(named.string ?? "")' maar het bestand staat in de map '\(gemeente)'; verwacht een gemeente waarvan de slug '\(gemeente)' is"))
        }
        if type.citesSources, fields["bronnen"] == nil {
            diagnostics.append(.error(file.path, .start, "verplicht veld 'bronnen' ontbreekt; noem minstens één bron met hoofdstuk of paragraaf"))
        }
        return (document, diagnostics)
    }
}
