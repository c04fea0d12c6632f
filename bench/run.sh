#!/bin/bash
# Build benchmark: Meedoenwijzer against Hugo and Hugo + Pagefind on the same synthetic corpus.
#
# Usage: bench/run.sh [N...]            (default sizes: 1000 10000 100000)
#
# For each N it generates (or reuses) a corpus of N documents with bench/gen_corpus.py, as our
# content format and as a plain Hugo site, then builds it with
#   - Meedoenwijzer (release binary; its build writes pages, index.json, exports and the search
#     index when the generator makes one),
#   - Hugo (Debian package `hugo`, minimal theme from gen_corpus.py),
#   - Hugo + Pagefind (PyPI `pagefind[bin]`, `python3 -m pagefind --site <public>` after Hugo),
# and prints wall time, CPU time (user+sys), peak memory (max RSS) and output size, with the
# ratio ours/theirs. The figures are printed, never asserted.
#
# Timing: /usr/bin/time -v (Debian `time`) gives CPU and max RSS of every build; for N <= 10000
# hyperfine gives the wall time as the mean of $RUNS runs (default 3), otherwise the wall time is
# that of the single /usr/bin/time run. Every build starts from an empty output folder.
#
# Environment:
#   MW_BIN        our binary (default: .build/release/meedoenwijzer)
#   SEED          corpus seed (default 1)
#   RUNS          hyperfine runs per tool for N <= HYPERFINE_MAX (default 3)
#   HYPERFINE_MAX largest N timed with hyperfine (default 10000)
#   BENCH_DIR     where corpora and outputs go (default /tmp/mw-bench)
#   SKIP_HUGO_ABOVE  skip Hugo and Hugo+Pagefind for N above this (default: never skip)
#   TIMEOUT       seconds before a single build is given up (default 3600)
set -uo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
MW_BIN=${MW_BIN:-$REPO/.build/release/meedoenwijzer}
SEED=${SEED:-1}
RUNS=${RUNS:-3}
HYPERFINE_MAX=${HYPERFINE_MAX:-10000}
BENCH_DIR=${BENCH_DIR:-/tmp/mw-bench}
SKIP_HUGO_ABOVE=${SKIP_HUGO_ABOVE:-}
TIMEOUT=${TIMEOUT:-3600}
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(1000 10000 100000)

log() { echo "$*" >&2; }

# ---------------------------------------------------------------- tools
apt_install() {
    if [ "$(id -u)" != 0 ]; then log "missing $1; install it with: sudo apt-get install $1"; exit 2; fi
    log "installing Debian package $1 ..."
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null 2>&1; then
        apt-get update -qq >/dev/null 2>&1
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null || { log "could not install $1"; exit 2; }
    fi
}
[ -x /usr/bin/time ] || apt_install time
command -v hyperfine >/dev/null || apt_install hyperfine
command -v hugo >/dev/null || apt_install hugo
if ! python3 -m pagefind --version >/dev/null 2>&1; then
    log "installing PyPI package pagefind[bin] ..."
    python3 -m pip install -q 'pagefind[bin]' >/dev/null 2>&1 || { log "could not install pagefind[bin]"; exit 2; }
fi
if [ ! -x "$MW_BIN" ]; then
    log "our binary $MW_BIN does not exist; build it with 'swift build -c release --product meedoenwijzer' or set MW_BIN"
    exit 2
fi
HUGO_VERSION=$(hugo version 2>/dev/null | awk '{print $2}')
PAGEFIND_VERSION=$(python3 -m pagefind --version 2>/dev/null | awk '{print $2}')
mkdir -p "$BENCH_DIR"
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- corpus
# Reused when N, seed and the generator inputs (script, keuzehulp.md, site.yml) are unchanged.
corpus_key() {
    cat bench/gen_corpus.py content/keuzehulp.md content/site.yml | sha256sum | awk -v n="$1" -v s="$SEED" '{print n "-" s "-" $1}'
}
ensure_corpus() {
    local n=$1 key
    key=$(corpus_key "$n")
    if [ -f "$BENCH_DIR/corpus-$n.key" ] && [ "$(cat "$BENCH_DIR/corpus-$n.key")" = "$key" ] \
        && [ -d "$BENCH_DIR/corpus-$n" ] && [ -d "$BENCH_DIR/hugo-$n" ]; then
        log "reusing corpus $BENCH_DIR/corpus-$n"
        return
    fi
    rm -f "$BENCH_DIR/corpus-$n.key"
    log "generating corpus of $n documents ..."
    python3 bench/gen_corpus.py --docs "$n" --seed "$SEED" --out "$BENCH_DIR/corpus-$n" --hugo-out "$BENCH_DIR/hugo-$n" >&2 || exit 1
    echo "$key" > "$BENCH_DIR/corpus-$n.key"
}

# ---------------------------------------------------------------- measuring
# measure NAME OUTDIR COMMAND: one run under /usr/bin/time -v (after emptying OUTDIR).
# Sets M_WALL M_CPU M_RSS_MB M_STATUS.
measure() {
    local name=$1 out=$2 cmd=$3 tv="$BENCH_DIR/time-$1.txt" log_file="$BENCH_DIR/log-$1.txt"
    rm -rf "$out"
    /usr/bin/time -v -o "$tv" timeout "$TIMEOUT" bash -c "$cmd" >"$log_file" 2>&1
    M_STATUS=$?
    # A stopped build of ours may leave its staging folder beside the output.
    rm -rf "$(dirname "$out")/.$(basename "$out").new-"*
    M_WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$tv")
    M_CPU=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u+s}' "$tv")
    M_RSS_MB=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$tv")
    if [ "$M_STATUS" != 0 ]; then
        log "  $name failed (exit $M_STATUS); last lines of $log_file:"
        tail -5 "$log_file" >&2
    fi
}
# wall_hyperfine NAME PREPARE COMMAND: mean and stddev of $RUNS runs. Sets H_MEAN H_SD.
wall_hyperfine() {
    local json="$BENCH_DIR/hyperfine-$1.json"
    H_MEAN=""; H_SD=""
    if hyperfine --runs "$RUNS" --prepare "$2" --export-json "$json" --style none "$3" >/dev/null 2>"$BENCH_DIR/hyperfine-$1.err"; then
        read -r H_MEAN H_SD < <(python3 -c 'import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print("%.2f %.2f" % (r["mean"], r["stddev"] or 0))' "$json")
    else
        log "  hyperfine for $1 failed: $(tail -2 "$BENCH_DIR/hyperfine-$1.err")"
    fi
}
# failed_as STATUS: how a failed build shows in the table.
failed_as() { if [ "$1" = 124 ]; then echo "stopped>${TIMEOUT}s"; else echo "fail($1)"; fi; }
size_mb() { du -sb "$1" 2>/dev/null | awk '{printf "%.1f", $1/1048576}'; }
file_count() { find "$1" -type f 2>/dev/null | wc -l; }
ratio() { python3 -c 'import sys
try:
    a, b = float(sys.argv[1]), float(sys.argv[2]); print(f"{a/b:.2f}x" if b else "-")
except ValueError:
    print("-")' "$1" "$2"; }

ROWS=()
RATIOS=()
NOTES=()
add_row() { ROWS+=("$(printf '%-8s %-16s %11s %9s %9s %10s %8s' "$@")"); }

# ---------------------------------------------------------------- per size
for N in "${SIZES[@]}"; do
    ensure_corpus "$N"
    C="$BENCH_DIR/corpus-$N"; H="$BENCH_DIR/hugo-$N"
    OUT_MW="$BENCH_DIR/out-mw-$N"; PUB="$BENCH_DIR/public-$N"
    MW_CMD="'$MW_BIN' build --content '$C' --templates '$REPO/templates' --output '$OUT_MW'"
    HUGO_CMD="hugo --quiet --source '$H' --destination '$PUB'"
    PF_CMD="python3 -m pagefind --site '$PUB'"
    use_hf=0; [ "$N" -le "$HYPERFINE_MAX" ] && use_hf=1

    log "N=$N: Meedoenwijzer ..."
    measure "mw-$N" "$OUT_MW" "$MW_CMD"
    mw_wall=$M_WALL mw_cpu=$M_CPU mw_rss=$M_RSS_MB mw_ok=$M_STATUS
    mw_size=$(size_mb "$OUT_MW"); mw_files=$(file_count "$OUT_MW")
    if [ "$mw_ok" != 0 ]; then
        NOTES+=("N=$N: our build did not finish: $(failed_as "$mw_ok"); see $BENCH_DIR/log-mw-$N.txt")
    elif [ -d "$OUT_MW/zoeken" ]; then
        NOTES+=("N=$N: our output has a search index: $OUT_MW/zoeken, $(file_count "$OUT_MW/zoeken") files, $(size_mb "$OUT_MW/zoeken") MB")
    else
        NOTES+=("N=$N: our output has NO search index folder (zoeken/): the build does not write one yet, so Hugo+Pagefind does more work")
    fi
    mw_sd=""
    if [ $use_hf = 1 ] && [ "$mw_ok" = 0 ]; then
        wall_hyperfine "mw-$N" "rm -rf '$OUT_MW'" "$MW_CMD"
        [ -n "$H_MEAN" ] && mw_wall=$H_MEAN mw_sd=$H_SD
    fi
    [ "$mw_ok" = 0 ] || { mw_wall=$(failed_as "$mw_ok"); mw_cpu="-"; mw_size="-"; mw_files="-"; }
    mw_rss_done=$mw_rss; [ "$mw_ok" = 0 ] || mw_rss_done="-"   # no ratio for a build that did not finish
    add_row "$N" "Meedoenwijzer" "$mw_wall${mw_sd:+±$mw_sd}" "$mw_cpu" "$mw_rss" "$mw_size" "$mw_files"

    if [ -n "$SKIP_HUGO_ABOVE" ] && [ "$N" -gt "$SKIP_HUGO_ABOVE" ]; then
        NOTES+=("N=$N: Hugo and Hugo+Pagefind skipped (SKIP_HUGO_ABOVE=$SKIP_HUGO_ABOVE)")
        add_row "$N" "Hugo" "skipped" "-" "-" "-" "-"
        add_row "$N" "Hugo+Pagefind" "skipped" "-" "-" "-" "-"
        continue
    fi

    log "N=$N: Hugo ..."
    measure "hugo-$N" "$PUB" "$HUGO_CMD"
    h_wall=$M_WALL h_cpu=$M_CPU h_rss=$M_RSS_MB h_ok=$M_STATUS
    h_size=$(size_mb "$PUB"); h_files=$(file_count "$PUB")
    h_sd=""
    if [ $use_hf = 1 ] && [ "$h_ok" = 0 ]; then
        wall_hyperfine "hugo-$N" "rm -rf '$PUB'" "$HUGO_CMD"
        [ -n "$H_MEAN" ] && h_wall=$H_MEAN h_sd=$H_SD
    fi
    [ "$h_ok" = 0 ] || { h_wall=$(failed_as "$h_ok"); h_cpu="-"; h_size="-"; h_files="-"; }
    add_row "$N" "Hugo" "$h_wall${h_sd:+±$h_sd}" "$h_cpu" "$h_rss" "$h_size" "$h_files"

    log "N=$N: Hugo + Pagefind ..."
    measure "hugopf-$N" "$PUB" "$HUGO_CMD && $PF_CMD"
    p_wall=$M_WALL p_cpu=$M_CPU p_rss=$M_RSS_MB p_ok=$M_STATUS
    p_size=$(size_mb "$PUB"); p_files=$(file_count "$PUB")
    p_sd=""
    if [ $use_hf = 1 ] && [ "$p_ok" = 0 ]; then
        wall_hyperfine "hugopf-$N" "rm -rf '$PUB'" "$HUGO_CMD && $PF_CMD"
        [ -n "$H_MEAN" ] && p_wall=$H_MEAN p_sd=$H_SD
    fi
    [ "$p_ok" = 0 ] || { p_wall=$(failed_as "$p_ok"); p_cpu="-"; p_size="-"; p_files="-"; }
    add_row "$N" "Hugo+Pagefind" "$p_wall${p_sd:+±$p_sd}" "$p_cpu" "$p_rss" "$p_size" "$p_files"

    for other in "Hugo:$h_wall:$h_cpu:$h_rss:$h_size" "Hugo+Pagefind:$p_wall:$p_cpu:$p_rss:$p_size"; do
        IFS=: read -r oname owall ocpu orss osize <<<"$other"
        RATIOS+=("$(printf '%-8s %-16s %11s %9s %9s %10s' "$N" "ours/$oname" \
            "$(ratio "$mw_wall" "$owall")" "$(ratio "$mw_cpu" "$ocpu")" "$(ratio "$mw_rss_done" "$orss")" "$(ratio "$mw_size" "$osize")")")
    done
done

# ---------------------------------------------------------------- report
echo
echo "Build benchmark on $(nproc) cores; $(basename "$MW_BIN") = $MW_BIN; Hugo $HUGO_VERSION; Pagefind $PAGEFIND_VERSION; seed $SEED"
echo "load average at start: $LOAD_START, at end: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine inflates wall times)"
echo "wall: mean±sd of $RUNS hyperfine runs for N <= $HYPERFINE_MAX, else one /usr/bin/time run; CPU = user+sys; RSS = peak (max RSS of any process)"
echo
printf '%-8s %-16s %11s %9s %9s %10s %8s\n' "docs" "tool" "wall s" "CPU s" "RSS MB" "output MB" "files"
printf '%s\n' "${ROWS[@]}"
echo
printf '%-8s %-16s %11s %9s %9s %10s\n' "docs" "ratio" "wall" "CPU" "RSS" "output"
[ ${#RATIOS[@]} -gt 0 ] && printf '%s\n' "${RATIOS[@]}"
echo
printf '%s\n' "${NOTES[@]}"
