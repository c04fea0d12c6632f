import Foundation
import Hummingbird
import MWContent
import MWRender
import MWSite

/// `meedoenwijzer serve`: builds the site in memory, rebuilds incrementally on every change to
/// content/ or templates/, and serves it on loopback. Pages get a small script that reloads the
/// tab after a rebuild and shows validation errors as an overlay; meanwhile the last good site
/// keeps being served.
public struct PreviewServer: Sendable {
    public var builder: SiteBuilder
    public var host: String
    public var port: Int
    public let state = PreviewState()
    let caches = BuildCaches()
    let live = LiveBuild()
    let indexQueue = IndexQueue()
    let log: @Sendable (String) -> Void

    public init(builder: SiteBuilder, host: String = "127.0.0.1", port: Int = 8000, log: @escaping @Sendable (String) -> Void = { print($0) }) {
        self.builder = builder
        self.host = host
        self.port = port
        self.log = log
    }

    /// One (incremental) build; publishes the new site or the errors.
    /// Heavy, synchronous build work runs on Dispatch, not on Swift's cooperative thread pool:
    /// there it would starve the request handlers on a 2-core machine.
    func offPool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
    }

    /// The same for work that may wait, at a lower priority (`Parallel.inBackground`).
    func inBackground<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Parallel.inBackground { continuation.resume(returning: work()) }
        }
    }

    enum PageBuild: Sendable {
        case failed([Diagnostic])
        case built(SiteRenderer, [OutputFile], documents: Int, checkMs: Int)
        case patched(SitePatch)
    }

    /// One rebuild after `changed` (absolute paths; nil = unknown): a patch of the last good build
    /// when only existing documents were edited, else an incremental build through the caches.
    /// Publishes the new pages or the errors first, the indexes a moment later.
    public func rebuild(changed: Set<String>? = nil) async {
        let start = Date()
        let (builder, caches, live) = (self.builder, self.caches, self.live)
        let result: PageBuild = await offPool {
            caches.pages.resetCounters()
            if let last = live.last, let paths = Self.contentPaths(changed, builder: builder),
               let patch = SitePatch.apply(paths, to: last.checked, renderer: last.renderer, pages: last.pages, builder: builder, caches: caches) {
                // The last build goes a moment later, after the pages are out: freeing what only it
                // held (copies of 100,000 documents' collections) took a tenth of a patch.
                let replaced = live.last
                DispatchQueue.global(qos: .utility).asyncAfter(deadline: .now() + 1) { withExtendedLifetime(replaced) {} }
                live.last = (patch.checked, patch.renderer, patch.pages)
                return .patched(patch)
            }
            do {
                let checked = try builder.check(caches: caches)
                if checked.hasErrors { return .failed(checked.diagnostics) }
                let checkMs = Int(Date().timeIntervalSince(start) * 1000)
                // Pages first, so an edit shows at once; the indexes (search, JSON, exports) follow.
                let renderer = try builder.renderer(checked, caches: caches)
                let pages = try renderer.renderPages() + builder.assetFiles(checked)
                live.last = (checked, renderer, pages)
                return .built(renderer, pages, documents: checked.graph.documents.count, checkMs: checkMs)
            } catch let errors as ContentErrors {
                return .failed(errors.diagnostics)
            } catch {
                return .failed([.error("", .start, "\(error)")])
            }
        }
        switch result {
        case .failed(let diagnostics):
            live.last = nil   // the next good build starts from the whole tree again
            for d in diagnostics where d.severity == .error { log(d.description) }
            log("Niet herbouwd: \(diagnostics.filter { $0.severity == .error }.count) fout(en). De vorige versie blijft zichtbaar.")
            await state.fail(diagnostics)
        case .patched(let patch):
            await state.patch(files: Dictionary(patch.changedPages.map { ($0.path, $0.data) }, uniquingKeysWith: { a, _ in a }))
            let ms = Date().timeIntervalSince(start) * 1000
            log("Bijgewerkt: zichtbaar na \(String(format: "%.0f", ms)) ms; \(caches.pages.rendered) pagina's opnieuw.")
            await indexesInBackground(patch.renderer, pages: patch.pages, start: start)
        case .built(let renderer, let pages, let documents, let checkMs):
            var files = Dictionary(uniqueKeysWithValues: pages.map { ($0.path, $0.data) })
            for (path, data) in await state.files where files[path] == nil && isIndexFile(path) { files[path] = data }
            await state.publish(files: files)
            let pagesMs = Int(Date().timeIntervalSince(start) * 1000)
            log("Gebouwd: zichtbaar na \(pagesMs) ms (inlezen en koppelen \(checkMs) ms); \(documents) documenten, \(caches.pages.rendered) pagina's opnieuw, \(caches.pages.reused) hergebruikt.")
            await indexesInBackground(renderer, pages: pages, start: start)
        }
    }

    /// The indexes follow the pages in the background, one build at a time (`IndexQueue`): a build
    /// still running when a newer edit comes finishes and is published, then the newest follows.
    func indexesInBackground(_ renderer: SiteRenderer, pages: [OutputFile], start: Date) async {
        let (state, log) = (self.state, self.log)
        await indexQueue.submit {
            // At a lower priority: an edit made meanwhile gets the cores for its pages (at
            // 100,000 documents the indexes take 20 s and used to slow each patch threefold).
            let indexes = await self.inBackground { renderer.renderIndexes(pages: pages) }
            await state.update(Dictionary(uniqueKeysWithValues: indexes.map { ($0.path, $0.data) }))
            log("Indexen bijgewerkt na \(Int(Date().timeIntervalSince(start) * 1000)) ms.")
        }
    }

    /// The changed files as paths relative to the content folder, leaving out editors' temporary
    /// and hidden files that are gone again; nil when a patch cannot cover the change (unknown
    /// paths, templates, settings, new files or folders).
    static func contentPaths(_ changed: Set<String>?, builder: SiteBuilder) -> Set<String>? {
        guard let changed else { return nil }
        let root = builder.content.standardizedFileURL.path + "/"
        var paths: Set<String> = []
        for path in changed {
            let exists = FileManager.default.fileExists(atPath: path)
            let name = (path as NSString).lastPathComponent
            if !exists, name.hasPrefix(".") || name.hasSuffix("~") || !name.hasSuffix(".md") { continue }
            guard path.hasPrefix(root) else { return nil }
            let relative = String(path.dropFirst(root.count))
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            guard exists, relative.hasSuffix(".md") else { return nil }
            paths.insert(relative)
        }
        return paths.isEmpty ? nil : paths
    }

    public func run() async throws {
        await rebuild()
        let rebuilds = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let pending = PendingChanges()
        let watcher = FileWatcher(roots: [builder.content, builder.templates]) { paths in
            pending.add(paths)
            rebuilds.continuation.yield()
        }
        watcher.start()
        let server = self
        Task.detached {
            for await _ in rebuilds.stream { await server.rebuild(changed: pending.take()) }
        }
        let app = Application(router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "meedoenwijzer-serve"))
        log("Voorbeeld op http://\(host):\(port)/ (stop met Ctrl-C)")
        try await app.runService()
    }

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        let state = self.state
        router.get("/__mw/status") { request, _ -> Response in
            let since = request.uri.queryParameters.get("since", as: Int.self)
            var status = await state.status()
            if let since {
                // Long poll: answer as soon as the version changes, or after 25 s.
                for _ in 0..<2500 where status.version == since {
                    try await Task.sleep(nanoseconds: 10_000_000)
                    status = await state.status()
                }
            }
            let json = try JSONSerialization.data(withJSONObject: ["version": status.version, "errors": status.errors])
            return Response(status: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
                            body: .init(byteBuffer: ByteBuffer(bytes: json)))
        }
        router.get("/__mw/live.js") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/javascript", .cacheControl: "no-store"],
                     body: .init(byteBuffer: ByteBuffer(string: LiveReload.script)))
        }
        router.get("**") { request, _ -> Response in
            var path = request.uri.path.removingPercentEncoding ?? request.uri.path
            while path.hasPrefix("/") { path.removeFirst() }
            if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
            if path == "sw.js" {
                // No offline cache while previewing: it would serve stale pages.
                return Response(status: .ok, headers: [.contentType: "text/javascript", .cacheControl: "no-store"],
                                body: .init(byteBuffer: ByteBuffer(string: LiveReload.unregisterWorker)))
            }
            var status = HTTPResponse.Status.ok
            var data = await state.file(path)
            if data == nil, !path.contains("."), let html = await state.file(path + ".html") { data = html; path += ".html" }
            if data == nil {
                status = .notFound
                path = "404.html"
                data = await state.file(path) ?? Data("Niet gevonden".utf8)
            }
            var body = data!
            if path.hasSuffix(".html") { body = LiveReload.inject(into: body) }
            return Response(status: status, headers: [.contentType: MediaType.of(path), .cacheControl: "no-store"],
                            body: .init(byteBuffer: ByteBuffer(bytes: body)))
        }
        return router
    }
}

/// The last good build, kept for patching (touched only by the one rebuild running at a time).
final class LiveBuild: @unchecked Sendable {
    var last: (checked: SiteBuilder.Checked, renderer: SiteRenderer, pages: [OutputFile])?
}

/// Paths reported by the watcher and not yet rebuilt; nil once any change had unknown paths.
final class PendingChanges: @unchecked Sendable {
    private var paths: Set<String>? = []
    private let lock = NSLock()

    func add(_ new: Set<String>?) {
        lock.lock(); defer { lock.unlock() }
        if let new { paths?.formUnion(new) } else { paths = nil }
    }

    func take() -> Set<String>? {
        lock.lock(); defer { lock.unlock() }
        defer { paths = [] }
        return paths
    }
}

/// Files made by the index phase, kept from the previous build until the new ones are ready.
func isIndexFile(_ path: String) -> Bool {
    path.hasPrefix("zoeken/") || path.hasPrefix("downloads/") || ["index.json", "keuzehulp.json", "keuzehulp-data.js", "sitemap.xml", "sw.js", "manifest.webmanifest"].contains(path)
}

enum MediaType {
    static func of(_ path: String) -> String {
        switch (path as NSString).pathExtension {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "webmanifest": "application/manifest+json"
        case "svg": "image/svg+xml"
        case "xml": "application/xml"
        case "csv": "text/csv; charset=utf-8"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        default: "application/octet-stream"
        }
    }
}
