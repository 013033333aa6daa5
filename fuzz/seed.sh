#!/bin/sh
# Seeds each fuzz target's corpus with real inputs: every Markdown file of
# the example site (content/) and of tests/fixtures/. front_matter gets
# whole files; markdown and extract get the bodies (after the front matter),
# which is what they are fed. Run from anywhere; fuzz/corpus/ is git-ignored.
set -eu
fuzz=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$fuzz")
for target in front_matter markdown extract; do
    mkdir -p "$fuzz/corpus/$target"
done
find "$repo/content" "$repo/tests/fixtures" -name '*.md' -type f | sort | while read -r file; do
    name=$(sha256sum "$file" | cut -c1-16)
    cp "$file" "$fuzz/corpus/front_matter/$name"
    # The body: everything after the closing `---` of the front matter.
    awk 'seen >= 2 { print; next } /^---[[:space:]]*$/ { seen++ }' "$file" >"$fuzz/corpus/markdown/$name"
    if [ -s "$fuzz/corpus/markdown/$name" ]; then
        cp "$fuzz/corpus/markdown/$name" "$fuzz/corpus/extract/$name"
    else
        rm "$fuzz/corpus/markdown/$name"
    fi
done
for target in front_matter markdown extract; do
    echo "$target: $(ls "$fuzz/corpus/$target" | wc -l) seeds"
done
