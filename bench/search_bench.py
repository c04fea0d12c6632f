#!/usr/bin/env python3
"""Meedoenwijzer search vs Pagefind, in headless Chromium, on the same generated site.

    python3 bench/search_bench.py [--docs 10000] [--reps 5] [--reuse] [--queries N]

1. Generates (or reuses) the synthetic corpus of bench/gen_corpus.py, builds it with the
   release binary (`build --timing`), then runs Pagefind (`python3 -m pagefind --site DIR`) on
   that same output, so both engines index the same pages.
2. Serves the site with a local http.server on 127.0.0.1 that logs every request; a small
   harness page (/__bench.html, served from memory, not written into the site) loads one engine.
   - cold: for every query a freshly launched Chromium (new temporary profile, DevTools cache
     disabled) loads the harness page, then the time and the requests from the first request of
     the search code/data until the first 10 results are available (ours: engine.search(q, {}, 10),
     hits with snippets; Pagefind: import + init + search + data() of the first 10 results).
     Bytes are counted from the server log, so requests of Pagefind's web worker count too.
     "gzip" is gzip -6 of each file computed here (http.server does not compress); files that
     are already gzip on disk (Pagefind's wasm, pf_meta, pf_index, pf_fragment) count as served.
   - warm: one browser per engine; after loading, every query runs once ("first-seen": code
     loaded, data files for that query not yet) and then all queries REPS times (warm: everything
     in memory). Times are performance.now() differences in the page (the page is
     cross-origin isolated, so the timer has 5 us resolution instead of 100 us).
3. Prints per-query figures and a summary table, plus the goals. Asserts nothing.

Timings are wall clock on a shared machine: other processes (e.g. other benchmarks) add noise.
"""
from __future__ import annotations

import argparse
import gzip
import http.server
import json
import os
import pathlib
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

REPO = pathlib.Path(__file__).resolve().parent.parent
BIN = os.environ.get("MW_BIN", str(REPO / ".build" / "release" / "meedoenwijzer"))
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")

GOAL_FIRST_LOAD_KB = 150
GOAL_P95_MS = 10

# (kind, query). Words from the generator's vocabulary (bench/gen_corpus.py).
QUERIES = [
    ("word", "schulden"),
    ("word", "eenzaamheid"),
    ("word", "vertrouwen"),
    ("word", "huisbezoek"),
    ("word", "voedselbank"),
    ("word", "bewindvoering"),
    ("word", "taalhuis"),
    ("word", "jobcoach"),
    ("word", "laaggeletterdheid"),
    ("word", "mantelzorg"),
    ("word", "nachtopvang"),
    ("word", "ervaringsdeskundige"),
    ("two words", "vaste contactpersoon"),
    ("two words", "psychische klachten"),
    ("two words", "alleenstaande moeder"),
    ("two words", "eerste gesprek"),
    ("two words", "warme overdracht"),
    ("two words", "lage caseload"),
    ("two words", "rust financiën"),
    ("two words", "werkgevers betrekken"),
    ("prefix", "schuld"),
    ("prefix", "vrijwil"),
    ("prefix", "particip"),
    ("prefix", "ervaringsdes"),
    ("prefix", "budget"),
    ("typo", "schuldhlup"),
    ("typo", "eenzaamhied"),
    ("typo", "vrijwiligerswerk"),
    ("typo", "bewindvoring"),
    ("typo", "laaggeleterdheid"),
]

HARNESS = r"""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>search bench</title></head>
<body>
<script>
'use strict';
function loadScript(src) {
  return new Promise(function (resolve, reject) {
    var s = document.createElement('script');
    s.src = src; s.async = false;
    s.onload = resolve; s.onerror = function () { reject(new Error('kan ' + src + ' niet laden')); };
    document.head.appendChild(s);
  });
}
function norm(url) {
  url = String(url).replace(/^(\.\/|\/)+/, '');
  if (url === '' || url.slice(-1) === '/') url += 'index.html';
  return url;
}
var ENGINES = {
  mw: {
    init: async function () {
      await Promise.all([loadScript('assets/js/analyzer.js'), loadScript('assets/js/search.js')]);
      var load = MWSearch.createLoader('zoeken/'), asked = [];
      var engine = new MWSearch.Engine(function (name) { asked.push(name); return load(name); });
      engine.asked = asked;
      return engine;
    },
    query: async function (engine, q) {
      var r = await engine.search(q, {}, 10);
      // The data files asked for until the results were here (the facet lists follow them).
      return { total: r.total, urls: r.hits.map(function (h) { return norm(h.url); }), asked: engine.asked.slice() };
    }
  },
  pf: {
    init: async function () {
      var pf = await import('/pagefind/pagefind.js');
      await pf.init();
      return pf;
    },
    query: async function (pf, q) {
      var t0 = performance.now();
      var r = await pf.search(q);
      var t1 = performance.now();
      var data = await Promise.all(r.results.slice(0, 10).map(function (x) { return x.data(); }));
      return { total: r.results.length, urls: data.map(function (d) { return norm(d.url); }), searchMs: t1 - t0 };
    }
  }
};
window.benchCold = async function (name, q) {
  var e = ENGINES[name];
  var t0 = performance.now();
  var engine = await e.init();
  var t1 = performance.now();
  var r = await e.query(engine, q);
  var t2 = performance.now();
  window.__engine = engine;
  return { ms: t2 - t0, initMs: t1 - t0, total: r.total, urls: r.urls, asked: r.asked || null,
           isolated: self.crossOriginIsolated === true };
};
window.benchWarm = async function (name, queries, reps, skipFirst) {
  var e = ENGINES[name];
  var engine = window.__engine;
  var first = [], warm = [], warmSearch = [];
  for (var i = 0; i < (skipFirst ? 0 : queries.length); i++) {
    var t0 = performance.now();
    var r = await e.query(engine, queries[i]);
    first.push({ ms: performance.now() - t0, total: r.total, urls: r.urls });
  }
  for (var k = 0; k < reps; k++) {
    var row = [], rowSearch = [];
    for (var j = 0; j < queries.length; j++) {
      var t = performance.now();
      var rr = await e.query(engine, queries[j]);
      row.push(performance.now() - t);
      rowSearch.push(rr.searchMs === undefined ? null : rr.searchMs);
    }
    warm.push(row);
    warmSearch.push(rowSearch);
  }
  return { first: first, warm: warm, warmSearch: warmSearch };
};
</script>
</body></html>
"""


# ---------------------------------------------------------------------------- server

class RequestLog:
    def __init__(self):
        self.lock = threading.Lock()
        self.entries: list[tuple[float, str, int, int]] = []   # (monotonic, path, status, bytes)

    def add(self, path, status, size):
        with self.lock:
            self.entries.append((time.monotonic(), path, status, size))

    def mark(self):
        with self.lock:
            return len(self.entries)

    def since(self, mark, until=None):
        with self.lock:
            return list(self.entries[mark:until])


def make_handler(site: pathlib.Path, log: RequestLog):
    harness = HARNESS.encode("utf-8")

    class Handler(http.server.SimpleHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                          ".js": "text/javascript", ".mjs": "text/javascript", ".json": "application/json",
                          ".wasm": "application/wasm"}

        def __init__(self, *a, **kw):
            super().__init__(*a, directory=str(site), **kw)

        def log_message(self, *args):
            pass

        def end_headers(self):
            # Cross-origin isolation: performance.now() gets 5 us resolution instead of 100 us.
            self.send_header("Cross-Origin-Opener-Policy", "same-origin")
            self.send_header("Cross-Origin-Embedder-Policy", "require-corp")
            super().end_headers()

        def send_response(self, code, message=None):
            self._status = code
            super().send_response(code, message)

        def do_GET(self):
            path = self.path.split("?", 1)[0].split("#", 1)[0]
            if path == "/__bench.html":
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(harness)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(harness)
                return
            self._status = 0
            super().do_GET()
            size = 0
            if self._status == 200:
                try:
                    size = os.path.getsize(self.translate_path(self.path))
                except OSError:
                    pass
            log.add(path, self._status, size)

    return Handler


def start_server(site, log):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), make_handler(site, log))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{port}/"


# ---------------------------------------------------------------------------- sizes

class Sizes:
    """raw (as served) and gzip -6 size of a file of the site; already-gzipped files count as served."""

    def __init__(self, site: pathlib.Path):
        self.site = site
        self.cache: dict[str, tuple[int, int, bool]] = {}

    def of(self, url_path: str):
        if url_path not in self.cache:
            data = (self.site / url_path.lstrip("/")).read_bytes()
            pre = data[:2] == b"\x1f\x8b"
            gz = len(data) if pre else len(gzip.compress(data, compresslevel=6, mtime=0))
            self.cache[url_path] = (len(data), gz, pre)
        return self.cache[url_path]


def engine_of(path: str):
    if path.startswith("/pagefind/"):
        return "pf"
    if path.startswith("/zoeken/") or path in ("/assets/js/analyzer.js", "/assets/js/search.js"):
        return "mw"
    return None


def is_code(path):
    return path.endswith(".js") and not path.startswith("/zoeken/") or path.endswith(".pagefind")


# ---------------------------------------------------------------------------- browser

def launch():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-extensions",
              "--no-first-run", "--disable-background-networking", "--disable-component-update",
              "--disable-default-apps", "--disable-sync", "--window-size=1200,900"):
        opts.add_argument(a)
    # chromedriver gives every session a new temporary profile; we add an explicit one to be sure.
    profile = tempfile.mkdtemp(prefix="mw-sbench-profile-")
    opts.add_argument(f"--user-data-dir={profile}")
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.set_script_timeout(300)
    driver._mw_profile = profile
    return driver


def quit_browser(driver):
    profile = getattr(driver, "_mw_profile", None)
    try:
        driver.quit()
    finally:
        if profile:
            shutil.rmtree(profile, ignore_errors=True)


def run_async(driver, body, *args):
    """Runs `await (body)` in the page with args[0..]; returns its value or raises."""
    script = ("var args = arguments, done = arguments[arguments.length - 1];"
              f"(async function () {{ return {body}; }})().then("
              "function (v) { done({ok: true, value: v}); }, function (e) { done({ok: false, error: String(e && e.stack || e)}); });")
    out = driver.execute_async_script(script, *args)
    if not out["ok"]:
        raise RuntimeError(out["error"])
    return out["value"]


def open_harness(driver, base, cold):
    driver.execute_cdp_cmd("Network.enable", {})
    if cold:
        driver.execute_cdp_cmd("Network.clearBrowserCache", {})
        driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    driver.get(base + "__bench.html")
    for _ in range(200):
        if driver.execute_script("return document.readyState") == "complete":
            break
        time.sleep(0.01)


def cold_run(base, log, engine, query):
    driver = launch()
    try:
        open_harness(driver, base, cold=True)
        time.sleep(0.3)     # let the fresh browser settle
        mark = log.mark()
        res = run_async(driver, "benchCold(args[0], args[1])", engine, query)
        done = log.mark()
        time.sleep(0.3)
        # Our engine says which data files it asked for before its results were there; a request
        # made after that (the facet lists, once results are shown) can reach the server before
        # the WebDriver answer, so the server's log alone would count it.
        asked = None if res.get("asked") is None else {f"/zoeken/{n}.{x}" for n in res["asked"] for x in ("json", "js")}
        before = [e for e in log.since(mark, done) if engine_of(e[1])]
        reqs = [e for e in before if asked is None or not e[1].startswith("/zoeken/") or e[1] in asked]
        late = [e for e in before if e not in reqs] + [e for e in log.since(done) if engine_of(e[1])]
    finally:
        quit_browser(driver)
    res["requests"] = [(p, st, n) for _, p, st, n in reqs]
    res["late"] = [(p, st, n) for _, p, st, n in late]
    return res


def warm_run(base, log, engine, queries, reps):
    driver = launch()
    try:
        open_harness(driver, base, cold=False)
        first = run_async(driver, "benchCold(args[0], args[1])", engine, queries[0])
        # One call per query, so that no single call outlasts the WebDriver's 120 s (Pagefind's
        # warm queries at 100,000 documents take seconds each).
        out = {"first": []}
        for q in queries:
            out["first"] += run_async(driver, "benchWarm(args[0], args[1], 0, false)", engine, [q])["first"]
        mark = log.mark()
        out["warm"], out["warmSearch"] = [], []
        for _ in range(reps):
            row, row_search = [], []
            for q in queries:
                r = run_async(driver, "benchWarm(args[0], args[1], 1, true)", engine, [q])
                row += r["warm"][0]
                row_search += r["warmSearch"][0]
            out["warm"].append(row)
            out["warmSearch"].append(row_search)
        out["warmRequests"] = len([e for e in log.since(mark) if engine_of(e[1])])
        out["coldInSession"] = first
        return out
    finally:
        quit_browser(driver)


# ---------------------------------------------------------------------------- build

def sh(cmd, **kw):
    t = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    wall = time.perf_counter() - t
    if p.returncode != 0:
        sys.stderr.write(p.stdout + p.stderr)
        raise SystemExit(f"failed ({p.returncode}): {' '.join(map(str, cmd))}")
    return p.stdout + p.stderr, wall


def ensure_pagefind():
    try:
        subprocess.run([sys.executable, "-m", "pagefind", "--version"], capture_output=True, check=True)
    except (subprocess.CalledProcessError, FileNotFoundError):
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "pagefind[bin]"], check=True)


def build_all(args, corpus, site, timings_file):
    if args.reuse and (site / "zoeken" / "manifest.json").exists() and (site / "pagefind").exists() \
            and timings_file.exists():
        print(f"reusing {site} (built earlier; timings from then)")
        return json.loads(timings_file.read_text())
    if site.exists():
        shutil.rmtree(site)
    out, wall = sh([BIN, "build", "--content", str(corpus), "--templates", str(REPO / "templates"),
                    "--output", str(site), "--timing"])
    stages = {m.group(1).strip(): float(m.group(2)) for m in re.finditer(r"^\s+(.+?)\s+([0-9.]+) s\s*$", out, re.M)}
    ensure_pagefind()
    pf_cmd = [sys.executable, "-m", "pagefind", "--site", str(site)] + args.pagefind_arg
    pf_out, pf_wall = sh(pf_cmd)
    m = re.search(r"Finished in ([0-9.]+) seconds", pf_out)
    pages = re.search(r"Indexed ([0-9]+) pages", pf_out)
    words = re.search(r"Indexed ([0-9]+) words", pf_out)
    version = re.search(r"Running Pagefind (v[0-9.]+)", pf_out)
    t = {"buildWall": wall, "stages": stages, "pagefindWall": pf_wall,
         "pagefindReported": float(m.group(1)) if m else None,
         "pagefindPages": int(pages.group(1)) if pages else None,
         "pagefindWords": int(words.group(1)) if words else None,
         "pagefindVersion": version.group(1) if version else "?",
         "pagefindCmd": " ".join(pf_cmd[1:]),
         "documents": re.search(r"([0-9]+) documenten", out).group(1) if re.search(r"([0-9]+) documenten", out) else "?"}
    timings_file.write_text(json.dumps(t, indent=1))
    return t


def dir_sizes(root: pathlib.Path, pattern, gz=False):
    files = [p for p in root.rglob(pattern) if p.is_file()]
    raw = sum(p.stat().st_size for p in files)
    g = sum(len(gzip.compress(p.read_bytes(), compresslevel=6, mtime=0)) for p in files) if gz else None
    return len(files), raw, g


# ---------------------------------------------------------------------------- report

def pct(values, p):
    v = sorted(values)
    if not v:
        return float("nan")
    return v[max(0, min(len(v) - 1, int(round(p / 100 * len(v))) - 1))]


def kb(n):
    return f"{n / 1024:,.1f} KB"


def mb(n):
    return f"{n / 1024 / 1024:,.1f} MB"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--reps", type=int, default=5, help="warm repetitions of all queries (default 5)")
    ap.add_argument("--queries", type=int, default=0, help="use only the first N queries (0 = all 30)")
    ap.add_argument("--work", default=None, help="work folder (default /tmp/mw-search-bench-DOCS)")
    ap.add_argument("--reuse", action="store_true", help="reuse the built site + Pagefind index of an earlier run")
    ap.add_argument("--pagefind-arg", action="append", default=[],
                    help="extra argument for pagefind, repeatable (e.g. --pagefind-arg=--exclude-selectors "
                         "--pagefind-arg='header, nav'); default: none, as the plain `pagefind --site DIR`")
    args = ap.parse_args()

    corpus_root = pathlib.Path(f"/tmp/mw-corpus-{args.docs}") if args.seed == 1 else \
        pathlib.Path(f"/tmp/mw-corpus-{args.docs}-s{args.seed}")
    corpus = corpus_root / "content"
    work = pathlib.Path(args.work or f"/tmp/mw-search-bench-{args.docs}")
    work.mkdir(parents=True, exist_ok=True)
    site = work / "site"
    load0 = os.getloadavg()

    if not corpus.exists():
        sh([sys.executable, str(REPO / "bench" / "gen_corpus.py"), "--docs", str(args.docs), "--seed", str(args.seed),
            "--out", str(corpus)])
    print(f"corpus: {corpus} ({args.docs} documents, seed {args.seed})")
    t = build_all(args, corpus, site, work / "timings.json")
    print(f"site:   {site}  (our build {t['buildWall']:.1f} s wall; Pagefind {t['pagefindVersion']}: "
          f"{t['pagefindPages']} pages, {t['pagefindWords']} words, {t['pagefindWall']:.1f} s wall)")

    queries = QUERIES[: args.queries] if args.queries else QUERIES
    qs = [q for _, q in queries]
    log = RequestLog()
    server, base = start_server(site, log)
    sizes = Sizes(site)
    print(f"serving {site} at {base}; cold runs: {len(qs)} queries x 2 engines, one fresh Chromium each", flush=True)

    cold = {"mw": [], "pf": []}
    try:
        for i, q in enumerate(qs):
            order = ("mw", "pf") if i % 2 == 0 else ("pf", "mw")
            for eng in order:
                cold[eng].append(cold_run(base, log, eng, q))
            print(".", end="", flush=True)
        print()
        warm = {}
        for eng in ("mw", "pf"):
            warm[eng] = warm_run(base, log, eng, qs, args.reps)
    finally:
        server.shutdown()
    load1 = os.getloadavg()

    # ------------------------------------------------------------------ per-query figures
    def bytes_of(res):
        raw = gz = code_gz = code_raw = 0
        for p, st, n in res["requests"]:
            if st != 200:
                continue
            r, g, _ = sizes.of(p)
            raw += r
            gz += g
            if is_code(p):
                code_raw += r
                code_gz += g
        return raw, gz, code_raw, code_gz

    rows = []
    for i, (kind, q) in enumerate(queries):
        m, p = cold["mw"][i], cold["pf"][i]
        mb_ = bytes_of(m)
        pb_ = bytes_of(p)
        overlap = len(set(m["urls"]) & set(p["urls"]))
        rows.append((kind, q, m, p, mb_, pb_, overlap))

    print()
    print("Per query (cold = fresh browser, empty cache; KB = gzip -6 as it would be served compressed):")
    hdr = f"{'kind':<10} {'query':<22} {'hits MW':>8} {'hits PF':>8} {'top10 ∩':>8} " \
          f"{'MW KB':>7} {'PF KB':>7} {'MW req':>6} {'PF req':>6} {'MW ms':>7} {'PF ms':>7} {'MW warm':>8} {'PF warm':>8}"
    print(hdr)
    print("-" * len(hdr))
    def warm_median(eng, i):
        return statistics.median(row[i] for row in warm[eng]["warm"]) if warm[eng]["warm"] else float("nan")

    for i, (kind, q, m, p, mb_, pb_, overlap) in enumerate(rows):
        print(f"{kind:<10} {q:<22} {m['total']:>8} {p['total']:>8} {overlap:>8} "
              f"{mb_[1] / 1024:>7.1f} {pb_[1] / 1024:>7.1f} {len(m['requests']):>6} {len(p['requests']):>6} "
              f"{m['ms']:>7.1f} {p['ms']:>7.1f} {warm_median('mw', i):>8.2f} {warm_median('pf', i):>8.2f}")
    print("(hits = total matches; top10 ∩ = pages in both top-10 lists; MW/PF ms = cold first query; "
          "warm = median of the warm repetitions, ms)")

    # consistency: warm first-seen totals must equal the cold totals
    for eng in ("mw", "pf"):
        for i, q in enumerate(qs):
            if warm[eng]["first"][i]["total"] != cold[eng][i]["total"]:
                print(f"note: {eng} '{q}': {cold[eng][i]['total']} hits cold but {warm[eng]['first'][i]['total']} warm")
        failed = [(q, r) for q, r in zip(qs, cold[eng]) if any(st != 200 for _, st, _ in r["requests"])]
        for q, r in failed:
            print(f"note: {eng} '{q}': non-200 responses: {[x for x in r['requests'] if x[1] != 200]}")
        late = sorted({p for r in cold[eng] for p, _, _ in r["late"]})
        if late:
            print(f"note: {eng}: requests after the results were available (not counted): {late[:6]}"
                  f"{' …' if len(late) > 6 else ''}")
    if not all(r["isolated"] for r in cold["mw"] + cold["pf"]):
        print("note: page was not cross-origin isolated; performance.now() has 100 us resolution")

    # ------------------------------------------------------------------ summary
    def first_load(eng):
        vals = [bytes_of(r) for r in cold[eng]]
        return vals

    fl = {e: first_load(e) for e in ("mw", "pf")}
    ms_cold = {e: [r["ms"] for r in cold[e]] for e in ("mw", "pf")}
    init_cold = {e: [r["initMs"] for r in cold[e]] for e in ("mw", "pf")}
    first_seen = {e: [x["ms"] for x in warm[e]["first"]] for e in ("mw", "pf")}
    warm_ms = {e: [v for row in warm[e]["warm"] for v in row] for e in ("mw", "pf")}
    reqs = {e: [len(r["requests"]) for r in cold[e]] for e in ("mw", "pf")}
    pf_search = [v for row in warm["pf"]["warmSearch"] for v in row if v is not None] or [float("nan")]

    mw_n, mw_raw, mw_gz = dir_sizes(site / "zoeken", "*.json", gz=True)
    mw_js_n, mw_js_raw, _ = dir_sizes(site / "zoeken", "*.js")
    pf_n, pf_raw, _ = dir_sizes(site / "pagefind", "*")
    pf_idx_files = [p for p in (site / "pagefind").rglob("*") if p.is_file() and
                    (p.suffix in (".pf_meta", ".pf_index", ".pf_fragment") or p.name == "pagefind-entry.json")]
    pf_idx = sum(p.stat().st_size for p in pf_idx_files)
    pf_unpacked = 0
    for p in pf_idx_files:
        data = p.read_bytes()
        pf_unpacked += len(gzip.decompress(data)) if data[:2] == b"\x1f\x8b" else len(data)

    def code_sizes(eng):
        files = {p for r in cold[eng] for p, st, _ in r["requests"] if st == 200 and is_code(p)}
        return sorted(files), sum(sizes.of(p)[0] for p in files), sum(sizes.of(p)[1] for p in files)

    mw_code, mw_code_raw, mw_code_gz = code_sizes("mw")
    pf_code, pf_code_raw, pf_code_gz = code_sizes("pf")

    def fmt3(vals, f):
        return f"{f(statistics.median(vals))} / {f(pct(vals, 95))} / {f(max(vals))}"

    kbf = lambda n: f"{n / 1024:.1f}"
    msf = lambda v: f"{v:.1f}"
    table = [
        ("documents / pages indexed", f"{t['documents']} documents", f"{t['pagefindPages']} pages (all HTML)"),
        ("first load, gzip KB: median / p95 / max", fmt3([x[1] for x in fl["mw"]], kbf), fmt3([x[1] for x in fl["pf"]], kbf)),
        ("first load, raw KB (as served): median / p95 / max", fmt3([x[0] for x in fl["mw"]], kbf), fmt3([x[0] for x in fl["pf"]], kbf)),
        ("  of which engine code, gzip KB", f"{mw_code_gz / 1024:.1f} ({len(mw_code)} files)",
         f"{pf_code_gz / 1024:.1f} ({len(pf_code)} files)"),
        ("  of which engine code, raw KB", f"{mw_code_raw / 1024:.1f}", f"{pf_code_raw / 1024:.1f}"),
        ("requests until results: median / max", f"{statistics.median(reqs['mw']):.0f} / {max(reqs['mw'])}",
         f"{statistics.median(reqs['pf']):.0f} / {max(reqs['pf'])}"),
        (f"goal first load <= {GOAL_FIRST_LOAD_KB} KB gzip: queries within",
         f"{sum(x[1] <= GOAL_FIRST_LOAD_KB * 1024 for x in fl['mw'])}/{len(qs)}",
         f"{sum(x[1] <= GOAL_FIRST_LOAD_KB * 1024 for x in fl['pf'])}/{len(qs)}"),
        ("cold first query ms: median / p95 / max", fmt3(ms_cold["mw"], msf), fmt3(ms_cold["pf"], msf)),
        ("  of which loading + init ms: median", msf(statistics.median(init_cold["mw"])), msf(statistics.median(init_cold["pf"]))),
        ("first-seen query ms (code loaded): p50 / p95", f"{statistics.median(first_seen['mw']):.1f} / {pct(first_seen['mw'], 95):.1f}",
         f"{statistics.median(first_seen['pf']):.1f} / {pct(first_seen['pf'], 95):.1f}"),
        (f"warm query ms ({len(qs)} q x {args.reps}): p50 / p95", f"{statistics.median(warm_ms['mw']):.2f} / {pct(warm_ms['mw'], 95):.2f}",
         f"{statistics.median(warm_ms['pf']):.2f} / {pct(warm_ms['pf'], 95):.2f}"),
        ("  warm, Pagefind search() alone (no data()) p50 / p95", "-",
         f"{statistics.median(pf_search):.2f} / {pct(pf_search, 95):.2f}"),
        ("  requests to the server during the warm passes", str(warm["mw"]["warmRequests"]), str(warm["pf"]["warmRequests"])),
        ("  warm max ms", f"{max(warm_ms['mw']):.2f}", f"{max(warm_ms['pf']):.2f}"),
        (f"goal warm p95 <= {GOAL_P95_MS} ms", "met" if pct(warm_ms["mw"], 95) <= GOAL_P95_MS else "NOT met",
         "met" if pct(warm_ms["pf"], 95) <= GOAL_P95_MS else "NOT met"),
        ("index on disk", f"{mw_n} .json files, {mb(mw_raw)} raw, {mb(mw_gz)} gzip",
         f"{pf_n} files, {mb(pf_raw)} (whole pagefind/, files gzip)"),
        ("  index data only", f"(+ {mw_js_n} .js twins, {mb(mw_js_raw)})",
         f"{len(pf_idx_files)} files, {mb(pf_idx)} gzip, {mb(pf_unpacked)} unpacked"),
        ("indexing time", f"<= {t['stages'].get('indexen', float('nan')):.1f} s ('indexen' stage, all indexes)",
         f"{t['pagefindReported'] or float('nan'):.1f} s reported, {t['pagefindWall']:.1f} s wall"),
        ("whole build (for reference)", f"{t['buildWall']:.1f} s wall", "(runs after our build)"),
    ]
    w0 = max(len(r[0]) for r in table)
    w1 = max(len(r[1]) for r in table)
    w2 = max(len(r[2]) for r in table)
    print()
    print(f"{'metric':<{w0}} | {'Meedoenwijzer':<{w1}} | {'Pagefind ' + t['pagefindVersion']:<{w2}}")
    print(f"{'-' * w0}-+-{'-' * w1}-+-{'-' * w2}")
    for a, b, c in table:
        print(f"{a:<{w0}} | {b:<{w1}} | {c:<{w2}}")
    print()
    print(f"Goals: first load <= {GOAL_FIRST_LOAD_KB} KB gzip (code + data until the first 10 results, cold); "
          f"p95 query <= {GOAL_P95_MS} ms (warm).")
    print(f"Engine code counted: MW {', '.join(mw_code)}; PF {', '.join(pf_code)}.")
    print("Pagefind files on disk are gzip already (wasm, pf_meta, pf_index, pf_fragment) and count as served; "
          "pagefind.js, pagefind-worker.js and pagefind-entry.json are compressed here like ours.")
    print(f"Pagefind command: {t['pagefindCmd']}. Our 'indexen' stage also renders index.json, sitemap and the "
          "service worker (in memory, writing is a later stage); Pagefind's time includes reading the HTML and writing.")
    print(f"Load average (1/5/15 min): start {load0[0]:.2f} {load0[1]:.2f} {load0[2]:.2f}, end {load1[0]:.2f} "
          f"{load1[1]:.2f} {load1[2]:.2f} on {os.cpu_count()} cores; timings include noise from other processes.")


if __name__ == "__main__":
    main()
