#!/usr/bin/env bash
# Fails when a dependency of Cargo.toml is named nowhere in the code: each
# [dependencies] name must appear in src/, each [dev-dependencies] name in
# src/, tests/ or benches/ (as `name::` or `use name`, with - read as _).
# What cargo-machete checks, without compiling cargo-machete in CI. Names in
# [package.metadata.cargo-machete] ignored = [...] are skipped.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# names SECTION: the dependency names listed under [SECTION] of Cargo.toml.
names() {
  awk -v section="[$1]" '
    /^\[/ { inside = ($0 == section); next }
    inside && /^[A-Za-z0-9_-]+[ \t]*=/ { sub(/[ \t]*=.*/, ""); print }
  ' Cargo.toml
}
ignored="$(sed -n 's/^ignored *= *\[\(.*\)\]/\1/p' Cargo.toml | tr -d '" ' | tr ',' ' ')"

unused=0
check() { # check NAME FOLDER...
  local name="$1" crate="${1//-/_}"
  shift
  case " $ignored " in *" $name "*) echo "skipped (ignored): $name"; return ;; esac
  if ! grep -rqE "(\b${crate}::|use ${crate}\b|${crate}!)" "$@" 2>/dev/null; then
    echo "unused dependency: $name (not named in $*)"
    unused=$((unused + 1))
  fi
}
for name in $(names dependencies); do check "$name" src; done
for name in $(names dev-dependencies); do check "$name" src tests benches; done
echo "unused dependencies: $unused"
[ "$unused" -eq 0 ]
