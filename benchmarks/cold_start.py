"""Cold start: `briefx extract SEED` vs spaCy loading its model and reading the same seed.

    python benchmarks/cold_start.py [--runs 5] [--seed seeds/000_....txt] [--no-bytecode]
    PYTHONPATH=../other/src python benchmarks/cold_start.py   # another checkout's briefx

The definition (issue 31): `briefx extract SEED` against a script that runs ``spacy.load``
and then the model on the same seed, each a fresh process. spaCy imports every installed
package's factory entry points when it builds a pipeline, so where briefx is installed that
script imports briefx's components too: the first baseline hides briefx's entry points
(spaCy as it runs without briefx), the second is the script as it runs here. The commands
run in turn (interleaved) ``--runs`` times after one untimed round; the best time of each
is compared, since this machine is shared and noisy; the median says how noisy. CPU time
(user + system of the child) is printed too: other processes on the machine change it far
less than the wall time.

Python's bytecode is cached as for any installed package (pip compiles at install; Python
writes ``__pycache__`` on first import), in a temporary ``PYTHONPYCACHEPREFIX`` that both
sides share, so the checkout is not written to even where ``PYTHONDONTWRITEBYTECODE`` is
set. ``--no-bytecode`` keeps that variable instead: every briefx module is then compiled
from source at each start (spaCy's own bytecode, written by pip, is still read).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_e2240c5e00b7e2d5.txt"


# spaCy without briefx's factory entry points, as where briefx is not installed.
_HIDE_BRIEFX = """
import catalogue, importlib.metadata as md
found = catalogue.AVAILABLE_ENTRY_POINTS
eps = [e for g in found.values() for e in g] if isinstance(found, dict) else list(found)
mine = ("briefx.", "briefx:")
catalogue.AVAILABLE_ENTRY_POINTS = md.EntryPoints(e for e in eps if not e.value.startswith(mine))
"""


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timings(
    commands: list[list[str]], runs: int, env: dict[str, str]
) -> list[tuple[list[float], list[float]]]:
    """Wall and CPU seconds of each command, the commands run in turn ``runs`` times after
    one untimed round (which also writes the bytecode)."""
    times: list[tuple[list[float], list[float]]] = [([], []) for _ in commands]
    for n in range(runs + 1):
        for cmd, (wall, cpu) in zip(commands, times, strict=True):
            cpu_start, start = _child_cpu(), time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True, env=env)
            if n:
                wall.append(time.perf_counter() - start)
                cpu.append(_child_cpu() - cpu_start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=Path, default=SEED)
    parser.add_argument(
        "--no-bytecode",
        action="store_true",
        help="keep PYTHONDONTWRITEBYTECODE: briefx compiled from source at each start",
    )
    args = parser.parse_args()
    from briefx.pipeline import load_pipeline

    name = load_pipeline().meta["name"]
    model = name if name.startswith("en_") else f"en_{name}"
    seed = args.seed.resolve()
    read_seed = f"pathlib.Path({str(seed)!r}).read_text(encoding='utf-8')"
    spacy_seed = f"import spacy, pathlib; nlp = spacy.load({model!r}); nlp({read_seed})"
    commands = {
        "spaCy without briefx": [sys.executable, "-c", f"{_HIDE_BRIEFX}\n{spacy_seed}"],
        "spaCy, briefx installed": [sys.executable, "-c", spacy_seed],
        "briefx extract seed": [
            sys.executable,
            "-m",
            "briefx",
            "extract",
            str(seed),
            "-o",
            os.devnull,
        ],
    }
    with tempfile.TemporaryDirectory(prefix="briefx-pycache-") as prefix:
        env = dict(os.environ)
        if not args.no_bytecode:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = prefix
        results = dict(zip(commands, timings(list(commands.values()), args.runs, env), strict=True))
    bytecode = "from source" if args.no_bytecode else "cached bytecode"
    print(f"model {model}, seed {seed.name}, {args.runs} interleaved runs, briefx {bytecode}")
    print(f"{'':24s} {'best wall':>10s} {'median':>8s} {'best cpu':>9s}")
    for label, (wall, cpu) in results.items():
        print(f"{label:24s} {min(wall):9.2f}s {statistics.median(wall):7.2f}s {min(cpu):8.2f}s")
    wall_b, cpu_b = results["briefx extract seed"]
    for base in ("spaCy without briefx", "spaCy, briefx installed"):
        wall_s, cpu_s = results[base]
        print(
            f"ratio to {base:23s}: best wall {min(wall_b) / min(wall_s):.3f}, "
            f"median wall {statistics.median(wall_b) / statistics.median(wall_s):.3f}, "
            f"best cpu {min(cpu_b) / min(cpu_s):.3f}"
        )


if __name__ == "__main__":
    main()
