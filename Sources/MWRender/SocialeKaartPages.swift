import MWContent
import MWGraph

extension SiteRenderer {
    /// The sociale kaart: an entry page, one page per gemeente and a printable list per gemeente.
    func socialeKaartPages() -> [OutputFile] {
        var files: [OutputFile] = []
        let path = "sociale-kaart/index.html"
        files.append(cached(path: path, template: "sociale-kaart", deps: .all([.voorziening, .voorzieningsoort])) {
            let gemeenten = graph.gemeenten
            return renderPage(path: path, title: "Sociale kaart", description: "Lokale voorzieningen per gemeente en per soort.", template: "sociale-kaart", context: [
                "gemeenten": gemeenten.map { g in
                    ["naam": g.name, "url": "\(g.slug)/index.html", "aantal": g.voorzieningen.count,
                     "demo": g.voorzieningen.contains { $0["voorbeeld"]?.bool == true }] as [String: Any]
                },
                "soorten": graph.documents(of: .voorzieningsoort).map { card($0, from: path) },
            ], breadcrumbs: [("Sociale kaart", path)], demo: gemeenten.contains { $0.voorzieningen.contains { $0["voorbeeld"]?.bool == true } },
               scripts: [], bodyClass: "")
        })

        // A patch of voorzieningen alone looks at their gemeenten only: the pages of the others
        // show none of them (a patch returns the pages it looked at; the rest stay as they were).
        let soorten = graph.documents(of: .voorzieningsoort)
        let changed = scope?.compactMap { graph[$0] } ?? []
        let gemeenten = scope != nil && changed.allSatisfy { $0.type == .voorziening }
            ? graph.gemeenten(among: Set(changed.compactMap(\.gemeenteSlug)))
            : graph.gemeenten
        files += Parallel.map(gemeenten.map { Gemeente(slug: $0.slug, name: $0.name, voorzieningen: $0.voorzieningen) }) { g in
            gemeentePages(g, soorten: soorten)
        }.flatMap { $0 }
        return files
    }

    struct Gemeente: Sendable {
        var slug: String
        var name: String
        var voorzieningen: [Document]
    }

    /// The page of one gemeente and its printable lists.
    func gemeentePages(_ g: Gemeente, soorten: [Document]) -> [OutputFile] {
        let path = "sociale-kaart/\(g.slug)/index.html"
        let deps = { g.voorzieningen.map(\.slug) + slugs(.voorzieningsoort) }
        if let kept = unchangedInPatch([path, "sociale-kaart/\(g.slug)/print.html"], deps: deps()) { return kept }
        let demo = g.voorzieningen.contains { $0["voorbeeld"]?.bool == true }
        let bySoort = Dictionary(grouping: g.voorzieningen, by: { $0["soort"]?.string ?? "" })
        let soorten = soorten.filter { bySoort[$0.slug] != nil }
        let buildGroups = { () -> [[String: Any]] in soorten.map { soort in
            ["heading": soort.title, "id": soort.slug, "soortUrl": "../../" + soort.url,
             "items": bySoort[soort.slug]!.map { v -> [String: Any] in
                 var item = card(v, from: path)
                 if let phone = v["telefoon"]?.string { item["telefoon"] = ["label": phone, "uri": "tel:" + ContactCheck.telURI(phone)] }
                 if let adres = v["adres"] {
                     item["adres"] = ["straat": adres["straat"]?.string ?? "", "postcode": adres["postcode"]?.string ?? "", "plaats": adres["plaats"]?.string ?? ""]
                 }
                 let status = v["status"]?.string ?? "actief"
                 item["status"] = Vocabulary.label(status)
                 item["nietActief"] = status != "actief"
                 item["soortId"] = soort.slug
                 item["domeinen"] = VoorzieningContext.levensdomeinen(v, graph: graph).joined(separator: " ")
                 item["zoektekst"] = [v.title, v.summary, v["organisatie"]?.string ?? "", soort.title].joined(separator: " ")
                 return item
             }]
        } }
        // Made once for the page and its print list, and only for a page that is rendered.
        var groups: [[String: Any]]?
        let makeGroups = { () -> [[String: Any]] in
            if let groups { return groups }
            groups = buildGroups()
            return groups!
        }
        let makeContext = { () -> [String: Any] in
            let domeinen = Set(g.voorzieningen.flatMap { VoorzieningContext.levensdomeinen($0, graph: graph) })
            return [
                "gemeente": g.name,
                "aantal": g.voorzieningen.count,
                "groups": listed(makeGroups(), with: "_kaart-item"),
                "soorten": soorten.map { ["id": $0.slug, "label": $0.title] },
                "domeinen": Vocabulary.levensdomeinen.filter(domeinen.contains).map { ["id": $0, "label": Vocabulary.label($0)] },
            ]
        }
        var files = [page(path: path, title: "Sociale kaart \(g.name)", description: "Alle voorzieningen in \(g.name), per soort.",
                          template: "gemeente", context: makeContext(),
                          breadcrumbs: [("Sociale kaart", "sociale-kaart/index.html"), (g.name, path)], demo: demo,
                          scripts: ["assets/js/sociale-kaart.js"], deps: .documents(deps()))]
        files += printPages(g, groups: makeGroups, voorzieningen: bySoort, demo: demo)
        return files
    }

    /// The A4 list of a gemeente (all soorten, or one chosen soort).
    /// `voorzieningen`: per soort (a group's "id"), the voorzieningen of its items, in their order.
    func printPages(_ g: Gemeente, groups: @escaping () -> [[String: Any]], voorzieningen: [String: [Document]], demo: Bool) -> [OutputFile] {
        let printGroups = { groups().map { group -> [String: Any] in
            var group = group
            let docs = voorzieningen[group["id"] as? String ?? ""] ?? []
            group["items"] = zip(group["items"] as? [[String: Any]] ?? [], docs).map { item, v -> [String: Any] in
                var item = item
                item["organisatie"] = v["organisatie"]?.string ?? ""
                item["openKort"] = Self.openingHoursShort(v)
                item["aanmeldenKort"] = (v["aanmelden"]?.strings ?? []).map(Vocabulary.label).joined(separator: ", ")
                return item
            }
            return group
        } }
        func sheet(_ path: String, _ title: String, _ groups: @escaping () -> [[String: Any]]) -> OutputFile {
            page(path: path, title: title, description: "Printbare lijst (A4) van de sociale kaart.", template: "print-lijst",
                 context: { let groups = groups(); return ["groups": listed(groups, with: "_print-rij"), "dataDatum": DutchDate.long(dataDate), "siteTitle": settings.titel, "demo": demo,
                           "soorten": groups.map { ["id": $0["id"] ?? "", "label": $0["heading"] ?? ""] }] }(),
                 breadcrumbs: [("Sociale kaart", "sociale-kaart/index.html"), (g.name, "sociale-kaart/\(g.slug)/index.html")],
                 demo: demo, scripts: ["assets/js/sociale-kaart.js"], bodyClass: "print-page",
                 deps: .documents(g.voorzieningen.map(\.slug) + slugs(.voorzieningsoort)))
        }
        // One sheet; a list per soort is the same sheet with the soort chosen in its filter.
        return [sheet("sociale-kaart/\(g.slug)/print.html", "Sociale kaart \(g.name)", printGroups)]
    }

    /// The groups with their items rendered by `partial` (`{{{items}}}`), each item from the
    /// frame of its shape: a gemeente's list is as long as the gemeente is large, so the page as
    /// a whole has a shape of its own.
    func listed(_ groups: [[String: Any]], with partial: String) -> [[String: Any]] {
        groups.map { group in
            var group = group
            group["items"] = items(group["items"] as? [[String: Any]] ?? [], with: partial)
            return group
        }
    }

    /// "ma 09:00–12:00; do 09:00–12:00".
    static func openingHoursShort(_ v: Document) -> String {
        let hours = v["openingstijden"]?.object ?? [:]
        return Vocabulary.weekdagen.compactMap { day -> String? in
            guard let ranges = hours[day]?.strings, !ranges.isEmpty else { return nil }
            return "\(day.prefix(2)) " + ranges.map { $0.replacingAll("-", with: "–") }.joined(separator: ", ")
        }.joined(separator: "; ")
    }
}
