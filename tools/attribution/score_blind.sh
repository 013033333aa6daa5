#!/usr/bin/env bash
# Scores blind sets kept outside the repository (before they become
# fixtures), with the same scripts as the development sets.
#
#   tools/attribution/score_blind.sh BIN NAME DIR/SET...
#
# Each DIR/SET is a set a writer finished (site.toml, content/,
# gold.json). A view of this repository's tools with those sets as its
# only fixtures is made in ${TMPDIR:-/tmp}/onrecord-blind/repo, each set
# is built into ${TMPDIR:-/tmp}/onrecord-blind/onrecord-sets/NAME/SET,
# and score.py's line per set, the pooled counts, the per-rule rates and
# the pooled grouping are printed: nothing that shows a single quote, so
# the sets stay blind until the round is merged.
set -euo pipefail
source "$(dirname "$0")/sets.sh"
BIN="$(realpath "${1:?usage: score_blind.sh BIN NAME DIR/SET...}")"
NAME="${2:?usage: score_blind.sh BIN NAME DIR/SET...}"
shift 2
[ $# -gt 0 ] || { echo "score_blind.sh: no sets given" >&2; exit 2; }
WORK="${TMPDIR:-/tmp}/onrecord-blind"
VIEW="$WORK/repo"
mkdir -p "$VIEW/tools" "$VIEW/tests/fixtures"
rm -rf "$VIEW/tools/attribution"
cp -r "$REPO/tools/attribution" "$VIEW/tools/"
SETS=()
for dir in "$@"; do
  set="$(basename "$dir")"
  ln -sfn "$(realpath "$dir")" "$VIEW/tests/fixtures/$set"
  SETS+=("$set")
done
export ONRECORD_SCORER="$SCORER"
TMPDIR="$WORK" "$VIEW/tools/attribution/score_sets.sh" "$BIN" "$NAME" "${SETS[@]}"
TMPDIR="$WORK" python3 "$VIEW/tools/attribution/pooled.py" "$NAME" "${SETS[@]}" --by-rule | grep -E '^(pooled|  rule)'
TMPDIR="$WORK" python3 "$VIEW/tools/attribution/grouping.py" "$NAME" "${SETS[@]}" | tail -1
