"""What each briefx step costs next to spaCy's own components, on the seeds or on eval news.

    python benchmarks/component_cost.py [--eval] [--repeat 20]

Runs the spaCy model on the texts, then times each step of the briefx component
(entity corrections, dates, quantities) and the reconciliation separately, and prints
each as a share of spaCy's time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import time
from pathlib import Path

import briefx
from briefx.reconcile import build_document
from briefx.schema import ReferenceDate

ROOT = Path(__file__).resolve().parents[1]
# The development corpora: $BRIEFX_EVAL_DIR, else ../shared/eval beside the repository.
EVAL = Path(os.environ.get("BRIEFX_EVAL_DIR") or ROOT.parent / "shared" / "eval")
EVAL = EVAL / "tempeval3_tbaq" / "timebank.jsonl"


def texts(use_eval: bool) -> list[str]:
    if use_eval:
        with EVAL.open(encoding="utf-8") as fh:
            return [json.loads(line)["text"] for line in fh]
    return [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--eval", action="store_true", help="TimeBank articles instead of the seeds"
    )
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    if args.eval and not EVAL.is_file():
        print(f"skipped: TimeBank not found at {EVAL} (set BRIEFX_EVAL_DIR)")
        return
    nlp = briefx.load_pipeline()
    corpus = texts(args.eval) * (args.repeat if not args.eval else 1)
    reference = dt.date(2025, 11, 18)
    with nlp.select_pipes(disable=["briefx"]):
        start = time.perf_counter()
        docs = []
        for text in corpus:
            doc = nlp.make_doc(text)
            doc._.briefx_reference = reference.isoformat()
            doc._.briefx_text = text  # as briefx.extract does: no step rebuilds doc.text
            docs.append(doc)
        docs = list(nlp.pipe(docs))
        spacy_seconds = time.perf_counter() - start
    timings: dict[str, float] = {}
    for step in nlp.get_pipe("briefx").steps:
        start = time.perf_counter()
        docs = [step(d) for d in docs]
        timings[type(step).__name__] = time.perf_counter() - start
    start = time.perf_counter()
    origin = ReferenceDate(value=reference.isoformat(), origin="argument")
    for n, d in enumerate(docs):
        build_document(d, doc_id=f"doc{n}", source=None, reference=origin)
    timings["reconcile"] = time.perf_counter() - start
    print(f"{len(corpus)} documents; spaCy model: {spacy_seconds:.2f} s")
    for name, seconds in timings.items():
        print(f"{name:20} {seconds:6.3f} s  {100 * seconds / spacy_seconds:5.1f}% of spaCy")
    total = sum(timings.values())
    print(f"{'briefx in all':20} {total:6.3f} s  {100 * total / spacy_seconds:5.1f}% of spaCy")


if __name__ == "__main__":
    main()
