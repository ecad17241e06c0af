"""A headline's event noun, or its act told with no day, that the lead tells again with a
day takes that day, even the publication's.

"Opposition wins Ruvanian election" over "won a clear majority in Sunday's parliamentary
election" (invented) left the headline's "election" with no time, told as ongoing: only a
headline's verb looked for its lead. And "Former port official jailed for 9 years" over
"A court on Wednesday sentenced ...", published that Wednesday, left "jailed" with no
time: a lead's day had to lie before publication. Capability table of invented reports,
published 2025-11-20 (a Thursday) unless a row says otherwise.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-11-20"

# (report, the headline's event word, its time's value or None, publication date)
TABLE = [
    # an event noun of the headline, told again by its word or its kind
    (
        "Opposition wins Ruvanian election\n\nThe opposition won a clear majority in"
        " Sunday's parliamentary election, results showed on Monday.",
        "election",
        "2025-11-16",
        PUBLISHED,
    ),
    (
        "Striker Okafor joins Rovers in record deal\n\nRovers signed striker Samuel Okafor"
        " on Wednesday in a deal worth 40 million pounds.",
        "deal",
        "2025-11-19",
        PUBLISHED,
    ),
    (
        "Two dead in factory blast\n\nAn explosion tore through a paint factory in Orlec on"
        " Tuesday, killing two workers.",
        "blast",
        "2025-11-18",
        PUBLISHED,
    ),
    (
        "Thousands join pension protest\n\nThousands of people marched through Velm on"
        " Wednesday in a protest against pension cuts.",
        "protest",
        "2025-11-19",
        PUBLISHED,
    ),
    (
        "Leaders hail ceasefire deal\n\nThe two sides agreed to a ceasefire on Tuesday"
        " after weeks of talks.",
        "ceasefire",
        "2025-11-18",
        PUBLISHED,
    ),
    (
        "Markets rally after rate cut\n\nThe central bank cut its key rate by half a point on"
        " Wednesday.",
        "cut",
        "2025-11-19",
        PUBLISHED,
    ),
    (
        "Minister defends budget after strike\n\nTeachers went on strike on Tuesday over pay.",
        "strike",
        "2025-11-18",
        PUBLISHED,
    ),
    (
        "Fans mourn after stadium crash\n\nA bus carrying fans crashed near the stadium on"
        " Wednesday night, killing three.",
        "crash",
        "2025-11-19TNI",
        PUBLISHED,
    ),
    (
        "Villagers return after eruption\n\nThe volcano erupted on Monday, forcing 2,000"
        " people from their homes.",
        "eruption",
        "2025-11-17",
        PUBLISHED,
    ),
    (
        "Police probe museum theft\n\nThieves stole three paintings from the city museum on"
        " Tuesday night.",
        "theft",
        "2025-11-18TNI",
        PUBLISHED,
    ),
    # the lead's day is the publication's
    (
        "Former port official jailed for 9 years\n\nA court on Thursday sentenced a former"
        " port official to nine years in prison.",
        "jailed",
        "2025-11-20",
        PUBLISHED,
    ),
    (
        "Airline chief ousted\n\nThe board of Velair fired its chief executive on Thursday.",
        "ousted",
        "2025-11-20",
        PUBLISHED,
    ),
    (
        "Teen rescued from cave\n\nDivers saved a 15-year-old boy from a flooded cave on Thursday.",
        "rescued",
        "2025-11-20",
        PUBLISHED,
    ),
    (
        "Opposition leader detained\n\nPolice arrested the opposition leader Tomas Vell at"
        " his home on Thursday.",
        "detained",
        "2025-11-20",
        PUBLISHED,
    ),
    # told again with no day, or not at all: none
    (
        "Rebels seize town after battle\n\nRebels captured the town of Marvo after a long"
        " battle, the army said.",
        "battle",
        None,
        PUBLISHED,
    ),
    (
        "Voters weigh election pledges\n\nThe two parties published their plans on Tuesday.",
        "election",
        None,
        PUBLISHED,
    ),
]


@pytest.mark.parametrize(("text", "word", "value", "published"), TABLE)
def test_a_headline_noun_retold_takes_its_day(
    text: str, word: str, value: str | None, published: str
) -> None:
    frame = frames_of(text, published)[word]
    assert (frame.time.value if frame.time is not None else None) == value
