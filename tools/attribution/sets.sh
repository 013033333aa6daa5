# Sourced by the scripts beside it: the repository, the scorer, the sets.
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SCORER="${ONRECORD_SCORER:-$REPO/../shared/gold/score.py}"
HELD_OUT="$(cat "$REPO/tools/attribution/held_out.txt")"
# The development sets: every labelled fixture but the held-out ones.
development_sets() {
  for dir in "$REPO"/tests/fixtures/*/; do
    set="$(basename "$dir")"
    [ -f "$dir/gold.json" ] && [ -f "$dir/site.toml" ] || continue
    grep -qx "$set" <<<"$HELD_OUT" || echo "$set"
  done
}
