/* Sociale kaart: filter per gemeente (text, soort, levensdomein) and the "not checked recently" warning. */
(function () {
  "use strict";

  // Warn when a voorziening's data is older than the configured number of months.
  var doc = document.querySelector("[data-checked]");
  if (doc) {
    var checked = new Date(doc.getAttribute("data-checked") + "T00:00:00");
    var months = parseInt(doc.getAttribute("data-max-months"), 10) || 12;
    var limit = new Date();
    limit.setMonth(limit.getMonth() - months);
    var stale = doc.querySelector(".notice-stale");
    if (stale && checked < limit) stale.hidden = false;
  }

  var form = document.getElementById("kaart-filter");
  if (!form) return;
  var text = document.getElementById("kaart-tekst");
  var soort = document.getElementById("kaart-soort");
  var domein = document.getElementById("kaart-domein");
  var status = document.getElementById("kaart-filter-status");
  var items = Array.prototype.slice.call(document.querySelectorAll(".kaart-item"));
  var groups = Array.prototype.slice.call(document.querySelectorAll(".kaart-groep"));

  function fold(s) {
    return s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  items.forEach(function (item) { item._text = fold(item.getAttribute("data-tekst") || ""); });

  function apply() {
    var words = fold(text.value).split(/\s+/).filter(Boolean);
    var s = soort.value, d = domein.value, shown = 0;
    items.forEach(function (item) {
      var ok = (!s || item.getAttribute("data-soort") === s) &&
        (!d || (" " + item.getAttribute("data-domeinen") + " ").indexOf(" " + d + " ") >= 0) &&
        words.every(function (w) { return item._text.indexOf(w) >= 0; });
      item.hidden = !ok;
      if (ok) shown++;
    });
    groups.forEach(function (g) { g.hidden = !g.querySelector(".kaart-item:not([hidden])"); });
    status.textContent = shown === items.length ? "" : shown + " van " + items.length + " voorzieningen getoond.";
  }
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  text.addEventListener("input", apply);
  soort.addEventListener("change", apply);
  domein.addEventListener("change", apply);
})();

/* Print buttons and the print date on printable lists. */
(function () {
  "use strict";
  var stamp = document.querySelector("[data-print-date]");
  function setDate() {
    if (stamp) stamp.textContent = "Geprint op " + new Date().toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" }) + ".";
  }
  window.addEventListener("beforeprint", setDate);
  Array.prototype.forEach.call(document.querySelectorAll("[data-print]"), function (button) {
    button.addEventListener("click", function () { setDate(); window.print(); });
  });
})();

/* Printing: a list per soort (filter on the print sheet) and the patient handout of a voorziening. */
(function () {
  "use strict";
  var select = document.getElementById("print-soort");
  if (select) {
    var title = document.getElementById("print-soort-title");
    var apply = function () {
      Array.prototype.forEach.call(document.querySelectorAll(".print-group"), function (group) {
        group.hidden = !!select.value && group.getAttribute("data-soort") !== select.value;
      });
      title.hidden = !select.value;
      title.textContent = select.value ? "Alleen: " + select.options[select.selectedIndex].text : "";
    };
    select.addEventListener("change", apply);
    var wanted = new URLSearchParams(location.search).get("soort");
    if (wanted) { select.value = wanted; apply(); }
  }
  Array.prototype.forEach.call(document.querySelectorAll("[data-print-folder]"), function (button) {
    button.addEventListener("click", function () {
      document.body.classList.add("print-folder");
      window.print();
    });
  });
  window.addEventListener("afterprint", function () { document.body.classList.remove("print-folder"); });
})();
