"""Contract 1.3: a time counted from its date carries the signed length (``offset``), and
``tools/check_contract.py`` checks the time is that date moved by it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import briefx

CHECKER = Path(__file__).resolve().parents[1] / "tools" / "check_contract.py"
TEXT = (
    "Dock workers walked out on Tuesday, a day after talks collapsed. "
    "Protests erupted on the eve of the election on Sunday."
)


def _check(document: dict, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    out, text = tmp_path / "out.json", tmp_path / "text.txt"
    out.write_text(json.dumps(document), encoding="utf-8")
    text.write_text(TEXT, encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(CHECKER), str(out), str(text)],
        capture_output=True,
        text=True,
        check=False,
    )


def _offsets(document: dict) -> list[str]:
    return [
        e["time"]["offset"]
        for fact in document["facts"]
        for e in fact["events"]
        if e["time"] and e["time"]["offset"]
    ]


def test_counted_times_pass_the_checker(tmp_path: Path) -> None:
    document = briefx.extract(TEXT, published="2026-03-06").model_dump(mode="json")
    assert _offsets(document) == ["-P1D", "-P1D", "-P1D"]  # talks, collapsed, erupted
    result = _check(document, tmp_path)
    assert result.returncode == 0, result.stdout


def test_the_checker_finds_a_wrong_offset(tmp_path: Path) -> None:
    document = briefx.extract(TEXT, published="2026-03-06").model_dump(mode="json")
    for fact in document["facts"]:
        for event in fact["events"]:
            if event["time"] and event["time"]["offset"]:
                event["time"]["offset"] = "-P2D"
    result = _check(document, tmp_path)
    assert result.returncode == 1
    assert "moved by '-P2D'" in result.stdout
