/*
 * Meedoenwijzer search: the browser engine and the search page UI.
 *
 * The engine mirrors Sources/MWSearch/SearchEngine.swift, QueryPlanner.swift
 * and SnippetBuilder.swift step by step, so that both give the same ranking
 * (checked by Tests/js/check-search.js against Tests/vectors/search-ranking.json).
 * Index format: docs/search.md. Needs analyzer.js (MWAnalyzer); if the page
 * did not include it, it is loaded from the folder of this script.
 *
 * Data files live in {root}zoeken/. Over http(s) they are fetched as JSON;
 * on file:// (where fetch of local files is refused) the .js twin of each
 * file is added as a <script>, which calls MWSearchData.register(name, data).
 */
(function (global) {
  'use strict';

  function analyzer() {
    if (global.MWAnalyzer) return global.MWAnalyzer;
    if (typeof require === 'function') return require('./analyzer.js');
    throw new Error('MWAnalyzer ontbreekt');
  }

  // ---------------------------------------------------------------- loading

  var pending = {};
  var MWSearchData = global.MWSearchData || {};
  MWSearchData.register = function (name, data) {
    var p = pending[name];
    if (p) { delete pending[name]; p.resolve(data); }
  };
  global.MWSearchData = MWSearchData;

  function loadScript(url, name) {
    return new Promise(function (resolve, reject) {
      pending[name] = { resolve: resolve, reject: reject };
      var script = document.createElement('script');
      script.src = url;
      script.charset = 'utf-8';
      script.async = true;
      script.onload = function () {
        script.remove();
        if (pending[name]) { delete pending[name]; reject(new Error('Geen zoekdata in ' + url)); }
      };
      script.onerror = function () {
        script.remove();
        delete pending[name];
        reject(new Error('Kan ' + url + ' niet laden'));
      };
      document.head.appendChild(script);
    });
  }

  // A loader maps a data file name ("manifest", "post/3") to a promise of its
  // payload. base is the URL of the zoeken/ folder, ending in "/".
  function createLoader(base) {
    var cache = {};
    var useFetch = typeof fetch === 'function' && typeof location !== 'undefined' &&
      /^https?:$/.test(location.protocol);
    return function load(name) {
      if (cache[name]) return cache[name];
      var promise = useFetch
        ? fetch(base + name + '.json').then(function (response) {
          if (!response.ok) throw new Error('HTTP ' + response.status);
          return response.json();
        }).catch(function () { return loadScript(base + name + '.js', name); })
        : loadScript(base + name + '.js', name);
      cache[name] = promise;
      promise.catch(function () { delete cache[name]; });
      return promise;
    };
  }

  // ---------------------------------------------------------------- helpers

  // The last index whose boundary is <= key (0 when none is). Strings compare
  // by UTF-16 code units, as in SearchIndexFormat.less.
  function rangeIndex(boundaries, key) {
    var lo = 0, hi = boundaries.length - 1, found = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (key < boundaries[mid]) hi = mid - 1;
      else { found = mid; lo = mid + 1; }
    }
    return found;
  }

  function compareStrings(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  // Optimal string alignment distance is exactly 1.
  function isOneEdit(a, b) {
    if (a === b || Math.abs(a.length - b.length) > 1) return false;
    var i = 0;
    if (a.length === b.length) {
      while (a[i] === b[i]) i++;
      if (a.slice(i + 1) === b.slice(i + 1)) return true;
      return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    var s = a.length < b.length ? a : b;
    var l = a.length < b.length ? b : a;
    while (i < s.length && s[i] === l[i]) i++;
    return s.slice(i) === l.slice(i + 1);
  }

  // ---------------------------------------------------------------- planner

  var EXACT = 0, PREFIX = 1, TYPO = 2;

  function queryWords(query, p) {
    var A = analyzer();
    var tokens = A.tokenize(A.fold(query));
    var words = [];
    var seen = new Set();
    for (var i = 0; i < tokens.length; i++) {
      var token = tokens[i];
      var stop = A.isStopWord(token);
      if (stop && tokens.length > 1) continue;
      if (seen.has(token)) continue;
      seen.add(token);
      words.push({ folded: token, stem: stop ? token : A.stem(token), isLast: i === tokens.length - 1, prefixOnly: stop });
      if (words.length === p.maxWords) break;
    }
    return words;
  }

  function termMatches(word, part, shardOf, p) {
    var folded = word.folded, stem = word.stem;
    var minPrefix = word.isLast ? p.minLastPrefixLength : p.minPrefixLength;
    var prefixAllowed = folded.length >= minPrefix;
    var candidates = [], typoCandidates = [], hasExact = false;
    var terms = part.terms, df = part.df;
    for (var k = 0; k < terms.length; k++) {
      var t = terms[k];
      if (!word.prefixOnly && t === stem) {
        candidates.push({ term: t, kind: EXACT, df: df[k] });
        hasExact = true;
      } else if (prefixAllowed && ((!word.prefixOnly && t.startsWith(stem)) || t.startsWith(folded))) {
        candidates.push({ term: t, kind: PREFIX, df: df[k] });
      } else if (prefixAllowed && word.isLast && !word.prefixOnly && t.length >= 4 &&
                 t.length >= folded.length - 3 && folded.startsWith(t)) {
        candidates.push({ term: t, kind: PREFIX, df: df[k] });
      } else if (t.length >= 4) {
        typoCandidates.push(k);
      }
    }
    if (!hasExact && !word.prefixOnly && folded.length >= p.minTypoLength) {
      for (var j = 0; j < typoCandidates.length; j++) {
        var term = terms[typoCandidates[j]];
        if (isOneEdit(term, stem) || isOneEdit(term, folded)) {
          candidates.push({ term: term, kind: TYPO, df: df[typoCandidates[j]] });
        }
      }
    }
    candidates.sort(function (a, b) {
      return (a.kind - b.kind) || (b.df - a.df) || compareStrings(a.term, b.term);
    });
    var selected = [], shards = new Set(), prefixCount = 0, typoCount = 0;
    for (var c = 0; c < candidates.length; c++) {
      var m = candidates[c];
      if (m.kind === PREFIX && prefixCount >= p.maxPrefixTerms) continue;
      if (m.kind === TYPO && typoCount >= p.maxTypoTerms) continue;
      var shard = shardOf(m.term);
      if (!shards.has(shard)) {
        if (shards.size >= p.maxShardsPerWord) continue;
        shards.add(shard);
      }
      if (m.kind === PREFIX) prefixCount++;
      if (m.kind === TYPO) typoCount++;
      selected.push(m);
    }
    return selected;
  }

  // ---------------------------------------------------------------- snippets

  var SNIPPET_MAX = 200, SNIPPET_LEAD = 60;

  function marksIn(text, terms) {
    var A = analyzer();
    return A.tokenSpans(text).filter(function (span) {
      return A.analyze(text.slice(span[0], span[1])).some(function (t) { return terms.has(t); });
    });
  }

  function windowSnippet(text, marks) {
    var first = marks.length ? marks[0][0] : 0;
    var firstEnd = marks.length ? marks[0][1] : 0;
    var start = Math.max(0, first - SNIPPET_LEAD);
    if (start > 0) {
      var sp = text.indexOf(' ', start);
      start = sp >= 0 && sp < first ? sp + 1 : first;
    }
    var end = Math.min(text.length, start + SNIPPET_MAX);
    var low = Math.max(start, firstEnd);
    if (end < text.length && low < end) {
      var sp2 = text.lastIndexOf(' ', end - 1);
      if (sp2 >= low) end = sp2;
    }
    if (end < text.length && end > start) {
      var unit = text.charCodeAt(end - 1);
      if (unit >= 0xD800 && unit <= 0xDBFF) end -= 1;
    }
    var prefix = start > 0 ? '\u2026 ' : '';
    var suffix = end < text.length ? ' \u2026' : '';
    var shift = prefix.length - start;
    var kept = marks.filter(function (m) { return m[0] >= start && m[1] <= end; })
      .map(function (m) { return [m[0] + shift, m[1] + shift]; });
    return { text: prefix + text.slice(start, end) + suffix, marks: kept };
  }

  // Same rule as SnippetBuilder.snippet: summary if it matches, else a window
  // of the body text around the first match, else the summary.
  function snippet(summary, text, terms) {
    if (terms.size > 0) {
      var m = marksIn(summary, terms);
      if (m.length) return { text: summary, marks: m };
      m = marksIn(text, terms);
      if (m.length) return windowSnippet(text, m);
    }
    if (summary) return { text: summary, marks: [] };
    return windowSnippet(text, []);
  }

  // ---------------------------------------------------------------- engine

  // The matching documents of a search in rank order (score high first, then document
  // number), sorted only as far as asked: a page of results needs the best ten of what may be
  // 70,000, and a full sort of those takes longer than the rest of the search.
  function Ranking(ids, scores) {
    this.docs = ids;         // in no particular order
    this.docScores = scores; // docScores[i] is the score of docs[i]
    this.order = [];         // positions in docs of the best documents, in rank order
  }

  // The best `count` documents and their scores, in rank order.
  Ranking.prototype.top = function (count) {
    var docs = this.docs, s = this.docScores, n = docs.length;
    count = Math.min(count, n);
    if (this.order.length < count) {
      var before = function (p, q) { return s[p] > s[q] || (s[p] === s[q] && docs[p] < docs[q]); };
      var order;
      if (count * 8 >= n) {
        order = new Array(n);
        for (var i = 0; i < n; i++) order[i] = i;
      } else {
        order = selectBest(n, count, before);
      }
      order.sort(function (p, q) { return before(p, q) ? -1 : before(q, p) ? 1 : 0; });
      this.order = order;
    }
    var top = this.order.slice(0, count);
    return { ids: top.map(function (p) { return docs[p]; }), scores: top.map(function (p) { return s[p]; }) };
  };

  // Positions 0 ..< n of the `count` best by `before`, in no order: a heap with the worst
  // of the best so far on top, so most positions cost one comparison.
  function selectBest(n, count, before) {
    var heap = [];
    function down(i) {
      for (;;) {
        var l = 2 * i + 1, r = l + 1, worst = i;
        if (l < heap.length && before(heap[worst], heap[l])) worst = l;
        if (r < heap.length && before(heap[worst], heap[r])) worst = r;
        if (worst === i) return;
        var t = heap[i]; heap[i] = heap[worst]; heap[worst] = t; i = worst;
      }
    }
    for (var p = 0; p < n; p++) {
      if (heap.length < count) {
        heap.push(p);
        for (var i = heap.length - 1; i > 0;) {
          var up = (i - 1) >> 1;
          if (!before(heap[up], heap[i])) break;
          var t = heap[i]; heap[i] = heap[up]; heap[up] = t; i = up;
        }
      } else if (count > 0 && before(p, heap[0])) {
        heap[0] = p;
        down(0);
      }
    }
    return heap;
  }

  // A number string of the index (SearchIndexFormat.numberString): base-32 digits, the last
  // digit of each number from '0'-'9', 'A'-'V', the others from 'W'-'Z', 'a'-'z', '-', '_'.
  var DIGIT = (function () {
    var table = new Int8Array(128).fill(-1), last = '0123456789ABCDEFGHIJKLMNOPQRSTUV', more = 'WXYZabcdefghijklmnopqrstuvwxyz-_';
    for (var i = 0; i < 32; i++) { table[last.charCodeAt(i)] = i; table[more.charCodeAt(i)] = 32 + i; }
    return table;
  })();

  var EMPTY = new Int32Array(0);

  function decodeNumbers(text) {
    var out = new Int32Array(text.length), count = 0, current = 0;
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i), d = c < 128 ? DIGIT[c] : -1;
      if (d < 0) throw new Error('ongeldige zoekindex');
      if (d < 32) { out[count++] = current * 32 + d; current = 0; } else current = current * 32 + d - 32;
    }
    return out.subarray(0, count);
  }

  function Engine(load) {
    this.load = load;
    // Term -> its postings, decoded once and kept while they fit: at most decodedLimit numbers in
    // all, the least recently used let go first (a long session would otherwise keep every
    // list it ever decoded; a common term at 100,000 documents holds tens of thousands).
    this.decoded = new Map();
    this.decodedSize = 0;
    this.decodedLimit = 4000000;
    this._ready = null;
  }

  Engine.prototype.ready = function () {
    var self = this;
    if (!this._ready) {
      this._ready = this.load('manifest').then(function (m) {
        self.manifest = m;
        // Scratch space for scoring, zero between searches (only touched entries are reset).
        self.scratch = { score: new Float64Array(m.docCount), best: new Float64Array(m.docCount),
                         matched: new Int32Array(m.docCount), seen: new Int32Array(m.docCount),
                         touched: new Int32Array(m.docCount) };
        return self;
      });
      this._ready.catch(function () { self._ready = null; });
    }
    return this._ready;
  };

  // The facet lists (file `facets`), loaded on first need: a search without filters shows its
  // results first and its filter counts when they are here (`result.facetsReady`).
  // Per facet, the value indexes of every document, flat: those of document d are
  // values[start[d] ..< start[d + 1]] (typed arrays: counting 70,000 matches stays fast).
  Engine.prototype.facetData = function () {
    var self = this;
    if (!this._facets) {
      this._facets = this.ready().then(function () { return self.load('facets'); }).then(function (file) {
        var m = self.manifest;
        self.documentFacets = file.docs.map(function (lists) {
          var n = m.docCount, start = new Int32Array(n + 1);
          lists.forEach(function (deltas) {
            for (var k = 0, doc = 0; k < deltas.length; k++) {
              doc += deltas[k];
              if (doc < n) start[doc + 1]++;
            }
          });
          for (var d = 0; d < n; d++) start[d + 1] += start[d];
          var values = new Int32Array(start[n]), next = start.slice(0, n);
          lists.forEach(function (deltas, v) {
            for (var k = 0, doc = 0; k < deltas.length; k++) {
              doc += deltas[k];
              if (doc < n) values[next[doc]++] = v;
            }
          });
          return { start: start, values: values };
        });
        return self.documentFacets;
      });
      this._facets.catch(function () { self._facets = null; });
    }
    return this._facets;
  };

  Engine.prototype.shardOf = function (term) {
    return rangeIndex(this.manifest.postings, term);
  };

  // filters: { facetKey: array or Set of values }. Resolves to
  // { total, ids, scores, facets: [{key, values: [{value, count}]}], facetsReady, terms, hits };
  // `facets` is null when the facet lists were not loaded yet (no filters chosen): then
  // `facetsReady` resolves to them (it always resolves to the counts).
  Engine.prototype.search = async function (query, filters, limit) {
    await this.ready();
    var self = this, m = this.manifest, p = m.query, n = m.docCount;
    filters = filters || {};
    if (limit === undefined) limit = 20;

    // Filters: OR within a facet, AND across facets; per chosen facet a mask of its values.
    var selections = [];
    m.facets.forEach(function (facet, f) {
      var chosen = filters[facet.key];
      if (!chosen) return;
      chosen = new Set(Array.from(chosen));
      if (chosen.size === 0) return;
      var mask = new Uint8Array(facet.values.length), any = false;
      facet.values.forEach(function (value, v) { if (chosen.has(value)) { mask[v] = 1; any = true; } });
      selections.push({ facet: f, mask: mask, any: any });
    });
    // Filters need the facet lists before anything is found. Without filters, a first search
    // asks for them only once its results are here, so they do not share the line with them.
    if (selections.length > 0) await this.facetData();
    var words = queryWords(query, p);
    var parts = await Promise.all(words.map(function (w) {
      return self.load('lex/' + rangeIndex(m.lexicon, w.folded.charCodeAt(0)));
    }));
    var wordMatches = words.map(function (w, i) {
      return termMatches(w, parts[i], function (t) { return self.shardOf(t); }, p);
    });

    var wanted = new Set(), shardSet = new Set();
    wordMatches.forEach(function (list) {
      list.forEach(function (mt) { wanted.add(mt.term); shardSet.add(self.shardOf(mt.term)); });
    });
    var shards = Array.from(shardSet).sort(function (a, b) { return a - b; });
    var shardData = await Promise.all(shards.map(function (s) { return self.load('post/' + s); }));
    var postings = new Map();
    shardData.forEach(function (file) {
      for (var k = 0; k < file.terms.length && k < file.postings.length; k++) {
        var term = file.terms[k];
        if (!wanted.has(term)) continue;
        var list = self.decoded.get(term);
        if (list) self.decoded.delete(term);   // set again below: now the most recently used
        else { list = decodeNumbers(file.postings[k]); self.decodedSize += list.length; }
        self.decoded.set(term, list);
        postings.set(term, list);
      }
    });
    // Let go of the least recently used lists beyond the limit (never those of this search).
    for (var old of self.decoded) {
      if (self.decodedSize <= self.decodedLimit) break;
      if (postings.has(old[0])) continue;
      self.decoded.delete(old[0]);
      self.decodedSize -= old[1].length;
    }

    // From here to the reset below nothing awaits, so searches never share the scratch space.
    var score = this.scratch.score, matched = this.scratch.matched, best = this.scratch.best;
    var weights = [p.exact, p.prefix, p.typo];
    // Every document some word matched (seen[0 ..< seenCount], in the order first matched), and
    // per word the documents its terms matched: typed buffers, as a word may match 70,000.
    var seen = this.scratch.seen, seenCount = 0, touched = this.scratch.touched, most = 0;
    var k, d;
    wordMatches.forEach(function (list) {
      var touchedCount = 0;
      list.forEach(function (mt) {
        var weight = weights[mt.kind], pl = postings.get(mt.term) || EMPTY, d = 0;
        for (var k = 0; k + 1 < pl.length; k += 2) {
          d += pl[k];
          if (d >= n) break;
          var v = pl[k + 1] * weight;
          if (best[d] === 0) touched[touchedCount++] = d;
          if (v > best[d]) best[d] = v;
        }
      });
      for (var t = 0; t < touchedCount; t++) {
        var doc = touched[t];
        if (matched[doc] === 0) seen[seenCount++] = doc;
        score[doc] += best[doc];
        if (++matched[doc] > most) most = matched[doc];
        best[doc] = 0;
      }
    });

    // Candidates: the documents that match the most words (their order does not matter:
    // counts are sums and the results are sorted below).
    var candidates;
    if (words.length === 0) {
      candidates = new Int32Array(n);
      for (d = 0; d < n; d++) candidates[d] = d;
    } else {
      var count = 0;
      for (k = 0; k < seenCount; k++) if (matched[seen[k]] === most) count++;
      candidates = new Int32Array(count);
      for (k = 0, count = 0; k < seenCount; k++) if (matched[seen[k]] === most) candidates[count++] = seen[k];
    }

    var facetData = this.documentFacets;   // set when loaded, and always when filtering
    // Called only with filters chosen, so with the facet lists loaded.
    function passes(doc, except) {
      for (var s = 0; s < selections.length; s++) {
        var sel = selections[s];
        if (sel.facet === except) continue;
        if (!sel.any) return false;
        var data = facetData[sel.facet], end = data.start[doc + 1], ok = false;
        for (var i = data.start[doc]; i < end; i++) if (sel.mask[data.values[i]] === 1) { ok = true; break; }
        if (!ok) return false;
      }
      return true;
    }

    function countFacets(facetData) {
      return m.facets.map(function (facet, f) {
        var counts = new Int32Array(facet.values.length);
        var start = facetData[f].start, values = facetData[f].values, filtered = selections.length > 0;
        for (var c = 0; c < candidates.length; c++) {
          var doc = candidates[c];
          if (filtered && !passes(doc, f)) continue;
          for (var i = start[doc], end = start[doc + 1]; i < end; i++) counts[values[i]]++;
        }
        return { key: facet.key, values: facet.values.map(function (value, v) { return { value: value, count: counts[v] }; }) };
      });
    }
    var facets = facetData ? countFacets(facetData) : null;

    var ids = [];
    if (words.length > 0 || selections.length > 0) {
      ids = selections.length > 0 ? candidates.filter(function (doc) { return passes(doc, -1); }) : candidates;
    }
    var scores = new Float64Array(ids.length);
    for (k = 0; k < ids.length; k++) scores[k] = score[ids[k]];
    for (k = 0; k < seenCount; k++) { score[seen[k]] = 0; matched[seen[k]] = 0; }
    var ranking = new Ranking(ids, scores);

    var result = {
      query: query,
      total: ids.length,
      ranking: ranking,
      facets: facets,       // null until the facet lists are loaded; then see facetsReady
      facetsReady: null,    // resolves to the facet counts
      terms: Array.from(wanted).sort(),
      hits: []
    };
    // All ids and scores in rank order, sorted when first asked for (`hits` sorts only a page).
    Object.defineProperty(result, 'ids', { enumerable: true, get: function () { return ranking.top(ranking.docs.length).ids; } });
    Object.defineProperty(result, 'scores', { enumerable: true, get: function () { return ranking.top(ranking.docs.length).scores; } });
    result.hits = await this.hits(result, 0, limit);
    // Without the facet lists, they are asked for in a later task: after whoever awaited these
    // results (the page draws them) has run.
    result.facetsReady = facets ? Promise.resolve(facets) : new Promise(function (resolve) { setTimeout(resolve, 0); })
      .then(function () { return self.facetData(); })
      .then(function (data) {
        result.facets = countFacets(data);
        return result.facets;
      });
    return result;
  };

  // Loads the stored fields for result.ids[start ..< start + count].
  Engine.prototype.hits = async function (result, start, count) {
    var self = this, size = this.manifest.chunkSize;
    var top = result.ranking.top(start + count);
    var ids = top.ids.slice(start), scores = top.scores.slice(start);
    var chunkNames = [];
    ids.forEach(function (doc) {
      var name = 'docs/' + Math.floor(doc / size);
      if (chunkNames.indexOf(name) < 0) chunkNames.push(name);
    });
    var chunks = await Promise.all(chunkNames.map(function (name) { return self.load(name); }));
    var byName = {};
    chunkNames.forEach(function (name, i) { byName[name] = chunks[i].docs; });
    var terms = new Set(result.terms);
    return ids.map(function (doc, i) {
      var entry = byName['docs/' + Math.floor(doc / size)][doc % size];
      var snip = snippet(entry[4], entry[5], terms);
      return {
        url: entry[0], type: entry[1], typeLabel: entry[2], title: entry[3],
        score: scores[i], snippet: snip.text, highlights: snip.marks
      };
    });
  };

  // ---------------------------------------------------------------- UI

  var FACET_LABELS = { type: 'Type', doel: 'Doel', gemeente: 'Gemeente', soort: 'Soort voorziening' };
  var PAGE_SIZE = 10;
  var FACET_VISIBLE = 8;
  var DEBOUNCE_MS = 80;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function formatCount(n) {
    try { return n.toLocaleString('nl-NL'); } catch (e) { return String(n); }
  }

  function startUI() {
    var app = document.getElementById('search-app');
    if (!app) return;
    var input = document.getElementById('search-input');
    var filtersEl = document.getElementById('search-filters');
    var statusEl = document.getElementById('search-status');
    var resultsEl = document.getElementById('search-results');
    if (!input || !filtersEl || !statusEl || !resultsEl) return;

    var root = app.getAttribute('data-root') || './';
    if (root.slice(-1) !== '/') root += '/';
    var engine = new Engine(createLoader(root + 'zoeken/'));
    var state = { q: '', filters: {} };
    var expanded = {};
    var current = null;
    var shown = 0;
    var sequence = 0;
    var timer = null;

    var more = el('button', 'search-more', 'Meer resultaten');
    more.type = 'button';
    more.hidden = true;
    resultsEl.parentNode.insertBefore(more, resultsEl.nextSibling);

    // State from the URL: ?q=…&gemeente=…&gemeente=…
    var params = new URLSearchParams(location.search);
    state.q = params.get('q') || '';
    Object.keys(FACET_LABELS).forEach(function (key) {
      var values = params.getAll(key).filter(Boolean);
      if (values.length) state.filters[key] = values;
    });
    input.value = state.q;
    var headerInput = document.getElementById('site-search-input');
    if (headerInput && !headerInput.value) headerInput.value = state.q;

    function updateURL() {
      var out = new URLSearchParams();
      if (state.q.trim()) out.set('q', state.q);
      Object.keys(state.filters).sort().forEach(function (key) {
        state.filters[key].slice().sort().forEach(function (v) { out.append(key, v); });
      });
      var qs = out.toString();
      try {
        history.replaceState(history.state, '', location.pathname + (qs ? '?' + qs : '') + location.hash);
      } catch (e) { /* some browsers refuse this on file:// */ }
    }

    function hasFilters() {
      return Object.keys(state.filters).some(function (k) { return state.filters[k].length > 0; });
    }

    function statusText(result) {
      var q = state.q.trim();
      var filtered = hasFilters() ? ' met de gekozen filters' : '';
      if (!q && !filtered) return 'Typ een zoekwoord om te zoeken.';
      var what = q ? ' voor \u2018' + q + '\u2019' : '';
      if (result.total === 0) return 'Geen resultaten' + what + filtered + '.';
      var count = result.total === 1 ? '1 resultaat' : formatCount(result.total) + ' resultaten';
      return count + what + filtered + '.';
    }

    function renderSnippet(parent, hit) {
      var text = hit.snippet, pos = 0;
      hit.highlights.forEach(function (m) {
        if (m[0] > pos) parent.appendChild(document.createTextNode(text.slice(pos, m[0])));
        parent.appendChild(el('mark', null, text.slice(m[0], m[1])));
        pos = m[1];
      });
      if (pos < text.length) parent.appendChild(document.createTextNode(text.slice(pos)));
    }

    function renderHits(hits) {
      var firstLink = null;
      hits.forEach(function (hit) {
        var li = el('li', 'search-result search-result--' + hit.type);
        li.appendChild(el('p', 'search-result-type', hit.typeLabel));
        var heading = el('h2', 'search-result-title');
        var link = el('a', null, hit.title);
        link.href = root + hit.url;
        heading.appendChild(link);
        li.appendChild(heading);
        var p = el('p', 'search-result-snippet');
        renderSnippet(p, hit);
        li.appendChild(p);
        resultsEl.appendChild(li);
        if (!firstLink) firstLink = link;
      });
      shown += hits.length;
      more.hidden = !current || shown >= current.total;
      return firstLink;
    }

    function renderFilters(result) {
      // Remember focus so rebuilding the checkboxes does not lose it.
      var active = document.activeElement;
      var focusKey = active && filtersEl.contains(active) ? active.getAttribute('data-focus-key') : null;
      while (filtersEl.firstChild) filtersEl.removeChild(filtersEl.firstChild);

      result.facets.forEach(function (facet) {
        var chosen = state.filters[facet.key] || [];
        var visible = facet.values.filter(function (fv) { return fv.count > 0 || chosen.indexOf(fv.value) >= 0; });
        if (!visible.length) return;
        var collapsed = visible.length > FACET_VISIBLE && !expanded[facet.key];
        var fieldset = el('fieldset', 'search-facet');
        fieldset.appendChild(el('legend', null, FACET_LABELS[facet.key] || facet.key));
        var list = el('ul', 'search-facet-values');
        var listed = 0;
        visible.forEach(function (fv) {
          var checked = chosen.indexOf(fv.value) >= 0;
          if (collapsed && listed >= FACET_VISIBLE && !checked) return;
          listed++;
          var li = el('li');
          var label = el('label');
          var box = el('input');
          box.type = 'checkbox';
          box.name = facet.key;
          box.value = fv.value;
          box.checked = checked;
          box.setAttribute('data-focus-key', 'f:' + facet.key + ':' + fv.value);
          label.appendChild(box);
          label.appendChild(document.createTextNode(' ' + fv.value + ' '));
          label.appendChild(el('span', 'search-facet-count', '(' + formatCount(fv.count) + ')'));
          li.appendChild(label);
          list.appendChild(li);
        });
        fieldset.appendChild(list);
        var toggle = null;
        if (visible.length > FACET_VISIBLE) {
          toggle = el('button', 'search-facet-toggle',
            expanded[facet.key] ? 'Toon minder' : 'Toon alle ' + visible.length);
          toggle.type = 'button';
          toggle.setAttribute('aria-expanded', expanded[facet.key] ? 'true' : 'false');
          toggle.setAttribute('data-facet', facet.key);
          toggle.setAttribute('data-focus-key', 't:' + facet.key);
        }
        filtersEl.appendChild(fieldset);
        // Outside the fieldset: a fieldset groups only the checkboxes of one facet.
        if (toggle) filtersEl.appendChild(toggle);
      });
      if (hasFilters()) {
        var clear = el('button', 'search-filters-clear', 'Wis filters');
        clear.type = 'button';
        clear.setAttribute('data-focus-key', 'clear');
        filtersEl.appendChild(clear);
      }
      if (focusKey) {
        var again = Array.prototype.find.call(filtersEl.querySelectorAll('[data-focus-key]'), function (node) {
          return node.getAttribute('data-focus-key') === focusKey;
        });
        if (again) {
          again.focus();
        } else {
          filtersEl.setAttribute('tabindex', '-1');
          filtersEl.focus();
        }
      }
    }

    function run() {
      var mine = ++sequence;
      updateURL();
      engine.search(state.q, state.filters, PAGE_SIZE).then(function (result) {
        if (mine !== sequence) return;
        current = result;
        shown = 0;
        while (resultsEl.firstChild) resultsEl.removeChild(resultsEl.firstChild);
        renderHits(result.hits);
        statusEl.textContent = statusText(result);
        // The filter counts come with the results once the facet lists are loaded; on the
        // first search they follow a moment later, so the results show without waiting.
        if (result.facets) renderFilters(result);
        else result.facetsReady.then(function () { if (mine === sequence) renderFilters(result); }, function (error) {
          if (global.console) console.warn('Meedoenwijzer zoeken: filters niet geladen', error);
        });
      }).catch(function (error) {
        if (mine !== sequence) return;
        statusEl.textContent = 'De zoekfunctie kon niet worden geladen. Probeer het later opnieuw.';
        if (global.console) console.warn('Meedoenwijzer zoeken:', error);
      });
    }

    input.addEventListener('input', function () {
      state.q = input.value;
      clearTimeout(timer);
      timer = setTimeout(run, DEBOUNCE_MS);
    });
    if (input.form) {
      input.form.addEventListener('submit', function (event) {
        event.preventDefault();
        clearTimeout(timer);
        state.q = input.value;
        run();
      });
    }

    filtersEl.addEventListener('change', function (event) {
      var box = event.target;
      if (!box || box.type !== 'checkbox') return;
      var list = (state.filters[box.name] || []).filter(function (v) { return v !== box.value; });
      if (box.checked) list.push(box.value);
      if (list.length) state.filters[box.name] = list;
      else delete state.filters[box.name];
      clearTimeout(timer);
      run();
    });

    filtersEl.addEventListener('click', function (event) {
      var button = event.target.closest ? event.target.closest('button') : null;
      if (!button || !filtersEl.contains(button)) return;
      if (button.classList.contains('search-facet-toggle')) {
        var key = button.getAttribute('data-facet');
        expanded[key] = !expanded[key];
        if (current && current.facets) renderFilters(current);
      } else if (button.classList.contains('search-filters-clear')) {
        state.filters = {};
        run();
        input.focus();
      }
    });

    more.addEventListener('click', function () {
      if (!current) return;
      var result = current;
      engine.hits(result, shown, PAGE_SIZE).then(function (hits) {
        if (result !== current) return;
        var first = renderHits(hits);
        if (first) first.focus();
      });
    });

    run();
  }

  // ---------------------------------------------------------------- exports

  var api = {
    Engine: Engine,
    createLoader: createLoader,
    queryWords: queryWords,
    termMatches: termMatches,
    snippet: snippet,
    isOneEdit: isOneEdit,
    rangeIndex: rangeIndex
  };
  global.MWSearch = api;
  if (typeof module !== 'undefined' && module.exports) module.exports = api;

  if (typeof document !== 'undefined') {
    var scriptSrc = document.currentScript ? document.currentScript.src : '';
    var begin = function () {
      if (global.MWAnalyzer || !scriptSrc) { startUI(); return; }
      var s = document.createElement('script');
      s.src = scriptSrc.replace(/search\.js(\?.*)?$/, 'analyzer.js');
      s.onload = startUI;
      document.head.appendChild(s);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', begin);
    else begin();
  }
})(typeof globalThis !== 'undefined' ? globalThis : this);
