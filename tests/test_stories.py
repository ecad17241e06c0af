"""Stories: which reports of a brief tell one news event (capability table, invented texts).

Each case is a small brief: reports as (publication date or None, text), and the
expected stories as groups of report positions. Two events of one kind (two
earthquakes, two launches) must be two stories; rewordings of one event one story.
"""

from __future__ import annotations

import pytest

import briefx
from briefx.canonical import merge_entities
from briefx.crossdoc.stories import group_stories

D = "2024-03-12"

CASES = [
    (
        "two earthquakes",
        [
            (
                D,
                "A magnitude 6.2 earthquake struck near Arequipa in southern Peru on Monday. "
                "Rescuers in Arequipa pulled four people from collapsed adobe homes.",
            ),
            (
                D,
                "Peru's Arequipa region was shaken by a strong quake on Monday. Four survivors "
                "were pulled from adobe houses, Arequipa officials said.",
            ),
            (
                D,
                "An earthquake of magnitude 5.8 hit the Greek island of Kefalonia on Monday. "
                "Ferries to Kefalonia were suspended while engineers checked the port.",
            ),
            (
                D,
                "Engineers inspected the port of Kefalonia after Monday's tremor. Greek "
                "authorities suspended ferries to the island.",
            ),
        ],
        [[0, 1], [2, 3]],
    ),
    (
        "two product launches",
        [
            (
                D,
                "Nordwind unveiled its Skylark electric scooter in Oslo on Tuesday, priced at "
                "3,000 euros. Nordwind says the Skylark charges in forty minutes.",
            ),
            (
                D,
                "The Skylark, Nordwind's first electric scooter, went on show in Oslo. It "
                "charges in forty minutes, Nordwind said.",
            ),
            (
                D,
                "Kestrel Audio launched the Murmur headphones in Austin on Tuesday. The "
                "Murmur cancels noise with six microphones, Kestrel Audio said.",
            ),
            (
                D,
                "Austin-based Kestrel Audio showed its Murmur headphones, which use six "
                "microphones to cancel noise.",
            ),
        ],
        [[0, 1], [2, 3]],
    ),
    (
        "one company, two quarters",
        [
            (
                "2024-01-25",
                "Harlow Foods reported a quarterly profit of 40 million pounds, "
                "helped by strong Christmas sales of its ready meals.",
            ),
            (
                "2024-01-26",
                "Ready-meal maker Harlow Foods said Christmas demand lifted "
                "quarterly profit to 40 million pounds.",
            ),
            (
                "2024-04-24",
                "Harlow Foods reported a quarterly profit of 31 million pounds "
                "as ready-meal sales slowed after the holidays.",
            ),
            (
                "2024-04-25",
                "Profit at Harlow Foods fell to 31 million pounds in the quarter "
                "as demand for ready meals cooled.",
            ),
        ],
        [[0, 1], [2, 3]],
    ),
    (
        "one story in three wordings",
        [
            (
                D,
                "Firefighters battled a blaze at the Halvorsen paper mill in Drammen for "
                "twelve hours. No workers were hurt.",
            ),
            (
                D,
                "A fire at Drammen's Halvorsen paper mill burned through the night before "
                "crews put it out. Staff escaped unharmed.",
            ),
            (
                D,
                "The Halvorsen mill in Drammen was gutted by fire, the mill's owner said, "
                "adding that all workers were safe.",
            ),
        ],
        [[0, 1, 2]],
    ),
    (
        "two football matches",
        [
            (
                D,
                "Porto Alegre United beat Santos Rovers 3-1 on Sunday, with Diego Ferraz "
                "scoring twice.",
            ),
            (D, "Diego Ferraz scored two goals as Porto Alegre United defeated Santos Rovers 3-1."),
            (
                D,
                "Lakeside Athletic drew 0-0 with Marlow Town in a scrappy game on Sunday. "
                "Marlow Town keeper Sam Okafor saved a late penalty.",
            ),
            (
                D,
                "Sam Okafor's late penalty save earned Marlow Town a goalless draw at "
                "Lakeside Athletic.",
            ),
        ],
        [[0, 1], [2, 3]],
    ),
    (
        "two elections",
        [
            (
                D,
                "Voters in Moldova re-elected President Ana Rusu with 54 percent of the "
                "vote. Rusu promised to speed up talks with Brussels.",
            ),
            (D, "Ana Rusu won a second term as Moldova's president, taking 54 percent."),
            (
                D,
                "Iceland's Progressive Party came first in the parliamentary election, "
                "led by Einar Thorsson.",
            ),
            (D, "Einar Thorsson's Progressive Party topped Iceland's parliamentary vote."),
        ],
        [[0, 1], [2, 3]],
    ),
    (
        "a fire and a flood in one city",
        [
            (
                D,
                "A fire destroyed the old tram depot in Lyon overnight. Investigators "
                "suspect an electrical fault in the depot.",
            ),
            (D, "Lyon's historic tram depot burned down; an electrical fault is suspected."),
            (
                D,
                "The Saone burst its banks in Lyon after days of rain, flooding cellars "
                "along the quays.",
            ),
            (
                D,
                "Cellars along Lyon's quays flooded as the swollen Saone overflowed after "
                "heavy rain.",
            ),
        ],
        [[0, 1], [2, 3]],
    ),
    (
        "a follow-up five days later",
        [
            (
                "2024-05-02",
                "Police in Ghent arrested a man suspected of stealing a medieval "
                "altarpiece panel from St. Bavo's Cathedral.",
            ),
            (
                "2024-05-07",
                "The man arrested over the theft of the St. Bavo's altarpiece "
                "panel was charged in Ghent on Tuesday.",
            ),
        ],
        [[0, 1]],
    ),
    (
        "the same names a year apart",
        [
            (
                "2023-06-10",
                "Orkney ferry operator Pentland Lines cancelled sailings as its "
                "crews went on strike over pay.",
            ),
            (
                "2024-06-12",
                "Pentland Lines cancelled Orkney sailings as crews went on strike over pay.",
            ),
        ],
        [[0], [1]],
    ),
    (
        "undated reports of one event",
        [
            (
                None,
                "Rangers rescued a hiker stranded on Mount Kinabalu after a rockfall "
                "blocked the summit trail.",
            ),
            (
                None,
                "A rockfall on Mount Kinabalu's summit trail left a hiker stranded "
                "until rangers reached him.",
            ),
        ],
        [[0, 1]],
    ),
    (
        "two plane crashes",
        [
            (
                D,
                "A cargo plane crashed on landing at Goma airport, killing both pilots. "
                "The Antonov skidded off the Goma runway in heavy rain.",
            ),
            (
                D,
                "Both pilots died when an Antonov cargo plane skidded off the runway at "
                "Goma in heavy rain.",
            ),
            (
                D,
                "A small aircraft came down in a field near Tamworth, injuring its two "
                "passengers. The Cessna had just left Tamworth airfield.",
            ),
            (
                D,
                "Two passengers were hurt when a Cessna crashed into a field shortly after "
                "taking off from Tamworth.",
            ),
        ],
        [[0, 1], [2, 3]],
    ),
    (
        "two strikes",
        [
            (D, "Dock workers at Rotterdam walked out for 48 hours over automation plans."),
            (D, "A 48-hour walkout by Rotterdam dockers over automation halted container traffic."),
            (
                D,
                "Nurses at Auckland City Hospital went on strike demanding more staff on "
                "night shifts.",
            ),
            (D, "Auckland City Hospital nurses stopped work to demand more night-shift staff."),
        ],
        [[0, 1], [2, 3]],
    ),
    (
        "two verdicts",
        [
            (
                D,
                "A Dublin court found property developer Liam Ahern guilty of fraud over "
                "forged planning permits.",
            ),
            (D, "Liam Ahern, a Dublin developer, was convicted of forging planning permits."),
            (D, "Former footballer Rui Matos was acquitted of tax evasion by a Lisbon court."),
            (D, "A Lisbon court cleared ex-footballer Rui Matos of evading taxes."),
        ],
        [[0, 1], [2, 3]],
    ),
    (
        "two storms",
        [
            (
                D,
                "Storm Greta brought winds of 140 km/h to Brittany, cutting power to "
                "80,000 homes in Brittany.",
            ),
            (D, "About 80,000 Breton homes lost power as Storm Greta lashed Brittany."),
            (D, "Cyclone Tama flattened banana crops across Fiji's Vanua Levu island."),
            (D, "Banana farmers on Vanua Levu lost their crops to Cyclone Tama."),
        ],
        [[0, 1], [2, 3]],
    ),
    (
        "one report alone",
        [(D, "The Tallinn city council approved a new tram line to the airport.")],
        [[0]],
    ),
    (
        "two hostage releases",
        [
            (
                D,
                "Gunmen in Zamfara freed 23 schoolgirls seized from a boarding school in "
                "Kaura Namoda last month.",
            ),
            (
                D,
                "The 23 schoolgirls abducted from Kaura Namoda were released in Zamfara, "
                "the state governor said.",
            ),
            (
                D,
                "Two French aid workers held in northern Mali for eight months were set "
                "free near Kidal.",
            ),
            (
                D,
                "Kidal: the two French aid workers kidnapped in Mali eight months ago have "
                "been released.",
            ),
        ],
        [[0, 1], [2, 3]],
    ),
]


def _stories(reports: list[tuple[str | None, str]]) -> list[list[int]]:
    docs = [
        briefx.extract(text, published=date, doc_id=f"r{n}")
        for n, (date, text) in enumerate(reports)
    ]
    _, mapping = merge_entities(docs)
    story = group_stories(docs, mapping)
    groups: dict[int, list[int]] = {}
    for n, s in enumerate(story):
        groups.setdefault(s, []).append(n)
    return sorted(groups.values())


@pytest.mark.parametrize(("kind", "reports", "expected"), CASES, ids=[c[0] for c in CASES])
def test_stories(kind: str, reports, expected) -> None:
    assert _stories(reports) == expected


def test_story_numbers_follow_the_first_report() -> None:
    reports = CASES[0][1]
    docs = [briefx.extract(t, published=d, doc_id=f"r{n}") for n, (d, t) in enumerate(reports)]
    swapped = docs[2:] + docs[:2]
    assert group_stories(swapped, merge_entities(swapped)[1]) == [0, 0, 1, 1]
    assert group_stories(docs[1:3], merge_entities(docs[1:3])[1]) == [0, 1]


@pytest.mark.parametrize(("kind", "reports", "expected"), CASES, ids=[c[0] for c in CASES])
def test_no_fact_cluster_spans_two_events(kind: str, reports, expected) -> None:
    docs = [
        briefx.extract(text, published=date, doc_id=f"r{n}")
        for n, (date, text) in enumerate(reports)
    ]
    event_of = {n: k for k, group in enumerate(expected) for n in group}
    for cluster in briefx.brief(docs).fact_clusters:
        assert len({event_of[f.doc] for f in cluster.facts}) == 1, cluster
