import Yams

/// Site-wide settings from content/site.yml.
public struct SiteSettings: Sendable {
    public var titel = "Meedoenwijzer"
    public var ondertitel = "Kennis over aanpakken voor mensen die lang in de bijstand zitten"
    /// Absolute base URL, used for sitemap.xml and canonical links (no trailing slash).
    public var basisURL = "https://meedoenwijzer.example"
    /// Address for "meld een fout".
    public var redactieEmail = "redactie@meedoenwijzer.example"
    /// After how many months a voorziening counts as not recently checked.
    public var controleTermijnMaanden = 12

    public init() {}

    static let specs: [FieldSpec] = [
        FieldSpec("titel", .string, required: true),
        FieldSpec("ondertitel", .string),
        FieldSpec("basis_url", .url, required: true),
        FieldSpec("redactie_email", .email, required: true),
        FieldSpec("controle_termijn_maanden", .int(1...120)),
    ]

    public static func parse(_ file: SourceFile) -> (SiteSettings, [Diagnostic]) {
        var settings = SiteSettings()
        let node: Node
        switch FrontMatterParser.parseYAML(file.text, path: file.path, lineOffset: 0) {
        case .success(let n?): node = n
        case .success(nil): return (settings, [.error(file.path, .start, "site.yml is leeg; verwacht: titel, basis_url en redactie_email")])
        case .failure(let d): return (settings, [d])
        }
        var validator = FieldValidator(path: file.path, lineOffset: 0)
        let fields = validator.validateObject(node, specs: specs, context: nil) ?? [:]
        if let v = fields["titel"]?.string { settings.titel = v }
        if let v = fields["ondertitel"]?.string { settings.ondertitel = v }
        if let v = fields["basis_url"]?.string { settings.basisURL = v.hasSuffix("/") ? String(v.dropLast()) : v }
        if let v = fields["redactie_email"]?.string { settings.redactieEmail = v }
        if let v = fields["controle_termijn_maanden"]?.int { settings.controleTermijnMaanden = v }
        return (settings, validator.diagnostics)
    }
}

