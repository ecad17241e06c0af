"""Helper for the contract tests: ``tools/check_contract.py`` run on a document."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

CHECKER = Path(__file__).resolve().parents[1] / "tools" / "check_contract.py"


def run_checker(document: dict, text: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run the checker on ``document`` (and the ``text`` it was read from) as a user
    would, in its own process; its output and return code come back."""
    out, source = tmp_path / "out.json", tmp_path / "text.txt"
    out.write_text(json.dumps(document), encoding="utf-8")
    source.write_text(text, encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(CHECKER), str(out), str(source)],
        capture_output=True,
        text=True,
        check=False,
    )
