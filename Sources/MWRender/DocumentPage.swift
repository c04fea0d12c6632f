import Foundation
import MWContent
import MWGraph

extension SiteRenderer {
    /// The page of one document; it shows the document and the cards of everything it links
    /// to or is linked from, so those are its dependencies.
    func documentPage(_ doc: Document) -> OutputFile {
        let deps = [doc.slug] + (graph.outgoing[doc.slug] ?? []) + (graph.incoming[doc.slug] ?? [])
        return cached(path: doc.url, template: template(for: doc.type), deps: .documents(deps, own: doc.slug)) { buildDocumentPage(doc) }
    }

    func template(for type: DocumentType) -> String { type == .werkzaamElement ? "werkzaam-element" : type.rawValue }

    func buildDocumentPage(_ doc: Document) -> OutputFile {
        let path = doc.url
        let root = SitePath.rootPrefix(of: path)
        let body = graph.bodies[doc.slug]
        let template = template(for: doc.type)
        let toc = (body?.headings ?? []).filter { $0.level == 2 }.map { ["id": $0.id, "text": $0.text] }
        var context: [String: Any] = [
            "titel": doc.title,
            "slug": doc.slug,
            "typeLabel": doc.type.label,
            "samenvatting": doc.summary,
            "body": body?.html ?? "",
            "hasToc": toc.count > 2,
            "laatstBijgewerkt": doc["laatst_bijgewerkt"].flatMap { $0.string }.map(DutchDate.long) ?? "",
        ]
        // Lists a page's template does not show are not rendered (a voorziening page has no
        // table of contents and no sources).
        if templates.mentions(template, "toc") { context["toc"] = items(toc, with: "_toc-item") }
        if templates.mentions(template, "citations") { context["citations"] = items(citations(doc, root: root), with: "_citation") }
        var breadcrumbs: [(String, String)] = []
        var demo = false
        var scripts: [String] = []
        let cards = { (docs: [Document]) in docs.map { self.card($0, from: path) } }
        switch doc.type {
        case .aanpak:
            breadcrumbs = [("Aanpakken", "aanpakken/index.html")]
            let onderbouwing = doc["onderbouwing"]
            context["aanpak"] = [
                "doelen": (doc["doel"]?.strings ?? []).map(Vocabulary.label).joined(separator: ", "),
                "benadering": Vocabulary.label(doc["benadering"]?.string ?? ""),
                "doelgroep": doc["doelgroep"]?.string ?? "",
                "nietVoor": doc["niet_voor"]?.string ?? "",
                "gemeenten": (doc["gemeenten"]?.strings ?? []).joined(separator: ", "),
                "uitvoerders": (doc["uitvoerders"]?.strings ?? []).joined(separator: ", "),
                "niveau": Vocabulary.label(onderbouwing?["niveau"]?.string ?? ""),
                "niveauId": onderbouwing?["niveau"]?.string ?? "",
                "toelichting": onderbouwing?["toelichting"]?.string ?? "",
                "erkenning": Vocabulary.label(onderbouwing?["erkenning"]?.string ?? "niet-beoordeeld"),
                "databank": onderbouwing?["databank"]?.string ?? "",
                "letOp": doc["keuzehulp"]?["let_op"]?.string ?? "",
                "elementen": items(cards(graph.outgoing(doc.slug, of: .werkzaamElement)), with: "_element-item"),
            ] as [String: Any]
            context["backlinks"] = backlinkGroups(doc, path: path, types: [.les, .aanpak])
        case .werkzaamElement:
            breadcrumbs = [("Werkzame elementen", "werkzame-elementen/index.html")]
            context["categorie"] = Vocabulary.label(doc["categorie"]?.string ?? "")
            context["backlinks"] = backlinkGroups(doc, path: path, types: [.aanpak, .les, .werkzaamElement])
        case .les:
            breadcrumbs = [("Lessen", "lessen/index.html")]
            context["les"] = ["voor": (doc["voor"]?.strings ?? []).map(Vocabulary.label).joined(separator: ", "),
                              "thema": Vocabulary.label(doc["thema"]?.string ?? ""),
                              "gerelateerd": items(cards((doc["gerelateerd"]?.strings ?? []).compactMap { graph[$0] }), with: "_gerelateerd-item")]
            context["backlinks"] = backlinkGroups(doc, path: path, types: [.les])
        case .bron:
            breadcrumbs = [("Bronnen", "bronnen/index.html")]
            context["bron"] = ["organisatie": doc["organisatie"]?.string ?? "",
                               "auteurs": (doc["auteurs"]?.strings ?? []).joined(separator: ", "),
                               "jaar": doc["jaar"]?.string ?? "",
                               "soort": Vocabulary.label(doc["soort"]?.string ?? ""),
                               "url": doc["url"]?.string ?? ""]
            context["backlinks"] = backlinkGroups(doc, path: path, types: [.aanpak, .werkzaamElement, .les, .voorzieningsoort])
        case .voorzieningsoort:
            breadcrumbs = [("Sociale kaart", "sociale-kaart/index.html")]
            context["soort"] = ["levensdomeinen": (doc["levensdomeinen"]?.strings ?? []).map(Vocabulary.label).joined(separator: ", "),
                                "wanneerVerwijzen": doc["wanneer_verwijzen"]?.string ?? ""]
            let voorzieningen = graph.incoming(doc.slug, of: .voorziening)
            context["gemeenten"] = Dictionary(grouping: voorzieningen, by: { $0["gemeente"]?.string ?? "" })
                .sorted { $0.key < $1.key }
                .map { ["gemeente": $0.key, "cards": self.cardList($0.value, from: path)] }
            demo = voorzieningen.contains { $0["voorbeeld"]?.bool == true }
            context["backlinks"] = backlinkGroups(doc, path: path, types: [.aanpak, .les])
        case .voorziening:
            let gemeente = doc["gemeente"]?.string ?? ""
            breadcrumbs = [("Sociale kaart", "sociale-kaart/index.html"), (gemeente, "sociale-kaart/\(doc.gemeenteSlug ?? "")/index.html")]
            demo = doc["voorbeeld"]?.bool == true
            context["voorziening"] = VoorzieningContext.make(doc, graph: graph, settings: settings, root: root, items: { items($0, with: $1) })
            scripts = ["assets/js/sociale-kaart.js"]
        case .pagina:
            break
        case .keuzehulp:
            context["keuzehulp"] = KeuzehulpData.pageContext(graph)
            scripts = ["keuzehulp-data.js", "assets/js/keuzehulp.js"]
        }
        context["demo"] = demo
        return page(path: path, title: doc.title, description: doc.summary, template: template,
                    context: context, breadcrumbs: breadcrumbs, demo: demo, scripts: scripts, bodyClass: "type-\(doc.type.rawValue)", deps: nil)
    }

    func citations(_ doc: Document, root: String) -> [[String: Any]] {
        doc.citations.compactMap { citation in
            guard let bron = graph[citation.bron] else { return nil }
            return ["titel": bron.title, "url": root + bron.url, "plaats": citation.plaats, "pagina": citation.pagina ?? "",
                    "jaar": bron["jaar"]?.string ?? "", "organisatie": bron["organisatie"]?.string ?? ""]
        }
    }

    func backlinkGroups(_ doc: Document, path: String, types: [DocumentType]) -> [[String: Any]] {
        types.compactMap { type in
            let docs = graph.incoming(doc.slug, of: type)
            guard !docs.isEmpty else { return nil }
            let heading: String
            switch (doc.type, type) {
            case (.werkzaamElement, .aanpak): heading = "Aanpakken met dit element"
            case (.bron, _): heading = "\(type.pluralLabel) die deze bron gebruiken"
            case (_, .les): heading = "Lessen hierover"
            default: heading = "\(type.pluralLabel) die hiernaar verwijzen"
            }
            // Long lists (a bron cited by hundreds of pages) become compact link lists.
            if docs.count > 40 {
                return ["heading": "\(heading) (\(docs.count))", "compact": linkList(docs, from: path)]
            }
            return ["heading": heading, "cards": cardList(docs, from: path)]
        }
    }
}
