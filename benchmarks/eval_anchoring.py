"""When did each event happen: score the event frames' time on TimeML event-time links.

Runs the shared scorer ``score_anchoring.py`` (in ``tools/`` beside the eval folder, or
``--scorer``) on TimeBank's links (``tlinks_timebank.jsonl``) and, for information, on
AQUAINT's: an event that TimeBank places within a dated time expression is right when
its frame's ``time`` (else its ``dates``) has that value.

    BRIEFX_EVAL_DIR=... python benchmarks/eval_anchoring.py --halves      # even / odd apart
    BRIEFX_EVAL_DIR=... python benchmarks/eval_anchoring.py --half even --misses 40
    BRIEFX_EVAL_DIR=... python benchmarks/eval_anchoring.py --sets timebank

Rules are written from the EVEN half's misses only; the odd half says whether they hold.
The halves are by position in the file (documents 0, 2, 4... and 1, 3, 5...), written to
temporary files for the scorer.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

# The development corpora: $BRIEFX_EVAL_DIR, else ../shared/eval beside the repository.
_BESIDE = Path(__file__).resolve().parents[2] / "shared" / "eval"
EVAL_DIR = Path(os.environ.get("BRIEFX_EVAL_DIR") or _BESIDE)
DATA = EVAL_DIR / "tempeval3_tbaq"
SETS = {"timebank": "tlinks_timebank.jsonl", "aquaint": "tlinks_aquaint.jsonl"}
HALVES = {"even": 0, "odd": 1}


def run_scorer(scorer: Path, path: Path, misses: int) -> str:
    """The scorer's output on one links file, run with this Python (which has briefx)."""
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH")) if p),
    }
    args = [sys.executable, str(scorer), str(path)]
    if misses:
        args += ["--misses", str(misses)]
    out = subprocess.run(args, capture_output=True, text=True, check=True, env=env)
    return out.stdout


def score(scorer: Path, path: Path, *, half: str | None, misses: int) -> None:
    """Print the scorer's result for a set, or for one half of it."""
    label = path.stem if half is None else f"{path.stem} ({half} half)"
    if half is None:
        print(f"== {label}\n{run_scorer(scorer, path, misses)}", end="")
        return
    lines = path.read_text("utf-8").splitlines(keepends=True)[HALVES[half] :: 2]
    with tempfile.TemporaryDirectory() as tmp:
        part = Path(tmp) / f"{path.stem}_{half}.jsonl"
        part.write_text("".join(lines), "utf-8")
        print(f"== {label}\n{run_scorer(scorer, part, misses)}", end="")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA, help="folder with tlinks_*.jsonl")
    ap.add_argument(
        "--scorer",
        type=Path,
        default=EVAL_DIR.parent / "tools" / "score_anchoring.py",
        help="score_anchoring.py (default: tools/ beside the eval folder)",
    )
    ap.add_argument("--sets", nargs="*", default=list(SETS), choices=list(SETS))
    ap.add_argument("--halves", action="store_true", help="score even and odd documents apart")
    ap.add_argument("--half", choices=sorted(HALVES), default=None, help="score one half")
    ap.add_argument("--misses", type=int, default=0, help="list this many misses")
    args = ap.parse_args(argv)
    if not args.data.is_dir() or not args.scorer.is_file():
        print(
            f"skipped: links not found in {args.data} or scorer not found at {args.scorer} "
            "(set BRIEFX_EVAL_DIR or pass --data / --scorer)"
        )
        return 0
    halves: list[str | None] = ["even", "odd"] if args.halves else [args.half]
    for name in args.sets:
        path = args.data / SETS[name]
        if not path.is_file():
            print(f"{path} not found: skipping {name}.")
            continue
        for half in halves:
            score(args.scorer, path, half=half, misses=args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
