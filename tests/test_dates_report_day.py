"""The day a report was made does not move the story's day (dates, "at 10:35 a.m."): in
"A quake struck late on Sunday, officials said on Monday. It hit at 11:42 p.m." the clock
time is on Sunday, the day of what is told, not on Monday, the day it was told. A bare
clock time, "that night" or "the next day" reads from the last day the story told of; a
reporting verb's date (attribution.json cues: "said on Monday", "told reporters Monday")
is that day only when the story told of no earlier day in the week before it. Capability
table of invented texts (published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

import briefx
from tests.event_times import PUBLISHED


def value_of(text: str, phrase: str) -> str | None:
    """The value of the date whose text starts with ``phrase``."""
    doc = briefx.extract(text, published=PUBLISHED)
    found = [d for d in doc.dates if d.text.startswith(phrase)]
    assert found, f"no date {phrase!r}"
    return found[-1].value


# (text, the date expression, its value)
TABLE = [
    ("A quake struck late on Sunday, officials said on Monday. It hit at 11:42 p.m.",
     "11:42 p.m.", "2025-11-16T23:42"),
    ("A bomb exploded on Friday, police said on Saturday. The blast came at 9:15 a.m.",
     "9:15 a.m.", "2025-11-14T09:15"),
    ("A fire broke out on Sunday, firefighters said Monday. The first call came at 2:10 a.m.",
     "2:10 a.m.", "2025-11-16T02:10"),
    ("The ferry sank on Thursday, the coast guard said on Friday. It sent a distress call "
     "at 4 a.m.", "4 a.m.", "2025-11-13T04:00"),
    ("The plane landed on Saturday, the airline told reporters on Sunday. It touched down "
     "at 6:45 p.m.", "6:45 p.m.", "2025-11-15T18:45"),
    ("Gunmen stormed the hotel on Friday, the army announced on Saturday. The attack began "
     "at 8 p.m.", "8 p.m.", "2025-11-14T20:00"),
    ("The dam burst on Sunday, the governor confirmed on Monday. Water reached the town at "
     "3 a.m.", "3 a.m.", "2025-11-16T03:00"),
    ("The train derailed on Saturday, the operator said Sunday. The next day, the line "
     "reopened.", "The next day", "2025-11-16"),
    ("Thieves broke in on Friday, the museum said on Sunday. That night, alarms failed.",
     "That night", "2025-11-14TNI"),
    ("The storm hit on Sunday, forecasters said Monday. Winds peaked at 5:30 a.m.",
     "5:30 a.m.", "2025-11-16T05:30"),
    # Nothing told before the report: the clock time is on the report's day.
    ("Police said on Monday they were called at 10 p.m.", "10 p.m.", "2025-11-17T22:00"),
    ("The company said on Friday that trading stopped at 2 p.m.", "2 p.m.", "2025-11-14T14:00"),
    # A day told after the report is the story's day again.
    ("Officials said on Monday that the dam failed on Sunday. Water reached the town at "
     "3 a.m.", "3 a.m.", "2025-11-16T03:00"),
    # A day the story told more than a week before the report is another story.
    ("The mine opened in 2019. Police said on Monday a tunnel collapsed at 4 a.m.", "4 a.m.",
     "2025-11-17T04:00"),
    # Without a report, the last day told, as before.
    ("The quake struck on Sunday. Rescuers arrived on Monday. They found a boy at 6 a.m.",
     "6 a.m.", "2025-11-17T06:00"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), TABLE)
def test_a_reports_day_does_not_move_the_story(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == value
