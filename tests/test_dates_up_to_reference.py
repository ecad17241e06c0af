""" "earlier this year" has happened: its range runs from the period's start to the reference.

The value and mod stay TIMEX3's (``2025``, ``START``); only the calendar days covered change.
A period that does not hold the reference date ("earlier in October" in November) keeps the
first third of the period, as "early October" does.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefx.dates import normalize

REF = dt.date(2025, 11, 18)

UP_TO_REFERENCE = [
    ("earlier this year", REF, ("2025-01-01", "2025-11-18")),
    ("earlier this month", REF, ("2025-11-01", "2025-11-18")),
    ("earlier this week", REF, ("2025-11-17", "2025-11-18")),
    ("earlier in the year", REF, ("2025-01-01", "2025-11-18")),
    ("earlier this year", dt.date(2025, 2, 10), ("2025-01-01", "2025-02-10")),
    ("Earlier this year", dt.date(2024, 12, 31), ("2024-01-01", "2024-12-31")),
]


@pytest.mark.parametrize(("text", "reference", "expected"), UP_TO_REFERENCE)
def test_earlier_in_the_current_period_runs_to_the_reference(text, reference, expected):
    t = normalize(text, reference=reference)
    assert t is not None and t.mod == "START" and t.range == expected


UNCHANGED = [
    ("early this year", ("2025-01-01", "2025-05-02")),
    ("later this year", ("2025-09-01", "2025-12-31")),
    ("earlier in October", ("2025-10-01", "2025-10-11")),
    ("earlier in 2024", ("2024-01-01", "2024-05-01")),
    ("this year", ("2025-01-01", "2025-12-31")),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_other_periods_keep_their_range(text, expected):
    t = normalize(text, reference=REF)
    assert t is not None and t.range == expected
