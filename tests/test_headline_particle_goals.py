"""A line keeps where a verb with a particle went ("skidded off the runway"): capability
table of invented report pairs, published Tuesday 2025-11-18.

"A passenger jet skidded off the runway while landing at Orvik airport" was put on the
timeline as "A passenger jet skidded off on Nov. 15, 2025": after a particle
(``particles`` of models/events/headlines.json) only a phrase of ``goals`` was kept. A
particle followed by one of ``determiners`` leads to where the verb went, and that phrase
is kept, cut as any complement; not a particle before a preposition or a date ("stepped
down on Friday")."""

from __future__ import annotations

import pytest

from tests.briefs import assert_a_headline_holds, brief_of

# (first report, second report, words the headline holds)
GOALS = [
    (
        "A passenger jet skidded off the runway in Orvik on Saturday, injuring 14 people.",
        "On Saturday a passenger jet skidded off the runway in Orvik, officials said.",
        "skidded off the runway",
    ),
    (
        "A bus slid down a slope near Vell on Sunday, injuring nine people.",
        "On Sunday a bus slid down a slope near Vell, police said.",
        "slid down a slope",
    ),
    (
        "A lorry rolled off the ferry in Brask on Monday, blocking the ramp.",
        "On Monday a lorry rolled off the ferry in Brask, the port said.",
        "rolled off the ferry",
    ),
    (
        "Two hikers fell off a ledge near Tarno on Friday, rescuers said.",
        "On Friday two hikers fell off a ledge near Tarno, the police said.",
        "fell off a ledge",
    ),
    (
        "A car drove off the pier in Skarvik on Thursday, killing its driver.",
        "On Thursday a car drove off the pier in Skarvik, witnesses said.",
        "drove off the pier",
    ),
    (
        "Floodwater poured down the main street of Halden on Sunday.",
        "On Sunday floodwater poured down the main street of Halden, residents said.",
        "poured down the main street",
    ),
    (
        "Protesters marched up the hill to the palace in Pella on Saturday.",
        "On Saturday protesters marched up the hill to the palace in Pella, police said.",
        "marched up the hill",
    ),
    (
        "A tram ran off the rails in Kessel on Wednesday, hurting six people.",
        "On Wednesday a tram ran off the rails in Kessel, the operator said.",
        "ran off the rails",
    ),
    (
        "Oil leaked out of the tanker near Vell on Tuesday, officials said.",
        "Oil leaked out of the tanker near Vell on Tuesday, the coast guard said.",
        "leaked out of the tanker",
    ),
    (
        "A climber slipped down the north face of Mount Arda on Monday.",
        "On Monday a climber slipped down the north face of Mount Arda, rescuers said.",
        "slipped down the north face",
    ),
    (
        "Sand blew across the runway at Pella on Friday, closing the airport.",
        "On Friday sand blew across the runway at Pella, officials said.",
        "blew across the runway",
    ),
    (
        "A truck veered off the motorway near Brask on Sunday, police said.",
        "On Sunday a truck veered off the motorway near Brask, the police said.",
        "veered off the motorway",
    ),
    (
        "Rocks tumbled down the cliff onto the road near Tarno on Thursday.",
        "On Thursday rocks tumbled down the cliff onto the road near Tarno, officials said.",
        "tumbled down the cliff",
    ),
    (
        "A horse bolted down the high street of Vell on Saturday.",
        "On Saturday a horse bolted down the high street of Vell, residents said.",
        "bolted down the high street",
    ),
    (
        "Fans spilled out of the stadium in Halden on Sunday after the final whistle.",
        "On Sunday fans spilled out of the stadium in Halden, police said.",
        "spilled out of the stadium",
    ),
]


@pytest.mark.parametrize(("first", "second", "words"), GOALS)
def test_a_line_keeps_where_a_verb_with_a_particle_went(
    first: str, second: str, words: str
) -> None:
    assert_a_headline_holds(first, second, words)


def test_a_particle_before_a_date_keeps_no_phrase() -> None:
    first, second = (
        "The governor stepped down on Friday after a scandal over party funds.",
        "On Friday the governor stepped down, aides said.",
    )
    headlines = [c.headline for c in brief_of(first, second).fact_clusters]
    assert headlines and not any("down on Friday" in h for h in headlines), headlines
