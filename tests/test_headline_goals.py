"""A headline keeps where a verb with no object went or struck: "A bus plunged into a
ravine", not "A bus plunged"; "A truck crashed into a market", "The river broke through a
levee", "A tanker ran aground". The phrase is the one right after the event word when it
opens with one of ``goals`` (models/events/headlines.json), cut before the next
preposition and at ``goal_words`` words; "aground" and "ashore" are ``particles``.
Capability table of invented report pairs (published Tuesday 2025-11-18)."""

from __future__ import annotations

import pytest

from tests.briefs import brief_of

# (first report, second report, words the headline holds)
TABLE = [
    (
        "A bus plunged into a ravine in the Kessel valley on Sunday, killing 12 people.",
        "Twelve people died when a bus plunged into a ravine in the Kessel valley on Sunday.",
        "plunged into a ravine",
    ),
    (
        "A truck crashed into a market in Dorval on Friday, injuring nine people.",
        "Nine people were hurt when a truck crashed into a market in Dorval on Friday.",
        "crashed into a market",
    ),
    (
        "The Selka river broke through a levee near Orrin on Thursday, flooding 200 homes.",
        "Floodwater poured into Orrin after the Selka river broke through a levee on Thursday.",
        "broke through a levee",
    ),
    (
        "A tanker ran aground off the coast of Brask on Monday.",
        "The tanker ran aground off Brask on Monday, the coast guard said.",
        "ran aground",
    ),
    (
        "A car slammed into a bus shelter in Tarsk on Monday.",
        "On Monday a car slammed into a bus shelter in Tarsk, police said.",
        "slammed into a bus shelter",
    ),
    (
        "Thousands of protesters marched through the centre of Halden on Saturday.",
        "Protesters marched through the centre of Halden on Saturday, police said.",
        "marched through the centre",
    ),
    (
        "Migrants swam across the river at Kessel on Tuesday.",
        "Dozens of migrants swam across the river at Kessel on Tuesday, officials said.",
        "swam across the river",
    ),
    (
        "Lava flowed into the sea near Vell on Sunday.",
        "On Sunday lava flowed into the sea near Vell, scientists said.",
        "flowed into the sea",
    ),
    (
        "A passenger train ploughed into a freight train near Ardan on Friday.",
        "A passenger train ploughed into a freight train near Ardan on Friday, killing four.",
        "ploughed into a freight train",
    ),
    (
        "A landslide crashed onto the main road near Vell on Wednesday.",
        "On Wednesday a landslide crashed onto the main road near Vell, police said.",
        "crashed onto the main road",
    ),
    (
        "Rebel fighters pushed into the suburbs of Ardan on Monday.",
        "Rebel fighters pushed into the suburbs of Ardan on Monday, the army said.",
        "pushed into the suburbs",
    ),
    (
        "The cargo ship sailed toward the port of Brask on Monday.",
        "The cargo ship sailed toward the port of Brask on Monday, its owner said.",
        "sailed toward the port",
    ),
    (
        "Fans streamed onto the pitch in Halden on Saturday.",
        "Hundreds of fans streamed onto the pitch in Halden on Saturday.",
        "streamed onto the pitch",
    ),
    (
        "The storm swept across the north of Kessel on Thursday.",
        "The storm swept across the north of Kessel on Thursday, forecasters said.",
        "swept across the north",
    ),
    (
        "The motorcade drove past the parliament in Halden on Friday.",
        "The motorcade drove past the parliament in Halden on Friday, witnesses said.",
        "drove past the parliament",
    ),
    (
        "Survivors waded ashore near Vell on Sunday.",
        "Survivors waded ashore near Vell on Sunday, rescuers said.",
        "waded ashore",
    ),
]


@pytest.mark.parametrize(("first", "second", "words"), TABLE)
def test_a_headline_keeps_where_the_verb_went(first: str, second: str, words: str) -> None:
    headlines = [c.headline for c in brief_of(first, second).fact_clusters]
    assert any(words in h for h in headlines), headlines


def test_a_verb_with_an_object_keeps_its_object_not_a_goal() -> None:
    first, second = (
        "The army shelled the town of Ardan on Monday.",
        "The army shelled the town of Ardan on Monday, residents said.",
    )
    headlines = [c.headline for c in brief_of(first, second).fact_clusters]
    assert any("shelled the town" in h for h in headlines), headlines
