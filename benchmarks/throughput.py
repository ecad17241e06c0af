"""Throughput and memory: raw spaCy ``nlp.pipe`` vs briefx, on real news text.

    python benchmarks/throughput.py [--docs 2000] [--eval-dir ../shared/eval]
    python benchmarks/throughput.py --memory      # peak memory at 1,000 and 5,000 docs
    python benchmarks/throughput.py --cli         # the CLI on a folder vs a raw spaCy script

The texts are the news articles of ``../shared/eval`` (TempEval-3, GUM), repeated until
there are ``--docs`` documents. With 1 and 2 workers, raw spaCy's own ``n_process=2`` is
timed too: how much two processes gain on this machine at all. Raw spaCy runs the same
model with the same components briefx enables, so the ratio is briefx's own overhead
(its components, reconciliation and the output models). Words are whitespace-separated
tokens of the input.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The development corpora: $BRIEFX_EVAL_DIR, else ../shared/eval beside the repository.
DEFAULT_EVAL = Path(os.environ.get("BRIEFX_EVAL_DIR") or ROOT.parent / "shared" / "eval")
FILES = ["tempeval3_tbaq/timebank.jsonl", "tempeval3_tbaq/aquaint.jsonl", "gum_news/gum_news.jsonl"]


def load_texts(eval_dir: Path) -> list[dict]:
    """The evaluation articles as ``{"id", "text", "published"}`` records."""
    records = []
    for name in FILES:
        path = eval_dir / name
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                records.append({"id": row["id"], "text": row["text"], "published": row["dct"]})
    if not records:
        sys.exit(f"no evaluation texts under {eval_dir}: nothing to measure")
    return records


def corpus(records: list[dict], n: int) -> Iterator[dict]:
    """``n`` records, cycling through the articles, with unique ids."""
    for i, row in enumerate(islice(cycle(records), n)):
        yield {**row, "id": f"{row['id']}-{i}"}


def _timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def run_raw(records: list[dict], n: int, model: str, processes: int = 1) -> float:
    """Seconds for raw spaCy over the texts (``nlp.pipe`` with ``n_process``)."""
    import spacy

    nlp = spacy.load(model)
    texts = (r["text"] for r in corpus(records, n))
    return _timed(lambda: sum(1 for _ in nlp.pipe(texts, batch_size=16, n_process=processes)))


def run_briefx(records: list[dict], n: int, workers: int) -> float:
    """Seconds for briefx (extraction to output models) over the texts."""
    import briefx

    nlp = briefx.load_pipeline()
    items = corpus(records, n)
    return _timed(lambda: sum(1 for _ in briefx.extract_many(items, nlp=nlp, workers=workers)))


def peak_memory(n: int, eval_dir: Path) -> float:
    """Peak RSS (MiB) of a fresh process streaming ``n`` documents through the CLI path."""
    here, where = str(Path(__file__).parent), str(eval_dir)
    code = (
        f"import sys, json, resource; sys.path.insert(0, {here!r});"
        "from throughput import load_texts, corpus; import briefx;"
        "from pathlib import Path;"
        f"recs = load_texts(Path({where!r}));"
        f"n = sum(1 for d in briefx.extract_many(corpus(recs, {n})) "
        "if len(json.dumps(d.model_dump(mode='json'))) > 0);"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


# Raw spaCy over the files; with a third argument "numpy", on the BLAS briefx runs the
# model on (briefx.fast.blas): what is left of the ratio then is briefx's own work.
_RAW_SCRIPT = """
import sys, pathlib, contextlib, spacy
ops = load = contextlib.nullcontext
if sys.argv[3:] == ["numpy"]:
    from briefx.fast.blas import model_ops as load, one_blas_thread as ops
with load():
    nlp = spacy.load(sys.argv[1])
texts = (p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[2]).glob("*.txt")))
with ops():
    sum(1 for _ in nlp.pipe(texts, batch_size=16))
"""


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cli_ratio(records: list[dict], n: int, model: str, *, rounds: int = 2) -> None:
    """``briefx extract DIR --format jsonl`` vs a raw spaCy script over the same files,
    with spaCy as it loads (blis) and on the BLAS briefx runs the model on.

    Both are fresh processes (start-up included), interleaved ``rounds`` times; the best
    time of each is compared, since this machine is noisy. CPU time (user + system of
    the child) is compared too: other processes on a shared machine change it far less.
    """
    import tempfile

    with tempfile.TemporaryDirectory(prefix="briefx-cli-") as tmp:
        folder = Path(tmp)
        words = 0
        for k, row in enumerate(corpus(records, n)):
            (folder / f"{k:05d}.txt").write_text(row["text"], encoding="utf-8")
            meta = {"published": row["published"]} if row["published"] else {}
            (folder / f"{k:05d}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
            words += len(row["text"].split())
        briefx_cli = [sys.executable, "-m", "briefx", "extract", str(folder), "-f", "jsonl"]
        raw_cmd = [sys.executable, "-c", _RAW_SCRIPT, model, str(folder)]
        commands = {
            "raw spaCy script": raw_cmd,
            "raw spaCy, numpy BLAS": [*raw_cmd, "numpy"],
            "briefx extract DIR jsonl": briefx_cli,
        }
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(rounds):
            for name, cmd in commands.items():
                cpu, start = _child_cpu(), time.perf_counter()
                subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
                times[name].append((time.perf_counter() - start, _child_cpu() - cpu))
    best = {
        name: (min(t for t, _ in runs), min(c for _, c in runs)) for name, runs in times.items()
    }
    print(f"{n} documents, {words} words, model {model}, best of {rounds} interleaved runs")
    for name, (wall, cpu) in best.items():
        print(
            f"{name:25}: {words / wall:8.0f} words/s  ({wall:.1f} s)  "
            f"cpu {words / cpu:8.0f} words/s ({cpu:.1f} s)"
        )
    cli, cli_cpu = best["briefx extract DIR jsonl"]
    for name in ("raw spaCy script", "raw spaCy, numpy BLAS"):
        raw, raw_cpu = best[name]
        print(f"ratio to {name}: wall {raw / cli:.3f}, cpu {raw_cpu / cli_cpu:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--memory", action="store_true", help="peak memory at 1,000 / 5,000 docs")
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--cli", action="store_true", help="the CLI vs a raw spaCy script")
    parser.add_argument("--rounds", type=int, default=2, help="interleaved runs of --cli")
    args = parser.parse_args()
    records = load_texts(args.eval_dir)
    if args.memory:
        for n in (1000, 5000):
            print(f"peak memory, {n} documents: {peak_memory(n, args.eval_dir):.0f} MiB")
        return
    import briefx

    model = briefx.load_pipeline().meta["name"]
    model = f"en_{model}" if not model.startswith("en_") else model
    if args.cli:
        cli_ratio(records, args.docs, model, rounds=args.rounds)
        return
    words = sum(len(r["text"].split()) for r in corpus(records, args.docs))
    raw = run_raw(records, args.docs, model)
    print(f"{args.docs} documents, {words} words, model {model}")
    print(f"raw spaCy nlp.pipe       : {words / raw:8.0f} words/s  ({raw:.1f} s)")
    results = {}
    for w in args.workers:
        seconds = run_briefx(records, args.docs, w)
        results[w] = words / seconds
        print(
            f"briefx, {w} worker(s)      : {results[w]:8.0f} words/s  ({seconds:.1f} s)  "
            f"ratio to raw {raw / seconds:.2f}"
        )
    if 1 in results and 2 in results:
        print(f"2 workers / 1 worker     : {results[2] / results[1]:.2f}x")
        # What this machine gives two processes: spaCy's own n_process=2, same texts.
        raw_two = run_raw(records, args.docs, model, processes=2)
        print(
            f"raw spaCy n_process=2    : {words / raw_two:8.0f} words/s  ({raw_two:.1f} s)  "
            f"{raw / raw_two:.2f}x raw spaCy in one process"
        )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"max RSS of this process  : {rss:.0f} MiB")


if __name__ == "__main__":
    main()
