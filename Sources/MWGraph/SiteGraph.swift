import Foundation
import MWContent
import MWMarkdown

/// Stage 4: the documents linked into a graph — references checked and resolved, bodies
/// rendered, backlinks and groupings computed.
public struct SiteGraph: Sendable {
    /// All documents, sorted by type and then title.
    public let documents: [Document]
    public let bodies: SharedDictionary<RenderedBody>
    /// slug → index in `documents`.
    let index: [String: Int]
    /// slug → slugs it refers to (front matter and body), in first-mention order.
    public let outgoing: SharedDictionary<[String]>
    /// slug → slugs that refer to it, sorted by type and title.
    public let incoming: SharedDictionary<[String]>
    /// Source path → slug (for relative `.md` links in bodies).
    let byPath: [String: String]

    public subscript(slug: String) -> Document? { index[slug].map { documents[$0] } }

    /// The document read from `path` (relative to the content folder).
    public func document(atPath path: String) -> Document? { byPath[path].flatMap { self[$0] } }

    /// The documents are sorted by type first, so each type is one range.
    let typeRanges: [DocumentType: Range<Int>]

    public func documents(of type: DocumentType) -> [Document] { typeRanges[type].map { Array(documents[$0]) } ?? [] }

    /// How many documents of `type` there are (without copying them).
    public func count(of type: DocumentType) -> Int { typeRanges[type]?.count ?? 0 }

    /// A hash of every link between documents (each one's outgoing list, in document order):
    /// equal for equal links. Pages that show how documents are linked beyond their own
    /// neighbours (the aanpakken per werkzaam element) are keyed by it.
    public let linksKey: UInt64

    init(documents: [Document], bodies: [String: RenderedBody], index: [String: Int], outgoing: [String: [String]],
         incoming: [String: [String]], byPath: [String: String]) {
        self.init(documents: documents, bodies: SharedDictionary(bodies), index: index, outgoing: SharedDictionary(outgoing),
                  incoming: SharedDictionary(incoming), byPath: byPath)
    }

    /// `linksKey` nil: computed from `outgoing`.
    init(documents: [Document], bodies: SharedDictionary<RenderedBody>, index: [String: Int], outgoing: SharedDictionary<[String]>,
         incoming: SharedDictionary<[String]>, byPath: [String: String], linksKey: UInt64? = nil) {
        self.linksKey = linksKey ?? Self.linksKey(documents, outgoing)
        self.documents = documents
        self.bodies = bodies
        self.index = index
        self.outgoing = outgoing
        self.incoming = incoming
        self.byPath = byPath
        var ranges: [DocumentType: Range<Int>] = [:]
        var start = 0
        while start < documents.count {
            let type = documents[start].type
            var end = start + 1
            while end < documents.count, documents[end].type == type { end += 1 }
            ranges[type] = start..<end
            start = end
        }
        typeRanges = ranges
    }

    /// The graph without what only the pages need: the Markdown source and the HTML of every
    /// body (headings and plain text stay). The index stage of a build needs no more; letting them
    /// go lowered the peak of a 100,000-document build by about 180 MB.
    public func forIndexes() -> SiteGraph {
        let documents = Parallel.map(self.documents) { doc -> Document in
            var doc = doc
            doc.body = ""
            return doc
        }
        return SiteGraph(documents: documents, bodies: bodies.mapValues { RenderedBody(html: "", headings: $0.headings, plainText: $0.plainText) },
                         index: index, outgoing: outgoing, incoming: incoming, byPath: byPath, linksKey: linksKey)
    }

    static func linksKey(_ documents: [Document], _ outgoing: SharedDictionary<[String]>) -> UInt64 {
        var key = Fingerprint()
        for doc in documents {
            guard let targets = outgoing[doc.slug], !targets.isEmpty else { continue }
            key.add(doc.slug)
            key.add(UInt64(targets.count))
            for target in targets { key.add(target) }
        }
        return key.value
    }

    /// Per type, a hash of the slugs and fields of all its documents in site order (what a page
    /// that lists them all shows of them; their bodies are left out).
    public func fieldsKeys() -> [DocumentType: UInt64] {
        typeRanges.mapValues { range in
            var key = Fingerprint()
            for doc in documents[range] {
                key.add(doc.slug)
                key.add(doc.fieldsFingerprint)
            }
            return key.value
        }
    }

    public func incoming(_ slug: String, of type: DocumentType) -> [Document] { documents(of: type, among: incoming[slug]) }

    public func outgoing(_ slug: String, of type: DocumentType) -> [Document] { documents(of: type, among: outgoing[slug]) }

    /// The documents of `type` among `slugs`, in their order. Picks positions first and copies
    /// only the documents it returns (a bron is cited by thousands of pages of four types).
    func documents(of type: DocumentType, among slugs: [String]?) -> [Document] {
        guard let slugs, let range = typeRanges[type] else { return [] }
        return slugs.compactMap { index[$0] }.filter(range.contains).map { documents[$0] }
    }

    /// Documents of a type grouped by the values of a list or single field, in vocabulary order.
    public func grouped(_ type: DocumentType, by field: String, order: [String]) -> [(key: String, documents: [Document])] {
        guard let range = typeRanges[type] else { return [] }
        return order.compactMap { key in
            let members = range.filter { i in
                guard let v = documents[i][field] else { return false }
                if case .list = v { return v.strings.contains(key) }
                return v.string == key
            }
            return members.isEmpty ? nil : (key, members.map { documents[$0] })
        }
    }

    /// Gemeente folder slug → (display name, voorzieningen).
    public var gemeenten: [(slug: String, name: String, voorzieningen: [Document])] { gemeenten(among: nil) }

    /// The same for the gemeenten with these slugs only (nil: all), without grouping the others.
    public func gemeenten(among slugs: Set<String>?) -> [(slug: String, name: String, voorzieningen: [Document])] {
        guard let range = typeRanges[.voorziening] else { return [] }
        let positions = slugs.map { slugs in range.filter { slugs.contains(documents[$0].gemeenteSlug ?? "") } } ?? Array(range)
        let byGemeente = Dictionary(grouping: positions.map { documents[$0] }, by: { $0.gemeenteSlug ?? "" })
        return byGemeente.keys.sorted().map { key in
            let docs = byGemeente[key]!
            return (key, docs.first?["gemeente"]?.string ?? key, docs)
        }
    }

    public static func link(_ tree: ContentTree, cache: BodyCache? = nil) -> (SiteGraph, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        // Unique slugs across all types; the first file (by path) keeps a slug.
        var index: [String: Int] = [:]
        var documents: [Document] = []
        for doc in tree.documents.sorted(by: { $0.path < $1.path }) {
            if let other = index[doc.slug] {
                diagnostics.append(.error(doc.path, .start, "de slug '\(doc.slug)' wordt ook gebruikt door \(documents[other].path); slugs moeten uniek zijn over de hele site"))
                continue
            }
            index[doc.slug] = documents.count
            documents.append(doc)
        }
        documents = sortedForDisplay(documents)
        index = Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($1.slug, $0) })
        let byPath = Dictionary(uniqueKeysWithValues: documents.map { ($0.path, $0.slug) })
        let slugs = Array(index.keys)

        // Front-matter references (per document, on every core; the closure reads constant copies
        // of the two variables).
        let (displayed, positions) = (documents, index)
        let resolved = Parallel.map(displayed) { doc -> (targets: [String], problems: [Diagnostic]) in
            var targets: [String] = []
            var problems: [Diagnostic] = []
            for ref in doc.references {
                guard let target = positions[ref.slug].map({ displayed[$0] }) else {
                    problems.append(.error(doc.path, ref.position, "'\(ref.field)' verwijst naar '\(ref.slug)', maar dat document bestaat niet.\(Suggestion.hint(for: ref.slug, in: slugs))"))
                    continue
                }
                if !ref.allowedTypes.isEmpty, !ref.allowedTypes.contains(target.type) {
                    problems.append(.error(doc.path, ref.position, "'\(ref.field)' verwijst naar '\(ref.slug)', een \(target.type.rawValue); verwacht: een \(ref.allowedTypes.map(\.rawValue).joined(separator: " of "))"))
                    continue
                }
                if ref.slug != doc.slug, !targets.contains(ref.slug) { targets.append(ref.slug) }
            }
            return (targets, problems)
        }
        var outgoing: [String: [String]] = [:]
        outgoing.reserveCapacity(documents.count)
        for (doc, result) in zip(documents, resolved) {
            outgoing[doc.slug] = result.targets
            diagnostics += result.problems
        }

        // Bodies: render Markdown, resolving document links (in parallel).
        let lookup = LinkLookup(documents: documents, index: index, byPath: byPath)
        let rendered = Parallel.map(documents) { doc in lookup.render(doc, cache: cache) }
        var bodies: [String: RenderedBody] = [:]
        var fragmentChecks: [(Document, String, String, Position)] = []
        for (doc, result) in zip(documents, rendered) {
            bodies[doc.slug] = result.body
            diagnostics += result.diagnostics
            for (target, fragment, position) in result.links {
                if let fragment { fragmentChecks.append((doc, target, fragment, position)) }
                if target != doc.slug, !(outgoing[doc.slug] ?? []).contains(target) { outgoing[doc.slug, default: []].append(target) }
            }
        }
        for (doc, target, fragment, position) in fragmentChecks where !(bodies[target]?.headings.contains { $0.id == fragment } ?? false) {
            let ids = bodies[target]?.headings.map(\.id) ?? []
            diagnostics.append(.error(doc.path, position, "de link naar '\(target)#\(fragment)' wijst naar een kop die niet bestaat.\(Suggestion.hint(for: fragment, in: ids))"))
        }

        // In document order, so each list is sorted by type and title as it is made.
        var incoming: [String: [String]] = [:]
        for doc in documents {
            for target in outgoing[doc.slug] ?? [] { incoming[target, default: []].append(doc.slug) }
        }
        let graph = SiteGraph(documents: documents, bodies: bodies, index: index, outgoing: outgoing, incoming: incoming, byPath: byPath)
        return (graph, diagnostics)
    }
}

extension SiteGraph {
    /// By type, then title (case-insensitive), then slug; each key is computed once per document.
    static func sortedForDisplay(_ documents: [Document]) -> [Document] {
        let keys = Parallel.map(documents) { ($0.type.sortKey, $0.title.lowercased(), $0.slug) }
        return documents.indices.sorted { keys[$0] < keys[$1] }.map { documents[$0] }
    }
}

extension DocumentType {
    var sortKey: Int { DocumentType.allCases.firstIndex(of: self)! }
}
