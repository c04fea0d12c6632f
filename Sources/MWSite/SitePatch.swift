import Foundation
import MWContent
import MWGraph
import MWKeuzehulp
import MWRender

/// The fast path of `serve`: after edits to existing documents, the last good build is patched
/// instead of rebuilt. Only the edited files are read; the graph is updated in place
/// (`SiteGraph.replacing`); only the pages that show an edited document are rendered again.
/// The result equals a full build of the same content (tested); whenever a patch cannot give
/// that (a new or deleted file, a changed title, heading ids or data date, a template or
/// settings change, an error), `apply` returns nil and the caller does a full (incremental) build.
public struct SitePatch: Sendable {
    public var checked: SiteBuilder.Checked
    public var renderer: SiteRenderer
    /// The pages rendered again (to publish at once).
    public var changedPages: [OutputFile]
    /// Every page of the site after the patch (for the indexes that follow).
    public var pages: [OutputFile]

    /// - Parameters:
    ///   - paths: the changed files, relative to the content folder.
    ///   - pages: every page of the previous build, in build order.
    public static func apply(_ paths: Set<String>, to previous: SiteBuilder.Checked, renderer old: SiteRenderer,
                             pages: [OutputFile], builder: SiteBuilder, caches: BuildCaches) -> SitePatch? {
        guard !paths.isEmpty else { return nil }
        var checked = previous
        var changed: Set<String> = []
        var showedBefore: Set<String> = []
        var before: [Document] = []
        for path in paths.sorted() {
            guard let old = checked.graph.document(atPath: path),
                  let (document, diagnostics) = ContentTree.readDocument(path, in: builder.content, cache: caches.parse),
                  let document, !diagnostics.contains(where: { $0.severity == .error }),
                  let (graph, bodyDiagnostics) = checked.graph.replacing(document, cache: caches.bodies) else { return nil }
            showedBefore.formUnion(checked.graph.neighbours(of: old.slug))
            before.append(old)
            checked.tree = checked.tree.replacing(document, diagnostics: diagnostics + bodyDiagnostics)
            checked.graph = graph
            checked.diagnostics = checked.diagnostics.filter { $0.path != path } + diagnostics + bodyDiagnostics
            changed.insert(document.slug)
        }
        // Keuzehulp rules: those of the edited aanpakken, or all when the questions changed.
        let keuzehulp = checked.graph.documents(of: .keuzehulp).first
        let rules = RuleValidator.validate(keuzehulp: keuzehulp, aanpakken: changed.contains(keuzehulp?.slug ?? "")
                                           ? checked.graph.documents(of: .aanpak)
                                           : changed.compactMap { checked.graph[$0] }.filter { $0.type == .aanpak })
        if rules.contains(where: { $0.severity == .error }) { return nil }
        let renderer = old.patched(graph: checked.graph, before: before, after: changed.compactMap { checked.graph[$0] })
        // A new data date or footer changes every page: not a patch.
        guard renderer.globalKey == old.globalKey else { return nil }
        let changedPages = renderer.renderPages(affectedBy: changed, alsoShowedBefore: showedBefore)
        let replaced = Dictionary(changedPages.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        var found = 0
        let all = pages.map { page -> OutputFile in
            guard let new = replaced[page.path] else { return page }
            found += 1
            return new
        }
        // A page the last build did not have means the set of pages changed: not a patch.
        guard found == replaced.count else { return nil }
        checked.diagnostics = Array(Set(checked.diagnostics)).sorted()
        return SitePatch(checked: checked, renderer: renderer, changedPages: changedPages, pages: all)
    }
}
