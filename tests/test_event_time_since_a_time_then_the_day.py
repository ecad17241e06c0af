""" "The team won its first title since 2015 on Saturday. Fans celebrated.": the title is
the first since 2015, and Saturday is the win's day, which the story goes on in (issue 25,
rules 1 and 3).

A "since" phrase whose object is itself a time ("since 2015", "since March", "since
January 2021") bounds the record the sentence tells; a day after it ("on Saturday") is
not inside that bound but the act's own day, and sets the scene for what follows. The
record does not make the act one placed relative to another: it happened on its day.
Where the "since" phrase names an event ("since the crash in March"), a date right after
it is still the event's (tests/test_event_time_since_the_event.py).

Capability table of invented texts, published 2026-03-18 (a Wednesday); before the rule
all 16 failed: every event told after the act had no time, and "voyage" (the parse hangs
"on Tuesday" on "the summer") had none either. The development sets do not move.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2026-03-18"

# (text, the act, its day, an event told after it)
RECORDS = [
    (
        "The team won its first title since 2015 on Saturday. Fans celebrated in the streets.",
        "won",
        "2026-03-14",
        "celebrated",
    ),
    (
        "The index posted its biggest gain since 2020 on Tuesday. Traders cheered the rally.",
        "posted",
        "2026-03-17",
        "cheered",
    ),
    (
        "The euro fell to its lowest level since March on Friday. Exporters welcomed the drop.",
        "fell",
        "2026-03-13",
        "welcomed",
    ),
    (
        "Gold hit its highest price since 2011 on Monday. Dealers reported brisk sales.",
        "hit",
        "2026-03-16",
        "reported",
    ),
    (
        "The club recorded its first win since October on Sunday. The manager praised his side.",
        "recorded",
        "2026-03-15",
        "praised",
    ),
    (
        "The carrier reported its first profit since 2019 on Thursday. Its boss thanked the staff.",
        "reported",
        "2026-03-12",
        "thanked",
    ),
    (
        "The band played its first concert since 2018 on Saturday. Thousands packed the hall.",
        "played",
        "2026-03-14",
        "packed",
    ),
    (
        "Oil suffered its largest weekly drop since April on Friday. Producers met in Vienna.",
        "suffered",
        "2026-03-13",
        "met",
    ),
    (
        "The striker scored his first goal since August on Tuesday. He dedicated it to his son.",
        "scored",
        "2026-03-17",
        "dedicated",
    ),
    (
        "The country held its first election since 2014 on Sunday. Voters queued for hours.",
        "election",
        "2026-03-15",
        "queued",
    ),
    (
        "The pound enjoyed its best day since January on Thursday. Investors bought gilts.",
        "enjoyed",
        "2026-03-12",
        "bought",
    ),
    (
        "The airline flew its first overseas route since 2020 on Monday. The crew waved flags.",
        "flew",
        "2026-03-16",
        "waved",
    ),
    (
        "The mill shipped its largest order since May 2022 on Friday. Workers loaded the trucks.",
        "shipped",
        "2026-03-13",
        "loaded",
    ),
    (
        "Rebels staged their biggest attack since 2017 on Sunday. The army sent reinforcements.",
        "attack",
        "2026-03-15",
        "sent",
    ),
    (
        "The ship made its first voyage since the summer on Tuesday. Crowds lined the harbour.",
        "voyage",
        "2026-03-17",
        "lined",
    ),
    (
        "Shares closed at their highest since February on Monday. Brokers upgraded the stock.",
        "closed",
        "2026-03-16",
        "upgraded",
    ),
]


@pytest.mark.parametrize(("text", "act", "day", "after"), RECORDS)
def test_a_day_after_a_record_since_a_time_sets_the_scene(
    text: str, act: str, day: str, after: str
) -> None:
    frames = frames_of(text, PUBLISHED)
    assert frames[act].time is not None and frames[act].time.value == day
    told = frames[after].time
    assert told is not None, f"{after!r} has no time"
    assert (told.value, told.source) == (day, "context")
