"""Cold start: `briefx extract SEED` vs loading the spaCy model alone, in fresh processes.

    python benchmarks/cold_start.py [--runs 5]

Prints the median wall time of each command over the runs and their ratio.
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


def median_seconds(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from briefx.pipeline import load_pipeline

    name = load_pipeline().meta["name"]
    model = name if name.startswith("en_") else f"en_{name}"
    spacy_only = median_seconds(
        [sys.executable, "-c", f"import spacy; spacy.load({model!r})"], args.runs
    )
    briefx_cli = median_seconds(
        [sys.executable, "-m", "briefx", "extract", str(SEED), "-o", "/dev/null"], args.runs
    )
    print(f"spacy.load({model}) : {spacy_only:.2f} s (median of {args.runs})")
    print(f"briefx extract seed : {briefx_cli:.2f} s (median of {args.runs})")
    print(f"ratio               : {briefx_cli / spacy_only:.2f}")


if __name__ == "__main__":
    main()
