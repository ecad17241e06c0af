"""The corpus store: first run against rerun, and the memory of `brief --db` against `brief`.

    BRIEFX_EVAL_DIR=../shared/eval python benchmarks/store_rerun.py [--docs 200]

Inputs: the seeds plus the first ``--docs`` TimeBank/AQUAINT documents (their ``dct`` as
the publication date), written to a temporary JSONL file (nothing is copied into the
repository). Each step runs the `briefx` command in its own process, timed from outside;
peak memory is the child's maximum resident set (``ru_maxrss``). Speed is also given as a
ratio against raw spaCy (``nlp.pipe`` of the same pipeline, without briefx) in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = Path(os.environ.get("BRIEFX_EVAL_DIR", ROOT.parent / "shared" / "eval"))
BRIEFX = [sys.executable, "-m", "briefx"]

RAW_SPACY = """
import json, sys, time
import spacy
from briefx import load_pipeline
meta = load_pipeline().meta
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp = spacy.load(f"{meta['lang']}_{meta['name']}")
start = time.perf_counter()
for _ in nlp.pipe(texts, batch_size=16):
    pass
print(time.perf_counter() - start)
"""

# Runs a command and prints its wall time and peak resident memory (MiB).
MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
took = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
tail = (done.stderr.strip().splitlines() or [""])[-1]
print(took, peak, done.returncode, tail, sep="\\t")
"""


def _measure(cmd: list[str]) -> tuple[float, float, str]:
    """Wall time (s), peak memory (MiB) and last stderr line of a command, in a fresh process."""
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, *cmd], capture_output=True, text=True, check=True
    )
    took, peak, code, tail = done.stdout.rstrip("\n").split("\t")
    if code not in ("0", "1"):
        raise SystemExit(f"{cmd}: exit {code}: {tail}")
    return float(took), float(peak), tail


def _corpus(path: Path, docs: int) -> int:
    lines = []
    for name in ("timebank.jsonl", "aquaint.jsonl"):
        for line in (EVAL / "tempeval3_tbaq" / name).read_text("utf-8").splitlines():
            rec = json.loads(line)
            lines.append({"id": rec["id"], "text": rec["text"], "published": rec.get("dct")})
    lines = lines[:docs]
    path.write_text("".join(json.dumps(r) + "\n" for r in lines), "utf-8")
    return len(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    args = parser.parse_args()
    if not (EVAL / "tempeval3_tbaq").is_dir():
        print(f"skipped: no TimeBank/AQUAINT data in {EVAL} (set BRIEFX_EVAL_DIR)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus, db = Path(tmp) / "corpus.jsonl", Path(tmp) / "store.db"
        count = _corpus(corpus, args.docs)
        inputs = [str(ROOT / "seeds"), str(corpus)]
        print(f"inputs: seeds + {count} TimeBank/AQUAINT documents")
        raw = subprocess.run(
            [sys.executable, "-c", RAW_SPACY, str(corpus)], capture_output=True, text=True
        )
        raw_s = float(raw.stdout.strip()) if raw.returncode == 0 else float("nan")
        extract = [*BRIEFX, "extract", *inputs, "--db", str(db)]
        first, first_mem, tail = _measure(extract)
        print(f"extract --db, first run {first:7.1f} s  peak {first_mem:6.0f} MiB  {tail}")
        rerun, rerun_mem, tail = _measure(extract)
        print(f"extract --db, rerun     {rerun:7.1f} s  peak {rerun_mem:6.0f} MiB  {tail}")
        print(f"rerun / first run: {rerun / first:.3f}")
        print(
            f"raw spaCy nlp.pipe over the corpus (model loaded, no seeds): {raw_s:.1f} s; "
            f"first run (whole process) / raw spaCy: {first / raw_s:.2f}"
        )
        print(f"store size: {db.stat().st_size / 2**20:.1f} MiB")
        out_db, out_files = Path(tmp) / "db.json", Path(tmp) / "files.json"
        took, peak, _ = _measure([*BRIEFX, "brief", "--db", str(db), "-o", str(out_db)])
        print(f"brief --db  {took:7.1f} s  peak {peak:6.0f} MiB")
        took, peak, _ = _measure([*BRIEFX, "brief", *inputs, "-o", str(out_files)])
        print(f"brief       {took:7.1f} s  peak {peak:6.0f} MiB (extracts again)")
        same = json.loads(out_db.read_text("utf-8")) == json.loads(out_files.read_text("utf-8"))
        print(f"brief --db output equals brief output: {same}")


if __name__ == "__main__":
    main()
