"""Long texts: seconds per MB next to raw spaCy, and peak memory of every path at 10 MB.

    python benchmarks/size_scaling.py                      # 300 KB ratio, then every path at 10 MB
    python benchmarks/size_scaling.py --ratio 0.3 --rounds 3 --sizes
    python benchmarks/size_scaling.py --sizes 1 10 --paths library workers
    python benchmarks/size_scaling.py --write big10mb.txt --size 10   # only write the text

The text is made here, never from the evaluation data: the repository's seed articles,
each repeated with its names, places, numbers and dates replaced by invented ones, and
invented paragraphs between them, joined by blank lines (``long_text``: the same text
for the same size, every run).

``--ratio MB`` times one document of that size through ``briefx.extract`` and the same
model as spaCy loads it (no briefx) over the text's paragraphs with ``nlp.pipe``,
interleaved in one process, best of ``--rounds``; the ratio is raw s/MB over briefx s/MB
(1.00: as fast as spaCy alone; higher is faster). The same model built on the BLAS briefx
runs it on (``briefx.fast.blas``) is timed too: against it, the ratio is briefx's own work.

``--sizes`` runs each path on one text of each size in a fresh process, and samples the
resident memory of that process and all its children (workers) every 50 ms; the peak is
the largest sum seen. Paths:

- ``cli-json`` / ``cli-jsonl``: ``briefx extract big.txt -o out.json`` (``--format jsonl``);
- ``stdout-json`` / ``stdout-jsonl``: the same to standard output (redirected to a file);
- ``library``: ``briefx.extract(text)`` in a script that reads the file;
- ``workers``: ``briefx extract big.txt -o out.json --workers 2``.

Timings on a shared machine are noisy: read the ratio from one run, interleaved, best of N.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = "2025-11-18"
PATHS = ("cli-json", "cli-jsonl", "stdout-json", "stdout-jsonl", "library", "workers")
SAMPLE_SECONDS = 0.05

# Invented names and words, so that a long text has many entities, as a book or a
# transcript would, and not one seed article's few names a thousand times over.
GIVEN = "Arlen Brisa Corwin Delia Emrys Farah Galen Hesper Ilka Joren Kasia Maren Nilo".split()
FAMILY = "Ostrander Pellworth Quaine Rusk Sorrell Tavish Ulmer Vantress Wick Yarrow Zell".split()
PLACES = "Brennick Calloway Dunmore Eskervale Fallowmere Gristhaven Holloway Isenport".split()
ORGS = [
    "the Tarsk Shipping Board",
    "Quell Mining",
    "the Northern Rail Authority",
    "Vessen Bank",
    "the Harbour Workers Union",
]
MONTHS = "January February March April May June July August September October November".split()
INVENTED = (
    "{p1} said on {day} that {org} would open {n} new offices in {place} by {month}.",
    "The plan, announced in {place} last week, was backed by {p2} and {p1}.",
    "\u201cWe expect about {n} workers to return before {month},\u201d {p2} told reporters.",
    "{org} reported a {pct}% rise in revenue for the quarter that ended in {month}.",
    "Talks between {p1} and officials from {place} resumed on {day} after a pause of {k} weeks.",
    "More than {n} residents of {place} signed the petition, according to {org}.",
    "A day earlier, {p2} visited {place} with a delegation of {k} ministers.",
)
DAYS = "Monday Tuesday Wednesday Thursday Friday".split()


def _person(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def _invented_paragraph(rng: random.Random) -> str:
    slots = {
        "p1": _person(rng),
        "p2": _person(rng),
        "org": rng.choice(ORGS),
        "place": rng.choice(PLACES),
        "month": rng.choice(MONTHS),
        "day": rng.choice(DAYS),
        "n": f"{rng.randrange(2, 5000):,}",
        "k": str(rng.randrange(2, 12)),
        "pct": str(rng.randrange(1, 40)),
    }
    lines = rng.sample(INVENTED, rng.randint(2, 5))
    return " ".join(line.format(**slots) for line in lines)


def _seed_paragraphs() -> list[str]:
    paragraphs = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        paragraphs.extend(p.strip() for p in re.split(r"\n", text) if p.strip())
    return paragraphs


def _recast(paragraph: str, rng: random.Random) -> str:
    """A seed paragraph with its names and numbers swapped for invented ones."""
    swaps = {
        "Zelensky": rng.choice(FAMILY),
        "Peskov": rng.choice(FAMILY),
        "Erdoğan": rng.choice(FAMILY),
        "Witkoff": rng.choice(FAMILY),
        "Istanbul": rng.choice(PLACES),
        "Ankara": rng.choice(PLACES),
    }
    for old, new in swaps.items():
        paragraph = paragraph.replace(old, new)

    def number(found: re.Match[str]) -> str:  # a day of the month stays one
        return str(rng.randrange(1, 29) if int(found.group()) <= 31 else rng.randrange(32, 2000))

    return re.sub(r"\b\d+\b", number, paragraph)


def long_text(size_mb: float, seed: int = 0) -> str:
    """One text of about ``size_mb`` MB (UTF-8) of paragraphs joined by blank lines."""
    rng = random.Random(seed)
    seeds = _seed_paragraphs()
    target = int(size_mb * 1_000_000)
    out: list[str] = []
    n = 0
    while n < target:
        paragraph = (
            _recast(seeds[len(out) % len(seeds)], rng)
            if len(out) % 3
            else (_invented_paragraph(rng))
        )
        out.append(paragraph)
        n += len(paragraph.encode("utf-8")) + 2
    return "\n\n".join(out) + "\n"


# -- memory of a process tree ------------------------------------------------------------


def _rss_of_tree(root: int) -> int:
    """Resident bytes of ``root`` and all its descendants (Linux /proc), 0 once gone."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry)
        children.setdefault(int(fields[1]), []).append(pid)
        rss[pid] = int(fields[21]) * page
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, ()))
    return total


def peak_of(command: list[str], *, stdout_path: Path | None = None) -> tuple[float, float]:
    """Run ``command``; return (seconds, peak MiB of it and its children, summed)."""
    out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    peak = [0]
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _rss_of_tree(proc.pid))
            done.wait(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    if out is not subprocess.DEVNULL:
        out.close()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({proc.returncode}): {err.decode()[-2000:]}")
    return seconds, peak[0] / 2**20


def _command(path: str, text_file: Path, out_dir: Path) -> tuple[list[str], Path | None]:
    cli = [sys.executable, "-m", "briefx", "extract", str(text_file), "--published", PUBLISHED]
    if path == "library":
        return [sys.executable, __file__, "--library", str(text_file)], None
    if path == "cli-json":
        return [*cli, "-o", str(out_dir / "cli.json")], None
    if path == "cli-jsonl":
        return [*cli, "-f", "jsonl", "-o", str(out_dir / "cli.jsonl")], None
    if path == "stdout-json":
        return cli, out_dir / "stdout.json"
    if path == "stdout-jsonl":
        return [*cli, "-f", "jsonl"], out_dir / "stdout.jsonl"
    if path == "workers":
        return [*cli, "--workers", "2", "-o", str(out_dir / "workers.json")], None
    raise ValueError(path)


def library(text_file: Path) -> None:
    """The library path, alone in this process: read the file, extract, report a count."""
    import briefx

    text = text_file.read_text(encoding="utf-8")
    doc = briefx.extract(text, published=PUBLISHED)
    print(json.dumps({"sentences": len(doc.sentences), "entities": len(doc.entities)}))


# -- speed against raw spaCy --------------------------------------------------------------


def ratio(size_mb: float, rounds: int, clock: str = "wall") -> None:
    """briefx.extract on one document against raw spaCy over its paragraphs, interleaved:
    spaCy as it loads (blis), and on the BLAS briefx runs the model on (``briefx.fast.blas``).

    ``clock``: "wall" (``time.perf_counter``) or "cpu" (``time.process_time``, this
    process's CPU seconds: steadier than the wall clock on a machine other work shares).
    """
    timer = time.perf_counter if clock == "wall" else time.process_time
    import spacy

    import briefx
    from briefx.fast.blas import model_ops, one_blas_thread

    nlp = briefx.load_pipeline()
    name = f"{nlp.meta['lang']}_{nlp.meta['name']}"
    raw = spacy.load(name)
    with model_ops():
        raw_numpy = spacy.load(name)
    text = long_text(size_mb, seed=1)
    mb = len(text.encode("utf-8")) / 1_000_000
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    warm = long_text(0.02, seed=2)
    briefx.extract(warm, published=PUBLISHED)
    for model in (raw, raw_numpy):
        sum(1 for _ in model.pipe(warm.split("\n\n")))
    best = {"raw": float("inf"), "numpy": float("inf"), "briefx": float("inf")}
    for _ in range(rounds):
        start = timer()
        sum(1 for _ in raw.pipe(paragraphs))
        best["raw"] = min(best["raw"], timer() - start)
        start = timer()
        with one_blas_thread():
            sum(1 for _ in raw_numpy.pipe(paragraphs))
        best["numpy"] = min(best["numpy"], timer() - start)
        start = timer()
        briefx.extract(text, published=PUBLISHED)
        best["briefx"] = min(best["briefx"], timer() - start)
    print(
        f"{mb:.2f} MB, {len(paragraphs)} paragraphs, best of {rounds} interleaved ({clock} "
        "clock): "
        f"raw spaCy (nlp.pipe over paragraphs) {best['raw'] / mb:.1f} s/MB, "
        f"the same on numpy BLAS {best['numpy'] / mb:.1f} s/MB, "
        f"briefx.extract {best['briefx'] / mb:.1f} s/MB: "
        f"ratio {best['raw'] / best['briefx']:.2f}x "
        f"({best['numpy'] / best['briefx']:.2f}x against spaCy on numpy BLAS)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="*", default=[10.0])
    parser.add_argument("--paths", nargs="*", default=list(PATHS), choices=PATHS)
    parser.add_argument("--ratio", type=float, default=0.3, help="MB of the ratio's text (0: none)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--clock",
        choices=("wall", "cpu"),
        default="wall",
        help="the ratio's clock: wall, or this process's CPU time (steadier on a shared machine)",
    )
    parser.add_argument("--keep", type=Path, help="keep the outputs in this folder")
    parser.add_argument("--write", type=Path, help="only write the text of --size MB here")
    parser.add_argument("--size", type=float, default=10.0)
    parser.add_argument("--library", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.library:
        library(args.library)
        return
    if args.write:
        args.write.write_text(long_text(args.size), encoding="utf-8")
        return
    if args.ratio:
        ratio(args.ratio, args.rounds, args.clock)
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            text_file = Path(tmp) / f"big{size:g}mb.txt"
            text_file.write_text(long_text(size), encoding="utf-8")
            out_dir = args.keep or Path(tmp)
            out_dir.mkdir(parents=True, exist_ok=True)
            mb = text_file.stat().st_size / 1_000_000
            for path in args.paths:
                command, stdout_path = _command(path, text_file, out_dir)
                seconds, peak = peak_of(command, stdout_path=stdout_path)
                print(
                    f"{mb:6.2f} MB {path:13} {seconds:7.1f} s ({seconds / mb:5.1f} s/MB), "
                    f"peak RSS with children {peak:6.0f} MiB",
                    flush=True,
                )


if __name__ == "__main__":
    main()
