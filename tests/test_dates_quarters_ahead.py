"""A quarter or half to come that has long passed this year is next year's (dates): told in
November, "sales will fall in the first quarter" is 2026-Q1, not 2025-Q1 (an invented
market report read "tumbled after the company said demand would be weak in the first
quarter" as a fall in this year's first quarter). A quarter that ended within the last
three months is still the one a report to come is about ("will report results for the
third quarter on Thursday"); told in the past, a quarter stays this year's. As seasons to
come already were (tests/test_dates_foretold.py). Capability table of invented texts
(published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.test_dates_report_day import value_of

# (text, the date expression, its value)
TABLE = [
    ("Sales will fall in the first quarter.", "the first quarter", "2026-Q1"),
    ("The company said demand would be weak in the first quarter.", "the first quarter", "2026-Q1"),
    ("The firm expects a loss in the second quarter.", "the second quarter", "2026-Q2"),
    ("The plant will reopen in the first half.", "the first half", "2026-H1"),
    ("Deliveries are expected to resume in the second quarter.", "the second quarter", "2026-Q2"),
    ("The merger should close in the first quarter.", "the first quarter", "2026-Q1"),
    ("Prices could fall in the first quarter, analysts said.", "the first quarter", "2026-Q1"),
    ("The company plans to list its shares in the first quarter.", "the first quarter", "2026-Q1"),
    ("The launch is planned for the second quarter.", "the second quarter", "2026-Q2"),
    ("Growth will slow in the first half, the bank said.", "the first half", "2026-H1"),
    # The quarter just ended, one still running, or one told in the past: this year's.
    (
        "The firm will report results for the third quarter on Thursday.",
        "the third quarter",
        "2025-Q3",
    ),
    ("Sales will rise in the fourth quarter.", "the fourth quarter", "2025-Q4"),
    ("Output will pick up in the second half.", "the second half", "2025-H2"),
    ("Sales fell in the first quarter.", "the first quarter", "2025-Q1"),
    ("Sales in the first quarter rose 4%.", "the first quarter", "2025-Q1"),
    ("Profit rose in the second half of last year.", "the second half", "2024-H2"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), TABLE)
def test_a_quarter_to_come_that_has_passed_is_next_years(
    text: str, phrase: str, value: str
) -> None:
    assert value_of(text, phrase) == value
