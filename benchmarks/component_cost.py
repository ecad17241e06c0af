"""What each briefx step costs next to spaCy's own components, on the seeds or on eval news.

    python benchmarks/component_cost.py [--eval] [--repeat 20] [--raw]

Runs the spaCy model on the texts, then times each step of the briefx component
(entity corrections, dates, quantities) and the reconciliation separately, and prints
each as a share of spaCy's time.

``--raw`` times every component instead, document by document, of the model as spaCy
loads it and of briefx's pipeline in turn (the same text through one, then the other):
where briefx spends more than spaCy, and where it spends less (its array passes).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import time
from pathlib import Path

import briefx
from briefx.fast.blas import one_blas_thread
from briefx.reconcile import assemble_document, build_document
from briefx.reconcile.findings import doc_findings
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


def side_by_side(corpus: list[str]) -> None:
    """Per component seconds of raw spaCy and of briefx, the documents interleaved."""
    import spacy

    nlp = briefx.load_pipeline()
    raw = spacy.load(f"{nlp.meta['lang']}_{nlp.meta['name']}")
    reference = ReferenceDate(value="2025-11-18", origin="argument")
    for text in corpus[:5]:  # warm both (first calls load tables, compile rules)
        list(raw.pipe([text]))
        briefx.extract(text, published=reference.value)
    spent_raw: dict[str, float] = {}
    spent: dict[str, float] = {}

    def timed(table: dict[str, float], name: str, fn, *args):
        start = time.perf_counter()
        out = fn(*args)
        table[name] = table.get(name, 0.0) + time.perf_counter() - start
        return out

    with one_blas_thread():  # as briefx runs the model (raw spaCy's blis has no threads)
        for text in corpus:
            doc = raw.make_doc(text)
            for name, proc in raw.pipeline:
                doc = timed(spent_raw, name, proc, doc)
            doc = nlp.make_doc(text)
            doc._.briefx_reference = reference.value
            doc._.briefx_text = text
            for name, proc in nlp.pipeline:
                steps = proc.steps if name == "briefx" else [proc]
                for step in steps:
                    label = f"briefx: {type(step).__name__}" if name == "briefx" else name
                    doc = timed(spent, label, step, doc)
            found = timed(spent, "findings (doc_findings)", doc_findings, doc)
            timed(
                spent,
                "document (assemble_document)",
                lambda f: assemble_document([f], doc_id="d", source=None, reference=reference),
                found,
            )
    raw_total, total = sum(spent_raw.values()), sum(spent.values())
    print(f"{len(corpus)} documents, seconds per component (share of raw spaCy's total)")
    for table, title in ((spent_raw, "raw spaCy"), (spent, "briefx")):
        print(f"-- {title}")
        for name, seconds in table.items():
            print(f"{name:32} {seconds:7.2f} s  {100 * seconds / raw_total:5.1f}%")
    print(
        f"raw spaCy {raw_total:.2f} s, briefx {total:.2f} s: raw / briefx {raw_total / total:.3f}"
    )


def _timing_event_time() -> list[float]:
    """Time the event-time functions (``briefx.events.time``) inside reconcile: the cues
    per sentence and the document pass; returns a one-item list the seconds add up in."""
    from briefx.events import frames
    from briefx.reconcile import document

    spent = [0.0]

    def timed(fn):
        def run(*args, **kwargs):
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[0] += time.perf_counter() - start

        return run

    frames.time_cues = timed(frames.time_cues)
    document.assign_times = timed(document.assign_times)
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--eval", action="store_true", help="TimeBank articles instead of the seeds"
    )
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument(
        "--raw", action="store_true", help="every component, raw spaCy and briefx side by side"
    )
    args = parser.parse_args()
    if args.eval and not EVAL.is_file():
        print(f"skipped: TimeBank not found at {EVAL} (set BRIEFX_EVAL_DIR)")
        return
    if args.raw:
        side_by_side(texts(args.eval) * (args.repeat if not args.eval else 1))
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
        with one_blas_thread():  # as briefx runs the model
            docs = list(nlp.pipe(docs))
        spacy_seconds = time.perf_counter() - start
    timings: dict[str, float] = {}
    for step in nlp.get_pipe("briefx").steps:
        start = time.perf_counter()
        docs = [step(d) for d in docs]
        timings[type(step).__name__] = time.perf_counter() - start
    start = time.perf_counter()
    origin = ReferenceDate(value=reference.isoformat(), origin="argument")
    event_time = _timing_event_time()
    for n, d in enumerate(docs):
        build_document(d, doc_id=f"doc{n}", source=None, reference=origin)
    timings["reconcile"] = time.perf_counter() - start
    timings["(of which event time)"] = event_time[0]
    print(f"{len(corpus)} documents; spaCy model: {spacy_seconds:.2f} s")
    for name, seconds in timings.items():
        print(f"{name:20} {seconds:6.3f} s  {100 * seconds / spacy_seconds:5.1f}% of spaCy")
    total = sum(v for k, v in timings.items() if not k.startswith("("))
    print(f"{'briefx in all':20} {total:6.3f} s  {100 * total / spacy_seconds:5.1f}% of spaCy")


if __name__ == "__main__":
    main()
