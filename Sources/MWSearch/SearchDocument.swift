/// One page as the search index sees it; the site generator makes one per
/// document. `body` is plain text (no Markdown or HTML).
///
/// `facets` uses the keys "type", "doel", "gemeente" and "soort" with
/// human-readable values ("Aanpak", "Werk", "Voorbeeldstad",
/// "Schuldhulpverlening"). When "type" is missing, `typeLabel` is used.
public struct SearchDocument: Sendable, Equatable, Codable {
    /// Site-relative URL without a leading slash, e.g. "aanpakken/buurt-mv.html".
    public var url: String
    /// Machine type key, e.g. "aanpak".
    public var type: String
    /// Human-readable type, e.g. "Aanpak".
    public var typeLabel: String
    public var title: String
    public var summary: String
    public var body: String
    public var facets: [String: [String]]

    public init(
        url: String, type: String, typeLabel: String, title: String,
        summary: String, body: String, facets: [String: [String]] = [:]
    ) {
        self.url = url
        self.type = type
        self.typeLabel = typeLabel
        self.title = title
        self.summary = summary
        self.body = body
        self.facets = facets
    }
}
