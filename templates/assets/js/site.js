/* Meedoenwijzer: small progressive enhancements shared by every page. */
(function () {
  "use strict";
  var root = document.body.getAttribute("data-root") || "./";
  // On phones the menu scrolls sideways: show the current section.
  var current = document.querySelector(".site-nav [aria-current]");
  if (current && current.parentNode.parentNode.scrollWidth > current.parentNode.parentNode.clientWidth) {
    var list = current.parentNode.parentNode;
    list.scrollLeft = current.offsetLeft - (list.clientWidth - current.offsetWidth) / 2;
  }
  // The web app manifest only over HTTP(S): from disk (file://) browsers refuse to load it and
  // report that as an error on every page.
  if (/^https?:$/.test(location.protocol)) {
    var manifest = document.createElement("link");
    manifest.rel = "manifest";
    manifest.href = root + "manifest.webmanifest";
    document.head.appendChild(manifest);
  }
  // Offline support: register the service worker when served over HTTP(S), and check for a
  // newer build on every visit; a new worker replaces the old cache when it activates.
  if ("serviceWorker" in navigator && /^https?:$/.test(location.protocol)) {
    navigator.serviceWorker.register(root + "sw.js").then(function (registration) {
      return registration.update();
    }).catch(function () {});
  }
})();
