import MWContent
import MWGraph

extension SiteRenderer {
    /// Overview pages per type, with their groupings.
    func overviewPages() -> [OutputFile] {
        @Sendable func groups(_ path: String, _ grouped: [(key: String, documents: [Document])]) -> [[String: Any]] {
            grouped.map { ["heading": Vocabulary.label($0.key), "id": $0.key, "cards": cardList($0.documents, from: path), "count": $0.documents.count] }
        }
        // Side by side: on a large site one overview page holds thousands of cards.
        var pages: [@Sendable () -> OutputFile] = []

        pages.append {
            let path = "aanpakken/index.html"
            return page(path: path, title: "Aanpakken", description: "Alle aanpakken, per doel.", template: "overview", context: [
                "intro": "Aanpakken die gemeenten gebruiken voor mensen die lang in de bijstand zitten, gegroepeerd naar het doel dat nu haalbaar is. Een aanpak kan bij meer doelen horen.",
                "alternatives": [["label": "Per werkzaam element", "url": "per-werkzaam-element.html"], ["label": "Per benadering", "url": "per-benadering.html"]],
                "groups": groups(path, graph.grouped(.aanpak, by: "doel", order: Vocabulary.doelen)),
                "count": graph.documents(of: .aanpak).count,
            ], breadcrumbs: [("Aanpakken", path)], deps: slugs(.aanpak))
        }

        pages.append {
            let path = "aanpakken/per-benadering.html"
            return page(path: path, title: "Aanpakken per benadering", description: "Aanpakken per benadering: life first, human capital first, work first.", template: "overview", context: [
                "intro": "Life first begint bij de basis van het leven (geld, wonen, gezondheid), human capital first bij vaardigheden en opleiding, work first bij werk zelf.",
                "alternatives": [["label": "Per doel", "url": "index.html"], ["label": "Per werkzaam element", "url": "per-werkzaam-element.html"]],
                "groups": groups(path, graph.grouped(.aanpak, by: "benadering", order: Vocabulary.benaderingen)),
            ], breadcrumbs: [("Aanpakken", "aanpakken/index.html"), ("Per benadering", path)], deps: slugs(.aanpak))
        }

        pages.append {
            let path = "aanpakken/per-werkzaam-element.html"
            let byElement: [[String: Any]] = graph.documents(of: .werkzaamElement).compactMap { element in
                let users = graph.incoming(element.slug, of: .aanpak)
                guard !users.isEmpty else { return nil }
                return ["heading": element.title, "id": element.slug, "headingUrl": "../" + element.url,
                        "cards": cardList(users, from: path), "count": users.count]
            }
            return page(path: path, title: "Aanpakken per werkzaam element", description: "Welke aanpakken gebruiken welk werkzaam element.", template: "overview", context: [
                "intro": "Per werkzaam element de aanpakken die het gebruiken.",
                "alternatives": [["label": "Per doel", "url": "index.html"], ["label": "Per benadering", "url": "per-benadering.html"]],
                "groups": byElement,
            ], breadcrumbs: [("Aanpakken", "aanpakken/index.html"), ("Per werkzaam element", path)], deps: slugs(.aanpak, .werkzaamElement))
        }

        pages.append {
            let path = "werkzame-elementen/index.html"
            return page(path: path, title: "Werkzame elementen", description: "Wat maakt dat een aanpak werkt.", template: "overview", context: [
                "intro": "Werkzame elementen zijn de onderdelen die een aanpak laten werken. Per element lees je wat het is, waarom het werkt en wat het betekent voor je gesprek met een klant.",
                "groups": groups(path, graph.grouped(.werkzaamElement, by: "categorie", order: Vocabulary.categorieen)),
                "count": graph.documents(of: .werkzaamElement).count,
            ], breadcrumbs: [("Werkzame elementen", path)], deps: slugs(.werkzaamElement))
        }

        pages.append {
            let path = "lessen/index.html"
            return page(path: path, title: "Lessen", description: "Lessen uit de praktijk, per doelgroep.", template: "overview", context: [
                "intro": "Wat gemeenten, professionals en onderzoekers hebben geleerd, per doelgroep van de les.",
                "groups": groups(path, graph.grouped(.les, by: "voor", order: Vocabulary.doelgroepenLes)),
                "count": graph.documents(of: .les).count,
            ], breadcrumbs: [("Lessen", path)], deps: slugs(.les))
        }

        pages.append {
            let path = "bronnen/index.html"
            return page(path: path, title: "Bronnen", description: "De onderzoeken waarop Meedoenwijzer is gebaseerd.", template: "overview", context: [
                "intro": "Alle inhoud van Meedoenwijzer is gebaseerd op deze bronnen. Elke pagina noemt bij elke bewering de bron en het hoofdstuk.",
                "groups": [["heading": "Alle bronnen", "id": "alle", "cards": cardList(graph.documents(of: .bron), from: path)]],
            ], breadcrumbs: [("Bronnen", path)], deps: slugs(.bron))
        }

        let tasks = pages
        return Parallel.map(Array(tasks.indices)) { tasks[$0]() }
    }
}
