"""A day, then the length of what led to it: "approved the budget on Monday after weeks of
talks" names two times, Monday and a length of weeks.

The model reads "Monday after weeks" as one date; the normaliser cannot read the whole
and kept only the length, so the day the event happened was lost. A joiner of
``day_length_words`` (``models/dates/patterns.json``: "after", "before") between a
calendar date and a length (a unit, alone or counted: "weeks", "two years", "several
months") splits the span in two; "the Tuesday after Easter" names no length and is left
to the other rules.

Capability table of invented sentences, published 2025-11-20 (a Thursday); before the
change 14 of the 18 lost their day (the model splits a counted length such as "two
weeks" by itself).
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-20"

# (sentence, the day's text, its value, the length's text)
SPLIT = [
    (
        "The council approved the budget on Monday after weeks of talks.",
        "Monday",
        "2025-11-17",
        "weeks",
    ),
    (
        "The firm settled the lawsuit on Friday after years of litigation.",
        "Friday",
        "2025-11-14",
        "years",
    ),
    (
        "The negotiations collapsed on Monday after days of wrangling.",
        "Monday",
        "2025-11-17",
        "days",
    ),
    (
        "The rebels freed the aid worker on Sunday after months in captivity.",
        "Sunday",
        "2025-11-16",
        "months",
    ),
    (
        "The museum reopened on Saturday after months of renovation.",
        "Saturday",
        "2025-11-15",
        "months",
    ),
    (
        "The ferry resumed sailing on Tuesday after weeks of repairs.",
        "Tuesday",
        "2025-11-18",
        "weeks",
    ),
    (
        "Nurses returned to work on Wednesday after weeks on the picket line.",
        "Wednesday",
        "2025-11-19",
        "weeks",
    ),
    (
        "Voters went to the polls on Sunday after weeks of campaigning.",
        "Sunday",
        "2025-11-16",
        "weeks",
    ),
    ("The airport reopened in March after months of delays.", "March", "2025-03", "months"),
    ("The tunnel opened in June after years of digging.", "June", "2025-06", "years"),
    ("The minister resigned on Tuesday after days of pressure.", "Tuesday", "2025-11-18", "days"),
    (
        "Rescuers found the climber alive on Monday after days of searching.",
        "Monday",
        "2025-11-17",
        "days",
    ),
    (
        "The retailer filed for bankruptcy on Friday after months of losses.",
        "Friday",
        "2025-11-14",
        "months",
    ),
    (
        "The two sides signed a truce on Thursday after years of fighting.",
        "Thursday",
        "2025-11-20",
        "years",
    ),
    ("The judges ruled on Wednesday after weeks of hearings.", "Wednesday", "2025-11-19", "weeks"),
    ("The strike ended on Tuesday after two weeks of talks.", "Tuesday", "2025-11-18", "two weeks"),
    (
        "The club sacked its coach on Saturday after several weeks of poor results.",
        "Saturday",
        "2025-11-15",
        "several weeks",
    ),
    ("Power returned on Friday after days without electricity.", "Friday", "2025-11-14", "days"),
]


def _dates(sentence: str) -> dict[str, str | None]:
    return {d.text: d.value for d in briefx.extract(sentence, published=PUBLISHED).dates}


@pytest.mark.parametrize(("sentence", "day", "value", "length"), SPLIT)
def test_a_day_after_a_length_keeps_both(sentence: str, day: str, value: str, length: str) -> None:
    found = _dates(sentence)
    assert found.get(day) == value, found
    assert length in found, found
