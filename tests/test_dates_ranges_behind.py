"""A range of months told in the past lies wholly behind the report (issue 25, dates).

"Prices rose between April and June", published in March 2026, gave only "June" (June
2025): the nearer end, April, was read as April 2026 (a past verb's month up to two
months ahead is this year's), the range ran backwards and was dropped, and the reader
fell back on its last word. The ends of a range named without a year share one: the
first end takes the second's year, or the year before it when it comes later in the year
("between November and February"). A range both of whose ends lie just ahead, told in
the past ("fell between April and May"), lies a year back as a whole.

Capability table of invented sentences, published 2026-03-06; before the change 12 of the
16 failed (the two ranges across the new year and the two to come passed).
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-03-06"

# (text, the range's value, its first and last day)
RANGES = [
    ("Prices rose between April and June.", "2025-04", ("2025-04-01", "2025-06-30")),
    ("Talks were held between May and July.", "2025-05", ("2025-05-01", "2025-07-31")),
    ("Sales fell from April to June.", "2025-04", ("2025-04-01", "2025-06-30")),
    (
        "Output dropped between April and May, the agency said.",
        "2025-04",
        ("2025-04-01", "2025-05-31"),
    ),
    ("The dam was built between May and August.", "2025-05", ("2025-05-01", "2025-08-31")),
    ("The strike lasted from April to May.", "2025-04", ("2025-04-01", "2025-05-31")),
    ("Rents rose from April to July.", "2025-04", ("2025-04-01", "2025-07-31")),
    ("Fighting raged between April and June.", "2025-04", ("2025-04-01", "2025-06-30")),
    ("Traffic fell between April and May.", "2025-04", ("2025-04-01", "2025-05-31")),
    ("Flights were cut from May to June.", "2025-05", ("2025-05-01", "2025-06-30")),
    ("Cases climbed from April to June.", "2025-04", ("2025-04-01", "2025-06-30")),
    ("The plant was shut between April and June.", "2025-04", ("2025-04-01", "2025-06-30")),
    ("Sales fell between November and February.", "2025-11", ("2025-11-01", "2026-02-28")),
    ("The lake froze between December and February.", "2025-12", ("2025-12-01", "2026-02-28")),
    ("Prices will rise between April and June.", "2026-04", ("2026-04-01", "2026-06-30")),
    ("The works will run from May to July.", "2026-05", ("2026-05-01", "2026-07-31")),
]


@pytest.mark.parametrize(("text", "value", "days"), RANGES)
def test_a_range_of_months(text: str, value: str, days: tuple[str, str]) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    assert [(d.value, d.range) for d in doc.dates] == [(value, days)], doc.dates
