""" "Rebels attacked a convoy on Friday. The attack came two days after peace talks
collapsed.": the collapse was on the Wednesday (issue 25, rules 3 and 5).

A verb that only places its subject's event relative to another ("The visit comes a week
after ...", ``relating_verbs``) names no event; its subject noun is the news, in the
scene (tests/test_event_time_came_after.py). When the "after" or "before" clause or noun
is a whole length from it ("two days after", "a month after"), that event lies that length
from the subject's time, as one a length from an act does
(tests/test_event_time_counted_from_an_act.py); a vague length ("days after", "hours
after") still places it only relative to the news.

Capability table of invented two-sentence stories, published 2026-03-22 (a Sunday);
before the rule all 16 had no time.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2026-03-22"

# (story, the event counted from the subject's time, its time)
COUNTED = [
    (
        "The foreign minister arrived in Lorvik on Monday. The visit comes a week after the "
        "two countries signed a trade pact.",
        "signed",
        "2026-03-09",
    ),
    (
        "Rebels attacked a convoy on Friday. The attack came two days after peace talks collapsed.",
        "collapsed",
        "2026-03-18",
    ),
    (
        "The central bank raised rates on Thursday. The move came a month after it cut its "
        "growth forecast.",
        "cut",
        "2026-02",
    ),
    (
        "Police raided the offices on Tuesday. The raid came three days after the newspaper "
        "published the leak.",
        "published",
        "2026-03-14",
    ),
    (
        "The club sacked its coach on Wednesday. The decision came a day after the team lost "
        "the derby.",
        "lost",
        "2026-03-17",
    ),
    (
        "Workers walked out on Monday. The strike comes two weeks after talks on pay broke down.",
        "broke",
        "2026-03-02",
    ),
    (
        "The president dissolved parliament on Saturday. The move came a year after the "
        "coalition collapsed.",
        "collapsed",
        "2025",
    ),
    (
        "The firm recalled 9,000 cars on Thursday. The recall came four days after a fire "
        "destroyed a car in Harwell.",
        "destroyed",
        "2026-03-15",
    ),
    (
        "Protesters blocked the highway on Friday. The protest came a day after the "
        "government raised fuel prices.",
        "raised",
        "2026-03-19",
    ),
    (
        "The airline cancelled 200 flights on Saturday. The cancellations came two days after "
        "pilots voted to strike.",
        "voted",
        "2026-03-19",
    ),
    (
        "The minister resigned on Tuesday. Her resignation came a week after the scandal broke.",
        "broke",
        "2026-03-10",
    ),
    (
        "The army withdrew from the town on Wednesday. The withdrawal came three weeks after "
        "it captured the town.",
        "captured",
        "2026-02-25",
    ),
    (
        "The company sold its stake on Monday. The sale came six months after it bought the "
        "shares.",
        "bought",
        "2025-09",
    ),
    (
        "The rebels freed two hostages on Saturday. The release came a day after the envoy "
        "arrived.",
        "arrived",
        "2026-03-20",
    ),
    (
        "Regulators ruled against the bank on Thursday. The ruling comes two weeks after the "
        "bank lost client records.",
        "lost",
        "2026-03-05",
    ),
    (
        "Rebels attacked a convoy on Friday. The attack came two days after the bombing of a "
        "market.",
        "bombing",
        "2026-03-18",
    ),
]

# A vague length places it only relative to the news: (story, the event)
VAGUE = [
    ("Rebels attacked a convoy on Friday. The attack came days after talks ended.", "ended"),
    ("The mayor quit on Monday. The move came hours after his deputy resigned.", "resigned"),
]


@pytest.mark.parametrize(("text", "event", "value"), COUNTED)
def test_a_length_after_what_a_verb_relates_counts_from_its_subject(
    text: str, event: str, value: str
) -> None:
    time = frames_of(text, PUBLISHED)[event].time
    assert time is not None, f"{event!r} has no time"
    assert time.value == value


@pytest.mark.parametrize(("text", "event"), VAGUE)
def test_a_vague_length_places_no_time(text: str, event: str) -> None:
    assert frames_of(text, PUBLISHED)[event].time is None
