"""Cold start: `briefx extract SEED` vs loading the spaCy model alone, in fresh processes.

    python benchmarks/cold_start.py [--runs 5]

Prints the median wall time of each command over the runs and their ratios: to
``spacy.load`` alone, and to ``spacy.load`` followed by the model on the same seed (the
part of briefx's start that is spaCy's own first document, not briefx's work).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_e2240c5e00b7e2d5.txt"


def medians(commands: list[list[str]], runs: int) -> list[float]:
    """Median wall time of each command, the commands run in turn ``runs`` times (this
    machine is noisy: interleaving spreads a slow spell over all of them)."""
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for cmd, spent in zip(commands, times, strict=True):
            start = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True)
            spent.append(time.perf_counter() - start)
    return [statistics.median(spent) for spent in times]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from briefx.pipeline import load_pipeline

    name = load_pipeline().meta["name"]
    model = name if name.startswith("en_") else f"en_{name}"
    read_seed = f"pathlib.Path({str(SEED)!r}).read_text(encoding='utf-8')"
    spacy_only, spacy_seed, briefx_cli = medians(
        [
            [sys.executable, "-c", f"import spacy; spacy.load({model!r})"],
            [
                sys.executable,
                "-c",
                f"import spacy, pathlib; nlp = spacy.load({model!r}); nlp({read_seed})",
            ],
            [sys.executable, "-m", "briefx", "extract", str(SEED), "-o", "/dev/null"],
        ],
        args.runs,
    )
    print(f"spacy.load({model})        : {spacy_only:.2f} s (median of {args.runs})")
    print(f"spacy.load + nlp(seed)      : {spacy_seed:.2f} s (median of {args.runs})")
    print(f"briefx extract seed         : {briefx_cli:.2f} s (median of {args.runs})")
    print(f"ratio to spacy.load         : {briefx_cli / spacy_only:.2f}")
    print(f"ratio to spacy.load + seed  : {briefx_cli / spacy_seed:.2f}")


if __name__ == "__main__":
    main()
