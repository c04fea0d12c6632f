#!/usr/bin/env python3
"""Edit-to-visible latency of `meedoenwijzer serve` on a synthetic corpus.

Generates (or reuses) a corpus of N documents with bench/gen_corpus.py, starts `serve` with the
release binary, then edits one document at a time (of each type in --types, in turn) and
measures the time from the file write until the changed page is served (the same moment the
open browser tab is told to reload). Prints the figures, overall and per type; asserts nothing.

    python3 bench/serve_latency.py [--docs 10000] [--edits 16] [--types aanpak,voorziening,les,werkzaam-element]
"""
import argparse
import json
import os
import pathlib
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request

REPO = pathlib.Path(__file__).resolve().parent.parent
BIN = os.environ.get("MW_BIN", str(REPO / ".build" / "release" / "meedoenwijzer"))


def get(url, timeout=60):
    with urllib.request.urlopen(url, timeout=timeout) as r:
        return r.read().decode("utf-8")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=10000)
    ap.add_argument("--edits", type=int, default=16)
    ap.add_argument("--types", default="aanpak,voorziening,les,werkzaam-element")
    args = ap.parse_args()
    corpus = pathlib.Path(f"/tmp/mw-corpus-{args.docs}")
    if not (corpus / "content").exists():
        subprocess.run([sys.executable, str(REPO / "bench" / "gen_corpus.py"), "--docs", str(args.docs), "--seed", "1",
                        "--out", str(corpus / "content")], check=True)
    work = pathlib.Path("/tmp/mw-serve-latency")
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(corpus / "content", work / "content")
    s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()
    base = f"http://127.0.0.1:{port}/"
    log = open(work / "serve.log", "w")
    start = time.time()
    proc = subprocess.Popen([BIN, "serve", "--content", str(work / "content"), "--templates", str(REPO / "templates"),
                             "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    try:
        while True:
            try:
                status = json.loads(get(base + "__mw/status", timeout=2))
                if status["version"] > 0:
                    break
            except OSError:
                pass
            time.sleep(0.05)
        print(f"corpus: {args.docs} documents; pages of the first build visible after {time.time() - start:.2f} s")
        while True:   # the indexes of the first build follow in the background
            try:
                index = json.loads(get(base + "index.json"))
                break
            except OSError:
                time.sleep(0.1)
        types = args.types.split(",")
        by_type = {t: [d for d in index["documenten"] if d["type"] == t] for t in types}
        targets = [by_type[types[i % len(types)]][i // len(types)] for i in range(args.edits)]
        sources = {str(p.relative_to(work / "content"))[:-3].rsplit("/", 1)[-1]: p for p in (work / "content").rglob("*.md")}
        latencies = []
        per_type = {t: [] for t in types}
        for i, doc in enumerate(targets):
            path = sources[doc["slug"]]
            marker = f"Bewerking {i} voor de meting."
            text = path.read_text(encoding="utf-8")
            t0 = time.perf_counter()
            path.write_text(text.rstrip("\n") + "\n\n" + marker + "\n", encoding="utf-8")
            while marker not in get(base + doc["url"]):
                time.sleep(0.002)
            latencies.append((time.perf_counter() - t0) * 1000)
            per_type[doc["type"]].append(latencies[-1])
            time.sleep(4)   # let the background index phase of this rebuild finish first
        latencies.sort()
        p95 = latencies[max(0, int(round(0.95 * len(latencies))) - 1)]
        print(f"edit -> changed page served: median {statistics.median(latencies):.0f} ms, p95 {p95:.0f} ms, "
              f"min {latencies[0]:.0f} ms, max {latencies[-1]:.0f} ms over {len(latencies)} edits")
        for t, values in per_type.items():
            if values:
                print(f"  {t}: median {statistics.median(values):.0f} ms, max {max(values):.0f} ms over {len(values)} edits")
        lines = [l for l in (work / "serve.log").read_text().splitlines() if l.startswith(("Gebouwd", "Indexen"))]
        for line in lines[-3:]:
            print("serve log:", line)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    main()
