"""A move of the market after an event the story dated lies on that event's day: "Orvane
unveiled its new chip on Wednesday. Orvane shares rose 6% after the launch" tells the
rise on Wednesday (issue 25, rules 2 and 5).

A market move placed by "after" (``TimeCues.after_cause``) took the day of the market
story's last move; with no move told before it, it had no time, though the event it
follows ("the launch", "the attack", "the cut") is one the story dated, named again.
Now a move of a thing traded or priced (``traded_nouns``, ``priced_nouns`` in
``models/events/time.json``) takes that event's day (``TimeCues.cause``): markets move on
the news. Any other act after an event may come any time after it, and a move before an
event any time before: they keep no time (rule 5).

Capability table of invented stories, published 2025-11-20 (a Thursday); before the
rule 13 of the 15 moves had no time; the 3 other acts passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import time_or_none

PUBLISHED = "2025-11-20"

# (story, the move, its time)
MOVES = [
    (
        "Orvane unveiled its new chip on Wednesday. Orvane shares rose 6% after the launch.",
        "rose",
        "2025-11-19",
    ),
    (
        "Rebels attacked an oil field on Sunday. Oil prices rose 3% after the attack.",
        "rose",
        "2025-11-16",
    ),
    (
        "The firm cut its forecast on Friday. Its stock fell 11% after the cut.",
        "fell",
        "2025-11-14",
    ),
    (
        "Veltor won a defence contract on Monday. Veltor shares jumped 9% after the win.",
        "jumped",
        "2025-11-17",
    ),
    (
        "Dalby Foods recalled 2 million jars on Wednesday. Its shares slid 5% after the recall.",
        "slid",
        "2025-11-19",
    ),
    (
        "Two tankers collided in the strait on Thursday. Oil prices jumped after the collision.",
        "jumped",
        "2025-11-20",
    ),
    (
        "Brant Air grounded its fleet on Monday. Brant shares tumbled 12% after the grounding.",
        "tumbled",
        "2025-11-17",
    ),
    (
        "Regulators fined Halvorsen Bank on Tuesday. Its shares dropped 4% after the fine.",
        "dropped",
        "2025-11-18",
    ),
    (
        "The retailer cut 2,000 jobs on Thursday. Its shares rose 3% after the cuts.",
        "rose",
        "2025-11-20",
    ),
    (
        "Hackers attacked Norvik Bank on Friday. Norvik shares slid 6% after the attack.",
        "slid",
        "2025-11-14",
    ),
    (
        "Torvik Motors settled the lawsuit on Tuesday. Its shares gained 2% after the settlement.",
        "gained",
        "2025-11-18",
    ),
    (
        "The carmaker cut its outlook on Tuesday. Its shares slid after it cut the outlook.",
        "slid",
        "2025-11-18",
    ),
    (
        "Regulators approved the merger on Monday. Pell shares surged after they approved it.",
        "surged",
        "2025-11-17",
    ),
    (
        "The mine flooded on Sunday. Copper prices climbed 2% after the flood.",
        "climbed",
        "2025-11-16",
    ),
    (
        "Police raided Kell Bank on Wednesday. Kell shares fell 7% after the raid.",
        "fell",
        "2025-11-19",
    ),
]

# (story, an act after an event that is no move of a price, or a move before one): no
# time.
OTHER_ACTS = [
    ("Rebels attacked the town on Sunday. Thousands fled after the attack.", "fled"),
    ("The firm cut its forecast on Friday. Two directors resigned after the cut.", "resigned"),
    ("The firm cut its forecast on Friday. Its shares had risen before the cut.", "risen"),
]


@pytest.mark.parametrize(("text", "move", "time"), MOVES)
def test_a_market_move_after_a_dated_event_is_that_days(text: str, move: str, time: str) -> None:
    assert time_or_none(text, move, PUBLISHED) == time


@pytest.mark.parametrize(("text", "act"), OTHER_ACTS)
def test_another_act_after_an_event_keeps_no_time(text: str, act: str) -> None:
    assert time_or_none(text, act, PUBLISHED) is None
