import MWContent
import Foundation

/// The web app manifest and the service worker that precaches the site for offline use.
///
/// Budget: everything the site needs (pages, assets, search index, keuzehulp data) is precached
/// up to `budget` bytes, highest priority first: the sociale kaart, then the other pages, then
/// search data and exports. The cache name carries a hash of all precached content, so a new
/// build replaces the old cache cleanly.
enum OfflineFiles {
    static let budget = 25_000_000

    static func files(for site: [FileSummary], title: String) -> [OutputFile] {
        let manifest: [String: Any] = [
            "name": title,
            "short_name": title,
            "lang": "nl",
            "start_url": "./index.html",
            "scope": "./",
            "display": "standalone",
            "background_color": "#ffffff",
            "theme_color": "#154273",
            "icons": [["src": "assets/icon.svg", "sizes": "any", "type": "image/svg+xml"]],
        ]
        let manifestData = DeterministicJSON.data(manifest, pretty: true)

        let candidates = site.filter { !$0.path.hasPrefix("downloads/") && $0.path != "sitemap.xml" && !$0.path.hasSuffix(".json") || $0.path == "keuzehulp.json" }
            .sorted { (priority($0.path), $0.path) < (priority($1.path), $1.path) }
        var total = 0
        var precached: [FileSummary] = []
        for file in candidates where total + file.size <= budget {
            total += file.size
            precached.append(file)
        }
        var hasher = Fingerprint()
        for file in precached.sorted(by: { $0.path < $1.path }) {
            hasher.add(file.path)
            hasher.add(file.hash)
        }
        let urls = ["./"] + precached.map(\.path).sorted()
        let list = urls.map { "\"\($0)\"" }.joined(separator: ",\n  ")
        let sw = """
        /* Meedoenwijzer service worker: generated at build time. Precaches \(precached.count) files (\(total / 1024) KB). */
        "use strict";
        var CACHE = "meedoenwijzer-\(hasher.hex)";
        var PRECACHE = [
          \(list)
        ];
        self.addEventListener("install", function (event) {
          // cache: "reload" bypasses the HTTP cache, so a new build never precaches old files.
          event.waitUntil(caches.open(CACHE).then(function (cache) {
            return cache.addAll(PRECACHE.map(function (url) { return new Request(url, { cache: "reload" }); }));
          }).then(function () { return self.skipWaiting(); }));
        });
        self.addEventListener("activate", function (event) {
          event.waitUntil(caches.keys().then(function (keys) {
            return Promise.all(keys.filter(function (k) { return k.indexOf("meedoenwijzer-") === 0 && k !== CACHE; }).map(function (k) { return caches.delete(k); }));
          }).then(function () { return self.clients.claim(); }));
        });
        self.addEventListener("fetch", function (event) {
          var request = event.request;
          if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
          event.respondWith(caches.match(request, { ignoreSearch: true }).then(function (hit) {
            if (hit) return hit;
            return fetch(request).catch(function () {
              return request.mode === "navigate" ? caches.match("404.html") : Response.error();
            });
          }));
        });

        """
        return [OutputFile(path: "manifest.webmanifest", data: manifestData), OutputFile(path: "sw.js", text: sw)]
    }

    static func priority(_ path: String) -> Int {
        if path.hasPrefix("sociale-kaart/") || path.hasPrefix("assets/") || path == "index.html" { return 0 }
        if path.hasSuffix(".html") { return 1 }
        if path.hasPrefix("keuzehulp") { return 2 }
        if path.hasPrefix("zoeken/") { return path.hasSuffix(".js") ? 4 : 3 }
        return 3
    }
}
