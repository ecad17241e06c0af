"""A headline keeps what completes a verb with no object (capability tables of invented
report pairs, published Tuesday 2025-11-18).

Where it went or struck: "A bus plunged into a ravine", not "A bus plunged"; "A truck
crashed into a market", "The river broke through a levee", "A tanker ran aground": the
phrase right after the event word when it opens with one of ``goals``
(models/events/headlines.json); "aground" and "ashore" are ``particles``. What the
subject of a linking verb became or stayed: "Ilse Marten became chief executive in
2023", not "Ilse Marten became in 2023" (``linking_verbs``). Either is cut before the
next preposition, clause or comma and at ``complement_words`` words; a complement that
goes on into a clause ("the first city to ban cars") leaves the line to a sentence."""

from __future__ import annotations

import pytest

from tests.briefs import assert_a_headline_holds, brief_of

# (first report, second report, words the headline holds)
GOALS = [
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


# What the subject of a linking verb became or stayed.
LINKING = [
    (
        "Marten became chief executive of Corvane in 2023.",
        "Ilse Marten became chief executive of Corvane in 2023, the company said.",
        "became chief executive",
    ),
    (
        "Tova Renck became mayor of Harven in May 2025.",
        "Tova Renck became mayor of Harven in May 2025, officials said.",
        "became mayor",
    ),
    (
        "The storm became a hurricane on Sunday.",
        "The storm became a hurricane on Sunday, forecasters said.",
        "became a hurricane",
    ),
    (
        "The company became profitable in the third quarter of 2025.",
        "The company became profitable in the third quarter of 2025, its chief said.",
        "became profitable in the third quarter",
    ),
    (
        "Corvane became a public company in 2019.",
        "Corvane became a public company in 2019, filings show.",
        "became a public company",
    ),
    (
        "The protest turned violent on Friday.",
        "The protest turned violent on Friday, police said.",
        "turned violent",
    ),
    (
        "The island became independent in 1975.",
        "The island became independent in 1975, historians say.",
        "became independent",
    ),
    (
        "Halden became the first city to ban cars in 2024.",
        "Halden became the first city to ban cars in 2024, officials said.",
        "became the first city to ban cars",
    ),
    (
        "Aske Lund became captain of Halden United in August 2025.",
        "Aske Lund became captain of Halden United in August 2025, the club said.",
        "became captain",
    ),
    (
        "Sales turned negative in October 2025.",
        "Sales turned negative in October 2025, the retailer said.",
        "turned negative",
    ),
    (
        "Dr. Ines Farrow became the first woman to lead the hospital in 2021.",
        "Dr. Ines Farrow became the first woman to lead the hospital in 2021, the board said.",
        "became the first woman to lead",
    ),
    (
        "The vote became a referendum on the government in May 2025.",
        "The vote became a referendum on the government in May 2025, analysts said.",
        "became a referendum",
    ),
    (
        "Interest rates stayed unchanged on Thursday.",
        "Interest rates stayed unchanged on Thursday, the central bank said.",
        "stayed unchanged",
    ),
    (
        "The Halden Open became a women's event in 2022.",
        "The Halden Open became a women's event in 2022, organisers said.",
        "became a women's event",
    ),
    (
        "The river remained above flood level on Tuesday.",
        "The river remained above flood level on Tuesday, officials said.",
        "remained above flood level",
    ),
]


@pytest.mark.parametrize(("first", "second", "words"), GOALS)
def test_a_headline_keeps_where_the_verb_went(first: str, second: str, words: str) -> None:
    assert_a_headline_holds(first, second, words)


def test_a_verb_with_an_object_keeps_its_object() -> None:
    first, second = (
        "The army shelled the town of Ardan on Monday.",
        "The army shelled the town of Ardan on Monday, residents said.",
    )
    headlines = [c.headline for c in brief_of(first, second).fact_clusters]
    assert any("shelled the town" in h for h in headlines), headlines


@pytest.mark.parametrize(("first", "second", "words"), LINKING)
def test_a_headline_keeps_what_the_subject_became(first: str, second: str, words: str) -> None:
    assert_a_headline_holds(first, second, words)
