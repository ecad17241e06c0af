"""A reaction to the news named again lies at the news, not at a look back (issue 25).

"The court freed the activist on Monday. She was arrested in 2021. Supporters greeted the
ruling." put the greeting in 2021: a verb that reacts to an event the story told (``reacting``
in models/events/time.json: "welcomed", "condemned", "praised") follows the lead, not the
look back told between; but "greet", "salute", "cheer", "laud", "commend", "castigate",
"assail" and "lambast" were not in the list, and took the scene of the look back. They
are now.

Capability table of invented stories, published 2026-11-24 (a Tuesday).
"""

from __future__ import annotations

import pytest

from tests.event_times import time_of

PUBLISHED = "2026-11-24"

# (story, the reaction, the day of the news it reacts to)
REACTIONS = [
    (
        "The court freed the activist on Monday. She was arrested in 2021. "
        "Supporters greeted the ruling.",
        "greeted",
        "2026-11-23",
    ),
    (
        "The city banned cars from the centre on Friday. A similar plan failed in 2015. "
        "Cyclists saluted the move.",
        "saluted",
        "2026-11-20",
    ),
    (
        "The regulator approved the merger on Friday. A similar deal was blocked in 2020. "
        "Consumer groups castigated the ruling.",
        "castigated",
        "2026-11-20",
    ),
    (
        "The league banned the player on Thursday. He was fined in 2023. "
        "His club assailed the decision.",
        "assailed",
        "2026-11-19",
    ),
    (
        "The bank cut its key rate on Thursday. Inflation had risen sharply in the spring. "
        "Investors cheered the decision.",
        "cheered",
        "2026-11-19",
    ),
    (
        "The minister raised fees on Monday. Fees were last raised in 2017. "
        "Students lambasted the move.",
        "lambasted",
        "2026-11-23",
    ),
    (
        "The council shut the market on Wednesday. It opened in 1911. "
        "Traders lambasted the closure.",
        "lambasted",
        "2026-11-18",
    ),
    (
        "The club sacked its coach on Sunday. He was hired in 2022. Fans cheered the decision.",
        "cheered",
        "2026-11-22",
    ),
    (
        "The court upheld the ban on Tuesday. The ban was imposed in 2019. "
        "Farmers assailed the ruling.",
        "assailed",
        "2026-11-24",
    ),
    (
        "The army withdrew from the town on Friday. It had seized it in 2020. "
        "Residents greeted the withdrawal.",
        "greeted",
        "2026-11-20",
    ),
    (
        "The firm cut 500 jobs on Monday. It had hired 900 people in 2022. "
        "Unions castigated the decision.",
        "castigated",
        "2026-11-23",
    ),
    (
        "The senate passed the bill on Thursday. A similar bill failed in 2018. "
        "Doctors lauded the move.",
        "lauded",
        "2026-11-19",
    ),
    (
        "The mayor reopened the park on Saturday. It was closed in 2020. "
        "Families cheered the decision.",
        "cheered",
        "2026-11-21",
    ),
    (
        "The board dropped the plan on Wednesday. It was first proposed in 2016. "
        "Residents saluted the decision.",
        "saluted",
        "2026-11-18",
    ),
    (
        "The judge freed the journalist on Friday. He was jailed in 2023. "
        "Press groups commended the ruling.",
        "commended",
        "2026-11-20",
    ),
    (
        "The government lifted the curfew on Monday. It was imposed in March. "
        "Shopkeepers greeted the decision.",
        "greeted",
        "2026-11-23",
    ),
]


@pytest.mark.parametrize(("text", "word", "day"), REACTIONS)
def test_a_reaction_lies_at_the_news(text: str, word: str, day: str) -> None:
    assert time_of(text, word, PUBLISHED) == day
