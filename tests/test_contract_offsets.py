"""Contract 1.3: a time counted from its date carries the signed length (``offset``), and
``tools/check_contract.py`` checks the time is that date moved by it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import briefx
from tests.contract_checker import run_checker

TEXT = (
    "Dock workers walked out on Tuesday, a day after talks collapsed. "
    "Protests erupted on the eve of the election on Sunday."
)


def _check(document: dict, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return run_checker(document, TEXT, tmp_path)


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
