"""An event a "since" clause starts a span from takes no day of its sentence: in "The
presidents met on Friday, their first meeting since the war began" the war began long
before Friday (issue 25, rule 5).

The clause's verb is placed only relative to the span ("since ... began": before it),
and had no time; but an event noun of the clause ("the war", "the strike") took the
sentence's day as a date the parse put elsewhere (``TimeCues.nearby``). A clause that
starts a span is no part of its sentence's main line: its events take none of its dates.
A date of the clause's own ("since the strike began in March") stays its own.

Capability table of invented sentences, published 2025-11-20 (a Thursday); before the
change 8 of the 15 nouns took the sentence's day; the 2 with a date of their own passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import time_or_none

PUBLISHED = "2025-11-20"

# (sentence, the event noun of the "since" clause)
SINCE = [
    ("The presidents met on Friday, their first meeting since the war began.", "war"),
    ("Shares rose on Monday, their best day since the strike began.", "strike"),
    ("The two leaders spoke on Tuesday, their first call since the summit collapsed.", "summit"),
    ("The port reopened on Sunday, closed ever since the storm hit.", "storm"),
    (
        "Fans returned to the stadium on Saturday, empty since the fire broke out.",
        "fire",
    ),
    ("The ferry sailed on Monday, its first crossing since the accident happened.", "accident"),
    ("Trains ran on Wednesday, their first service since the flood struck.", "flood"),
    (
        "The minister visited the town on Thursday, her first trip since the attack happened.",
        "attack",
    ),
    ("The singer performed on Sunday, her first show since the tour was cancelled.", "tour"),
    ("The museum reopened on Tuesday, closed since the robbery happened.", "robbery"),
    ("The mine reopened on Monday, a year since the explosion happened.", "explosion"),
    ("The rebels attacked on Saturday, their first raid since the truce was signed.", "truce"),
    ("The airport reopened on Friday, shut since the eruption started.", "eruption"),
    (
        "The talks resumed on Wednesday, stalled since the election took place.",
        "election",
    ),
    ("The factory restarted on Monday, idle since the blackout began.", "blackout"),
]

# (sentence, the event noun, its own date)
OWN_DATE = [
    ("Shares rose on Monday, their best day since the strike began in March.", "strike", "2025-03"),
    (
        "The leaders met on Friday, their first meeting since the summit collapsed in June.",
        "summit",
        "2025-06",
    ),
]


@pytest.mark.parametrize(("text", "noun"), SINCE)
def test_an_event_a_span_starts_from_takes_no_day_of_its_sentence(text: str, noun: str) -> None:
    assert time_or_none(text, noun, PUBLISHED) is None


@pytest.mark.parametrize(("text", "noun", "time"), OWN_DATE)
def test_a_date_of_its_own_stays(text: str, noun: str, time: str) -> None:
    assert time_or_none(text, noun, PUBLISHED) == time
