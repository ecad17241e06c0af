"""The seeds' outputs equal their hand-checked golden files (update them on purpose only:
``python tests/update_golden.py``, then check ``git diff tests/golden`` by hand)."""

from __future__ import annotations

import pytest

from tests.conftest import SEEDS, load_golden


@pytest.mark.parametrize("stem", [p.stem for p in SEEDS])
def test_seed_output_is_the_golden_one(seed_docs, stem: str) -> None:
    assert seed_docs[stem].model_dump(mode="json") == load_golden(f"{stem}.json")


def test_seed_goldens_pass_the_contract_checker(tmp_path) -> None:
    import subprocess
    import sys
    from pathlib import Path

    checker = Path(__file__).resolve().parents[2] / "shared" / "tools" / "check_contract.py"
    if not checker.is_file():
        pytest.skip(f"the shared contract checker is not at {checker}")
    for seed in SEEDS:
        golden = Path(__file__).parent / "golden" / f"{seed.stem}.json"
        out = subprocess.run(
            [sys.executable, str(checker), str(golden), str(seed)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert out.returncode == 0, out.stdout
