""" "A day after", "a week before": a length between two events, not a rate (issue 25).

"Dock workers walked out on Tuesday, halting exports a day after talks collapsed" read
"exports a day" as a rate, like "500 tonnes a day": the date was the SET ``P1D`` ("every
day"). A unit after a noun is a rate when the noun is counted ("500 tonnes a day", "2
million barrels a day after the upgrade", "$40 a day"); followed by one of
``offset_marks`` (``models/dates/context.json``: "after", "before") with no count before
it, it is the length of time between two events, a DURATION.

Capability table of invented sentences, published 2026-03-03; before the rule 11 of the 12
lengths were rates, and the 5 rates were rates.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-03-03"

# A unit between an uncounted noun and "after" / "before": (text, the date, its value)
OFFSETS = [
    ("Workers halted exports a day after talks collapsed.", "a day", "P1D"),
    ("The firm cut jobs a week after the merger closed.", "a week", "P1W"),
    ("Investors sold shares a month before the crash.", "a month", "P1M"),
    ("The club sacked its coach a year after the title win.", "a year", "P1Y"),
    ("Police made arrests an hour after the blast.", "an hour", "PT1H"),
    ("The bank raised rates a week before the election.", "a week", "P1W"),
    ("Rebels freed hostages a day before the deadline.", "a day", "P1D"),
    ("Regulators opened inquiries a month after the collapse.", "a month", "P1M"),
    ("Voters chose a new mayor a year after the scandal.", "a year", "P1Y"),
    ("The airline cancelled flights a day before the strike began.", "a day", "P1D"),
    ("The court heard appeals a week after the verdict.", "a week", "P1W"),
    ("She regained the title a year after her injury.", "a year", "P1Y"),
]

# Rates, counted: (text, the date, its value)
RATES = [
    ("The mine produces 500 tonnes a day.", "a day", "P1D"),
    ("The pipeline carries 2 million barrels a day after the upgrade.", "a day", "P1D"),
    ("The plant will make 40 cars a week before the expansion.", "a week", "P1W"),
    ("The clinic treats hundreds of patients a week.", "a week", "P1W"),
    ("The charity feeds 300 families a month.", "a month", "P1M"),
]


@pytest.mark.parametrize(("text", "span", "value"), OFFSETS)
def test_a_unit_before_after_or_before_is_a_length(text: str, span: str, value: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    assert [(d.text, d.type, d.value) for d in doc.dates] == [(span, "DURATION", value)]


@pytest.mark.parametrize(("text", "span", "value"), RATES)
def test_a_counted_rate_stays_a_set(text: str, span: str, value: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    assert [(d.text, d.type, d.value) for d in doc.dates] == [(span, "SET", value)]
