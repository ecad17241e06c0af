"""The contract: a time over a stretch ("grew 0.3% in the three months to September") has
its date's value and a range from the stretch's first day to the date's last day;
``tools/check_contract.py`` takes it, and still finds a time whose range is not its
date's nor such a stretch."""

from __future__ import annotations

import subprocess
from pathlib import Path

import briefx
from tests.contract_checker import run_checker

TEXT = "Revenue rose 4% in the three months to September. Orders grew in the year to June."


def _check(document: dict, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return run_checker(document, TEXT, tmp_path)


def _stretched(document: dict) -> list[dict]:
    return [
        e["time"]
        for fact in document["facts"]
        for e in fact["events"]
        if e["time"] and e["time"]["range"] != document["dates"][e["time"]["date"]]["range"]
    ]


def test_a_stretch_passes_the_checker(tmp_path: Path) -> None:
    document = briefx.extract(TEXT, published="2025-11-18").model_dump(mode="json")
    assert [(t["value"], t["range"]) for t in _stretched(document)] == [
        ("2025-09", ["2025-07-01", "2025-09-30"]),
        ("2025-06", ["2024-07-01", "2025-06-30"]),
    ]
    result = _check(document, tmp_path)
    assert result.returncode == 0, result.stdout


def test_the_checker_finds_a_range_that_is_no_stretch(tmp_path: Path) -> None:
    document = briefx.extract(TEXT, published="2025-11-18").model_dump(mode="json")
    for time in _stretched(document):
        time["range"] = [time["range"][0], "2025-12-31"]  # past the date's last day
    result = _check(document, tmp_path)
    assert result.returncode == 1
    assert "differs from dates" in result.stdout
