import MWContent
import MWGraph

extension SiteRenderer {
    /// Home, search and 404.
    func specialPages() -> [OutputFile] {
        let counts = { () -> [[String: Any]] in [
            ["label": "aanpakken", "count": graph.count(of: .aanpak), "url": "aanpakken/index.html"],
            ["label": "werkzame elementen", "count": graph.count(of: .werkzaamElement), "url": "werkzame-elementen/index.html"],
            ["label": "lessen", "count": graph.count(of: .les), "url": "lessen/index.html"],
            ["label": "voorzieningen", "count": graph.count(of: .voorziening), "url": "sociale-kaart/index.html"],
            ["label": "bronnen", "count": graph.count(of: .bron), "url": "bronnen/index.html"],
        ] }
        let home = page(path: "index.html", title: settings.titel, description: settings.ondertitel, template: "home", context: [
            "counts": counts(),
            "siteTitle": settings.titel,
            "siteSubtitle": settings.ondertitel,
            "doelen": graph.grouped(.aanpak, by: "doel", order: Vocabulary.doelen).map {
                ["label": Vocabulary.label($0.key), "url": "aanpakken/index.html#\($0.key)", "count": $0.documents.count] as [String: Any]
            },
        ], deps: .all([.aanpak, .werkzaamElement, .les, .voorziening, .bron]))
        let search = page(path: "zoeken.html", title: "Zoeken", description: "Zoek in alle aanpakken, elementen, lessen en de sociale kaart.",
                          template: "zoeken", context: [:], scripts: ["assets/js/analyzer.js", "assets/js/search.js"], deps: .documents([]))
        let notFound = page(path: "404.html", title: "Pagina niet gevonden", description: "Deze pagina bestaat niet (meer).",
                            template: "404", context: [:], deps: .documents([]))
        return [home, search, notFound]
    }
}
