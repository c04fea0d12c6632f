/// What a path under content/ is, decided by its folder.
public enum ContentLocation: Sendable, Equatable {
    case document(DocumentType, slug: String, gemeente: String?)
    case settings
    /// An image or other file under content/afbeeldingen/, copied to the site as is.
    case asset
    case unknown(reason: String)

    public static let assetFolder = "afbeeldingen"
    public static let settingsFile = "site.yml"
    public static let keuzehulpFile = "keuzehulp.md"

    public static func classify(_ path: String) -> ContentLocation {
        let parts = path.split(separator: "/").map(String.init)
        if parts.first == assetFolder { return .asset }
        if parts == [settingsFile] { return .settings }
        if parts == [keuzehulpFile] { return .document(.keuzehulp, slug: "keuzehulp", gemeente: nil) }
        guard path.hasSuffix(".md") else {
            return .unknown(reason: "alleen Markdown-bestanden (.md) horen in deze map; afbeeldingen horen in content/\(assetFolder)/")
        }
        let slug = String(parts.last!.dropLast(3))
        let folders = parts.dropLast().joined(separator: "/")
        for type in [DocumentType.aanpak, .werkzaamElement, .les, .bron, .voorzieningsoort, .pagina] where type.folder == folders {
            return .document(type, slug: slug, gemeente: nil)
        }
        if parts.count == 3, parts[0] == "sociale-kaart", parts[1] != "soorten" {
            return .document(.voorziening, slug: slug, gemeente: parts[1])
        }
        let known = ["aanpakken/", "werkzame-elementen/", "lessen/", "bronnen/", "sociale-kaart/soorten/",
                     "sociale-kaart/<gemeente>/", "paginas/", keuzehulpFile, settingsFile]
        return .unknown(reason: "dit bestand staat buiten de bekende mappen (\(known.joined(separator: ", ")))")
    }
}
