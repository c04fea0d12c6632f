import MWContent
import MWMarkdown

extension SiteGraph {
    /// The graph with one document replaced by a new version of the same file, without
    /// re-linking the rest: its references, body, outgoing links and the backlinks of the pages it
    /// links to are updated in place. The result is the graph `link` would build from the whole tree.
    ///
    /// Returns nil when a patch cannot give that graph cheaply and a full `link` is needed: the
    /// document is new or changed its title, type or path (other pages sort and title their links
    /// by it), it has an error (the full run reports it with all others), or its heading ids
    /// changed (links from other pages to `#kop` must be checked again).
    public func replacing(_ doc: Document, cache: BodyCache? = nil) -> (graph: SiteGraph, diagnostics: [Diagnostic])? {
        guard let position = index[doc.slug] else { return nil }
        let old = documents[position]
        guard old.path == doc.path, old.type == doc.type, old.title == doc.title, old.url == doc.url else { return nil }

        var documents = self.documents
        documents[position] = doc
        var diagnostics: [Diagnostic] = []

        // Front-matter references, as `link` checks them.
        var targets: [String] = []
        for ref in doc.references {
            guard let target = index[ref.slug].map({ documents[$0] }) else { return nil }
            if !ref.allowedTypes.isEmpty, !ref.allowedTypes.contains(target.type) { return nil }
            if ref.slug != doc.slug, !targets.contains(ref.slug) { targets.append(ref.slug) }
        }

        // The body, with the same lookup `link` uses.
        let lookup = LinkLookup(documents: documents, index: index, byPath: byPath)
        let result = lookup.render(doc, cache: cache)
        if result.diagnostics.contains(where: { $0.severity == .error }) { return nil }
        diagnostics += result.diagnostics
        var bodies = self.bodies
        bodies[doc.slug] = result.body
        if (self.bodies[doc.slug]?.headings.map(\.id) ?? []) != result.body.headings.map(\.id) { return nil }
        for (target, fragment, _) in result.links {
            if let fragment, !(bodies[target]?.headings.contains { $0.id == fragment } ?? false) { return nil }
            if target != doc.slug, !targets.contains(target) { targets.append(target) }
        }

        // Backlinks: drop the old links of this document, add the new ones in document order.
        var outgoing = self.outgoing
        var incoming = self.incoming
        let before = Set(outgoing[doc.slug] ?? [])
        let after = Set(targets)
        outgoing[doc.slug] = targets
        for removed in before.subtracting(after) {
            incoming[removed]?.removeAll { $0 == doc.slug }
            if incoming[removed]?.isEmpty == true { incoming[removed] = nil }
        }
        for added in after.subtracting(before) {
            var list = incoming[added] ?? []
            let at = list.firstIndex { index[$0]! > position } ?? list.count
            list.insert(doc.slug, at: at)
            incoming[added] = list
        }
        // The links key is computed again only when this document's links changed.
        let graph = SiteGraph(documents: documents, bodies: bodies, index: index, outgoing: outgoing, incoming: incoming, byPath: byPath,
                              linksKey: self.outgoing[doc.slug] ?? [] == targets ? linksKey : nil)
        return (graph, diagnostics)
    }

    /// Slugs whose pages show `slug` (as a link, card or backlink) in this graph.
    public func neighbours(of slug: String) -> Set<String> {
        Set((outgoing[slug] ?? []) + (incoming[slug] ?? []))
    }
}
