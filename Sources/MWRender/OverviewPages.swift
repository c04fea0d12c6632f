import MWContent
import MWGraph

extension SiteRenderer {
    /// Overview pages per type, with their groupings.
    func overviewPages() -> [OutputFile] {
        @Sendable func groups(_ path: String, _ grouped: [(key: String, documents: [Document])]) -> [[String: Any]] {
            grouped.map { ["heading": Vocabulary.label($0.key), "id": $0.key, "cards": cardList($0.documents, from: path), "count": $0.documents.count] }
        }
        /// The overview of one type, grouped by one of its fields.
        @Sendable func grouped(_ path: String, _ title: String, _ description: String, intro: String, type: DocumentType,
                               by field: String, order: [String], alternatives: [[String: String]] = []) -> OutputFile {
            // The context is built only when the page is rendered (a patch skips most pages).
            page(path: path, title: title, description: description, template: "overview", context: {
                var context: [String: Any] = ["intro": intro, "groups": groups(path, graph.grouped(type, by: field, order: order)),
                                              "count": graph.count(of: type)]
                if !alternatives.isEmpty { context["alternatives"] = alternatives }
                return context
            }(), breadcrumbs: [(title, path)], deps: .all([type]))
        }
        // Side by side: on a large site one overview page holds thousands of cards.
        var pages: [@Sendable () -> OutputFile] = []

        pages.append {
            grouped("aanpakken/index.html", "Aanpakken", "Alle aanpakken, per doel.",
                    intro: "Aanpakken die gemeenten gebruiken voor mensen die lang in de bijstand zitten, gegroepeerd naar het doel dat nu haalbaar is. Een aanpak kan bij meer doelen horen.",
                    type: .aanpak, by: "doel", order: Vocabulary.doelen,
                    alternatives: [["label": "Per werkzaam element", "url": "per-werkzaam-element.html"], ["label": "Per benadering", "url": "per-benadering.html"]])
        }

        pages.append {
            let path = "aanpakken/per-benadering.html"
            return page(path: path, title: "Aanpakken per benadering", description: "Aanpakken per benadering: life first, human capital first, work first.", template: "overview", context: [
                "intro": "Life first begint bij de basis van het leven (geld, wonen, gezondheid), human capital first bij vaardigheden en opleiding, work first bij werk zelf.",
                "alternatives": [["label": "Per doel", "url": "index.html"], ["label": "Per werkzaam element", "url": "per-werkzaam-element.html"]],
                "groups": groups(path, graph.grouped(.aanpak, by: "benadering", order: Vocabulary.benaderingen)),
            ], breadcrumbs: [("Aanpakken", "aanpakken/index.html"), ("Per benadering", path)], deps: .all([.aanpak]))
        }

        pages.append {
            let path = "aanpakken/per-werkzaam-element.html"
            let byElement = { () -> [[String: Any]] in graph.documents(of: .werkzaamElement).compactMap { element in
                let users = graph.incoming(element.slug, of: .aanpak)
                guard !users.isEmpty else { return nil }
                return ["heading": element.title, "id": element.slug, "headingUrl": "../" + element.url,
                        "cards": cardList(users, from: path), "count": users.count]
            } }
            return page(path: path, title: "Aanpakken per werkzaam element", description: "Welke aanpakken gebruiken welk werkzaam element.", template: "overview", context: [
                "intro": "Per werkzaam element de aanpakken die het gebruiken.",
                "alternatives": [["label": "Per doel", "url": "index.html"], ["label": "Per benadering", "url": "per-benadering.html"]],
                "groups": byElement(),
            ], breadcrumbs: [("Aanpakken", "aanpakken/index.html"), ("Per werkzaam element", path)], deps: .all([.aanpak, .werkzaamElement]))
        }

        pages.append {
            grouped("werkzame-elementen/index.html", "Werkzame elementen", "Wat maakt dat een aanpak werkt.",
                    intro: "Werkzame elementen zijn de onderdelen die een aanpak laten werken. Per element lees je wat het is, waarom het werkt en wat het betekent voor je gesprek met een klant.",
                    type: .werkzaamElement, by: "categorie", order: Vocabulary.categorieen)
        }

        pages.append {
            grouped("lessen/index.html", "Lessen", "Lessen uit de praktijk, per doelgroep.",
                    intro: "Wat gemeenten, professionals en onderzoekers hebben geleerd, per doelgroep van de les.",
                    type: .les, by: "voor", order: Vocabulary.doelgroepenLes)
        }

        pages.append {
            let path = "bronnen/index.html"
            return page(path: path, title: "Bronnen", description: "De onderzoeken waarop Meedoenwijzer is gebaseerd.", template: "overview", context: [
                "intro": "Alle inhoud van Meedoenwijzer is gebaseerd op deze bronnen. Elke pagina noemt bij elke bewering de bron en het hoofdstuk.",
                "groups": [["heading": "Alle bronnen", "id": "alle", "cards": cardList(graph.documents(of: .bron), from: path)]],
            ], breadcrumbs: [("Bronnen", path)], deps: .all([.bron]))
        }

        let tasks = pages
        return Parallel.map(Array(tasks.indices)) { tasks[$0]() }
    }
}
