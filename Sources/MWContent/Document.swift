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

/// One validated content document. A value type whose fields live in one shared box, so that
/// copying a document (lists, groupings, graph patches copy thousands) is one retain; the box is
/// copied only when a shared document is changed.
public struct Document: Sendable {
    final class Storage: @unchecked Sendable {
        var type: DocumentType
        var slug: String
        var path: String
        var fields: [String: FieldValue]
        var body: String
        var bodyLine: Int
        var gemeenteSlug: String?
        var references: [Reference]
        var fingerprint: UInt64 = 0
        var fieldsFingerprint: UInt64 = 0

        init(type: DocumentType, slug: String, path: String, fields: [String: FieldValue], body: String,
             bodyLine: Int, gemeenteSlug: String?, references: [Reference], fingerprint: UInt64, fieldsFingerprint: UInt64) {
            self.type = type
            self.slug = slug
            self.path = path
            self.fields = fields
            self.body = body
            self.bodyLine = bodyLine
            self.gemeenteSlug = gemeenteSlug
            self.references = references
            self.fingerprint = fingerprint
            self.fieldsFingerprint = fieldsFingerprint
        }

        func copy() -> Storage {
            Storage(type: type, slug: slug, path: path, fields: fields, body: body, bodyLine: bodyLine,
                    gemeenteSlug: gemeenteSlug, references: references, fingerprint: fingerprint, fieldsFingerprint: fieldsFingerprint)
        }
    }

    private var storage: Storage

    private var unique: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            return storage
        }
    }

    public var type: DocumentType {
        get { storage.type }
        set { unique.type = newValue }
    }
    public var slug: String {
        get { storage.slug }
        set { unique.slug = newValue }
    }
    /// Path relative to the content folder, e.g. "aanpakken/buurt-mv.md".
    public var path: String {
        get { storage.path }
        set { unique.path = newValue }
    }
    public var fields: [String: FieldValue] {
        get { storage.fields }
        set { unique.fields = newValue }
    }
    /// The Markdown body.
    public var body: String {
        get { storage.body }
        set { unique.body = newValue }
    }
    /// The line in the file where the body starts.
    public var bodyLine: Int {
        get { storage.bodyLine }
        set { unique.bodyLine = newValue }
    }
    /// For a voorziening: the slug of its gemeente folder.
    public var gemeenteSlug: String? {
        get { storage.gemeenteSlug }
        set { unique.gemeenteSlug = newValue }
    }
    /// References found in the front matter.
    public var references: [Reference] {
        get { storage.references }
        set { unique.references = newValue }
    }
    /// Hash of the source file; changes whenever the file does (for incremental builds).
    public var fingerprint: UInt64 {
        get { storage.fingerprint }
        set { unique.fingerprint = newValue }
    }
    /// Hash of the front matter alone; changes whenever the fields do. Other documents' pages
    /// show a document by its fields (cards, links, lists), never its body, so an edit of the
    /// body alone leaves their pages as they were.
    public var fieldsFingerprint: UInt64 {
        get { storage.fieldsFingerprint }
        set { unique.fieldsFingerprint = newValue }
    }

    public init(type: DocumentType, slug: String, path: String, fields: [String: FieldValue], body: String,
                bodyLine: Int, gemeenteSlug: String? = nil, references: [Reference] = []) {
        storage = Storage(type: type, slug: slug, path: path, fields: fields, body: body, bodyLine: bodyLine,
                          gemeenteSlug: gemeenteSlug, references: references, fingerprint: 0, fieldsFingerprint: 0)
    }

    public var title: String { fields[type.titleField]?.string ?? slug }
    public var summary: String { fields["samenvatting"]?.string ?? "" }

    public subscript(field: String) -> FieldValue? { storage.fields[field] }

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
