"""Score briefx quantities on NewsQuant (CQE rules): value F1, value+unit F1, value+qualifier F1.

Usage (from the repository root):
    PYTHONPATH=src python benchmarks/eval_quantities.py [--data PATH] [--misses] [--halves]

A gold quantity is found when a system quantity in the same sentence has the same value
(for a gold range ``low-high``, the same low and high, in either order); value+unit also
needs the unit's head word ("per cent" = "percent" = "%", "US$" = "$US" = "$"; a gold
unit "-" is matched by a quantity without a unit); value+qualifier needs the qualifier
(``=`` exact, ``~`` approx, ``>`` more_than/at_least, ``<`` less_than/at_most,
``up``/``down`` the change). A length of time that briefx reports as a DURATION date
("three years", P3Y) counts as found, and as one system answer.
``--halves`` scores the even and the odd sentences (by position in the file) separately:
write rules looking at the even half only, and read the odd half as held out.
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


# TIMEX3 duration units ("P3Y", "PT5H") and the unit words a gold quantity writes for them.
_DURATION_RE = re.compile(r"P(T?)(\d+(?:\.\d+)?)([YMWDHS])")
_DURATION_UNITS = {
    ("", "Y"): "year",
    ("", "M"): "month",
    ("", "W"): "week",
    ("", "D"): "day",
    ("T", "H"): "hour",
    ("T", "M"): "minute",
    ("T", "S"): "second",
}
_DURATION_MODS = {
    "EQUAL_OR_MORE": "at_least",
    "MORE_THAN": "more_than",
    "LESS_THAN": "less_than",
    "EQUAL_OR_LESS": "at_most",
    "APPROX": "approx",
}


def duration_as_quantity(date: dict) -> dict | None:
    """A DURATION date ("three years", P3Y) as a quantity record (value 3, unit "years")."""
    if date["type"] != "DURATION" or not date["value"]:
        return None
    match = _DURATION_RE.fullmatch(date["value"])
    if match is None:
        return None
    unit = _DURATION_UNITS.get((match.group(1), match.group(3)))
    if unit is None:
        return None
    value = float(match.group(2))
    qualifier = _DURATION_MODS.get(date["mod"] or "", "exact")
    low = None if qualifier in ("less_than", "at_most") else value
    high = None if qualifier in ("more_than", "at_least") else value
    return {
        "text": date["text"],
        "value": value,
        "low": low,
        "high": high,
        "qualifier": qualifier,
        "unit": date["text"],
        "unit_lemma": unit,
        "change": None,
    }


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


def score(gold: list[dict], system: list[dict], durations: list[dict], test) -> tuple[int, int]:
    """(true positives, system answers): quantities first, then DURATION dates for the rest."""
    pairs = match(gold, system, test)
    found = {g for g, _ in pairs}
    rest = [g for gi, g in enumerate(gold) if gi not in found]
    extra = match(rest, durations, test)
    return len(pairs) + len(extra), len(system) + len(extra)


def _report(title: str, counts: dict[str, list[int]]) -> None:
    print(title)
    for name, (tp, n_gold, n_system) in counts.items():
        p = tp / n_system if n_system else 0.0
        r = tp / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name:16} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None, help="newsquant_dev.jsonl path")
    parser.add_argument("--misses", action="store_true", help="list misses and false positives")
    parser.add_argument(
        "--halves", action="store_true", help="score even and odd sentences separately"
    )
    parser.add_argument(
        "--half",
        choices=("even", "odd"),
        default=None,
        help="with --misses: list the misses of one half only (write rules on the even one)",
    )
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
    halves = ("even", "odd")
    counts = {part: {name: [0, 0, 0] for name in METRICS} for part in ("all", *halves)}
    # The whole briefx pipeline, as users get it (dates claim their numbers first).
    records = ({"id": r["id"], "text": r["text"], "published": r.get("dct")} for r in rows)
    for position, (row, doc) in enumerate(zip(rows, briefx.extract_many(records), strict=True)):
        half = halves[position % 2]
        gold = row["quantities"]
        system = [q.model_dump() for q in doc.quantities]  # type: ignore[union-attr]
        durations = [
            q
            for q in (duration_as_quantity(d.model_dump()) for d in doc.dates)  # type: ignore[union-attr]
            if q is not None
        ]
        for name, test in METRICS.items():
            tp, n_system = score(gold, system, durations, test)
            for part in ("all", half):
                counts[part][name][0] += tp
                counts[part][name][1] += len(gold)
                counts[part][name][2] += n_system
        if args.misses and args.half in (None, half):
            used = [durations[si] for _, si in match(gold, durations, METRICS["value"])]
            _show(row, gold, system + used)  # durations only where they found a gold length
    n_gold = counts["all"]["value"][1]
    _report(f"{path.name}: {len(rows)} sentences, {n_gold} gold quantities", counts["all"])
    if args.halves:
        for part in halves:
            n = len(rows[halves.index(part) :: 2])
            _report(f"{part} half: {n} sentences", counts[part])
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
