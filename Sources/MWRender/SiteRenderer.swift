import Foundation
import MWContent
import MWGraph
import MWKeuzehulp

/// Stage 5: renders the linked documents into pages, indexes and exports.
public struct SiteRenderer: Sendable {
    public let graph: SiteGraph
    public let settings: SiteSettings
    public let templates: TemplateSet
    /// The newest date in the content; shown as "data date" (keeps builds reproducible).
    public let dataDate: String
    let cache: PageCache?
    /// Rendered cards and links, shared by all pages of a build (and kept between builds by `serve`).
    let cards: CardCache
    /// The layout, compiled once per kind of page during this build.
    var frames = TemplateFrames()
    /// The page templates and cards, compiled once per shape of their context during this build.
    var contentFrames = TemplateFrames()
    /// Everything every page shows besides its own documents: settings, data date, footer pages.
    public let globalKey: UInt64
    /// Computed once: the pages in the footer.
    let footerPages: [Document]
    /// Per type, the key of what a page listing all its documents shows of them (`PageDeps.all`);
    /// made only when pages are cached.
    let listKeys: [DocumentType: UInt64]
    /// When set (a patch after one edit), pages that show none of these slugs are taken from the
    /// cache as they are, without checking their keys.
    var scope: Set<String>? = nil

    public init(graph: SiteGraph, settings: SiteSettings, templates: TemplateSet, cache: PageCache? = nil, cards: CardCache = CardCache()) {
        self.init(graph: graph, settings: settings, templates: templates, cache: cache, cards: cards,
                  dataDate: graph.documents.compactMap(Self.date).max() ?? Self.noDate)
    }

    /// The renderer after a patch (`SitePatch`) replaced `before` by `after` in `graph`: the same
    /// documents by slug and type, so what the last renderer computed over all of them still
    /// holds, except a data date an edited document may have set or held (then it is computed
    /// again), and the frames made so far serve it too.
    public func patched(graph: SiteGraph, before: [Document], after: [Document]) -> SiteRenderer {
        let dataDate = before.contains { Self.date($0).map { $0 >= self.dataDate } ?? false }
            ? graph.documents.compactMap(Self.date).max() ?? Self.noDate
            : ([self.dataDate] + after.compactMap(Self.date)).max()!
        // The list keys hold the documents' fields: an edit of bodies alone leaves them.
        let fieldsBefore = Dictionary(before.map { ($0.slug, $0.fieldsFingerprint) }, uniquingKeysWith: { a, _ in a })
        let sameFields = after.allSatisfy { fieldsBefore[$0.slug] == $0.fieldsFingerprint }
        var renderer = SiteRenderer(graph: graph, settings: settings, templates: templates, cache: cache, cards: cards,
                                    dataDate: dataDate, listKeys: sameFields ? listKeys : nil)
        // The frames hold what pages share beyond their values (the layout: settings, data date,
        // footer). A patch keeps those (`SitePatch` checks `globalKey`), so the frames hold too.
        if renderer.globalKey == globalKey { (renderer.frames, renderer.contentFrames) = (frames, contentFrames) }
        return renderer
    }

    /// The date a document was last checked or updated (the data date is the newest).
    static func date(_ doc: Document) -> String? { (doc["laatst_gecontroleerd"] ?? doc["laatst_bijgewerkt"])?.string }
    static let noDate = "2026-01-01"

    init(graph: SiteGraph, settings: SiteSettings, templates: TemplateSet, cache: PageCache?, cards: CardCache,
         dataDate: String, listKeys: [DocumentType: UInt64]? = nil) {
        self.graph = graph
        self.cards = cards
        self.settings = settings
        self.templates = templates
        self.cache = cache
        self.dataDate = dataDate
        self.listKeys = listKeys ?? (cache == nil ? [:] : graph.fieldsKeys())
        var key = Fingerprint()
        for part in [settings.titel, settings.ondertitel, settings.basisURL, settings.redactieEmail, String(settings.controleTermijnMaanden), dataDate] {
            key.add(part)
        }
        footerPages = graph.documents(of: .pagina)
        for page in footerPages { key.add(page.slug); key.add(page.title) }
        globalKey = key.value
    }

    /// Slugs of all documents of these types.
    func slugs(_ types: DocumentType...) -> [String] {
        types.flatMap { graph.documents(of: $0).map(\.slug) }
    }

    /// What a page shows, for its cache key.
    enum PageDeps {
        /// These documents by their fields, and `own` (the document whose page it is) with its
        /// body: no other page shows a body. In their order, so a list that gains, loses or
        /// reorders a document changes the key.
        case documents([String], own: String? = nil)
        /// All documents of these types by their fields, and how all documents are linked (a
        /// list page; keyed without looking up each of tens of thousands of documents).
        case all([DocumentType])
    }

    /// Every file of the site: the pages, then the indexes built over them.
    public func render() throws -> [OutputFile] {
        let pages = try renderPages()
        return pages + renderIndexes(pages: pages)
    }

    /// The HTML pages and static assets.
    public func renderPages() throws -> [OutputFile] {
        try renderPages { $0 }
    }

    /// The same, handing each page to `emit` as soon as it is rendered (`build` writes it to
    /// disk there, so a large site is never held in memory as a whole).
    public func renderPages<R: Sendable>(_ emit: @Sendable (OutputFile) throws -> R) throws -> [R] {
        var results = try templates.assetFiles().map(emit)
        let documents = Parallel.map(graph.documents) { doc in Result { try emit(self.documentPage(doc)) } }
        // The listing pages side by side, each writing its pages on every free core.
        let listings: [@Sendable () -> [OutputFile]] = [{ self.overviewPages() }, { self.socialeKaartPages() }, { self.specialPages() }]
        let listed = Parallel.map(Array(listings.indices)) { i in Parallel.map(listings[i]()) { file in Result { try emit(file) } } }
        results += try (documents + listed.flatMap { $0 }).map { try $0.get() }
        return results
    }

    /// After an edit of `changed` (already patched into the graph): the pages that show one of
    /// them, rendered again; `alsoShowedBefore` are documents whose pages showed them before the
    /// edit (links the edit removed). Pages that show none of them are not rendered (some may be
    /// returned from the cache as they are). With no cache this is `renderPages()`.
    public func renderPages(affectedBy changed: Set<String>, alsoShowedBefore: Set<String> = []) -> [OutputFile] {
        guard cache != nil else { return (try? renderPages()) ?? [] }
        var scopedCopy = self
        scopedCopy.scope = changed
        let scoped = scopedCopy
        var affected = changed.union(alsoShowedBefore)
        for slug in changed { affected.formUnion(graph.neighbours(of: slug)) }
        let documents = affected.sorted().compactMap { graph[$0] }
        // The other pages show documents by type: skip the groups that cannot show a changed one.
        let types = Set(changed.compactMap { graph[$0]?.type })
        var groups: [@Sendable () -> [OutputFile]] = [{ Parallel.map(documents) { self.documentPage($0) } }]
        if !types.isDisjoint(with: [.aanpak, .werkzaamElement, .les, .bron]) { groups.append { scoped.overviewPages() } }
        if !types.isDisjoint(with: [.voorziening, .voorzieningsoort]) { groups.append { scoped.socialeKaartPages() } }
        if !types.isDisjoint(with: [.aanpak, .werkzaamElement, .les, .voorziening, .bron]) { groups.append { scoped.specialPages() } }
        // Side by side: one overview page of a thousand cards takes as long as all document pages.
        let tasks = groups
        return Parallel.map(Array(tasks.indices)) { tasks[$0]() }.flatMap { $0 }
    }

    /// Indexes and exports: JSON index, keuzehulp data, CSV/HSDS, search index, sitemap, offline files.
    /// (`serve` publishes the pages first and these a moment later.)
    public func renderIndexes(pages: [OutputFile]) -> [OutputFile] {
        let sink = MemorySink()
        // Cannot fail: only a sink's writes throw, and this one's do not.
        try? renderIndexes(written: Parallel.map(pages) { FileSummary($0) }, into: sink)
        return sink.files
    }

    /// The same for pages that are already written (`build` streams them to disk): each index
    /// goes to `sink` as soon as it is built, the large exports while they are encoded, so they
    /// are not held in memory together.
    public func renderIndexes(written pages: [FileSummary], into target: IndexSink) throws {
        // Side by side on a small site; on a large one in two groups, one after another, so that
        // the search index (the largest) is not in memory with the others (all side by side, a
        // 100,000-document build needed 0.8 GB more; one after another, a 10,000-document build
        // took 0.6 s longer): the search index alone, then the other exports with HSDS (1.30 GB
        // at 100,000, as much as the search index alone). Each uses every free core itself
        // (nested `Parallel.map`), and each writes its files so.
        let sink = SummarizingSink(target)
        let search: @Sendable () throws -> Void = { try SearchDocuments.write(self.graph, to: sink) }
        let exports: [@Sendable () throws -> Void] = [
            { try KeuzehulpData.write(self.graph, to: sink) },
            { try SocialeKaartExport.csv(self.graph, to: sink) },
            { try JSONIndex.write(self.graph, to: sink) },
        ]
        let hsds: @Sendable () throws -> Void = { try SocialeKaartExport.hsds(self.graph, settings: self.settings, to: sink) }
        // HSDS first in its group: it takes longest, and appends its records on one thread; begun
        // last, it ran alone at the end (100,000 documents: indexes 9.4–12.3 s against 12.9–13.3 s).
        let groups = isLargeSite ? [[search], [hsds] + exports] : [[search] + exports + [hsds]]
        for parts in groups {
            try Parallel.forEach(parts) { try $0() }
            if isLargeSite { Memory.returnFreePages() }
        }
        let all = pages + sink.files
        try target.write(Sitemap.file(paths: all.map(\.path), baseURL: settings.basisURL))
        try Self.write(OfflineFiles.files(for: all, title: settings.titel), to: target)
    }

    /// Writes whole files on every free core.
    static func write(_ files: [OutputFile], to sink: IndexSink) throws {
        try Parallel.forEach(files) { try sink.write($0) }
    }

    /// Above this many documents the indexes are built one after another (see `renderIndexes`)
    /// and freed memory is handed back between the large stages.
    var largeSite = 20_000
    public var isLargeSite: Bool { graph.documents.count > largeSite }

    // MARK: Layout

    static let navigation: [(label: String, url: String, section: String)] = [
        ("Aanpakken", "aanpakken/index.html", "aanpakken"),
        ("Werkzame elementen", "werkzame-elementen/index.html", "werkzame-elementen"),
        ("Lessen", "lessen/index.html", "lessen"),
        ("Sociale kaart", "sociale-kaart/index.html", "sociale-kaart"),
        ("Keuzehulp", "keuzehulp.html", "keuzehulp"),
        ("Zoeken", "zoeken.html", "zoeken"),
    ]

    /// Wraps inner content in the layout template.
    /// Renders a page, or reuses the cached one when nothing it shows (`deps`) changed.
    func page(path: String, title: String, description: String, template: String, context: @autoclosure () -> [String: Any],
              breadcrumbs: [(String, String)] = [], demo: Bool = false, scripts: [String] = [], bodyClass: String = "",
              deps: @autoclosure () -> PageDeps?) -> OutputFile {
        cached(path: path, template: template, deps: deps()) {
            renderPage(path: path, title: title, description: description, template: template, context: context(),
                       breadcrumbs: breadcrumbs, demo: demo, scripts: scripts, bodyClass: bodyClass)
        }
    }

    /// Runs `build` only when the page is not cached under the same key; `deps: nil` means no caching.
    func cached(path: String, template: String, deps: @autoclosure () -> PageDeps?, build: () -> OutputFile) -> OutputFile {
        guard let cache, let deps = deps() else { return build() }
        var key = Fingerprint()
        key.add(globalKey)
        key.add(templates.key(template))
        key.add(path)
        switch deps {
        case .documents(let slugs, let own):
            if let kept = unchangedInPatch([path], deps: slugs) { return kept[0] }
            for slug in slugs {
                key.add(slug)
                let doc = graph[slug]
                key.add((slug == own ? doc?.fingerprint : doc?.fieldsFingerprint) ?? 0)
            }
        case .all(let types):
            for type in types { key.add(listKeys[type] ?? 0) }
            key.add(graph.linksKey)
        }
        return cache.value(path, key: key.value, render: build)
    }

    /// In a patch (`scope` set): the pages at `paths` as last rendered when they show none of
    /// the edited documents (`deps`, the slugs they show); nil when they must be looked at again.
    /// Lets a caller skip building what only those pages need.
    func unchangedInPatch(_ paths: [String], deps: @autoclosure () -> [String]) -> [OutputFile]? {
        guard let scope, let cache, !deps().contains(where: scope.contains) else { return nil }
        let files = paths.compactMap { cache.current($0) }
        return files.count == paths.count ? files : nil
    }

    func renderPage(path: String, title: String, description: String, template: String, context: [String: Any],
                    breadcrumbs: [(String, String)], demo: Bool, scripts: [String], bodyClass: String) -> OutputFile {
        let root = SitePath.rootPrefix(of: path)
        var context = context
        context["root"] = root
        context["title"] = title
        if let groups = context["groups"] as? [Any] { context["showGroupNav"] = groups.count > 1 }
        let inner = render(template, context)
        let section = path.split(separator: "/").first.map { String($0).replacingAll(".html", with: "") } ?? ""
        let crumbs = breadcrumbs.isEmpty ? [] : [("Home", "index.html")] + breadcrumbs
        // The values that differ from page to page; the rest of the layout comes from a frame.
        let values = [path == "index.html" ? settings.titel : "\(title) – \(settings.titel)", description,
                      settings.basisURL + "/" + path, inner, title] + crumbs.map(\.0) + crumbs.map { root + $0.1 }
        func layout(_ values: [String]) -> [String: Any] {
            var layout: [String: Any] = [
                "root": root,
                "pageTitle": values[0],
                "description": values[1],
                "canonical": values[2],
                "content": values[3],
                "title": values[4],
                "siteTitle": settings.titel,
                "siteSubtitle": settings.ondertitel,
                "dataDate": DutchDate.long(dataDate),
                "dataDateISO": dataDate,
                "demo": demo,
                "bodyClass": bodyClass,
                "nav": Self.navigation.map { ["label": $0.label, "url": root + $0.url, "current": $0.section == section] },
                "breadcrumbs": crumbs.indices.map { ["label": values[5 + $0], "url": values[5 + crumbs.count + $0]] },
                "hasBreadcrumbs": !crumbs.isEmpty,
                "scripts": (["assets/js/site.js"] + scripts).map { ["src": root + $0] },
                "redactieEmail": settings.redactieEmail,
            ]
            layout["footerPages"] = footerPages.map { ["label": $0.title, "url": root + $0.url] }
            return layout
        }
        let key = [root, section, bodyClass, demo ? "demo" : "", String(crumbs.count), values.map { $0.isEmpty ? "0" : "1" }.joined()]
            .joined(separator: "|") + "|" + scripts.joined(separator: ",")
        guard templates.framable else { return OutputFile(path: path, text: templates.render("layout", layout(values))) }
        let html = frames.page(key: key, values: values,
                               make: { templates.render("layout", layout(values.indices.map { values[$0].isEmpty ? "" : TemplateFrame.marker($0) })) },
                               render: { templates.render("layout", layout(values)) })
        return OutputFile(path: path, text: html)
    }

    /// `template` rendered with `context` (empty texts dropped), from the frame of the context's
    /// shape when the templates allow frames.
    func render(_ template: String, _ context: [String: Any]) -> String {
        guard templates.framable, contentFrames.enabled, let skeleton = ContextSkeleton(context, droppingEmpty: true) else {
            return templates.render(template, Self.dropEmpty(context))
        }
        return contentFrames.page(key: template + "|" + skeleton.shape, values: skeleton.values, lineEnds: skeleton.lineEnds,
                                  make: { templates.render(template, skeleton.markers) },
                                  render: { templates.render(template, Self.dropEmpty(context)) })
    }

    /// Mustache treats "" as true in sections; removing empty strings makes `{{#field}}` mean "has a value".
    /// Removes keys from a copy instead of building new dictionaries (no rehashing).
    static func dropEmpty(_ dict: [String: Any]) -> [String: Any] {
        var out = dict
        for (key, value) in dict {
            if let s = value as? String {
                if s.isEmpty { out[key] = nil }
            } else if let nested = dropEmptyInside(value) {
                out[key] = nested
            }
        }
        return out
    }

    /// A dictionary or list of dictionaries with `dropEmpty` applied inside; nil for other
    /// values (strings in lists stay, as they are list items, not fields).
    static func dropEmptyInside(_ value: Any) -> Any? {
        switch value {
        case let dict as [String: Any]: dropEmpty(dict)
        case let list as [[String: Any]]: list.map(dropEmpty)
        case is [String]: nil
        case let list as [Any]: list.map { dropEmptyInside($0) ?? $0 }
        default: nil
        }
    }
}
