"""Score briefx quantities on NewsQuant (CQE rules): value F1, value+unit F1, value+qualifier F1.

Usage (from the repository root):
    PYTHONPATH=src python benchmarks/eval_quantities.py [--data PATH] [--misses]

A gold quantity is found when a system quantity in the same sentence has the same value
(for a gold range ``low-high``, the same low and high); value+unit also needs the unit's
head word; value+qualifier needs the qualifier (``=`` exact, ``~`` approx, ``>``
more_than/at_least, ``<`` less_than/at_most, ``up``/``down`` the change).
The data is not part of the repository: the script skips with a message when it is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

# The development corpora: $BRIEFX_EVAL_DIR, else ../shared/eval beside the repository.
_BESIDE = Path(__file__).resolve().parents[2] / "shared" / "eval"
EVAL_DIR = Path(os.environ.get("BRIEFX_EVAL_DIR") or _BESIDE)
DEFAULT = EVAL_DIR / "newsquant_dev" / "newsquant_dev.jsonl"
_NUM = r"-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_RANGE_RE = re.compile(rf"\s*({_NUM})\s*-\s*({_NUM})\s*")
_QUALIFIERS = {
    "=": {"exact"},
    "~": {"approx"},
    ">": {"more_than", "at_least"},
    "<": {"less_than", "at_most"},
}
_CANON = {
    "us$": "$",
    "$us": "$",
    "usd": "$",
    "dollar": "$",
    "dollars": "$",
    "$a": "$",
    "a$": "$",
    "hk$": "$",
    "percent": "%",
    "pc": "%",
    "percentage": "%",
    "pct": "%",
    "feet": "foot",
    "ft": "foot",
    "people": "person",
    "pounds": "pound",
    "ps": "£",
    "£": "£",
    "€": "euro",
    "euros": "euro",
    "y=": "yen",
    "¥": "yen",
    "jpy": "yen",
}


def _close(x: float | None, y: float | None) -> bool:
    return x is not None and y is not None and abs(x - y) <= 1e-6 * max(1.0, abs(x), abs(y))


def gold_value(text: str) -> tuple[float, float] | float:
    """A gold value: a float, or a (low, high) pair for a range."""
    match = _RANGE_RE.fullmatch(text)
    if match:
        low, high = sorted((float(match.group(1)), float(match.group(2))))
        return low, high
    return float(text)


def value_match(gold: dict, system: dict) -> bool:
    value = gold_value(gold["value"])
    if isinstance(value, tuple):
        bounds = [b for b in (system["low"], system["high"]) if b is not None]
        return len(bounds) == 2 and _close(min(bounds), value[0]) and _close(max(bounds), value[1])
    if system["value"] is not None:
        return _close(float(system["value"]), value)
    return _close(system["low"], value) and _close(system["high"], value)


def _words(unit: str) -> set[str]:
    unit = unit.lower().replace("per cent", "percent").replace("us $", "$").replace("u.s.", "us")
    words = set()
    for word in re.split(r"[\s\-]+", unit):
        word = word.strip("().,=")
        if not word:
            continue
        if "$" in word:
            word = "$"
        word = _CANON.get(word, word)
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        words.add(word)
    return words


def _is_unit_word(word: str) -> bool:
    from briefx.quantities.numbers import units_table

    table = units_table()
    lowered = word.lower()
    return any(
        lowered in {k.lower() for k in table[name]}
        for name in ("measures", "currency_words", "percent", "currency_prefixes")
    )


def gold_head(unit: str) -> set[str]:
    """The head word of a gold unit, as variants.

    The last word before 'of' / 'per' / 'a' ("Ukrainian soldiers" -> soldiers); when the
    phrase opens with a unit word, that word too ("miles wide" -> miles, "$ sterling" -> $).
    """
    unit = unit.replace("per cent", "percent")
    core = re.split(r"\s+(?:of|per|a|an)\s+", unit.strip(), maxsplit=1)[0]
    tokens = [t for t in core.split() if t.upper() not in ("US", "U.S.")] or core.split()
    if not tokens:
        return set()
    if len(tokens) > 1 and _is_unit_word(tokens[0]):
        # "miles wide" -> miles; "% Germans" (a share of Germans) -> % or Germans
        return _words(tokens[0]) | _words(tokens[-1])
    return _words(tokens[-1])


def unit_match(gold: dict, system: dict) -> bool:
    if gold["unit"].strip() in ("-", ""):
        return system["unit"] is None
    if system["unit"] is None:
        return False
    return bool(
        gold_head(gold["unit"]) & (_words(system["unit"]) | _words(system["unit_lemma"] or ""))
    )


def qualifier_match(gold: dict, system: dict) -> bool:
    change = gold["change"].strip()
    if change in ("up", "down"):
        return system["change"] == change
    return system["qualifier"] in _QUALIFIERS.get(change, set())


METRICS = {
    "value": lambda g, s: value_match(g, s),
    "value+unit": lambda g, s: value_match(g, s) and unit_match(g, s),
    "value+qualifier": lambda g, s: value_match(g, s) and qualifier_match(g, s),
}


def match(gold: list[dict], system: list[dict], test) -> list[tuple[int, int]]:
    pairs, used = [], set()
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if si not in used and test(g, s):
                pairs.append((gi, si))
                used.add(si)
                break
    return pairs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None, help="newsquant_dev.jsonl path")
    parser.add_argument("--misses", action="store_true", help="list misses and false positives")
    args = parser.parse_args(argv)
    path = args.data or DEFAULT
    if not path.exists():
        print(
            f"skipped: NewsQuant data not found at {path} "
            "(pass --data PATH or set BRIEFX_EVAL_DIR)",
            file=sys.stderr,
        )
        return 0
    import briefx

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    counts = {name: [0, 0, 0] for name in METRICS}  # tp, gold, system
    # The whole briefx pipeline, as users get it (dates claim their numbers first).
    records = ({"id": r["id"], "text": r["text"], "published": r.get("dct")} for r in rows)
    for row, doc in zip(rows, briefx.extract_many(records), strict=True):
        gold = row["quantities"]
        system = [q.model_dump() for q in doc.quantities]  # type: ignore[union-attr]
        for name, test in METRICS.items():
            pairs = match(gold, system, test)
            counts[name][0] += len(pairs)
            counts[name][1] += len(gold)
            counts[name][2] += len(system)
        if args.misses:
            _show(row, gold, system)
    print(f"{path.name}: {len(rows)} sentences, {counts['value'][1]} gold quantities")
    for name, (tp, n_gold, n_system) in counts.items():
        p = tp / n_system if n_system else 0.0
        r = tp / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name:16} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    return 0


def _show(row: dict, gold: list[dict], system: list[dict]) -> None:
    lines = []
    value_pairs = match(gold, system, METRICS["value"])
    matched_gold = {g for g, _ in value_pairs}
    matched_system = {s for _, s in value_pairs}
    for gi, g in enumerate(gold):
        if gi not in matched_gold:
            lines.append(f"  MISS  {g['change']} {g['value']} | {g['unit']}")
    for si, s in enumerate(system):
        if si not in matched_system:
            lines.append(
                f"  FP    {s['text']!r} value={s['value']} low={s['low']} high={s['high']}"
            )
    for gi, si in value_pairs:
        g, s = gold[gi], system[si]
        if not unit_match(g, s):
            lines.append(f"  UNIT  gold {g['unit']!r} system {s['unit']!r} ({s['text']!r})")
        if not qualifier_match(g, s):
            lines.append(
                f"  QUAL  gold {g['change']} system {s['qualifier']}/{s['change']} ({s['text']!r})"
            )
    if lines:
        print(f"## {row['id']}: {row['text']}")
        print("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
