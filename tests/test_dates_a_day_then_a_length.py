"""A day, then the length a decision sets: "sentenced on Monday to six years" is two dates,
Monday and six years (dates, kind "a day then a length").

The model tags "Monday to six years" as one DATE, which the finder kept whole since a
spelled-out length names no calendar unit; nothing read the whole, so the day was lost
and the sentencing took no time ("18 months", with its digits, was already split). A date
before a splitting word ("to", "and") and a length after it are two expressions.

Capability table of invented sentences, published 2026-03-13 (a Friday): before the
change 4 of the 20 rows lost their day (every "<day> to <spelled length>"); the 16 other
rows, days before "for", "by" or a length in figures, passed.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-03-13"

# (sentence, the day, its value, the length, its value)
ROWS = [
    (
        "A judge sentenced the former mayor on Monday to six years in prison.",
        "Monday",
        "2026-03-09",
        "six years",
        "P6Y",
    ),
    (
        "The smuggler was sentenced on Tuesday to eight years.",
        "Tuesday",
        "2026-03-10",
        "eight years",
        "P8Y",
    ),
    (
        "Two guards were sentenced on Wednesday to 18 months each.",
        "Wednesday",
        "2026-03-11",
        "18 months",
        "P18M",
    ),
    (
        "The club extended the manager's contract on Thursday by two years.",
        "Thursday",
        "2026-03-12",
        "two years",
        "P2Y",
    ),
    (
        "The government extended the state of emergency on Friday for another three months.",
        "Friday",
        "2026-03-13",
        "another three months",
        "P3M",
    ),
    (
        "Lawmakers lengthened the presidential term on Monday to seven years.",
        "Monday",
        "2026-03-09",
        "seven years",
        "P7Y",
    ),
    (
        "The court reduced his sentence on Thursday to three years.",
        "Thursday",
        "2026-03-12",
        "three years",
        "P3Y",
    ),
    (
        "The regulator suspended the airline's licence on Monday for six months.",
        "Monday",
        "2026-03-09",
        "six months",
        "P6M",
    ),
    (
        "The footballer was banned on Tuesday for two years after a failed drug test.",
        "Tuesday",
        "2026-03-10",
        "two years",
        "P2Y",
    ),
    (
        "A cyclist was suspended on Friday for nine months.",
        "Friday",
        "2026-03-13",
        "nine months",
        "P9M",
    ),
    (
        "His sentence was cut on appeal on Wednesday to four years.",
        "Wednesday",
        "2026-03-11",
        "four years",
        "P4Y",
    ),
    (
        "The ceasefire was extended on Sunday for another seven days.",
        "Sunday",
        "2026-03-08",
        "another seven days",
        "P7D",
    ),
    (
        "The minister was jailed last Thursday for eleven years.",
        "last Thursday",
        "2026-03-12",
        "eleven years",
        "P11Y",
    ),
    (
        "The board renewed the chief executive's contract in January for three more years.",
        "January",
        "2026-01",
        "three more years",
        "P3Y",
    ),
    ("The hearing was adjourned on Tuesday for a week.", "Tuesday", "2026-03-10", "a week", "P1W"),
    (
        "The union called off the strike on Wednesday for two weeks.",
        "Wednesday",
        "2026-03-11",
        "two weeks",
        "P2W",
    ),
    (
        "A retired teacher was sentenced yesterday to five years for fraud.",
        "yesterday",
        "2026-03-12",
        "five years",
        "P5Y",
    ),
    (
        "The visa scheme was extended in February by another six months.",
        "February",
        "2026-02",
        "another six months",
        "P6M",
    ),
    (
        "The mine was closed on Monday for three days after a rockfall.",
        "Monday",
        "2026-03-09",
        "three days",
        "P3D",
    ),
    (
        "The striker was sidelined on Saturday for up to six weeks.",
        "Saturday",
        "2026-03-07",
        "up to six weeks",
        "P6W",
    ),
]


def _dates(text: str) -> dict[str, str]:
    doc = briefx.extract(text, published=PUBLISHED)
    return {d.text: d.value for d in doc.dates}


@pytest.mark.parametrize(("text", "day", "day_value", "length", "length_value"), ROWS)
def test_a_day_and_the_length_after_it_are_two_dates(text, day, day_value, length, length_value):
    found = _dates(text)
    assert found.get(day) == day_value
    assert found.get(length) == length_value


# The decision is dated by its day, not by the length it sets.
DATED = [
    ("The smuggler was sentenced on Tuesday to eight years.", "sentenced", "2026-03-10"),
    (
        "Lawmakers lengthened the presidential term on Monday to seven years.",
        "lengthened",
        "2026-03-09",
    ),
    ("The court reduced his sentence on Thursday to three years.", "reduced", "2026-03-12"),
    (
        "A judge sentenced the former mayor on Monday to six years in prison.",
        "sentenced",
        "2026-03-09",
    ),
]


@pytest.mark.parametrize(("text", "verb", "value"), DATED)
def test_the_decision_happened_on_its_day(text, verb, value):
    doc = briefx.extract(text, published=PUBLISHED)
    times = {e.text: e.time.value if e.time else None for f in doc.facts for e in f.events}
    assert times.get(verb) == value


# Ranges and shared units stay one expression.
WHOLE = [
    ("Prices rose between 2019 and 2021.", "2019 and 2021"),
    ("Output fell from 2019 to 2021.", "2019 to 2021"),
    ("Repairs will take 9 to 15 months.", "9 to 15 months"),
    ("The market is open from May to September.", "May to September"),
    ("The festival runs from June 3 to June 9.", "June 3 to June 9"),
]


@pytest.mark.parametrize(("text", "whole"), WHOLE)
def test_ranges_and_shared_units_stay_whole(text, whole):
    assert whole in _dates(text)
