""" "The volcano erupted on Monday. It last erupted in 1998. Villagers fled.": the 1998
eruption is a look back, and the story goes on on Monday (issue 25, rule 3).

A past act told with an adverb that looks back from the news ("last", "previously",
"formerly": ``look_back_adverbs`` in ``models/dates/context.json``) keeps its own date,
but that date sets no scene for what the story tells after it: the next act takes the
scene told before. A month or a day of such an act lies behind the report even when the
verb has an object ("last held it in April", told in March, is last April).

Capability table of invented texts, published 2026-03-18 (a Wednesday); before the rule
every look-back act had its own date, and every act told after it took that date instead
of the scene's (16 of 16 failed).
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2026-03-18"

# (text, the act looked back on, its own date, an act told after, the scene's day)
LOOK_BACKS = [
    (
        "The missing hiker was found alive on Sunday. She was last seen on March 2 near the "
        "ridge. Rescuers flew her to a hospital.",
        "seen",
        "2026-03-02",
        "flew",
        "2026-03-15",
    ),
    (
        "The central bank held rates on Tuesday. It last cut them in September. "
        "Bond yields dropped.",
        "cut",
        "2025-09",
        "dropped",
        "2026-03-17",
    ),
    (
        "Police arrested a man on Saturday. He was previously jailed in 2019. "
        "Officers searched his flat.",
        "jailed",
        "2019",
        "searched",
        "2026-03-14",
    ),
    (
        "The volcano erupted on Monday. It last erupted in 1998. Villagers fled their homes.",
        "erupted",
        "2026-03-16",
        "fled",
        "2026-03-16",
    ),
    (
        "The club sacked its coach on Friday. He previously managed the national team in 2012. "
        "Fans welcomed the decision.",
        "managed",
        "2012",
        "welcomed",
        "2026-03-13",
    ),
    (
        "Floods hit the valley on Sunday. The river last burst its banks in 2007. "
        "Soldiers built barriers.",
        "burst",
        "2007",
        "built",
        "2026-03-15",
    ),
    (
        "The airline cancelled 40 flights on Monday. Its pilots last walked out in May. "
        "Passengers queued at the desks.",
        "walked",
        "2025-05",
        "queued",
        "2026-03-16",
    ),
    (
        "The team won the cup on Saturday. It last lifted the trophy in 1995. "
        "Supporters cheered the players.",
        "lifted",
        "1995",
        "cheered",
        "2026-03-14",
    ),
    (
        "A quake shook the city on Thursday. A quake of that size last struck the region in "
        "1961. Residents slept outdoors.",
        "struck",
        "1961",
        "slept",
        "2026-03-12",
    ),
    (
        "The company recalled 5,000 cars on Tuesday. It previously recalled vans in June. "
        "Dealers contacted owners.",
        "recalled",
        "2026-03-17",
        "contacted",
        "2026-03-17",
    ),
    (
        "The prime minister visited Kessa on Monday. She last travelled there in 2021. "
        "She met the president.",
        "travelled",
        "2021",
        "met",
        "2026-03-16",
    ),
    (
        "Rebels seized the town on Friday. Government troops last held it in April. "
        "Aid groups evacuated their staff.",
        "held",
        "2025-04",
        "evacuated",
        "2026-03-13",
    ),
    (
        "The museum reopened on Sunday. It was last renovated in 1980. Visitors queued outside.",
        "renovated",
        "1980",
        "queued",
        "2026-03-15",
    ),
    (
        "The singer performed in Harwell on Saturday. She formerly taught at a school there "
        "in 2004. Fans sang along.",
        "taught",
        "2004",
        "sang",
        "2026-03-14",
    ),
    (
        "The index rose 2% on Monday. It last closed above 5,000 in January. "
        "Traders bought bank shares.",
        "closed",
        "2026-01",
        "bought",
        "2026-03-16",
    ),
    (
        "The ferry sank on Thursday. The vessel was last inspected in 2023. "
        "Divers searched the wreck.",
        "inspected",
        "2023",
        "searched",
        "2026-03-12",
    ),
]


@pytest.mark.parametrize(("text", "back", "own", "after", "scene"), LOOK_BACKS)
def test_a_look_back_keeps_its_date_and_sets_no_scene(
    text: str, back: str, own: str, after: str, scene: str
) -> None:
    frames = frames_of(text, PUBLISHED)
    looked_back = frames[back].time
    assert looked_back is not None and looked_back.value == own
    told = frames[after].time
    assert told is not None, f"{after!r} has no time"
    assert (told.value, told.source) == (scene, "context")
