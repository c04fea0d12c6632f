/* Meedoenwijzer keuzehulp: recommends approaches for a client profile, entirely in the browser.
   The scoring is the twin of Sources/MWKeuzehulp/Recommender.swift; shared test vectors
   (Tests/vectors/keuzehulp-profiles.json) keep both the same. Nothing is stored or sent. */
(function (global) {
  "use strict";

  var ONDERBOUWING = ["praktijkervaring", "kwalitatief-onderzoek", "procesevaluatie", "literatuuronderzoek", "effectonderzoek"];

  function matches(rule, profile) {
    var chosen = profile[rule.vraag] || [];
    return chosen.some(function (c) { return rule.antwoorden.indexOf(c) >= 0; });
  }

  function question(q, id) {
    for (var i = 0; i < q.vragen.length; i++) if (q.vragen[i].id === id) return q.vragen[i];
    return null;
  }

  function defaultReason(q, rule, profile) {
    var vraag = question(q, rule.vraag);
    if (!vraag) return rule.vraag;
    var labels = (profile[rule.vraag] || []).filter(function (c) { return rule.antwoorden.indexOf(c) >= 0; })
      .map(function (c) {
        for (var i = 0; i < vraag.opties.length; i++) if (vraag.opties[i].id === c) return vraag.opties[i].label;
        return c;
      });
    return vraag.kort + ": " + labels.join(", ");
  }

  function intersects(a, b) { return a.some(function (x) { return b.indexOf(x) >= 0; }); }
  function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  /** Scores and ranks approaches: same algorithm as the Swift Recommender. */
  function advise(data, profile, maximum) {
    var q = data.vragenlijst;
    maximum = maximum || 10;
    var active = q.regels.filter(function (r) { return matches(r.als, profile); });
    var recs = [], excluded = [];
    data.aanpakken.forEach(function (a) {
      for (var i = 0; i < a.sluitUit.length; i++) {
        if (matches(a.sluitUit[i], profile)) {
          excluded.push({ slug: a.slug, titel: a.titel, reden: a.sluitUit[i].reden || defaultReason(q, a.sluitUit[i], profile) });
          return;
        }
      }
      var score = 0, matched = 0, reasons = [], against = [];
      a.pastBij.forEach(function (rule) {
        if (!matches(rule, profile)) return;
        score += rule.gewicht; matched++;
        reasons.push(rule.reden || defaultReason(q, rule, profile));
      });
      if (matched === 0) return;
      active.forEach(function (rule) {
        if (intersects(rule.doel, a.doel) || rule.benadering.indexOf(a.benadering) >= 0) {
          score += rule.gewicht;
          (rule.gewicht >= 0 ? reasons : against).push(rule.reden);
        }
      });
      if (score < q.drempel) return;
      recs.push({ slug: a.slug, titel: a.titel, score: score, redenen: reasons, tegen: against,
                  rank: Math.max(0, ONDERBOUWING.indexOf(a.onderbouwing)), aanpak: a });
    });
    recs.sort(function (x, y) {
      return (y.score - x.score) || (y.rank - x.rank) || cmp(x.titel, y.titel) || cmp(x.slug, y.slug);
    });
    excluded.sort(function (x, y) { return cmp(x.titel, y.titel) || cmp(x.slug, y.slug); });
    var top = recs.slice(0, maximum);
    return { aanbevolen: top, uitgesloten: excluded, meldingen: active.map(function (r) { return r.reden; }), nietsPast: top.length === 0 };
  }

  global.MWRecommender = { advise: advise };

  // ---- Page behaviour ----
  var form = document.getElementById("keuzehulp-form");
  var data = global.MW_KEUZEHULP;
  if (!form || !data) return;
  var root = document.body.getAttribute("data-root") || "./";
  var list = document.getElementById("advies-lijst");
  var status = document.getElementById("advies-status");
  var notes = document.getElementById("advies-meldingen");
  var excludedBox = document.getElementById("advies-uitgesloten");
  var servicesBox = document.getElementById("advies-voorzieningen");
  var link = document.getElementById("advies-link");

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function readProfile() {
    var profile = {};
    data.vragenlijst.vragen.forEach(function (v) {
      var chosen = Array.prototype.filter.call(form.querySelectorAll('input[name="' + v.id + '"]'), function (i) { return i.checked; })
        .map(function (i) { return i.value; });
      if (chosen.length) profile[v.id] = chosen;
    });
    return profile;
  }

  function encode(profile) {
    return Object.keys(profile).map(function (k) { return encodeURIComponent(k) + "=" + profile[k].map(encodeURIComponent).join(","); }).join("&");
  }

  function applyHash() {
    var hash = location.hash.replace(/^#/, "");
    if (!hash) return;
    hash.split("&").forEach(function (pair) {
      var parts = pair.split("="), id = decodeURIComponent(parts[0] || "");
      (parts[1] || "").split(",").forEach(function (value) {
        var input = document.getElementById(id + "--" + decodeURIComponent(value));
        if (input && input.name === id) input.checked = true;
      });
    });
  }

  function section(title, items) {
    var box = el("div");
    box.appendChild(el("h3", title));
    var ul = el("ul");
    items.forEach(function (t) { ul.appendChild(el("li", t)); });
    box.appendChild(ul);
    return box;
  }

  function answersSummary(profile) {
    var dl = el("dl", null, "facts answers");
    data.vragenlijst.vragen.forEach(function (v) {
      if (!profile[v.id]) return;
      dl.appendChild(el("dt", v.kort));
      dl.appendChild(el("dd", profile[v.id].map(function (c) {
        for (var i = 0; i < v.opties.length; i++) if (v.opties[i].id === c) return v.opties[i].label;
        return c;
      }).join(", ")));
    });
    return dl;
  }

  function render() {
    var profile = readProfile();
    var advice = advise(data, profile);
    var answered = Object.keys(profile).length;
    list.textContent = ""; notes.textContent = ""; excludedBox.textContent = ""; servicesBox.textContent = "";
    // A link to this same page with the answers in the fragment (never sent to a server).
    link.href = (location.pathname.split("/").pop() || "keuzehulp.html") + "#" + encode(profile);
    if (answered === 0) {
      status.textContent = "Beantwoord een of meer vragen om een advies te zien.";
      return;
    }
    notes.appendChild(el("h3", "Antwoorden"));
    notes.appendChild(answersSummary(profile));
    if (advice.meldingen.length) {
      var n = el("div", null, "notice notice-attention");
      n.appendChild(section("Let op in dit gesprek", advice.meldingen));
      notes.appendChild(n);
    }
    status.textContent = advice.nietsPast
      ? "Geen aanpak past goed bij dit profiel."
      : advice.aanbevolen.length + (advice.aanbevolen.length === 1 ? " aanpak past" : " aanpakken passen") + " bij dit profiel.";
    if (advice.nietsPast) {
      list.appendChild(el("li", "Geen enkele aanpak past goed genoeg. Vul meer vragen in, of bespreek eerst wat de klant nu het meest nodig heeft. Bekijk ook de werkzame elementen: die zijn bruikbaar in elk gesprek."));
    }
    advice.aanbevolen.forEach(function (r) {
      var a = r.aanpak;
      var li = el("li");
      var h = el("h3");
      var title = el("a", a.titel);
      title.href = root + a.url;
      h.appendChild(title);
      li.appendChild(h);
      li.appendChild(el("p", a.samenvatting));
      li.appendChild(el("p", "Onderbouwing: " + a.onderbouwingLabel + " · score " + r.score, "card-meta"));
      li.appendChild(section("Waarom dit past", r.redenen));
      if (r.tegen.length) li.appendChild(section("Wat ertegen pleit", r.tegen));
      if (a.letOp) { li.appendChild(el("h3", "Let op")); li.appendChild(el("p", a.letOp)); }
      if (a.elementen.length) {
        li.appendChild(el("h3", "Werkzame elementen"));
        var ul = el("ul");
        a.elementen.forEach(function (e) { var item = el("li"); var l = el("a", e.titel); l.href = root + e.url; item.appendChild(l); ul.appendChild(item); });
        li.appendChild(ul);
      }
      if (a.bronnen.length) {
        li.appendChild(el("p", "Bron: " + a.bronnen.map(function (b) { return b.titel + ", " + b.plaats; }).join("; "), "small"));
      }
      list.appendChild(li);
    });
    if (advice.uitgesloten.length) {
      excludedBox.appendChild(section("Past niet bij dit profiel", advice.uitgesloten.map(function (u) { return u.titel + ": " + u.reden; })));
    }
    var gemeente = (profile.gemeente || [])[0];
    var domeinen = profile.domeinen || [];
    if (gemeente && domeinen.length) {
      var services = data.voorzieningen.filter(function (v) { return v.gemeente === gemeente && intersects(v.domeinen, domeinen); });
      if (services.length) {
        servicesBox.appendChild(el("h3", "Voorzieningen in de sociale kaart bij deze levensdomeinen"));
        var ul2 = el("ul");
        services.forEach(function (v) {
          var item = el("li"); var l = el("a", v.titel); l.href = root + v.url; item.appendChild(l);
          item.appendChild(document.createTextNode(" (" + v.soort + (v.telefoon ? ", " + v.telefoon : "") + ")" + (v.voorbeeld ? " – voorbeeldgegevens" : "")));
          ul2.appendChild(item);
        });
        servicesBox.appendChild(ul2);
      }
    }
  }

  applyHash();
  form.addEventListener("change", render);
  form.addEventListener("reset", function () { setTimeout(function () { history.replaceState(null, "", location.pathname); render(); }, 0); });
  link.addEventListener("click", function (e) { e.preventDefault(); history.replaceState(null, "", "#" + link.getAttribute("href").split("#")[1]); });
  document.getElementById("advies-print").addEventListener("click", function () { window.print(); });
  render();
})(window);
