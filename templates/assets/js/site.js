/* Meedoenwijzer: small progressive enhancements shared by every page. */
(function () {
  "use strict";
  var root = document.body.getAttribute("data-root") || "./";
  // Offline support: register the service worker when served over HTTP(S).
  if ("serviceWorker" in navigator && /^https?:$/.test(location.protocol)) {
    window.addEventListener("load", function () {
      navigator.serviceWorker.register(root + "sw.js").catch(function () {});
    });
  }
})();
