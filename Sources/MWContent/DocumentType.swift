/// The kinds of document, each with its folder and its schema.
public enum DocumentType: String, Sendable, CaseIterable, Hashable, Codable {
    case aanpak
    case werkzaamElement = "werkzaam-element"
    case les
    case bron
    case voorzieningsoort
    case voorziening
    case pagina
    case keuzehulp

    /// Path of the folder (relative to content/) that holds this type; voorzieningen live one level deeper.
    public var folder: String {
        switch self {
        case .aanpak: "aanpakken"
        case .werkzaamElement: "werkzame-elementen"
        case .les: "lessen"
        case .bron: "bronnen"
        case .voorzieningsoort: "sociale-kaart/soorten"
        case .voorziening: "sociale-kaart"
        case .pagina: "paginas"
        case .keuzehulp: ""
        }
    }

    public var label: String {
        switch self {
        case .aanpak: "Aanpak"
        case .werkzaamElement: "Werkzaam element"
        case .les: "Les"
        case .bron: "Bron"
        case .voorzieningsoort: "Soort voorziening"
        case .voorziening: "Voorziening"
        case .pagina: "Pagina"
        case .keuzehulp: "Keuzehulp"
        }
    }

    public var pluralLabel: String {
        switch self {
        case .aanpak: "Aanpakken"
        case .werkzaamElement: "Werkzame elementen"
        case .les: "Lessen"
        case .bron: "Bronnen"
        case .voorzieningsoort: "Soorten voorzieningen"
        case .voorziening: "Voorzieningen"
        case .pagina: "Pagina's"
        case .keuzehulp: "Keuzehulp"
        }
    }

    /// The field that holds the document's title.
    public var titleField: String { self == .voorziening ? "naam" : "titel" }

    /// Types whose documents cite sources and must carry `bronnen`.
    public var citesSources: Bool { [.aanpak, .werkzaamElement, .les].contains(self) }

    public var schema: [FieldSpec] { Schemas.fields(for: self) }
}
