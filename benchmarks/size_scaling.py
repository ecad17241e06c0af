"""Seconds per MB and peak memory for one document of 100 KB, 1 MB and 10 MB, next to spaCy.

    python benchmarks/size_scaling.py [--sizes 0.1 1 10]

Each document is built from the news articles of ``../shared/eval`` joined by blank lines
until it reaches the size; briefx processes it in pieces (``briefx.api.CHUNK_CHARS``) with
global offsets. Raw spaCy runs the same model (without briefx) over the same pieces in
the same process, so the ratio is briefx's own cost on a long text. Each size runs in a
fresh process, so its peak memory (max RSS) is its own.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

# The development corpora: $BRIEFX_EVAL_DIR, else ../shared/eval beside the repository.
_BESIDE = Path(__file__).resolve().parents[2] / "shared" / "eval"
EVAL = Path(os.environ.get("BRIEFX_EVAL_DIR") or _BESIDE)


def build(size_mb: float) -> str:
    texts = []
    for path in sorted(EVAL.rglob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            texts.extend(json.loads(line)["text"] for line in fh)
    target = int(size_mb * 1_000_000)
    out, n = [], 0
    while n < target:
        for t in texts:
            out.append(t)
            n += len(t.encode("utf-8")) + 2
            if n >= target:
                break
    return "\n\n".join(out)


def measure(size: float, mode: str) -> None:
    """One size in this process: ``raw`` (spaCy over the pieces) or ``briefx``."""
    import briefx
    from briefx.api import CHUNK_CHARS
    from briefx.text.segment import split_text

    nlp = briefx.load_pipeline()
    warm = build(0.01)
    text = build(size)
    mb = len(text.encode("utf-8")) / 1_000_000
    if mode == "raw":
        import spacy

        # The model as spaCy loads it (its own attribute ruler and lemmatizer), no briefx.
        raw = spacy.load(f"{nlp.meta['lang']}_{nlp.meta['name']}")
        sum(1 for _ in raw.pipe([warm]))
        start = time.perf_counter()
        pieces = (text[s:e] for s, e in split_text(text, CHUNK_CHARS))
        sum(1 for _ in raw.pipe(pieces, batch_size=1))
        seconds = time.perf_counter() - start
        detail = ""
    else:
        briefx.extract(warm, published="2025-11-18")
        start = time.perf_counter()
        doc = briefx.extract(text, published="2025-11-18")
        seconds = time.perf_counter() - start
        detail = f", {len(doc.sentences)} sentences, {len(doc.entities)} entities"
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"mb": mb, "seconds": seconds, "rss": rss, "detail": detail}))


def run(size: float, mode: str) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--one", str(size), mode],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="*", default=[0.1, 1, 10])
    parser.add_argument("--one", nargs=2, metavar=("SIZE", "MODE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not any(EVAL.rglob("*.jsonl")):
        print(f"skipped: no development corpora (*.jsonl) in {EVAL} (set BRIEFX_EVAL_DIR)")
        return
    if args.one:
        measure(float(args.one[0]), args.one[1])
        return
    for size in args.sizes:
        raw, bx = run(size, "raw"), run(size, "briefx")
        print(
            f"{bx['mb']:6.2f} MB: raw spaCy {raw['seconds'] / raw['mb']:6.1f} s/MB "
            f"(max RSS {raw['rss']:.0f} MiB); briefx {bx['seconds'] / bx['mb']:6.1f} s/MB "
            f"(max RSS {bx['rss']:.0f} MiB){bx['detail']}; "
            f"briefx / raw time {bx['seconds'] / raw['seconds']:.2f}"
        )


if __name__ == "__main__":
    main()
