"""People, places and organisations on GUM news (24 Wikinews articles), by type.

    python benchmarks/eval_entities.py [--data ../shared/eval/gum_news/gum_news.jsonl] [--misses]

Gold: GUM's named mentions labelled person, place or organization whose head word is
capitalised (GUM also marks groups such as "Rohingya" as person: those count). A gold
mention is found when a briefx mention of the same type covers its head word; a briefx
mention is correct when it overlaps a GUM mention (named or not) of the same type. GUM
includes titles and articles in its spans ("Major general Fuad Basya"), hence the
head-word match. Reports precision, recall and F1 per type.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

# The development corpora: $BRIEFX_EVAL_DIR, else ../shared/eval beside the repository.
_BESIDE = Path(__file__).resolve().parents[2] / "shared" / "eval"
EVAL_DIR = Path(os.environ.get("BRIEFX_EVAL_DIR") or _BESIDE)
DEFAULT = EVAL_DIR / "gum_news" / "gum_news.jsonl"
TYPES = {"person": "PERSON", "place": "PLACE", "organization": "ORG"}


def head_span(span: dict) -> tuple[int, int]:
    """The character span of the gold mention's head word (the whole span if not found)."""
    head = span.get("head") or ""
    at = span["text"].rfind(head) if head else -1
    if at < 0:
        return span["start"], span["end"]
    return span["start"] + at, span["start"] + at + len(head)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    if not args.data.is_file():
        print(
            f"skipped: GUM data not found at {args.data} (pass --data PATH or set BRIEFX_EVAL_DIR)",
            file=sys.stderr,
        )
        return
    import briefx

    rows = [json.loads(line) for line in args.data.open(encoding="utf-8")]
    records = ({"id": r["id"], "text": r["text"], "published": r.get("dct")} for r in rows)
    counts = {t: [0, 0, 0, 0] for t in TYPES.values()}  # found, gold, correct, system
    for row, doc in zip(rows, briefx.extract_many(records), strict=True):
        spans = [s for s in row["spans"] if s["label"] in TYPES]
        gold = [s for s in spans if s.get("named") and (s.get("head") or "x")[:1].isupper()]
        system = [(m.start, m.end, e.type, m.text) for e in doc.entities for m in e.mentions]  # type: ignore[union-attr]
        for g in gold:
            type_ = TYPES[g["label"]]
            hs, he = head_span(g)
            found = any(t == type_ and s < he and hs < e for s, e, t, _ in system)
            counts[type_][0] += found
            counts[type_][1] += 1
            if args.misses and not found:
                print(f"miss  {type_:6} {g['text']!r}")
        for s, e, t, text in system:
            ok = any(TYPES[g["label"]] == t and g["start"] < e and s < g["end"] for g in spans)
            counts[t][2] += ok
            counts[t][3] += 1
            if args.misses and not ok:
                print(f"extra {t:6} {text!r}")
    print(f"{args.data.name}: {len(rows)} documents")
    for type_, (found, n_gold, correct, n_system) in counts.items():
        r = found / n_gold if n_gold else 0.0
        p = correct / n_system if n_system else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{type_:7} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (gold {n_gold}, system {n_system})")


if __name__ == "__main__":
    main()
