"""The benchmarks find the development corpora where they are told, and skip without them.

The corpora are not part of the repository (see the README's Development section): each
benchmark that reads them takes the folder from ``$BRIEFX_EVAL_DIR`` (default
``../shared/eval`` beside the clone), and prints a message and exits 0 when it is absent.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = ROOT / "benchmarks"


def test_no_benchmark_hard_codes_a_machine_path() -> None:
    for path in sorted(BENCHMARKS.glob("*.py")):
        source = path.read_text("utf-8")
        assert "/work/" not in source, path.name
        if '"shared"' in source:
            assert "BRIEFX_EVAL_DIR" in source, f"{path.name} ignores $BRIEFX_EVAL_DIR"


@pytest.mark.parametrize(
    "args",
    [
        ["eval_quantities.py"],
        ["eval_entities.py"],
        ["eval_dates.py"],
        ["component_cost.py", "--eval"],
        ["eval_anchoring.py", "--halves"],
        ["store_rerun.py"],
    ],
    ids=lambda a: a[0],
)
def test_benchmark_skips_with_a_message_without_the_corpora(tmp_path: Path, args) -> None:
    src = os.pathsep.join(p for p in (str(ROOT / "src"), os.environ.get("PYTHONPATH")) if p)
    env = {**os.environ, "BRIEFX_EVAL_DIR": str(tmp_path), "PYTHONPATH": src}
    out = subprocess.run(
        [sys.executable, str(BENCHMARKS / args[0]), *args[1:]],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    said = out.stdout + out.stderr
    assert "skip" in said.lower() and str(tmp_path) in said
