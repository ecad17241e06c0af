""" "Orlen said on Tuesday its second-quarter profit rose 18%. Its shares rose 7.5%": the
shares rose on the Tuesday, not in the second quarter (issue 25, rule 3).

A results story tells the period its figures cover and the day it reported them. The
move of a price told after it with no date of its own ("Its shares jumped 11%", "The
stock dropped 3% in morning trading") took the story's scene, the period of the
figures: shares are traded on a day. A move of a thing traded (``traded_nouns`` in
``models/events/time.json``: shares, stock, index) that would take a scene coarser than a
day takes the last day the story told, when it told one.

Capability table of invented two-sentence stories, published 2026-06-12 (a Friday); before
the rule 12 of the 15 moves took the period (the other 3 stories name no period), and the
2 moves of what is not traded passed.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-06-12"

# (story, the move, its time)
STORIES = [
    (
        "Orlen Foods said on Tuesday that its second-quarter profit rose 18%. Shares in Orlen "
        "rose 7.5% in early trading.",
        "rose",
        "2026-06-09",
    ),
    (
        "Kestrel Bank reported a third-quarter loss on Monday. Its shares fell 4%.",
        "fell",
        "2026-06-08",
    ),
    (
        "Vell Motors said on Thursday that sales fell 9% in May. The stock dropped 3% in "
        "morning trading.",
        "dropped",
        "2026-06-11",
    ),
    (
        "The airline said on Wednesday that its first-half profit doubled. Its shares jumped 11%.",
        "jumped",
        "2026-06-10",
    ),
    (
        "Halden Steel said on Monday that output fell in the first quarter. Its stock slid 2%.",
        "slid",
        "2026-06-08",
    ),
    (
        "The miner said on Thursday its annual profit rose 30% in 2025. Its shares gained 5%.",
        "gained",
        "2026-06-11",
    ),
    (
        "Ostra Telecom said on Tuesday that revenue grew 4% in the quarter. The shares closed "
        "1% higher.",
        "closed",
        "2026-06-09",
    ),
    (
        "Marvale Energy reported a loss for the second quarter on Wednesday. Its shares "
        "tumbled 12% in New York.",
        "tumbled",
        "2026-06-10",
    ),
    (
        "The retailer said on Thursday that sales rose 6% in the three months to May. Shares "
        "in the retailer climbed 4%.",
        "climbed",
        "2026-06-11",
    ),
    (
        "Lisk Mining said on Monday that it produced less copper in 2025. Its stock plunged 8%.",
        "plunged",
        "2026-06-08",
    ),
    (
        "The bank said on Tuesday that lending slowed in May. The stock eased 1%.",
        "eased",
        "2026-06-09",
    ),
    (
        "Brenmoor Foods said on Wednesday its half-year profit fell. Its shares sank 6% in "
        "early trade.",
        "sank",
        "2026-06-10",
    ),
    (
        "The carmaker said on Thursday that deliveries fell in the first half. Its shares "
        "dipped 2%.",
        "dipped",
        "2026-06-11",
    ),
    (
        "Tarno Air said on Monday that traffic rose 9% in April. Its shares advanced 3%.",
        "advanced",
        "2026-06-08",
    ),
    (
        "Kessel Chemicals said on Tuesday its quarterly profit halved. Shares in the group "
        "slumped 15%.",
        "slumped",
        "2026-06-09",
    ),
]

# What is not traded keeps the period: (story, the move, its time)
PERIODS = [
    ("Profit rose 18% in the second quarter. Revenue climbed 6%.", "climbed", "2026-Q2"),
    (
        "Orlen Foods said on Tuesday that its second-quarter profit rose 18%. Sales climbed 6%.",
        "climbed",
        "2026-Q2",
    ),
]


@pytest.mark.parametrize(("story", "move", "value"), STORIES + PERIODS)
def test_a_traded_move_lies_on_the_day_told(story: str, move: str, value: str) -> None:
    doc = briefx.extract(story, published=PUBLISHED)
    # The second sentence's frame of the word (the first sentence may hold it too).
    (frame,) = [
        e for fact in doc.facts if fact.sentence == 1 for e in fact.events if e.text == move
    ]
    assert frame.time is not None and frame.time.value == value, frame.time
