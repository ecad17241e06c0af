""" "Walked out on Tuesday, a day after talks collapsed": the collapse was on Monday
(issue 25, rule 2).

An event of a clause or a noun after "after" or "before" with a length of its own ("a
day", "two weeks", "a year") hangs on an act with a time: it lies that length before the
act ("after") or after it ("before"). Before the rule the clause's event took the act's
own day ("collapsed" on Tuesday), and a noun took none. A length in days or weeks counts
days from a day; in months, months (the month); in years, years (the year). With no
length ("after talks collapsed") the clause keeps the act's date as before; so does one
of hours ("hours after"), and a vague one ("days after") still gives none. A date of the
event's own wins.

Capability table of invented sentences, published 2026-03-06 (a Friday); before the rule
the 16 counted events took the act's day or none, and the controls passed. Finding them
needed the dates first: "on March 4, two days after" lost its day
(``test_dates_day_then_length``).
"""

from __future__ import annotations

import pytest

import briefx
from tests.event_times import frame_of, time_of

PUBLISHED = "2026-03-06"

# (text, the counted event, its time's value, when)
COUNTED = [
    (
        "Dock workers walked out on Tuesday, a day after talks collapsed.",
        "collapsed",
        "2026-03-02",
        "past",
    ),
    (
        "The minister resigned on Monday, a week after the scandal broke.",
        "broke",
        "2026-02-23",
        "past",
    ),
    (
        "The storm hit on March 2, two weeks after floods destroyed the bridge.",
        "destroyed",
        "2026-02-16",
        "past",
    ),
    ("Fans celebrated on Saturday, a day after the team won the cup.", "won", "2026-02-27", "past"),
    (
        "The bank collapsed in May 2025, a month after regulators warned it.",
        "warned",
        "2025-04",
        "past",
    ),
    pytest.param(
        "The party split in 2024, a year after its founder died.",
        "died",
        "2023",
        "past",
        marks=pytest.mark.xfail(strict=True, reason="parsed with 'died' as the root"),
    ),
    (
        "Rescuers found the climber on Sunday, three days after he went missing.",
        "went",
        "2026-02-26",
        "past",
    ),
    (
        "Prices jumped on Wednesday, two days after the pipeline exploded.",
        "exploded",
        "2026-03-02",
        "past",
    ),
    (
        "The firm cut its forecast on Thursday, three days before its results were due.",
        "due",
        "2026-03-08",
        "future",
    ),
    (
        "The mayor quit on Feb. 2, a week before voters went to the polls.",
        "went",
        "2026-02-09",
        "past",
    ),
    (
        "Troops left the town on Monday, two days before the ceasefire began.",
        "began",
        "2026-03-04",
        "past",
    ),
    (
        "Police arrested a suspect on March 4, two days after the shooting.",
        "shooting",
        "2026-03-02",
        "past",
    ),
    (
        "The president resigned on Feb. 12, two days after the election.",
        "election",
        "2026-02-10",
        "past",
    ),
    ("Shares fell on March 3, a day before the vote.", "vote", "2026-03-04", "past"),
    (
        "The club sold its stadium in June 2025, two months after it was relegated.",
        "relegated",
        "2025-04",
        "past",
    ),
    (
        "Nurses struck on Thursday, a week after talks on pay failed.",
        "failed",
        "2026-02-26",
        "past",
    ),
]

# (text, the event after "after" or "before", its time's value): no length to count
NOT_COUNTED = [
    # No length: the clause shares the act's day, as before.
    ("Police arrested the driver on Sunday after he crashed into a shop.", "crashed", "2026-03-01"),
    # A date of its own wins.
    (
        "Workers walked out on Tuesday, a day after talks collapsed on Sunday night.",
        "collapsed",
        "2026-03-01TNI",
    ),
    # A vague length counts nothing; one of hours keeps the act's day, as before.
    ("Workers walked out on Tuesday, days after talks collapsed.", "collapsed", None),
    ("Troops fired on crowds on Monday, hours after the curfew began.", "began", "2026-03-02"),
]


@pytest.mark.parametrize(("text", "word", "value", "when"), COUNTED)
def test_an_event_counted_from_an_act_takes_that_day(
    text: str, word: str, value: str, when: str
) -> None:
    frame = frame_of(text, word, PUBLISHED)
    assert frame.time is not None and frame.time.value == value, frame.time
    assert frame.time.source == "sentence"
    assert frame.when == when


@pytest.mark.parametrize(("text", "word", "value"), NOT_COUNTED)
def test_without_a_length_nothing_is_counted(text: str, word: str, value: str | None) -> None:
    assert time_of(text, word, PUBLISHED) == value


def test_an_act_without_a_time_lends_none() -> None:
    # Before the rule "hit" took the scene's Monday, two days before the clearing, which
    # has no time of its own ("after" places it only after the storm).
    text = "Rain fell on Monday. Crews cleared the road two days after the storm hit."
    assert time_of(text, "cleared", PUBLISHED) is None
    assert time_of(text, "hit", PUBLISHED) is None


def test_a_counted_time_names_its_date_and_offset() -> None:
    # Contract 1.3: the time points at the date it was counted from, with the length.
    text = "Dock workers walked out on Tuesday, a day after talks collapsed."
    doc = briefx.extract(text, published=PUBLISHED)
    (frame,) = [e for fact in doc.facts for e in fact.events if e.text == "collapsed"]
    assert frame.time is not None
    assert (frame.time.value, frame.time.offset) == ("2026-03-02", "-P1D")
    assert frame.time.date is not None and doc.dates[frame.time.date].text == "Tuesday"
    (walked,) = [e for fact in doc.facts for e in fact.events if e.text == "walked"]
    assert walked.time is not None and walked.time.offset is None
