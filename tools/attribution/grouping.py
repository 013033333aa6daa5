#!/usr/bin/env python3
"""Statement grouping of a run of score_sets.sh, pooled over the sets.

    python3 tools/attribution/grouping.py NAME [SET...] [--list]

score.py's group F1 counts pairs of matched gold quotes: a pair the gold
gives one statement and the build too (tp), one the build joins and the
gold does not (fp), one the gold joins and the build splits (fn). Per
set, then pooled: tp, fp, fn, precision, recall, F1 (a pooled F1 weighs
sets by their pairs, unlike an average of the sets' own). --list prints
each split gold statement and each wrongly joined one, with dates,
speakers and rules (development sets only, as pooled.py --list).
"""
import sys
from collections import defaultdict
from itertools import combinations

from pooled import HELD_OUT, development_sets, evaluate, scorer


def pairs(rows):
    tp = fp = fn = 0
    for a, b in combinations(rows, 2):
        same_gold = bool(a["gold"].get("statement")) and a["gold"].get("statement") == b["gold"].get("statement")
        same_pred = (
            bool(a["pred"].get("statement"))
            and a["pred"].get("statement") == b["pred"].get("statement")
            and a["pred"] is not b["pred"]
        )
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    return tp, fp, fn


def f1(tp, fp, fn):
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def show(label, rows):
    print(f"  {label}")
    for r in rows:
        p, g = r["pred"], r["gold"]
        print(
            f"    {p.get('statement')} | {p['source'].rsplit('/', 1)[-1][:40]} | {p.get('date')}"
            f" | gold: {g.get('speaker')} | pred: {p.get('speaker')} [{p.get('rule') or '-'}] | {g['text'][:70]!r}"
        )


def listing(rows):
    by_gold, by_pred = defaultdict(list), defaultdict(list)
    for r in rows:
        if r["gold"].get("statement"):
            by_gold[r["gold"]["statement"]].append(r)
        if r["pred"].get("statement"):
            by_pred[r["pred"]["statement"]].append(r)
    for name, group in sorted(by_gold.items()):
        if len({r["pred"].get("statement") for r in group}) > 1:
            show(f"split {name}", group)
    for name, group in sorted(by_pred.items()):
        statements = {r["gold"].get("statement") for r in group}
        if len(group) > 1 and (len(statements) > 1 or None in statements):
            show(f"joined {name}", group)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not args:
        sys.exit(__doc__)
    name, sets = args[0], args[1:] or development_sets()
    score = scorer()
    total = [0, 0, 0]
    for s in sets:
        rows = evaluate(score, name, s)[1]
        counts = pairs(rows)
        total = [t + c for t, c in zip(total, counts)]
        tp, fp, fn = counts
        print(f"{s} tp={tp} fp={fp} fn={fn} f1={f1(*counts)[2]:.3f}")
        if "--list" in sys.argv and s not in HELD_OUT:
            listing(rows)
    precision, recall, f = f1(*total)
    tp, fp, fn = total
    print(f"pooled tp={tp} fp={fp} fn={fn} precision={precision:.3f} recall={recall:.3f} f1={f:.3f}")


if __name__ == "__main__":
    main()
