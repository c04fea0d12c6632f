import Foundation

/// The script the preview server adds to every page: wait for a new build, then reload; show
/// validation errors in an overlay until they are fixed.
enum LiveReload {
    static func inject(into html: Data) -> Data {
        let tag = "<script src=\"/__mw/live.js\"></script>"
        guard let text = String(data: html, encoding: .utf8), let range = text.range(of: "</body>", options: .backwards) else { return html }
        return Data(text.replacingCharacters(in: range, with: tag + "</body>").utf8)
    }

    static let script = """
    (function () {
      "use strict";
      var version = null;
      function overlay(errors) {
        var box = document.getElementById("mw-error-overlay");
        if (!errors.length) { if (box) box.remove(); return; }
        if (!box) {
          box = document.createElement("div");
          box.id = "mw-error-overlay";
          box.setAttribute("role", "alert");
          box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:99999;background:#3d0b0b;color:#fff;font:14px/1.5 monospace;padding:1rem 1.25rem;border-top:4px solid #ff6b6b";
          document.body.appendChild(box);
        }
        box.textContent = "";
        var h = document.createElement("strong");
        h.textContent = "Meedoenwijzer: de inhoud heeft " + errors.length + " fout(en). Je ziet de laatste goede versie.";
        box.appendChild(h);
        errors.forEach(function (e) { var p = document.createElement("pre"); p.style.whiteSpace = "pre-wrap"; p.style.margin = ".4rem 0 0"; p.textContent = e; box.appendChild(p); });
      }
      function poll() {
        fetch("/__mw/status" + (version === null ? "" : "?since=" + version), { cache: "no-store" })
          .then(function (r) { return r.json(); })
          .then(function (s) {
            if (version !== null && s.version !== version && s.errors.length === 0) { location.reload(); return; }
            version = s.version;
            overlay(s.errors);
            poll();
          })
          .catch(function () { setTimeout(poll, 1000); });
      }
      poll();
    })();
    """

    static let unregisterWorker = """
    self.addEventListener("install", function () { self.skipWaiting(); });
    self.addEventListener("activate", function () { self.registration.unregister(); });
    """
}
