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
    /// Set by a process that ends right after `build()` (the command line): the build's data is
    /// then left to the process exit instead of freed piece by piece (1.4 s at 100,000 documents).
    public var leavesMemoryToExit = false

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
        /// Seconds per stage.
        public var timings: [(String, Double)] = []
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
        var timings: [(String, Double)] = []
        var clock = Date()
        func lap(_ stage: String) {
            timings.append((stage, Date().timeIntervalSince(clock)))
            clock = Date()
        }
        var checked = try check()
        lap("inlezen, valideren, koppelen")
        if checked.hasErrors { throw ContentErrors(checked.diagnostics) }
        // Pages go to disk as they are rendered; the indexes need only their paths and hashes.
        let site = try StagingSite(output: output)
        let fileCount: Int
        do {
            let pages = try writePages(checked, to: site)
            // The indexes need neither the Markdown sources nor the HTML of the bodies; the
            // assignments let go of the only other references to them.
            checked.graph = checked.graph.forIndexes()
            checked.tree.documents = []
            let renderer = try renderer(checked)
            if renderer.isLargeSite { Memory.returnFreePages() }
            lap("pagina's (en schrijven)")
            try renderer.renderIndexes(written: pages, into: site)
            lap("indexen")
            try site.commit()
            lap("vervangen")
            fileCount = site.written + site.linked
            if leavesMemoryToExit { _ = Unmanaged.passRetained(Leftover(value: (checked, pages, renderer))) }
        } catch {
            site.discard()
            throw error
        }
        return Report(documents: checked.graph.documents.count, files: fileCount, warnings: checked.diagnostics, timings: timings)
    }

    /// Renders the pages and writes each as soon as it is rendered; returns what the indexes need
    /// to know of them. (The renderer goes when this returns.)
    private func writePages(_ checked: Checked, to site: StagingSite) throws -> [FileSummary] {
        let renderer = try renderer(checked)
        let write = { @Sendable (file: OutputFile) throws -> FileSummary in
            try site.write(file)
            return FileSummary(file)
        }
        return try renderer.renderPages(write) + assetFiles(checked).map(write)
    }

    public func renderer(_ checked: Checked, caches: BuildCaches? = nil) throws -> SiteRenderer {
        SiteRenderer(graph: checked.graph, settings: checked.tree.settings, templates: try TemplateSet(directory: templates), cache: caches?.pages,
                     cards: caches?.cards ?? CardCache())
    }

    /// Content assets (images) copied as they are.
    public func assetFiles(_ checked: Checked) throws -> [OutputFile] {
        try checked.tree.assets.map { OutputFile(path: $0, data: try Data(contentsOf: content.appendingPathComponent($0))) }
    }

    /// Stage 5: every output file. With caches, pages whose inputs did not change are reused.
    public func render(_ checked: Checked, caches: BuildCaches? = nil) throws -> [OutputFile] {
        var files = try renderer(checked, caches: caches).render()
        files += try assetFiles(checked)
        return files
    }
}

extension SiteBuilder {
    public static func todayInAmsterdam() -> String { ContentLinter.today() }
}

/// What a build leaves to the process exit (see `leavesMemoryToExit`).
private final class Leftover<Value> {
    let value: Value
    init(value: Value) { self.value = value }
}

/// The caches that make a rebuild incremental: parsed files, rendered bodies, rendered pages.
public final class BuildCaches: @unchecked Sendable {
    public let parse = ParseCache()
    public let bodies = BodyCache()
    public let pages = PageCache()
    public let cards = CardCache()
    public init() {}
}
