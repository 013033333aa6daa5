#!/usr/bin/env python3
"""The quotes whose speaker or actor differ between two runs of score_sets.sh.

    python3 tools/attribution/changed.py BEFORE AFTER [SET...]

With gold and a verdict on each side (S right, w wrong person, f form,
- no name; A/a actor right or wrong). Held-out sets are refused: their
quotes are never read.
"""
import sys

from pooled import HELD_OUT, development_sets, evaluate, scorer, verdict


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    before, after, sets = sys.argv[1], sys.argv[2], sys.argv[3:] or development_sets()
    score = scorer()
    for s in sets:
        if s in HELD_OUT:
            print(f"{s}: held out, not listed")
            continue
        key = lambda r: (r["gold"].get("source") or r["gold"].get("article") or "", r["gold"]["text"])
        a = {key(r): r for r in evaluate(score, before, s)[1]}
        b = {key(r): r for r in evaluate(score, after, s)[1]}
        for k in sorted(set(a) | set(b)):
            x, y = a.get(k), b.get(k)
            said = lambda r: (r["pred"].get("speaker"), r["pred"].get("actor")) if r else (None, None)
            if said(x) == said(y):
                continue
            g = (x or y)["gold"]
            print(
                f"{s} {k[0].split('/')[-1][:40]} | {k[1][:60]!r} | gold {g.get('speaker')} / {g.get('actor')} | "
                f"{before}: {said(x)[0]} / {said(x)[1]} [{verdict(x)}] -> {after}: {said(y)[0]} / {said(y)[1]} [{verdict(y)}]"
            )


if __name__ == "__main__":
    main()
