"""An act a length after or before a dated event lies that length from it (issue 25,
rule 2).

"The strike began a day after talks collapsed on Monday" put the start of the strike on
Monday: the date is the collapse's, and the start took it as a date of its sentence.
"Walked out on Tuesday, a day after talks collapsed" already counts the collapse back
from the act's day (``TimeCues.counted``); now an act with no date of its own is counted
forward (or back, for "before") from the own date of the clause or noun it is counted
from ("a week after protesters stormed parliament on Friday": the next Friday). Some
days not counted ("days after") leave the act no time of that date; hours keep its day.

Capability table of invented sentences, published 2025-11-20 (a Thursday); counts of the
failing rows before the rule are in the commit message.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-11-20"

# (sentence, the act, its time, the dated event, its time)
CASES = [
    (
        "The strike began a day after talks collapsed on Monday.",
        "began",
        "2025-11-18",
        "collapsed",
        "2025-11-17",
    ),
    (
        "The minister resigned a week after protesters stormed parliament on Nov. 7.",
        "resigned",
        "2025-11-14",
        "stormed",
        "2025-11-07",
    ),
    (
        "Rebels seized the town two days after troops withdrew on Sunday.",
        "seized",
        "2025-11-18",
        "withdrew",
        "2025-11-16",
    ),
    (
        "The bank cut rates a month after inflation peaked in June.",
        "cut",
        "2025-07",
        "peaked",
        "2025-06",
    ),
    (
        "Police arrested a suspect three days after the fire on Saturday.",
        "arrested",
        "2025-11-18",
        "fire",
        "2025-11-15",
    ),
    (
        "The company collapsed a year after it listed its shares in 2023.",
        "collapsed",
        "2024",
        "listed",
        "2023",
    ),
    (
        "Voters queued outside a day before the vote on Sunday.",
        "queued",
        "2025-11-15",
        "vote",
        "2025-11-16",
    ),
    (
        "The firm recalled the cars two weeks after a crash on Oct. 28.",
        "recalled",
        "2025-11-11",
        "crash",
        "2025-10-28",
    ),
    (
        "Fighting resumed a day after the truce ended on Tuesday.",
        "resumed",
        "2025-11-19",
        "ended",
        "2025-11-18",
    ),
    (
        "The coach quit two days after his team lost on Saturday.",
        "quit",
        "2025-11-17",
        "lost",
        "2025-11-15",
    ),
    (
        "Prices jumped a week after the storm hit the coast on Nov. 3.",
        "jumped",
        "2025-11-10",
        "hit",
        "2025-11-03",
    ),
    (
        "The mayor apologised a day after the flood on Wednesday.",
        "apologised",
        "2025-11-20",
        "flood",
        "2025-11-19",
    ),
    (
        "The ferry sailed again three days after it ran aground on Friday.",
        "sailed",
        "2025-11-17",
        "ran",
        "2025-11-14",
    ),
    (
        "The union called a strike a week after talks failed on Nov. 6.",
        "called",
        "2025-11-13",
        "failed",
        "2025-11-06",
    ),
    (
        "Exports fell a month after the tariffs took effect in August.",
        "fell",
        "2025-09",
        "took",
        "2025-08",
    ),
    (
        "The senator withdrew a day after the debate on Monday.",
        "withdrew",
        "2025-11-18",
        "debate",
        "2025-11-17",
    ),
]


def _value(frame):
    return frame.time.value if frame.time is not None else None


@pytest.mark.parametrize(
    ("text", "act", "time", "event", "its_time"), CASES, ids=[c[1] for c in CASES]
)
def test_an_act_counted_from_a_dated_event_lies_that_far_from_it(text, act, time, event, its_time):
    frames = frames_of(text, PUBLISHED)
    assert _value(frames[act]) == time
    if its_time is not None:
        assert _value(frames[event]) == its_time


# (sentence, the act, its time): a length the calendar cannot count from the event's day
UNCOUNTED = [
    ("Rescuers arrived hours after the quake struck on Sunday.", "arrived", "2025-11-16"),
    ("The strike began days after talks collapsed on Monday.", "began", None),
]


@pytest.mark.parametrize(("text", "act", "time"), UNCOUNTED, ids=["hours", "days"])
def test_an_act_some_hours_or_days_after_a_dated_event(text, act, time):
    assert _value(frames_of(text, PUBLISHED)[act]) == time
