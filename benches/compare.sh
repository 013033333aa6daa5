#!/usr/bin/env bash
# Side-by-side build benchmark: onrecord against Hugo (and Zola when it is on
# the PATH) on the same synthetic articles, each in its own layout.
#
#   benches/compare.sh N [RUNS]
#
# N articles from the deterministic corpus generator (benches/gen_corpus.py,
# or ../shared/bench/gen_corpus.py when present), written to tmpfs when there
# is one. Each tool builds RUNS times (default 5) after one warm-up, under
# hyperfine; one more run under /usr/bin/time -v gives the peak memory. The
# table reports median and min-max wall time, peak memory, output size and
# HTML pages. Needs: hyperfine, hugo, GNU time (`apt-get install -y hyperfine
# hugo time`); the onrecord release binary is built unless ONRECORD=path.
set -euo pipefail

N="${1:?usage: benches/compare.sh N [RUNS]}"
RUNS="${2:-5}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

GEN="$REPO/../shared/bench/gen_corpus.py"
[ -f "$GEN" ] || GEN="$REPO/benches/gen_corpus.py"
for tool in hyperfine hugo /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { echo "compare.sh: $tool is missing" >&2; exit 2; }
done

if [ -z "${ONRECORD:-}" ]; then
  (cd "$REPO" && cargo build --release --quiet)
  ONRECORD="${CARGO_TARGET_DIR:-$REPO/target}/release/onrecord"
fi

TMP_BASE=/tmp
[ -d /dev/shm ] && [ -w /dev/shm ] && TMP_BASE=/dev/shm
WORK="$(mktemp -d "$TMP_BASE/onrecord-compare.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

LAYOUTS="ours,hugo"
command -v zola >/dev/null && LAYOUTS="$LAYOUTS,zola"
python3 "$GEN" --n "$N" --out "$WORK/corpus" --layouts "$LAYOUTS" >/dev/null

# name, then the build command writing into $WORK/out-<name>.
declare -a NAMES=() COMMANDS=()
NAMES+=(onrecord)
COMMANDS+=("'$ONRECORD' build --quiet --root '$WORK/corpus/ours' --output '$WORK/out-onrecord' >/dev/null")
NAMES+=(hugo)
COMMANDS+=("hugo --quiet --source '$WORK/corpus/hugo' --destination '$WORK/out-hugo' --cleanDestinationDir >/dev/null")
if command -v zola >/dev/null; then
  NAMES+=(zola)
  COMMANDS+=("zola --root '$WORK/corpus/zola' build --force --output-dir '$WORK/out-zola' >/dev/null")
fi

# `--quiet` is newer than some onrecord builds: fall back when it is refused.
if ! "$ONRECORD" build --quiet --root "$WORK/corpus/ours" --output "$WORK/out-onrecord" >/dev/null 2>&1; then
  COMMANDS[0]="'$ONRECORD' build --root '$WORK/corpus/ours' --output '$WORK/out-onrecord' >/dev/null"
fi

printf '\n%s articles, %s runs each after one warm-up, work folder on %s\n\n' "$N" "$RUNS" "$TMP_BASE"
printf '| tool | median | min-max | peak memory | output size | HTML pages |\n'
printf '|---|---|---|---|---|---|\n'
for i in "${!NAMES[@]}"; do
  name="${NAMES[$i]}"
  cmd="${COMMANDS[$i]}"
  hyperfine --style none --warmup 1 --runs "$RUNS" --export-json "$WORK/$name.json" "$cmd" >/dev/null
  /usr/bin/time -v bash -c "$cmd" 2>"$WORK/$name.time" >/dev/null
  peak_kb=$(awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }' "$WORK/$name.time")
  size=$(du -sb "$WORK/out-$name" | cut -f1)
  pages=$(find "$WORK/out-$name" -name '*.html' | wc -l)
  python3 - "$WORK/$name.json" "$name" "$peak_kb" "$size" "$pages" <<'EOF'
import json, statistics, sys
path, name, peak_kb, size, pages = sys.argv[1:]
times = json.load(open(path))["results"][0]["times"]
print(f"| {name} | {statistics.median(times):.2f} s | {min(times):.2f}-{max(times):.2f} s "
      f"| {int(peak_kb) / 1024:.0f} MB | {int(size) / 1e6:.1f} MB | {int(pages):,} |")
EOF
done
echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); $("$ONRECORD" --version); $(hugo version | cut -d' ' -f1-2)"
