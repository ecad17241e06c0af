"""The trading a market's move lies in takes the move's day (issue 25).

"Stocks fell on Tuesday. In composite trading, Halvorsen shares rose 50 cents." gave the
rise Tuesday and the trading no time: "trading" was no noun of an occasion
(``occasion_nouns`` in models/events/time.json), at which an act done "in", "at" or
"during" it lies, and which happens when the act does. It is now, with "dealings" (the
British word), beside "session".

Capability table of invented market reports, published 2026-11-20 (a Friday).
"""

from __future__ import annotations

import pytest

from tests.event_times import time_of

PUBLISHED = "2026-11-20"

# (report, the day of the trading)
IN_THE_TRADING = [
    (
        "Stocks fell on Tuesday. In composite trading, Halvorsen shares rose 50 cents.",
        "2026-11-17",
    ),
    (
        "Bonds rallied on Monday. In late trading, the yield on the 10-year note fell to 7.9%.",
        "2026-11-16",
    ),
    (
        "The dollar rose on Friday. In early trading in Tokyo, it gained against the yen.",
        "2026-11-20",
    ),
    ("Shares of the bank slid on Wednesday. In heavy trading, the stock fell 8%.", "2026-11-18"),
    ("Oil prices jumped on Thursday. In electronic trading, crude rose $2 a barrel.", "2026-11-19"),
    (
        "The market recovered on Tuesday. In afternoon trading, the index climbed 1.2%.",
        "2026-11-17",
    ),
    ("Stocks tumbled on Monday. During heavy trading, the index lost 3%.", "2026-11-16"),
    ("Gold rose on Friday. In thin trading, silver gained 5 cents.", "2026-11-20"),
    (
        "Shares of the airline fell on Wednesday. In over-the-counter trading, its stock "
        "dropped 75 cents.",
        "2026-11-18",
    ),
    ("The pound weakened on Thursday. In London trading, sterling fell to $1.52.", "2026-11-19"),
    ("Stocks advanced on Monday. In active trading, the shares rose 2 to 40.", "2026-11-16"),
    (
        "The bank's shares soared on Tuesday. In after-hours trading, they rose a further 3%.",
        "2026-11-17",
    ),
    ("Copper rose on Friday. In morning trading in London, tin also gained.", "2026-11-20"),
    ("Grain futures fell on Wednesday. In volatile trading, wheat dropped 4 cents.", "2026-11-18"),
    ("Stocks ended mixed on Thursday. In light trading, the index slipped 0.1%.", "2026-11-19"),
    (
        "Shares of the carmaker jumped on Monday. In Frankfurt trading, the stock rose 6%.",
        "2026-11-16",
    ),
]


@pytest.mark.parametrize(("text", "day"), IN_THE_TRADING)
def test_the_trading_of_a_move_lies_on_its_day(text: str, day: str) -> None:
    assert time_of(text, "trading", PUBLISHED) == day
