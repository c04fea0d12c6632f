/// A reference from one document to another by slug, found in the front matter or the body.
public struct Reference: Sendable, Hashable {
    public var slug: String
    /// The field it stands in ("werkzame_elementen", "bronnen", …) or "tekst" for a body link.
    public var field: String
    public var position: Position
    /// The types the target may have; empty means any type.
    public var allowedTypes: [DocumentType]
    /// A heading id in the target, for body links like [[slug#kop]].
    public var fragment: String?

    public init(slug: String, field: String, position: Position, allowedTypes: [DocumentType], fragment: String? = nil) {
        self.slug = slug
        self.field = field
        self.position = position
        self.allowedTypes = allowedTypes
        self.fragment = fragment
    }
}

/// One validated content document.
public struct Document: Sendable {
    public var type: DocumentType
    public var slug: String
    /// Path relative to the content folder, e.g. "aanpakken/buurt-mv.md".
    public var path: String
    public var fields: [String: FieldValue]
    /// The Markdown body.
    public var body: String
    /// The line in the file where the body starts.
    public var bodyLine: Int
    /// For a voorziening: the slug of its gemeente folder.
    public var gemeenteSlug: String?
    /// References found in the front matter.
    public var references: [Reference]
    /// Hash of the source file; changes whenever the file does (for incremental builds).
    public var fingerprint: UInt64 = 0

    public init(type: DocumentType, slug: String, path: String, fields: [String: FieldValue], body: String,
                bodyLine: Int, gemeenteSlug: String? = nil, references: [Reference] = []) {
        self.type = type
        self.slug = slug
        self.path = path
        self.fields = fields
        self.body = body
        self.bodyLine = bodyLine
        self.gemeenteSlug = gemeenteSlug
        self.references = references
    }

    public var title: String { fields[type.titleField]?.string ?? slug }
    public var summary: String { fields["samenvatting"]?.string ?? "" }

    public subscript(field: String) -> FieldValue? { fields[field] }

    /// The cited sources as (bron slug, plaats, pagina).
    public var citations: [(bron: String, plaats: String, pagina: String?)] {
        (fields["bronnen"]?.list ?? []).compactMap { entry in
            guard let bron = entry["bron"]?.string else { return nil }
            return (bron, entry["plaats"]?.string ?? "", entry["pagina"]?.string)
        }
    }
}

extension Document {
    /// The page of this document, relative to the site root.
    public var url: String {
        switch type {
        case .voorziening: "sociale-kaart/\(gemeenteSlug ?? "onbekend")/\(slug).html"
        case .pagina: "\(slug).html"
        case .keuzehulp: "keuzehulp.html"
        default: "\(type.folder)/\(slug).html"
        }
    }
}

/// Relative links between pages, so the site works from disk (file://) as well as over HTTP.
public enum SitePath {
    /// "../" for each folder level of a page path like "aanpakken/x.html".
    public static func rootPrefix(of pagePath: String) -> String {
        let depth = pagePath.filter { $0 == "/" }.count
        return depth == 0 ? "./" : String(repeating: "../", count: depth)
    }
}
