"""What a brief costs against extraction alone: time and peak memory, same documents, same run.

    python benchmarks/brief_stream.py [--copies 4] [--rounds 2] [--eval-dir ../shared/eval]

The documents are the TempEval-3 news articles (TimeBank and AQUAINT, 256 texts), each
``--copies`` times as a wire copy (the same text and date under another id), written
to one JSONL file. Each round runs ``briefx extract FILE --format jsonl`` and
``briefx brief FILE`` (JSON), one after the other, each as its own process writing to
a file; rounds alternate which goes first, so the two share the machine's load. Peak
memory is the largest resident set of the command and its children (workers
included), read by a small wrapper process per run. Prints each run, then the best
time and lowest peak of each command and the brief's ratios to extraction
(issue 31: time <= 1.10x, peak <= 600 MiB at 1,024 documents).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EVAL = Path(os.environ.get("BRIEFX_EVAL_DIR") or ROOT.parent / "shared" / "eval")
FILES = ["tempeval3_tbaq/timebank.jsonl", "tempeval3_tbaq/aquaint.jsonl"]


def write_corpus(eval_dir: Path, copies: int, path: Path) -> int:
    """Write the articles ``copies`` times (ids ``<id>-w<k>``) as JSONL; return the count."""
    rows = []
    for name in FILES:
        source = eval_dir / name
        if not source.is_file():
            sys.exit(f"no {name} under {eval_dir}: set BRIEFX_EVAL_DIR")
        with source.open(encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh if line.strip())
    n = 0
    with path.open("w", encoding="utf-8") as out:
        for k in range(copies):
            for row in rows:
                record = {"id": f"{row['id']}-w{k}", "text": row["text"], "published": row["dct"]}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                n += 1
    return n


def _child(command: list[str]) -> None:
    """Run ``command``; print its wall time and the peak RSS (MiB) of it and its children."""
    start = time.perf_counter()
    subprocess.run(command, check=True)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak": peak}))


def measure(command: list[str]) -> tuple[float, float]:
    """Seconds and peak MiB of one run of ``command`` (in a fresh wrapper process)."""
    wrapper = [sys.executable, __file__, "--child", json.dumps(command)]
    done = subprocess.run(wrapper, check=True, capture_output=True, text=True)
    found = json.loads(done.stdout.strip().splitlines()[-1])
    return found["seconds"], found["peak"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        _child(json.loads(args.child))
        return
    briefx = [sys.executable, "-m", "briefx"]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "wire.jsonl"
        n = write_corpus(args.eval_dir, args.copies, corpus)
        workers = ["--workers", str(args.workers)]
        commands = {
            "extract": [*briefx, "extract", str(corpus), "--format", "jsonl", *workers],
            "brief": [*briefx, "brief", str(corpus), *workers],
        }
        print(f"{n} documents ({args.copies} copies), workers {args.workers}", flush=True)
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for r in range(args.rounds):
            names = list(commands) if r % 2 == 0 else list(reversed(commands))
            for name in names:
                out = Path(tmp) / f"{name}.out"
                seconds, peak = measure([*commands[name], "-o", str(out)])
                runs[name].append((seconds, peak))
                print(f"round {r + 1} {name:>8}: {seconds:7.1f} s {peak:7.0f} MiB", flush=True)
    best = {name: (min(s for s, _ in v), min(p for _, p in v)) for name, v in runs.items()}
    for name, (seconds, peak) in best.items():
        print(f"best {name:>8}: {seconds:7.1f} s {peak:7.0f} MiB")
    time_ratio = best["brief"][0] / best["extract"][0]
    print(
        f"brief / extract: time {time_ratio:.2f}x, peak {best['brief'][1]:.0f} MiB "
        f"({best['brief'][1] / best['extract'][1]:.2f}x extract's)"
    )


if __name__ == "__main__":
    main()
