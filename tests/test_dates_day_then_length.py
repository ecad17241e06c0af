"""A day, then a length after a comma: two dates ("on March 4, two days after the
shooting"; issue 25, dates).

The model tags "March 4, two days" as one date, and the normaliser, reading none in the
whole, kept its right-most part: the day was lost ("two days" alone). After a year or a
month ("Feb. 2, a week before"), "2, a week" read as a rate ("$5 a week") and the length
was dropped. A candidate split at a comma before a length (a number or "a", then a unit:
``lexicon.json`` units) gives both; a comma before a year or a day ("March 4, 2025",
"Monday, Nov. 17") still joins one date, and a rate keeps its amount right before it.

Capability table of invented sentences, published 2026-03-06.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-03-06"

# (text, the dates' texts)
TABLE = [
    ("Police arrested a suspect on March 4, two days after the shooting.", ["March 4", "two days"]),
    ("Shares fell on March 3, a day before the vote.", ["March 3", "a day"]),
    ("The mayor quit on Feb. 2, a week before voters went to the polls.", ["Feb. 2", "a week"]),
    (
        "The bank collapsed in May 2025, a month after regulators warned it.",
        ["May 2025", "a month"],
    ),
    ("Talks resumed on Nov. 20, three weeks after they broke down.", ["Nov. 20", "three weeks"]),
    ("The plant closed in 2019, two years after the fire.", ["2019", "two years"]),
    ("He was freed on Jan. 9, 10 days after his arrest.", ["Jan. 9", "10 days"]),
    ("The law took effect on July 1, six months after it passed.", ["July 1", "six months"]),
    ("The firm listed its shares on Oct. 3, a year before the crash.", ["Oct. 3", "a year"]),
    ("Rain returned on Sunday, two days after the drought was declared.", ["Sunday", "two days"]),
    ("The ship docked on April 30, 12 hours after leaving port.", ["April 30", "12 hours"]),
    ("Voting ended on June 6, a week after it began.", ["June 6", "a week"]),
    ("The strike began on Jan. 15, an hour after talks ended.", ["Jan. 15", "an hour"]),
    # One date: a year or a day after the comma.
    ("The vote is on Monday, Nov. 17.", ["Monday, Nov. 17"]),
    ("The deal closed on March 4, 2025.", ["March 4, 2025"]),
    # Rates: the amount right before the unit.
    ("Fees rose 5 percent a year.", []),
    ("Trains run twice a day.", ["twice a day"]),
]


@pytest.mark.parametrize(("text", "dates"), TABLE)
def test_a_day_then_a_length(text: str, dates: list[str]) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    assert [d.text for d in doc.dates] == dates, doc.dates
    for date in doc.dates:
        assert text[date.start : date.end] == date.text
