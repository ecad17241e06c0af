"""A span after a first, a second or a record is a length of time up to the story, not a
day it lands on (dates): "the second storm to hit the area in a month", "the first visit
by a pope in 25 years", "the highest level in 15 years" count back over a month or 25
years (a DURATION), where "will reopen in a month" lands a month ahead (a DATE). The
ordinals are the date lexicon's; a superlative is told by its tag. Capability table of
invented texts (published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.test_dates_report_day import value_of

# (text, the date expression, its value)
TABLE = [
    ("The storm is the second to hit the area in a month.", "a month", "P1M"),
    ("It is the third such attack in a week.", "a week", "P1W"),
    ("This is the first visit by a pope in 25 years.", "25 years", "P25Y"),
    ("The crash is the second on the route in two months.", "two months", "P2M"),
    ("It was the team's first win in three weeks.", "three weeks", "P3W"),
    ("The strike is the largest in a decade.", "a decade", "P10Y"),
    ("Rates are at their highest level in 15 years.", "15 years", "P15Y"),
    ("It is the fifth fire at the plant in a year.", "a year", "P1Y"),
    ("The currency is at its weakest in six months.", "six months", "P6M"),
    ("The nation is holding its first election in 12 years.", "12 years", "P12Y"),
    ("The quake is the strongest to strike the region in a century.", "a century", "P100Y"),
    # A span that lands on a day stays a date, an ordinal of the doer or not.
    ("The market will reopen in a month.", "a month", "2025-12"),
    ("The court will rule in two weeks.", "two weeks", "2025-W49"),
    ("The first shipment will arrive in 10 days.", "10 days", "2025-11-28"),
    ("The second phase starts in a month.", "a month", "2025-12"),
    ("The chain will open its first store in a month.", "a month", "2025-12"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), TABLE)
def test_a_span_after_a_first_or_a_record_is_a_length(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == value
