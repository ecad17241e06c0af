"""An event noun that names again an event the story told by its verb takes its time
(issue 25, rule 3; ``pointing_determiners``): "A bomb exploded outside the embassy on
Friday. Police said the explosion was heard across the city" left the explosion with no
time, as a later "the ruling" after "ruled" would not. The noun and the verb are spelt
apart; ``verbs`` of ``models/events/nominals.json`` (built from WordNet by
tools/build_event_nominals.py) gives the verb each event noun names the act of
("explosion": explode, "arrival": arrive). Capability table of invented texts (published
2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import time_of

# (text, the noun that names the event again, its time's value)
TABLE = [
    (
        "A bomb exploded outside the embassy on Friday. Police said the explosion was heard "
        "across the city.",
        "explosion",
        "2025-11-14",
    ),
    (
        "Two trains collided near Lyon on Wednesday. The minister visited the site. The "
        "collision injured 40 people.",
        "collision",
        "2025-11-12",
    ),
    (
        "A ferry sank off the coast on Monday. Divers are still searching the wreck. The "
        "sinking left 12 dead.",
        "sinking",
        "2025-11-17",
    ),
    (
        "Rebels invaded the province in March. The invasion displaced thousands.",
        "invasion",
        "2025-03",
    ),
    ("The two firms merged in June. Staff said the merger cost 300 jobs.", "merger", "2025-06"),
    (
        "Voters elected a new mayor on Sunday. Turnout in the election was low.",
        "election",
        "2025-11-16",
    ),
    (
        "Troops withdrew from the town on Thursday. Residents celebrated the withdrawal.",
        "withdrawal",
        "2025-11-13",
    ),
    (
        "The plane departed on Friday. Its departure had been delayed twice.",
        "departure",
        "2025-11-14",
    ),
    (
        "The tanker collided with a barge on Sunday. Officials said the collision damaged both "
        "hulls.",
        "collision",
        "2025-11-16",
    ),
    (
        "The president arrived in Tokyo on Monday. Crowds lined the streets for his arrival.",
        "arrival",
        "2025-11-17",
    ),
    (
        "The army evacuated the town on Monday. The evacuation took all day.",
        "evacuation",
        "2025-11-17",
    ),
    ("Police shot a man on Friday. The shooting sparked protests.", "shooting", "2025-11-14"),
    ("Rebels bombed a bridge on Sunday. The bombing cut the main road.", "bombing", "2025-11-16"),
    (
        "The company acquired a rival in May. The acquisition doubled its size.",
        "acquisition",
        "2025-05",
    ),
    (
        "A volcano erupted on Saturday. The eruption forced 2,000 people from their homes.",
        "eruption",
        "2025-11-15",
    ),
    (
        "Workers demonstrated outside the ministry on Thursday. The demonstration ended "
        "peacefully.",
        "demonstration",
        "2025-11-13",
    ),
]


@pytest.mark.parametrize(("text", "noun", "value"), TABLE)
def test_a_noun_naming_a_told_verb_takes_its_time(text: str, noun: str, value: str) -> None:
    assert time_of(text, noun) == value


# A noun of another event, or one the story did not tell, takes no time from the verb.
OTHER = [
    ("A bomb exploded on Friday. An explosion at a mine in 2019 killed 12.", "explosion", "2019"),
    ("Voters elected a mayor on Sunday. A new election is due in 2029.", "election", "2029"),
]


@pytest.mark.parametrize(("text", "noun", "value"), OTHER)
def test_another_event_of_the_kind_keeps_its_own(text: str, noun: str, value: str) -> None:
    assert time_of(text, noun) == value
