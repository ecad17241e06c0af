"""A week is no day: a move of shares after a week's news lies on the day told (issue 25).

"Acme said on Tuesday it would buy Brill. A rival bidder dropped out last week. Acme
shares fell 3%." put the fall in last week: the story's last told day was Tuesday, but
Python reads an ISO week ("2025-W46") as the date of its Monday, so "last week" counted
as the last day told and as no period coarser than a day. A time value is a day only when
it is written as one ("2025-11-18"), and a move of a thing traded that took a week's
scene lies on the last day the story told, as one that took a quarter's does
(``traded_nouns`` of models/events/time.json).

Capability table of invented stories, published 2025-11-19 (a Wednesday).
"""

from __future__ import annotations

import pytest

from tests.event_times import last_time_of

PUBLISHED = "2025-11-19"

# (story, the move, its day)
ON_THE_DAY_TOLD = [
    (
        "Acme said on Tuesday it would buy Brill. A rival bidder dropped out last week. "
        "Acme shares fell 3%.",
        "fell",
        "2025-11-18",
    ),
    (
        "Vantor announced the deal yesterday. Talks began last week. Its shares rose 5%.",
        "rose",
        "2025-11-18",
    ),
    (
        "Kell Mining said on Monday it would cut 400 jobs. The plan was drafted last week. "
        "Its shares rose 2%.",
        "rose",
        "2025-11-17",
    ),
    (
        "Orbis agreed on Tuesday to sell its paper unit. The board met last week to approve "
        "the sale. Orbis shares climbed 6%.",
        "climbed",
        "2025-11-18",
    ),
    (
        "Delmar cut its forecast on Monday. A rival issued a similar warning last week. "
        "Delmar shares slid 9%.",
        "slid",
        "2025-11-17",
    ),
    (
        "Trask said yesterday that its chief executive had resigned. The board had asked him "
        "to go last week. Trask shares dropped 4%.",
        "dropped",
        "2025-11-18",
    ),
    (
        "Pell Corp. said on Tuesday it had won a Navy contract. It lost a bid for an Army "
        "contract last week. Pell shares gained 7%.",
        "gained",
        "2025-11-18",
    ),
    (
        "Harlow Bank said on Monday its profit fell. Regulators fined the bank last week. "
        "Its shares fell 2%.",
        "fell",
        "2025-11-17",
    ),
    (
        "Quarry Inc. confirmed takeover talks on Tuesday. Rumors of a bid surfaced last week. "
        "Quarry stock jumped 12%.",
        "jumped",
        "2025-11-18",
    ),
    (
        "Norvell Air said yesterday it would add 20 routes. A rival cut fares last week. "
        "Norvell shares rose 1%.",
        "rose",
        "2025-11-18",
    ),
    (
        "Sorrel Foods said on Monday it would close two plants. Orders slumped last week. "
        "Sorrel shares sank 5%.",
        "sank",
        "2025-11-17",
    ),
    (
        "Ridley Motors recalled 40,000 cars on Tuesday. Engineers found the fault last week. "
        "Ridley shares dipped 2%.",
        "dipped",
        "2025-11-18",
    ),
    (
        "Cobalt Labs said yesterday its drug had failed a trial. The trial ended last week. "
        "Cobalt shares plunged 30%.",
        "plunged",
        "2025-11-18",
    ),
    (
        "Marlin Energy announced a buyback on Monday. Its board approved the plan last week. "
        "Marlin shares advanced 3%.",
        "advanced",
        "2025-11-17",
    ),
    (
        "Tiller Group said on Tuesday it would split in two. Activists pressed for a split "
        "last week. Tiller shares surged 9%.",
        "surged",
        "2025-11-18",
    ),
    (
        "Wexford Bank named a new chief on Monday. The old chief quit last week. Wexford "
        "shares slipped 1%.",
        "slipped",
        "2025-11-17",
    ),
]

# (story, the move, its time): no day told, or a week of its own
IN_THE_WEEK = [
    ("The company warned last week that sales had slowed. Its shares fell 4%.", "fell", "2025-W46"),
    ("Acme shares fell 8% last week.", "fell", "2025-W46"),
]


@pytest.mark.parametrize(("text", "move", "value"), ON_THE_DAY_TOLD + IN_THE_WEEK)
def test_the_move_of_shares(text: str, move: str, value: str) -> None:
    assert last_time_of(text, move, PUBLISHED) == value
