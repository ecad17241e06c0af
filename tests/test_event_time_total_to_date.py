"""The period of a running total is the total's, not the act's: "confirmed 12 new cases on
Tuesday, bringing the total this year to 140" tells the bringing on Tuesday (issue 25,
rules 1 and 2).

A date on a running total ("the total this year", "the death toll this month", "the
number of arrests so far this week"; ``running_totals`` in ``models/events/time.json``)
is the span the total counts over. The parse hangs it on the verb that moves the total
("bringing", "raising", "taking"), which took that whole year or month as its time; now
the verb takes its governing act's day (rule 2). A word of the list that names an event
of its own ("a $7 million loss last year") keeps its date.

Capability table of invented sentences, published 2025-11-20 (a Thursday); before the
rule 13 of the 16 took the total's period (in the other 3 the date was no act's
already); the 2 events of their own passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import time_or_none

PUBLISHED = "2025-11-20"

# (sentence, the verb moving the total, its time)
TOTALS = [
    (
        "Health officials confirmed 12 new cases on Tuesday, bringing the total this year to 140.",
        "bringing",
        "2025-11-18",
    ),
    (
        "Police arrested two more men on Monday, bringing the number of arrests this month to 15.",
        "bringing",
        "2025-11-17",
    ),
    (
        "The storm killed three more people on Sunday, raising the death toll this month to 27.",
        "raising",
        "2025-11-16",
    ),
    (
        "The firm cut 200 more jobs on Friday, taking the total this year to 1,400.",
        "taking",
        "2025-11-14",
    ),
    (
        "Rebels freed four hostages on Tuesday, bringing the number released this month to 11.",
        "bringing",
        "2025-11-18",
    ),
    (
        "Doctors reported 30 new infections on Wednesday, lifting the count this week to 210.",
        "lifting",
        "2025-11-19",
    ),
    (
        "Troops seized two more villages on Monday, raising the number taken this year to 40.",
        "raising",
        "2025-11-17",
    ),
    (
        "The bank opened 12 branches on Friday, bringing its total this year to 60.",
        "bringing",
        "2025-11-14",
    ),
    (
        "Officials counted 5,000 more votes on Tuesday, pushing the tally this week past 2m.",
        "pushing",
        "2025-11-18",
    ),
    (
        "Police seized 40 kilograms of cocaine on Sunday, bringing the total this month to 300.",
        "bringing",
        "2025-11-16",
    ),
    (
        "Fires destroyed 30 more homes on Wednesday, raising the count this month to 400.",
        "raising",
        "2025-11-19",
    ),
    (
        "The league fined three clubs on Thursday, bringing the number of fines this year to 20.",
        "bringing",
        "2025-11-20",
    ),
    (
        "The airline scrapped 15 flights on Tuesday, taking the total cancelled this week to 90.",
        "taking",
        "2025-11-18",
    ),
    (
        "Divers recovered three more bodies on Saturday, bringing the toll this month to 19.",
        "bringing",
        "2025-11-15",
    ),
    (
        "The council approved 50 more permits on Monday, raising the total this year to 700.",
        "raising",
        "2025-11-17",
    ),
    (
        "Rescuers found two more bodies on Monday, raising the toll this week to 31.",
        "raising",
        "2025-11-17",
    ),
]

# (sentence, an event noun of the totals' words, its time): an event of its own ("a loss",
# "a gain") keeps its date.
EVENTS = [
    ("The firm posted a $7 million loss last year, its first since 2009.", "loss", "2024"),
    ("The unit reported a gain of $5 million in the third quarter.", "gain", "2025-Q3"),
]


@pytest.mark.parametrize(("text", "verb", "time"), TOTALS)
def test_a_verb_moving_a_total_takes_its_acts_day(text: str, verb: str, time: str) -> None:
    assert time_or_none(text, verb, PUBLISHED) == time


@pytest.mark.parametrize(("text", "noun", "time"), EVENTS)
def test_an_event_of_its_own_keeps_its_date(text: str, noun: str, time: str) -> None:
    assert time_or_none(text, noun, PUBLISHED) == time
