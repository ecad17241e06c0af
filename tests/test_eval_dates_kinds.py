"""The evaluation script's naming of wrong values (benchmarks/eval_dates.py)."""

import importlib.util
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "eval_dates.py"
_spec = importlib.util.spec_from_file_location("eval_dates", _PATH)
eval_dates = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(eval_dates)


@pytest.mark.parametrize(
    ("gold", "system", "kind"),
    [
        ("1968-XX", "1968", "year written YYYY-XX"),
        ("2000-W7", "2000-W07", "week number not zero-padded"),
        ("2000-01-05", "2000-01-05TNI", "part of day left out"),
        ("199X", "199", "decade written 199X"),
        ("1989-WXX", "1989-W43", "week or quarter left unspecified"),
        ("2000-01-06", "2000-01-13", "weekday a week apart"),
        ("2000-01-06", "2000-01-07", "other"),
        ("1988-Q3", "1988", "other"),
    ],
)
def test_value_error_kind(gold, system, kind):
    assert eval_dates.value_error_kind(gold, system) == kind
