"""A quarter that ended in a month, and a week that ended on a day (issue 25, dates).

"Sales of $4 billion in the quarter ending in June" was read as a bare "the quarter"
(the last quarter before publication), and "the week ended Friday" as a week of no
number. The quarter a month closes is the calendar quarter of the month before it, as for
a quarter that ended on a day ("ended in January" closes November to January: the fourth
quarter); the month takes its year as any month does, from the tense of its sentence.
The week that ended on a day is that day's ISO week. A quarter named by its number keeps
it. Capability table of invented sentences, published 2025-11-18 (a Tuesday).
"""

from __future__ import annotations

import pytest

import briefx
from tests.event_times import PUBLISHED

# (text, the period's word, its value)
ENDED = [
    ("Profit rose 8% in the quarter that ended in September.", "quarter", "2025-Q3"),
    ("Sales fell in the quarter ended in June.", "quarter", "2025-Q2"),
    ("Net income rose in the quarter ending in March.", "quarter", "2025-Q1"),
    ("Margins narrowed in the quarter that ended in June 2024.", "quarter", "2024-Q2"),
    ("Orders grew in the quarter ended in September 2025.", "quarter", "2025-Q3"),
    ("The bank earned $2 billion in the quarter ended June.", "quarter", "2025-Q2"),
    ("Costs climbed during the quarter ending in September.", "quarter", "2025-Q3"),
    ("For the quarter ended in March, the airline lost $40 million.", "quarter", "2025-Q1"),
    ("The chain's sales in the quarter that ended in October rose 2%.", "quarter", "2025-Q3"),
    ("Exports fell in the quarter ending in January.", "quarter", "2024-Q4"),
    ("The company expects a loss in the quarter ending in December.", "quarter", "2025-Q4"),
    ("Revenue will rise in the quarter ending in March.", "quarter", "2026-Q1"),
    ("Sales should grow in the quarter that ends in December.", "quarter", "2025-Q4"),
    pytest.param(
        "The firm sees sales of $4 billion in the quarter ending in June.",
        "quarter",
        "2026-Q2",
        marks=pytest.mark.xfail(
            strict=True, reason="'sees' as a forecast is no verb of expecting: June is behind"
        ),
    ),
    # A quarter named by its number is the firm's own: it keeps its number.
    ("The toymaker's fourth quarter ended in June with a loss.", "quarter", "2025-Q4"),
    # A week that ended on a day: that day's week.
    ("Traffic fell in the week ended Friday.", "week", "2025-W46"),
    ("Jobless claims rose in the week ending Nov. 8.", "week", "2025-W45"),
    ("Box office takings rose in the week that ended on Sunday.", "week", "2025-W46"),
    ("Mortgage rates eased in the week ended Oct. 31.", "week", "2025-W44"),
]


@pytest.mark.parametrize(("text", "word", "value"), ENDED)
def test_the_period_a_month_or_day_ends(text: str, word: str, value: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    period = next(d for d in doc.dates if word in d.text.lower())
    assert period.value == value
