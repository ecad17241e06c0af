"""People, places and organisations on GUM news and CoNLL-2003, per type, overlap and exact.

    python benchmarks/eval_entities.py [--set gum|conll|both] [--conll-file dev|train]
        [--halves] [--limit N] [--misses]

Sets (read from ``../shared/eval/``; skipped with a message when absent):

- **GUM news** (24 Wikinews articles). Gold: named person / place / organization mentions
  whose head word is capitalised (GUM also marks groups such as "Rohingya" as person: those
  count). *Overlap*: a gold mention is found when a briefx mention of its type covers its
  head word (GUM spans include titles: "Major general ..."); a briefx mention is correct
  when it overlaps any GUM mention of its type (named or not). *Exact*: span and type equal
  once the gold span loses a leading "the" and a trailing possessive (the contract's
  conventions); titles inside GUM's spans then count as misses.
- **CoNLL-2003** development set (``--conll-file train`` for finding errors only). CoNLL's
  exact-match rule: a briefx mention counts only when its span and type equal a gold name's.
  Types map PER -> PERSON, LOC -> PLACE, ORG -> ORG. MISC is not gold (briefx has no such
  type): a briefx mention whose span is a MISC name ("Olympic", "Dutch") is left out of both
  counts, as if the names were scored without MISC; one that only overlaps a MISC name is
  scored normally (a wrong guess). *Overlap*: found / correct when a mention of the same
  type overlaps, with the same MISC rule (a briefx mention overlapping only MISC names is
  left out).

``--halves`` scores even and odd documents (by position in the file) separately: rules are
written looking at the misses of the even half only (``--misses`` prints those), the odd
half measures how far they carry. ``--limit N`` keeps the first N documents of each set.
Reports precision, recall and F1 per type and over all three (micro).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

# The development corpora: $BRIEFX_EVAL_DIR, else ../shared/eval beside the repository.
_BESIDE = Path(__file__).resolve().parents[2] / "shared" / "eval"
EVAL = Path(os.environ.get("BRIEFX_EVAL_DIR") or _BESIDE)
GUM = EVAL / "gum_news" / "gum_news.jsonl"
CONLL = {
    "dev": EVAL / "conll2003_dev" / "conll2003_dev.jsonl",
    "train": EVAL / "conll2003_dev" / "conll2003_train.jsonl",
}
GUM_TYPES = {"person": "PERSON", "place": "PLACE", "organization": "ORG"}
CONLL_TYPES = {"PER": "PERSON", "LOC": "PLACE", "ORG": "ORG"}
TYPES = ("PERSON", "PLACE", "ORG")
# The contract's mentions carry no leading article and no possessive.
_ARTICLES = ("the ", "The ", "THE ")
_POSSESSIVES = ("'s", "’s", " 's", "'", "’")

Span = tuple[int, int, str]


@dataclass
class Gold:
    """One document's gold: named mentions to find, and what a system mention may match."""

    named: list[Span]  # mentions to find (overlap: by these spans' ``found_at`` parts)
    found_at: list[tuple[int, int]]  # where overlap looks for each named mention (head word)
    exact: list[Span]  # spans for exact match
    any_typed: list[Span]  # every gold mention a briefx mention may overlap to be correct
    ignore: list[tuple[int, int]] = field(default_factory=list)  # MISC names


@dataclass
class Counts:
    """found / gold, correct / system per type, for one scoring mode."""

    found: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TYPES, 0))
    gold: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TYPES, 0))
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TYPES, 0))
    system: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TYPES, 0))

    def lines(self, label: str) -> Iterator[str]:
        """One line per type and one over all types: P, R, F1."""
        for type_ in (*TYPES, "all"):
            pick = TYPES if type_ == "all" else (type_,)
            found = sum(self.found[t] for t in pick)
            n_gold = sum(self.gold[t] for t in pick)
            correct = sum(self.correct[t] for t in pick)
            n_system = sum(self.system[t] for t in pick)
            r = found / n_gold if n_gold else 0.0
            p = correct / n_system if n_system else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            yield (
                f"  {label:7} {type_:6} P {p:.3f}  R {r:.3f}  F1 {f:.3f}"
                f"  (gold {n_gold}, system {n_system})"
            )


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _contract_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Cut a leading article and a trailing possessive, as briefx's mentions are cut."""
    piece = text[start:end]
    for article in _ARTICLES:
        if piece.startswith(article) and len(piece) > len(article):
            start += len(article)
            piece = piece[len(article) :]
            break
    for pos in _POSSESSIVES:
        if piece.endswith(pos) and len(piece) > len(pos):
            end -= len(pos)
            break
    return start, end


def gum_gold(row: dict) -> Gold:
    """GUM's named, capitalised person / place / organization mentions."""
    spans = [s for s in row["spans"] if s["label"] in GUM_TYPES]
    named = [s for s in spans if s.get("named") and (s.get("head") or "x")[:1].isupper()]
    gold = Gold([], [], [], [(s["start"], s["end"], GUM_TYPES[s["label"]]) for s in spans])
    for s in named:
        type_ = GUM_TYPES[s["label"]]
        gold.named.append((s["start"], s["end"], type_))
        head = s.get("head") or ""
        at = s["text"].rfind(head) if head else -1
        found_at = (s["start"] + at, s["start"] + at + len(head)) if at >= 0 else None
        gold.found_at.append(found_at or (s["start"], s["end"]))
        gold.exact.append((*_contract_span(row["text"], s["start"], s["end"]), type_))
    return gold


def conll_gold(row: dict) -> Gold:
    """CoNLL's PER / LOC / ORG names; MISC names only mark what is not scored."""
    typed = [
        (s["start"], s["end"], CONLL_TYPES[s["label"]])
        for s in row["spans"]
        if s["label"] in CONLL_TYPES
    ]
    misc = [(s["start"], s["end"]) for s in row["spans"] if s["label"] not in CONLL_TYPES]
    return Gold(typed, [(s, e) for s, e, _ in typed], typed, typed, misc)


def score(
    gold: Gold, system: list[Span], exact: Counts, overlap: Counts, text: str, misses: bool
) -> None:
    """Add one document's counts to both modes (and print its misses when asked)."""
    typed_pairs = {(s, e) for s, e, _ in gold.any_typed}
    ignored = set(gold.ignore) - typed_pairs
    exact_gold = set(gold.exact)
    for (_s, _e, t), at in zip(gold.named, gold.found_at, strict=True):
        found = any(st == t and _overlaps((ss, se), at) for ss, se, st in system)
        overlap.found[t] += found
        overlap.gold[t] += 1
    for s, e, t in gold.exact:
        hit = (s, e, t) in system
        exact.found[t] += hit
        exact.gold[t] += 1
        if misses and not hit:
            guess = [
                f"{text[ss:se]!r}:{st}" for ss, se, st in system if _overlaps((ss, se), (s, e))
            ]
            print(f"miss  {t:6} {text[s:e]!r}  got {' '.join(guess) or '-'}")
    for s, e, t in system:
        if (s, e) in ignored:
            continue
        if not any(_overlaps((s, e), (gs, ge)) for gs, ge, _ in gold.any_typed) and any(
            _overlaps((s, e), m) for m in ignored
        ):
            continue
        ok = any(gt == t and _overlaps((s, e), (gs, ge)) for gs, ge, gt in gold.any_typed)
        overlap.correct[t] += ok
        overlap.system[t] += 1
        hit = (s, e, t) in exact_gold
        exact.correct[t] += hit
        exact.system[t] += 1
        if misses and not hit:
            truth = [
                f"{text[gs:ge]!r}:{gt}" for gs, ge, gt in gold.exact if _overlaps((s, e), (gs, ge))
            ]
            print(f"extra {t:6} {text[s:e]!r}  gold {' '.join(truth) or '-'}")


def system_mentions(doc: object) -> list[Span]:
    """briefx's mentions as ``(start, end, type)``."""
    return [(m.start, m.end, e.type) for e in doc.entities for m in e.mentions]  # type: ignore[attr-defined]


def run_set(
    name: str,
    rows: list[dict],
    gold_of: object,
    *,
    halves: bool,
    misses: bool,
    nlp: object,
) -> Iterable[str]:
    """Score one set; yield the report lines."""
    import briefx

    records = ({"id": r["id"], "text": r["text"], "published": r.get("dct")} for r in rows)
    parts = {"even": (Counts(), Counts()), "odd": (Counts(), Counts()), "all": (Counts(), Counts())}
    for n, (row, doc) in enumerate(
        zip(rows, briefx.extract_many(records, nlp=nlp), strict=True)  # type: ignore[arg-type]
    ):
        half = "even" if n % 2 == 0 else "odd"
        gold = gold_of(row)  # type: ignore[operator]
        system = system_mentions(doc)
        show = misses and half == "even"
        if show:
            print(f"--- {row['id']}")
        for key in (half, "all"):
            exact, overlap = parts[key]
            score(gold, system, exact, overlap, row["text"], show and key == "all")
    yield f"{name}: {len(rows)} documents"
    for key in ("even", "odd") if halves else ("all",):
        exact, overlap = parts[key]
        n_docs = len(rows[0 if key != "odd" else 1 :: 2 if key != "all" else 1])
        if halves:
            yield f" {key} half ({n_docs} documents)"
        yield from overlap.lines("overlap")
        yield from exact.lines("exact")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("gum", "conll", "both"), default="both")
    parser.add_argument("--conll-file", choices=tuple(CONLL), default="dev")
    parser.add_argument("--halves", action="store_true", help="score even / odd docs apart")
    parser.add_argument("--limit", type=int, default=0, help="first N documents of each set")
    parser.add_argument("--misses", action="store_true", help="print the even half's misses")
    args = parser.parse_args()
    import briefx

    nlp = briefx.load_pipeline()
    sets = []
    if args.set in ("gum", "both"):
        sets.append(("GUM news", GUM, gum_gold))
    if args.set in ("conll", "both"):
        sets.append((f"CoNLL-2003 {args.conll_file}", CONLL[args.conll_file], conll_gold))
    for name, path, gold_of in sets:
        if not path.is_file():
            print(f"skipped {name}: data not found at {path}", file=sys.stderr)
            continue
        with path.open(encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh]
        if args.limit:
            rows = rows[: args.limit]
        for line in run_set(name, rows, gold_of, halves=args.halves, misses=args.misses, nlp=nlp):
            print(line)


if __name__ == "__main__":
    main()
