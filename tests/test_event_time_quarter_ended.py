"""A quarter that ended on a day (issue 25, dates and rule 3). "In the quarter ended
June 30", told in November, is the second quarter, not the one a bare "the quarter"
would be by the publication date: three months up to the day are the calendar quarter
of their middle month ("ended July 31" is mostly May to July; "ended Aug. 2", a retail
Saturday, closes July). A quarter named by its number keeps it ("its fourth quarter
ended June 30" is a fiscal one). The end day sets no scene: what the paragraph goes on
to tell lies in the quarter ("Revenue slipped 6%"; ``period_ends`` in
``models/events/time.json``). Capability table of invented texts (published 2025-11-18)."""

from __future__ import annotations

import pytest

import briefx
from tests.event_times import PUBLISHED, time_or_none

# (text, the quarter's value).
QUARTERS = [
    ("Net income fell in the quarter ended June 29.", "2025-Q2"),
    ("Net income fell in the quarter ended Sept. 28.", "2025-Q3"),
    ("The retailer lost money in the quarter ending Oct. 31.", "2025-Q3"),
    ("Profit fell in the quarter ended July 27.", "2025-Q2"),
    ("Sales rose in the quarter that ended Aug. 2.", "2025-Q2"),
    ("Profit rose in the quarter ended Jan. 31.", "2024-Q4"),
    ("Sales rose in the latest quarter ended March 29.", "2025-Q1"),
    ("The toymaker's fourth quarter ended June 29 with a loss.", "2025-Q4"),
]

# (text, event word, its time): the end day sets no scene; the quarter does.
SCENES = [
    (
        "Net income fell to $41 million in the quarter ended Sept. 28. Revenue slipped 6%.",
        "slipped",
        "2025-Q3",
    ),
    ("Profit rose 9% in the third quarter ended Sept. 27. Sales climbed 4%.", "climbed", "2025-Q3"),
    (
        "The retailer lost $12 million in the quarter ending Oct. 31. Sales fell 3%.",
        "fell",
        "2025-Q3",
    ),
    (
        "The bank earned $2 billion in the quarter ended Sept. 27. Loan losses rose.",
        "rose",
        "2025-Q3",
    ),
    (
        "In the quarter ended Aug. 31, the chain lost $5 million. Costs rose sharply.",
        "rose",
        "2025-Q3",
    ),
    (
        "The airline carried 9 million passengers in the quarter ended June 29. Fares rose 2%.",
        "rose",
        "2025-Q2",
    ),
    ("Sales jumped in the second quarter ended June 28. Margins widened.", "widened", "2025-Q2"),
    ("The miner produced more gold in the quarter ended Sept. 27. Costs fell.", "fell", "2025-Q3"),
    # A fiscal year is a length the calendar cannot name: no time, and not its end day.
    ("Net income rose in the fiscal year ended June 30. Revenue grew 11%.", "grew", None),
    ("Revenue fell 5% in the year ended March 29. The loss widened.", "widened", None),
]


@pytest.mark.parametrize(("text", "value"), QUARTERS)
def test_the_quarter_ended_on_a_day_is_the_quarter_of_that_day(text: str, value: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    quarter = next(d for d in doc.dates if "quarter" in d.text)
    assert quarter.value == value


@pytest.mark.parametrize(("text", "word", "value"), SCENES)
def test_the_end_day_sets_no_scene(text: str, word: str, value: str | None) -> None:
    assert time_or_none(text, word) == value
