"""A past act told on the publication day is a scene for what follows, even when the plan
it makes comes after it: "Halden Telecom agreed on Thursday to buy Norvik Mobile. Norvik
shares jumped 30%", told on Thursday, puts the jump on Thursday (issue 25, rule 3).

A past act's own date is the scene a past narration goes on from (``told_here``), even
when an outlook's date is the focus. That held only for a date wholly before the
publication day: an act of the publication day itself, followed in its sentence by the
plan it makes ("to buy", "to close"), left the focus to the plan, which looks ahead, and
the next past event took no time. A plan alone still sets no scene for a past event.

Capability table of invented stories, published 2025-11-20 (a Thursday); before the
change 10 of the 15 next events had no time; the 2 controls passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import time_or_none

PUBLISHED = "2025-11-20"
THURSDAY = "2025-11-20"

# (story, the next past event)
ON_THE_DAY = [
    ("Halden Telecom agreed on Thursday to buy Norvik Mobile. Norvik shares jumped 30%.", "jumped"),
    (
        "The council voted on Thursday to close the library. Residents protested outside the hall.",
        "protested",
    ),
    ("The bank decided on Thursday to cut rates. The currency fell.", "fell"),
    ("The union agreed on Thursday to end the strike. Workers returned to the plant.", "returned"),
    ("The club agreed on Thursday to sell its striker. Fans protested at the ground.", "protested"),
    ("The board voted on Thursday to replace the chief executive. The shares rose 4%.", "rose"),
    (
        "Parliament voted on Thursday to delay the election. Opposition leaders walked out.",
        "walked",
    ),
    ("The firm promised on Thursday to repay customers. Regulators welcomed the move.", "welcomed"),
    (
        "The rebels agreed on Thursday to free the hostages. Relatives celebrated in the streets.",
        "celebrated",
    ),
    (
        "The company pledged on Thursday to cut emissions. Activists criticised the plan.",
        "criticised",
    ),
    ("The mayor vowed on Thursday to rebuild the market. Traders cleared the rubble.", "cleared"),
    (
        "Ministers agreed on Thursday to raise the minimum wage. Unions praised the decision.",
        "praised",
    ),
    (
        "The airline decided on Thursday to ground its fleet. Passengers queued at the desks.",
        "queued",
    ),
    ("The league voted on Thursday to expand the playoffs. Two clubs objected.", "objected"),
    (
        "The school decided on Thursday to close early. Parents collected their children.",
        "collected",
    ),
]

# (story, the next past event, its time): a day before publication already set the
# scene; a plan alone sets none.
CONTROLS = [
    (
        "Halden Telecom agreed on Tuesday to buy Norvik Mobile. Norvik shares jumped 30%.",
        "jumped",
        "2025-11-18",
    ),
    (
        "The firm will cut 500 jobs next week. Workers protested outside the plant.",
        "protested",
        None,
    ),
]


@pytest.mark.parametrize(("text", "event"), ON_THE_DAY)
def test_a_past_act_of_the_news_day_is_the_scene(text: str, event: str) -> None:
    assert time_or_none(text, event, PUBLISHED) == THURSDAY


@pytest.mark.parametrize(("text", "event", "time"), CONTROLS)
def test_a_day_gone_sets_the_scene_and_a_plan_alone_none(
    text: str, event: str, time: str | None
) -> None:
    assert time_or_none(text, event, PUBLISHED) == time
