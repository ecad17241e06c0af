"""Processing time per MB for one document of 100 KB, 1 MB and 10 MB.

    python benchmarks/size_scaling.py [--sizes 0.1 1 10]

Each document is built from the news articles of ``../shared/eval`` joined by blank lines
until it reaches the size; briefx processes it in pieces (``briefx.api.CHUNK_CHARS``) with
global offsets. Flat seconds per MB mean time grows linearly with size.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
from pathlib import Path

import briefx

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="*", default=[0.1, 1, 10])
    args = parser.parse_args()
    if not any(EVAL.rglob("*.jsonl")):
        print(f"skipped: no development corpora (*.jsonl) in {EVAL} (set BRIEFX_EVAL_DIR)")
        return
    # Warm up (model, lazy tables) on a small text, so the first size is not charged for it.
    briefx.extract(build(0.01), published="2025-11-18")
    for size in args.sizes:
        text = build(size)
        mb = len(text.encode("utf-8")) / 1_000_000
        start = time.perf_counter()
        doc = briefx.extract(text, published="2025-11-18")
        seconds = time.perf_counter() - start
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"{mb:6.2f} MB: {seconds:7.1f} s, {seconds / mb:6.1f} s/MB, "
            f"{len(doc.sentences)} sentences, {len(doc.entities)} entities, max RSS {rss:.0f} MiB"
        )


if __name__ == "__main__":
    main()
