"""Fuzz run: many generated documents through briefx, checking every offset and sentence.

    python benchmarks/fuzz.py [--docs 10000] [--seed 1]
    python benchmarks/fuzz.py --hostile [--sizes 10000,100000] [--timeout 600]

Documents mix random Unicode (control, zero-width, combining and astral characters
included) with the pieces news is made of (names, dates, numbers, quotes, line breaks),
so that every component meets odd input. A crash, a bad offset, a span outside its
sentence or a non-deterministic output is counted and the first few are printed.

``--hostile`` runs the families of input an attacker would try (see ``benchmarks/hostile.py``)
at each size, each in a worker process with a time limit, and reports per family the
seconds at each size, whether the time grew at most linearly, crashes, hangs and lost
inputs; it exits non-zero on any of them.
"""

from __future__ import annotations

import argparse
import random
import sys
import time

import briefx

PIECES = [
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    ".",
    ",",
    '"',
    "“",
    "”",
    "'",
    "-",
    "$",
    "%",
    "(",
    ")",
    "Kyiv",
    "Kiev",
    "Türkiye",
    "Nov.",
    "19",
    "said",
    "185",
    "prisoners",
    "more than",
    "up to",
    "Zelensky",
    "Volodymyr",
    "Erdog\u0306an",
    "on Monday",
    "last week",
    "1,200",
    "a day earlier",
    "between May and July",
    "\u200b",
    "\x00",
    "\ufeff",
    "🙂",
    "three",
    "thousands of",
    "2025-11-19",
    "early October",
    "U.S.",
    "Reuters reported",
]


def random_text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 60)):
        if rng.random() < 0.2:
            parts.append("".join(chr(rng.randint(0, 0x2FFFF)) for _ in range(rng.randint(1, 4))))
        else:
            parts.append(rng.choice(PIECES))
    text = "".join(parts)
    # Lone surrogates cannot be encoded; real input never has them after decoding.
    return text.encode("utf-8", "replace").decode("utf-8")


def problems(doc: briefx.Document, text: str) -> list[str]:
    found = []
    sentences = {s.id: s for s in doc.sentences}
    for s in doc.sentences:
        if text[s.start : s.end] != s.text:
            found.append(f"sentence {s.id} text")
    spans = [m for e in doc.entities for m in e.mentions] + list(doc.dates) + list(doc.quantities)
    for span in spans:
        if text[span.start : span.end] != span.text:
            found.append(f"offset {span.start}-{span.end}")
        s = sentences.get(span.sentence)
        if s is None or not (s.start <= span.start <= span.end <= s.end):
            found.append(f"outside sentence {span.sentence}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--hostile", action="store_true", help="hostile families, timed")
    parser.add_argument("--sizes", default="10000,100000", help="text sizes for --hostile")
    parser.add_argument("--timeout", type=float, default=600, help="seconds before a hang")
    parser.add_argument("--only", default="", help="comma-separated families for --hostile")
    args = parser.parse_args()
    if args.hostile:
        from hostile import run_hostile

        sizes = [int(x) for x in args.sizes.split(",")]
        only = [x for x in args.only.split(",") if x]
        sys.exit(run_hostile(sizes=sizes, timeout=args.timeout, only=only))
    rng = random.Random(args.seed)
    texts = [random_text(rng) for _ in range(args.docs)]
    nlp = briefx.load_pipeline()
    start = time.perf_counter()
    bad = crashes = 0
    records = [{"id": str(i), "text": t, "published": "2025-11-18"} for i, t in enumerate(texts)]
    try:
        results = list(briefx.extract_many(records, nlp=nlp))
    except Exception as exc:  # a crash is what is counted here
        crashes += 1
        print(f"crash in the batch run: {exc!r}", file=sys.stderr)
        results = []
    for text, doc in zip(texts, results, strict=False):
        found = problems(doc, text)  # type: ignore[arg-type]
        if found:
            bad += 1
            if bad <= 5:
                print(f"bad output for {text!r}: {found[:3]}", file=sys.stderr)
    # Determinism: the first 500 again, one by one.
    for record, doc in list(zip(records, results, strict=False))[:500]:
        if next(briefx.extract_many([record], nlp=nlp)) != doc:
            bad += 1
            print(f"not deterministic: {record['text']!r}", file=sys.stderr)
    seconds = time.perf_counter() - start
    print(
        f"{len(results)} of {args.docs} documents, {crashes} crashes, {bad} with bad output, "
        f"{seconds:.0f} s"
    )
    sys.exit(1 if crashes or bad or len(results) != args.docs else 0)


if __name__ == "__main__":
    main()
