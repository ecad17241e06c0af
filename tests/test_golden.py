"""The seeds' outputs equal their hand-checked golden files (update them on purpose only:
``python tests/update_golden.py``, then check ``git diff tests/golden`` by hand)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEEDS, load_golden


@pytest.mark.parametrize("stem", [p.stem for p in SEEDS])
def test_seed_output_is_the_golden_one(seed_docs, stem: str) -> None:
    assert seed_docs[stem].model_dump(mode="json") == load_golden(f"{stem}.json")


# The contract checker (standard library only) is the project's own: tools/check_contract.py.
CHECKER = Path(__file__).resolve().parents[1] / "tools" / "check_contract.py"


def _check(output: Path, text: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(CHECKER), str(output), str(text)],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize("seed", SEEDS, ids=[p.stem for p in SEEDS])
def test_seed_goldens_pass_the_contract_checker(seed: Path) -> None:
    out = _check(Path(__file__).parent / "golden" / f"{seed.stem}.json", seed)
    assert out.returncode == 0, out.stdout
    assert out.stdout.startswith("contract ok")


def test_the_contract_checker_catches_a_wrong_offset(tmp_path: Path) -> None:
    seed = SEEDS[0]
    broken = load_golden(f"{seed.stem}.json")
    broken["entities"][0]["mentions"][0]["start"] += 1
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    out = _check(path, seed)
    assert out.returncode == 1 and "entities[0].mentions[0]" in out.stdout


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (lambda ev: ev.update(when="soon"), "when 'soon'"),
        (lambda ev: ev.update(time={"value": "2025"}), "time must be null or"),
        (lambda ev: ev["time"].update(source="guess"), "time source 'guess'"),
        (lambda ev: ev["time"].update(date=9999), "bad time date index"),
        (lambda ev: ev["time"].update(range=["2025-12-01", "2025-01-01"]), "is not [first day"),
        (lambda ev: ev["time"].update(value="1999-01-01"), "differs from dates"),
        (lambda ev: ev.pop("time"), "missing 'time'"),
    ],
    ids=["when", "shape", "source", "date", "range", "value", "missing"],
)
def test_the_contract_checker_catches_a_bad_event_time(tmp_path: Path, change, said) -> None:
    seed = SEEDS[0]
    broken = load_golden(f"{seed.stem}.json")
    frame = next(
        ev
        for f in broken["facts"]
        for ev in f["events"]
        if ev.get("time") and ev["time"]["source"] == "sentence"
    )
    change(frame)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    out = _check(path, seed)
    assert out.returncode == 1 and said in out.stdout, out.stdout
