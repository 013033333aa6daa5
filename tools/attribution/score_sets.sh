#!/usr/bin/env bash
# Builds labelled sets with one binary and scores each with score.py.
#
#   tools/attribution/score_sets.sh BIN NAME [SET...]
#
# BIN is an onrecord binary, NAME names this run: each set is built into
# ${TMPDIR:-/tmp}/onrecord-sets/NAME/SET and its score.py line printed.
# Without SETs, every development set (tests/fixtures/*/ with a gold.json,
# the held-out sets of held_out.txt left out: score those on purpose, by
# name, and never read them). The scorer is ../shared/gold/score.py beside
# the repository, or $ONRECORD_SCORER.
set -euo pipefail
source "$(dirname "$0")/sets.sh"
BIN="$(realpath "${1:?usage: score_sets.sh BIN NAME [SET...]}")"
NAME="${2:?usage: score_sets.sh BIN NAME [SET...]}"
shift 2
[ -f "$SCORER" ] || { echo "score_sets.sh: no scorer at $SCORER (set ONRECORD_SCORER)" >&2; exit 2; }
SETS=("$@")
[ ${#SETS[@]} -gt 0 ] || mapfile -t SETS < <(development_sets)
OUT="${TMPDIR:-/tmp}/onrecord-sets/$NAME"
mkdir -p "$OUT"
for set in "${SETS[@]}"; do
  rm -rf "${OUT:?}/$set"
  if ! "$BIN" build -q --root "$REPO/tests/fixtures/$set" --output "$OUT/$set" 2>"$OUT/$set.err"; then
    echo "$set BUILD FAILED (see $OUT/$set.err)"
    continue
  fi
  echo "$set $(python3 "$SCORER" "$OUT/$set/data" "$REPO/tests/fixtures/$set/gold.json" 2>/dev/null | tail -1)"
done
