"""A fixture: "Brannock face Corlin on Wednesday" tells a match to come, on Wednesday
(issue 25, rule 1).

"face" is a verb of awaiting (``awaiting_verbs``, ``models/dates/context.json``): the
date of what it awaits is that thing's ("the party faces an election in May": the
election's), and the facing itself is a state of now. When what is faced is a name (a
team, a player, a candidate), no event word takes the date: the facing is the encounter,
so the date is its own and it lies ahead. What is faced as an event ("an election", "a
runoff") or as an answer ("charges over a spill in March") keeps its date.

Capability table of invented sentences, published 2025-11-18 (a Tuesday); before the
change every facing of a name below had the publication day (a state of now), none its
date.
"""

from __future__ import annotations

import pytest

from tests.event_times import frame_of, time_of

# (sentence, the verb, the date's value)
FIXTURES = [
    ("Brannock face Corlin on Wednesday.", "face", "2025-11-19"),
    ("Arnsby Rovers face Kell United at home on Saturday.", "face", "2025-11-22"),
    ("The champions face Dunmore in Halden on Sunday.", "face", "2025-11-23"),
    ("Top seed Ana Pell faces Lina Torr on Thursday.", "faces", "2025-11-20"),
    ("The world champion faces Rina Salo on Friday night.", "faces", "2025-11-21TNI"),
    ("Italy face Wales in Rome on Saturday.", "face", "2025-11-22"),
    ("Brannock faces Kell next week.", "faces", "2025-W48"),
    ("The boxer faces Mark Dunn for the title on Dec. 6.", "faces", "2025-12-06"),
    ("Dunmore face Halden City in the cup on Nov. 29.", "face", "2025-11-29"),
    ("Venn will face Orla on Sunday.", "face", "2025-11-23"),
    ("Kell United face Brannock at the Arena on Wednesday evening.", "face", "2025-11-19TEV"),
    ("Holders Corlin face Arnsby on Friday.", "face", "2025-11-21"),
    ("Mirren faces Kovach in a televised debate on Thursday.", "faces", "2025-11-20"),
    ("The two sides face each other again on Dec. 3.", "face", "2025-12-03"),
    pytest.param(
        "Orla face Venn for a place in the final on Sunday.",
        "face",
        "2025-11-23",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the parse hangs the day on 'place', a noun: read as last Sunday",
        ),
    ),
    ("Brannock face Kell on Saturday after beating Dunmore.", "face", "2025-11-22"),
]


@pytest.mark.parametrize(("text", "verb", "value"), FIXTURES)
def test_the_facing_of_a_name_takes_its_date_and_lies_ahead(text, verb, value):
    frame = frame_of(text, verb)
    assert frame.time is not None and frame.time.value == value
    assert frame.time.source == "sentence"
    assert frame.when == "future"


def test_a_fixture_told_after_it_was_played_lies_behind():
    frame = frame_of("Venn faced Orla on Sunday and lost.", "faced")
    assert frame.time is not None and frame.time.value == "2025-11-16"
    assert frame.when == "past"


# What is faced as an event or as an answer keeps the date; the facing does not take it.
KEPT = [
    ("The party faces an election in May.", "election", "2026-05"),
    ("The mayor faces charges over a spill in March.", "spill", "2025-03"),
    ("Kovach faces a runoff on Dec. 7.", "runoff", "2025-12-07"),
]


@pytest.mark.parametrize(("text", "noun", "value"), KEPT)
def test_what_is_faced_as_an_event_keeps_its_date(text, noun, value):
    assert time_of(text, noun) == value
    facing = frame_of(text, "faces")
    assert facing.time is None or facing.time.value != value
