#!/bin/bash
# Gross performance regression guard for the test command.
#
# Generates a 1,000-document corpus (bench/gen_corpus.py, seed 1), builds it once with our release
# binary and prints wall time, CPU time and peak memory. Exits 1 only if the build fails or takes
# more than FACTOR (10) times RECORDED_SECONDS; timing noise never fails it. The build is stopped
# at the limit, so this never runs much longer than that.
#
# Usage: bench/regression.sh        (MW_BIN overrides the binary, default .build/release/meedoenwijzer)
#
# RECORDED_SECONDS is the wall time measured on the project's 2-core machine; update it (and the
# date) when the build gets much faster, so the guard stays meaningful.
set -uo pipefail
cd "$(dirname "$0")/.."
RECORDED_SECONDS=0.71       # 2026-12-01 (third set), 1,000 documents, full build with search index and exports, 2 cores
FACTOR=10
DOCS=1000
MW_BIN=${MW_BIN:-.build/release/meedoenwijzer}

if [ ! -x "$MW_BIN" ]; then
    echo "regression: $MW_BIN not found; building it (swift build -c release --product meedoenwijzer) ..."
    swift build -c release --product meedoenwijzer >/dev/null || { echo "regression: FAIL: release build failed"; exit 1; }
fi
[ -x /usr/bin/time ] || { echo "regression: /usr/bin/time missing (Debian package 'time')"; exit 1; }

WORK=$(mktemp -d /tmp/mw-regression.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
python3 bench/gen_corpus.py --docs "$DOCS" --seed 1 --out "$WORK/content" >/dev/null || { echo "regression: FAIL: corpus generation failed"; exit 1; }

LIMIT=$(awk -v r="$RECORDED_SECONDS" -v f="$FACTOR" 'BEGIN {printf "%d", r * f + 0.999}')
/usr/bin/time -v -o "$WORK/time.txt" timeout "$LIMIT" "$MW_BIN" build --content "$WORK/content" \
    --templates templates --output "$WORK/site" >"$WORK/build.log" 2>&1
status=$?
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; printf "%.2f", s}' "$WORK/time.txt")
cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u+s}' "$WORK/time.txt")
rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$WORK/time.txt")

if [ "$status" = 124 ]; then
    echo "regression: FAIL: the build of $DOCS documents was stopped after ${LIMIT} s (> ${FACTOR}x the recorded ${RECORDED_SECONDS} s)"
    exit 1
fi
if [ "$status" != 0 ]; then
    echo "regression: FAIL: the build of $DOCS documents failed (exit $status):"
    tail -20 "$WORK/build.log"
    exit 1
fi
echo "regression: $DOCS documents built in ${wall} s wall, ${cpu} s CPU, ${rss} MB peak memory (recorded ${RECORDED_SECONDS} s, limit ${LIMIT} s)"
if awk -v w="$wall" -v l="$LIMIT" 'BEGIN {exit !(w > l)}'; then
    echo "regression: FAIL: more than ${FACTOR}x the recorded time"
    exit 1
fi
echo "regression: ok"
