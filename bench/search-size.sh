#!/bin/bash
# Builds the search index for a synthetic corpus and prints the gzip sizes of
# what the browser loads before it can show the first 10 results, per sample
# query, and of the whole index. Usage: bench/search-size.sh [DOCS] [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
DOCS=${1:-10000}
OUT=${2:-/tmp/mw-search-bench}
# One module of the search sources and the few MWContent files they use (their imports of
# MWContent dropped), so that no package build is needed.
SRC=$(mktemp -d)
cp Sources/MWSearch/*.swift "$SRC"/
cp Sources/MWContent/{Parallel,WorkerPool,DeterministicJSON,FileWriter,Fingerprint}.swift "$SRC"/
sed -i '/^import MWContent$/d' "$SRC"/*.swift
BIN="$SRC/search-size"
swiftc -O -parse-as-library "$SRC"/*.swift bench/search-size.swift -o "$BIN"
"$BIN" "$OUT" "$DOCS"
python3 - "$OUT" <<'PY'
import gzip, json, os, statistics, sys
out = sys.argv[1]
index = os.path.join(out, "zoeken")
def gz(name):
    with open(os.path.join(index, name + ".json"), "rb") as f:
        return len(gzip.compress(f.read(), compresslevel=6))
report = json.load(open(os.path.join(out, "bench-report.json")))
sizes = {}
for root, _, names in os.walk(index):
    for n in names:
        if n.endswith(".json"):
            rel = os.path.relpath(os.path.join(root, n), index)[:-5]
            sizes[rel] = gz(rel)
raw_total = sum(os.path.getsize(os.path.join(r, n)) for r, _, ns in os.walk(index) for n in ns if n.endswith(".json"))
print(f"documents: {report['docs']}, build: {report['buildSeconds']:.1f} s")
for kind in ("manifest", "facets", "lex/", "post/", "docs/"):
    part = [v for k, v in sizes.items() if k.startswith(kind)]
    print(f"  {kind:<9} {len(part):>5} files, gzip total {sum(part)/1024:8.1f} KB, largest {max(part)/1024:6.1f} KB")
print(f"whole index (.json): {len(sizes)} files, raw {raw_total/1024/1024:.1f} MB, gzip {sum(sizes.values())/1024/1024:.2f} MB (plus the same again as .js twins)")
print("first load (gzip -6) per query: manifest + lexicon parts + postings shards + doc chunks of the top 10 (+ facets when filtered)")
firsts = []
for q in report["queries"]:
    total = sum(sizes[f] for f in q["files"])
    firsts.append(total)
    print(f"  {q['kind']:<11} {q['query'][:32]!r:<36} {q['total']:>5} hits {len(q['files']):>3} files {total/1024:7.1f} KB")
print(f"first load: median {statistics.median(firsts)/1024:.1f} KB, max {max(firsts)/1024:.1f} KB over {len(firsts)} queries")
PY
