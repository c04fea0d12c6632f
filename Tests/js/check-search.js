#!/usr/bin/env node
// Checks the browser engine (templates/assets/js/search.js) against
// Tests/vectors/search-ranking.json, using an index built by the Swift
// SearchIndexBuilder from Tests/vectors/search-corpus.json.
//
// Usage: node Tests/js/check-search.js INDEX_DIR
//   INDEX_DIR is a folder holding zoeken/manifest.json (or the zoeken folder
//   itself). SearchEngineTests.testJavaScriptEngineAgrees writes one to a
//   temporary folder and runs this script; set MW_SEARCH_INDEX_DIR to keep it.
//
// Also checks that every .js data file registers the same payload as its
// .json twin (the file:// variant).
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const S = require('../../templates/assets/js/search.js');

let dir = process.argv[2];
if (!dir) {
  console.error('usage: node Tests/js/check-search.js INDEX_DIR');
  process.exit(2);
}
if (fs.existsSync(path.join(dir, 'zoeken', 'manifest.json'))) dir = path.join(dir, 'zoeken');

let passed = 0;
let failed = 0;
// JSON with object keys sorted, so key order does not matter.
function canonical(value) {
  if (Array.isArray(value)) return '[' + value.map(canonical).join(',') + ']';
  if (value && typeof value === 'object') {
    return '{' + Object.keys(value).sort().map(k => JSON.stringify(k) + ':' + canonical(value[k])).join(',') + '}';
  }
  return JSON.stringify(value);
}
function check(label, actual, expected) {
  const a = canonical(actual);
  const e = canonical(expected);
  if (a === e) { passed++; return; }
  failed++;
  console.log(`FAIL ${label}\n  got      ${a}\n  expected ${e}`);
}

// 1. .js twins register the same data as the .json files.
function walk(folder) {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}
for (const file of walk(dir).filter(f => f.endsWith('.json')).sort()) {
  const name = path.relative(dir, file).split(path.sep).join('/').replace(/\.json$/, '');
  const registered = [];
  const context = { MWSearchData: { register: (n, data) => registered.push([n, data]) } };
  vm.runInNewContext(fs.readFileSync(file.replace(/\.json$/, '.js'), 'utf8'), context);
  check(`${name}.js registers ${name}`, registered, [[name, JSON.parse(fs.readFileSync(file, 'utf8'))]]);
}

// 2. Ranking, totals, facet counts and snippets agree with the Swift engine.
const load = name => Promise.resolve(JSON.parse(fs.readFileSync(path.join(dir, name + '.json'), 'utf8')));
const vectors = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'vectors', 'search-ranking.json'), 'utf8'));

(async () => {
  const engine = new S.Engine(load);
  for (const c of vectors.cases) {
    const label = `${JSON.stringify(c.query)} ${JSON.stringify(c.filters || {})}`;
    const r = await engine.search(c.query, c.filters || {}, c.limit);
    const e = c.expect;
    const counted = await r.facetsReady;
    check(`${label} facets ready`, r.facets === counted && Array.isArray(counted), true);
    check(`${label} hits`, r.hits.map(h => ({ url: h.url, score: h.score })), e.hits);
    check(`${label} total`, r.total, e.total);
    check(`${label} terms`, r.terms, e.terms);
    const facets = {};
    for (const f of r.facets) {
      const counts = {};
      for (const v of f.values) if (v.count > 0) counts[v.value] = v.count;
      facets[f.key] = counts;
    }
    check(`${label} facets`, facets, e.facets);
    if (e.snippet) {
      const h = r.hits[0];
      check(`${label} snippet`, { text: h.snippet, marks: h.highlights }, e.snippet);
    }
  }

  // 3. Pages after the first (the engine sorts only as far as a page needs): one result at a
  //    time, then two, then the rest, give the same hits as asking for all at once, and so do
  //    result.ids and result.scores.
  let paged = 0;
  for (const c of vectors.cases) {
    const label = `${JSON.stringify(c.query)} ${JSON.stringify(c.filters || {})}`;
    const all = await engine.search(c.query, c.filters || {}, 1000);
    if (all.total < 3) continue;
    paged++;
    const r = await engine.search(c.query, c.filters || {}, 1);
    const pages = r.hits.concat(await engine.hits(r, 1, 2), await engine.hits(r, 3, all.total));
    const brief = hits => hits.map(h => h.url + ' ' + h.score);
    check(`${label} paged hits`, brief(pages), brief(all.hits));
    check(`${label} ids and scores`, [Array.from(r.ids).length, Array.from(r.scores)], [all.total, all.hits.map(h => h.score)]);
    const fresh = await engine.search(c.query, c.filters || {}, 1);
    check(`${label} ids in rank order`, (await engine.hits(fresh, 0, all.total)).map(h => h.url), all.hits.map(h => h.url));
  }
  check('some cases have three or more results to page through', paged > 3, true);

  // 4. A first search without filters asks for the facet lists only after its results, in a
  //    later task (facets null, then facetsReady); with filters chosen, they are loaded first.
  for (const [filters, first] of [[{}, 'lex/'], [{ type: ['Aanpak'] }, 'facets']]) {
    const order = [];
    const fresh = new S.Engine(name => { order.push(name); return load(name); });
    const r = await fresh.search('schulden', filters, 3);
    const unloaded = r.facets === null;
    check(`${JSON.stringify(filters)}: facets null until loaded`, unloaded, Object.keys(filters).length === 0);
    check(`${JSON.stringify(filters)}: loaded after the manifest`, order[1].startsWith(first), true);
    const asked = order.includes('facets');
    const counts = await r.facetsReady;
    if (Object.keys(filters).length === 0) {
      check('facets asked for after the results', [asked, order[order.length - 1]], [false, 'facets']);
    }
    check(`${JSON.stringify(filters)}: facet counts as with the lists loaded`, counts, (await fresh.search('schulden', filters, 3)).facets);
  }
  // 5. Decoded postings are kept within their limit, least recently used let go first, and
  //    searches give the same results as with everything kept.
  {
    const small = new S.Engine(load);
    small.decodedLimit = 40;
    let within = true;
    for (const c of vectors.cases) {
      const r = await small.search(c.query, c.filters || {}, c.limit);
      check(`small cache: ${JSON.stringify(c.query)} hits`, r.hits.map(h => ({ url: h.url, score: h.score })), c.expect.hits);
      const total = Array.from(small.decoded.values()).reduce((n, list) => n + list.length, 0);
      if (total !== small.decodedSize) within = false;
      // Over the limit only with lists the search itself needed (its terms).
      if (small.decodedSize > small.decodedLimit && !Array.from(small.decoded.keys()).every(t => r.terms.includes(t))) within = false;
    }
    check('decoded size is counted and bounded', within, true);
    const big = Array.from(engine.decoded.keys()).length;
    check('the small cache let go of lists', small.decoded.size < big, true);
  }
  console.log(`check-search.js: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
})().catch(error => {
  console.error(error);
  process.exit(1);
});
