#!/usr/bin/env python3
"""Pooled attribution figures of a run of score_sets.sh, set by set.

    python3 tools/attribution/pooled.py NAME [SET...] [--by-rule] [--list KIND]

NAME is the run's name given to score_sets.sh; without SETs, every
development set (the held-out sets of held_out.txt are never listed).
Per set and pooled over the sets: gold quotes, quotes matched, speaker
(the full name exactly right), actor right, wrong (a name given that is
not the speaker even at surname level), missing (no name given) and form
(the right person under another form of the name), and date: of the
matched gold quotes whose day the text tells (date_explicit), how many
the build dates right. --by-rule gives each rule's share of right
speakers and wrong persons; --list wrong, missing, form or actor prints
those quotes with gold and prediction, --list date each explicit gold
day the build gets wrong with the article's date and the quote's line
(development sets only: reading a held-out set's quotes makes it a
development set).
The matching is score.py's own (../shared/gold/score.py beside the
repository, or $ONRECORD_SCORER).
"""
import json
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SCORER = os.environ.get("ONRECORD_SCORER", os.path.join(REPO, "..", "shared", "gold", "score.py"))
RUNS = os.path.join(os.environ.get("TMPDIR", "/tmp"), "onrecord-sets")
HELD_OUT = set(open(os.path.join(HERE, "held_out.txt")).read().split())
MEASURES = ["gold", "matched", "speaker", "actor", "wrong", "missing", "form", "date"]


def scorer():
    if not os.path.isfile(SCORER):
        sys.exit(f"pooled.py: no scorer at {SCORER} (set ONRECORD_SCORER)")
    sys.path.insert(0, os.path.dirname(SCORER))
    import score

    return score


def development_sets():
    fixtures = os.path.join(REPO, "tests", "fixtures")
    return [
        s
        for s in sorted(os.listdir(fixtures))
        if os.path.isfile(os.path.join(fixtures, s, "gold.json"))
        and os.path.isfile(os.path.join(fixtures, s, "site.toml"))
        and s not in HELD_OUT
    ]


def evaluate(score, run, set_name):
    """The gold count and, per matched gold quote, its verdicts."""
    data = os.path.join(RUNS, run, set_name, "data")
    gold = json.load(open(os.path.join(REPO, "tests", "fixtures", set_name, "gold.json"), encoding="utf-8"))
    quotes = json.load(open(os.path.join(data, "quotes.json"), encoding="utf-8"))["quotes"]
    articles = json.load(open(os.path.join(data, "articles.json"), encoding="utf-8"))["articles"]
    try:
        actors = json.load(open(os.path.join(data, "actors.json"), encoding="utf-8"))["actors"]
    except FileNotFoundError:
        actors = []
    parent = {a["id"]: a.get("parent") for a in actors}

    def actor_ok(pred, wanted):
        seen, a = set(), pred
        while a and a not in seen:
            if a == wanted:
                return True
            seen.add(a)
            a = parent.get(a)
        return pred is None and wanted is None

    by_title = {}
    for key, fragment in gold.get("articles", {}).items():
        hits = [a for a in articles if score.norm_text(fragment) in score.norm_text(a["title"])]
        by_title[key] = hits[0]["source"] if hits else None

    def source(item):
        return item.get("source") or by_title.get(item.get("article"))

    gold_by, pred_by = defaultdict(list), defaultdict(list)
    for i, g in enumerate(gold["quotes"]):
        gold_by[source(g)].append((i, g))
    for p in quotes:
        if p.get("kind", "direct") == "direct":
            pred_by[p["source"]].append(p)
    matched = {}
    for src in set(gold_by) | set(pred_by):
        for p in pred_by.get(src, []):
            for i, g in gold_by.get(src, []):
                if score.match(g["text"], p["text"]):
                    matched.setdefault(i, p)
    rows = []
    for i, p in sorted(matched.items()):
        g = gold["quotes"][i]
        strict = score.speaker_ok(p.get("speaker"), g.get("speaker"), True)
        lenient = score.speaker_ok(p.get("speaker"), g.get("speaker"), False)
        wanted = [g.get("actor")] + list(g.get("actor_alt") or [])
        rows.append(
            {
                "gold": g,
                "pred": p,
                "speaker": strict,
                "actor": any(actor_ok(p.get("actor"), a) for a in wanted),
                "wrong": bool(p.get("speaker")) and not lenient,
                "missing": not p.get("speaker") and not strict,
                "form": bool(p.get("speaker")) and lenient and not strict,
                "explicit": bool(g.get("date_explicit")),
                "date": bool(g.get("date_explicit")) and p.get("date") == g.get("date"),
            }
        )
    return len(gold["quotes"]), rows


def verdict(row):
    """S right, w wrong person, f form, - none; A/a actor right/wrong."""
    if row is None:
        return "unmatched"
    who = "S" if row["speaker"] else "w" if row["wrong"] else "f" if row["form"] else "-"
    return who + ("A" if row["actor"] else "a")


def quote_line(set_name, pred):
    """The line of the article that holds the quote, cut around it."""
    try:
        lines = open(os.path.join(REPO, "tests", "fixtures", set_name, pred["source"]), encoding="utf-8").read().split("\n")
        line = lines[pred["line"] - 1]
    except (OSError, IndexError, KeyError, TypeError):
        return "?"
    at = line.find(pred["text"][:30])
    start = max(0, at - 200) if at >= 0 else 0
    return line[start : start + 400]


def print_failure(listing, s, r, rule):
    g, p = r["gold"], r["pred"]
    if listing == "date":
        print(
            f"  [date] {s} {p['source']} | gold {g.get('date')} | pred {p.get('date')} | published "
            f"{p.get('published')} | {g.get('speaker')} [{rule}] | {quote_line(s, p)}"
        )
        return
    print(
        f"  [{listing}] {s} {p['source']} | {g['text'][:70]!r} | gold: {g.get('speaker')} / "
        f"{g.get('actor')} | pred: {p.get('speaker')} / {p.get('actor')} [{rule}]"
    )


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    listing = None
    if "--list" in sys.argv:
        listing = sys.argv[sys.argv.index("--list") + 1]
        args.remove(listing)
    if not args:
        sys.exit(__doc__)
    run, sets = args[0], args[1:] or development_sets()
    score = scorer()
    total, rules = Counter(), defaultdict(Counter)
    for s in sets:
        n, rows = evaluate(score, run, s)
        counts = Counter(gold=n, matched=len(rows))
        for key in MEASURES[2:]:
            counts[key] = sum(r[key] for r in rows)
        counts["explicit"] = sum(r["explicit"] for r in rows)
        total.update(counts)
        print(s, " ".join(f"{k}={counts[k]}" for k in MEASURES), f"explicit={counts['explicit']}")
        for r in rows:
            rule = r["pred"].get("rule") or "-"
            rules[rule]["n"] += 1
            rules[rule]["right"] += r["speaker"]
            rules[rule]["wrong"] += r["wrong"]
            if listing == "actor":
                failed = not r["actor"]
            elif listing == "date":
                failed = r["explicit"] and not r["date"]
            else:
                failed = r.get(listing, False)
            if listing and failed and s not in HELD_OUT:
                print_failure(listing, s, r, rule)
    explicit = total["explicit"]
    share = f"{total['date'] / explicit:.3f}" if explicit else "-"
    print("pooled", " ".join(f"{k}={total[k]}" for k in MEASURES), f"explicit={explicit} date_share={share}")
    if "--by-rule" in sys.argv:
        for rule, c in sorted(rules.items(), key=lambda kv: -kv[1]["n"]):
            print(f"  rule {rule:24} n={c['n']:6} right={c['right'] / c['n']:.3f} wrong={c['wrong'] / c['n']:.3f}")


if __name__ == "__main__":
    main()
