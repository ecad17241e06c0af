"""A record told ahead still counts back (dates): "to fight the highest inflation in three
decades", "will post its first loss in 12 years". A superlative in the verb's object or
its phrase ranks the thing over a length up to the story (a DURATION) whatever the
verb's tense; an ordinal told ahead does so over a decade or more (``record_years_ahead``
in models/dates/context.json), while a plan a few years or months ahead lands there ("will
open its first store in two years": a DATE). Capability table of invented texts
(published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.test_dates_report_day import value_of

# (text, the date expression, its value)
TABLE = [
    # a superlative, told ahead or in a clause of purpose
    (
        "The bank raised rates to fight the highest inflation in three decades.",
        "three decades",
        "P30Y",
    ),
    ("The bank will fight the highest inflation in three decades.", "three decades", "P30Y"),
    ("Shares are set for their best week in two years.", "two years", "P2Y"),
    ("The region will face its worst drought in 50 years.", "50 years", "P50Y"),
    ("Traders expect to see the biggest drop in a decade.", "a decade", "P10Y"),
    ("The miners will stage their largest strike in 20 years.", "20 years", "P20Y"),
    ("The index is on course to post its steepest fall in six months.", "six months", "P6M"),
    ("The lake is expected to reach its lowest level in a century.", "a century", "P100Y"),
    ("Voters are likely to deliver the narrowest result in 40 years.", "40 years", "P40Y"),
    ("The chain warned it faces its weakest quarter in seven years.", "seven years", "P7Y"),
    # an ordinal told ahead, over a decade or more
    ("The party is poised to win its first majority in 30 years.", "30 years", "P30Y"),
    ("The company will post its first loss in 12 years.", "12 years", "P12Y"),
    ("The town will host its first festival in a decade.", "a decade", "P10Y"),
    ("The two leaders will hold their first summit in 15 years.", "15 years", "P15Y"),
    ("The club aims to lift its first trophy in two decades.", "two decades", "P20Y"),
    # what lands ahead stays a date
    ("The mine will reopen in three years.", "three years", "2028"),
    ("The chain will open its first store in two years.", "two years", "2027"),
    ("The firm plans to launch its first satellite in five years.", "five years", "2030"),
    ("The best players will return in a month.", "a month", "2025-12"),
    ("Voters will elect a new mayor in two years.", "two years", "2027"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), TABLE)
def test_a_record_told_ahead_counts_back(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == value
