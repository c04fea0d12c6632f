import Foundation
import MWContent
import MWGraph
import MWKeuzehulp
import MWRender

/// The whole pipeline: load → parse → validate → link → render → write.
public struct SiteBuilder: Sendable {
    public var content: URL
    public var templates: URL
    public var output: URL
    /// Date used for "not checked for N months" warnings (YYYY-MM-DD).
    public var today: String

    public init(content: URL, templates: URL, output: URL, today: String = ContentLinter.today()) {
        self.content = content
        self.templates = templates
        self.output = output
        self.today = today
    }

    public struct Report: Sendable {
        public var documents: Int
        public var files: Int
        public var warnings: [Diagnostic]
    }

    public struct Checked: Sendable {
        public var tree: ContentTree
        public var graph: SiteGraph
        public var diagnostics: [Diagnostic]
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Stages 1–4 plus the linter. Never throws for content problems: they are in the diagnostics.
    /// With caches (kept by `serve`), unchanged files are not parsed and unchanged bodies not rendered again.
    public func check(caches: BuildCaches? = nil) throws -> Checked {
        let tree = try ContentTree.read(from: content, cache: caches?.parse)
        var diagnostics = tree.diagnostics
        let (graph, linkDiagnostics) = SiteGraph.link(tree, cache: caches?.bodies)
        diagnostics += linkDiagnostics
        diagnostics += RuleValidator.validate(keuzehulp: graph.documents(of: .keuzehulp).first, aanpakken: graph.documents(of: .aanpak))
        if !diagnostics.contains(where: { $0.severity == .error }) {
            diagnostics += ContentLinter.lint(graph, settings: tree.settings, today: today)
        }
        return Checked(tree: tree, graph: graph, diagnostics: Array(Set(diagnostics)).sorted())
    }

    /// Builds the site; throws `ContentErrors` (and writes nothing) when the content has errors.
    @discardableResult
    public func build() throws -> Report {
        let checked = try check()
        if checked.hasErrors { throw ContentErrors(checked.diagnostics) }
        let files = try render(checked)
        try AtomicSiteWriter.write(files, to: output)
        return Report(documents: checked.graph.documents.count, files: files.count, warnings: checked.diagnostics)
    }

    /// Stage 5: every output file. With caches, pages whose inputs did not change are reused.
    public func render(_ checked: Checked, caches: BuildCaches? = nil) throws -> [OutputFile] {
        let templateSet = try TemplateSet(directory: templates)
        var files = try SiteRenderer(graph: checked.graph, settings: checked.tree.settings, templates: templateSet, cache: caches?.pages).render()
        for asset in checked.tree.assets {
            files.append(OutputFile(path: asset, data: try Data(contentsOf: content.appendingPathComponent(asset))))
        }
        return files
    }
}

extension SiteBuilder {
    public static func todayInAmsterdam() -> String { ContentLinter.today() }
}

/// The caches that make a rebuild incremental: parsed files, rendered bodies, rendered pages.
public final class BuildCaches: @unchecked Sendable {
    public let parse = ParseCache()
    public let bodies = BodyCache()
    public let pages = PageCache()
    public init() {}
}
