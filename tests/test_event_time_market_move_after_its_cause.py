"""A market move told after its cause is the trading day's: "Stocks fell on Thursday. Oil
prices rose 2% after a pipeline outage in Canada" puts the rise on Thursday, and "shares
slid 6% after the carmaker cut its forecast late on Wednesday" the slide too.

An event placed after another takes no scene (rule 5), and one the parse gives the
cause's date took that day. A move of the market (``market_moves`` in
models/events/time.json) placed only by an "after" or "before" phrase or clause, in a
story that told a move on a day, is that day's whatever caused it. A move with a date of
its own keeps it ("The index had risen after the election in 2024"); a move after a
cause with no move told before, and other events after another, are as before.

Capability table of invented two-sentence stories, published 2026-03-13 (a Friday);
before the rule 11 of the 13 moves had no time or the cause's day; the 2 kept passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import time_or_none

PUBLISHED = "2026-03-13"

# (story, the move, its time)
MOVES = [
    (
        "Stocks fell on Thursday. Oil prices rose 2% after a pipeline outage in Canada.",
        "rose",
        "2026-03-12",
    ),
    (
        "Stocks fell on Thursday. Shares of Orvik slid 6% after the carmaker cut its forecast "
        "late on Wednesday.",
        "slid",
        "2026-03-12",
    ),
    (
        "The FTSE 100 closed higher on Tuesday. The pound fell after weak retail sales figures.",
        "fell",
        "2026-03-10",
    ),
    (
        "European shares edged up on Monday. Gold climbed after the dollar weakened.",
        "climbed",
        "2026-03-09",
    ),
    (
        "Asian markets rallied on Wednesday. Shares in Halden Bank jumped 9% after it "
        "reported record profits on Tuesday.",
        "jumped",
        "2026-03-11",
    ),
    (
        "Wall Street ended lower on Friday. The dollar gained after strong jobs data.",
        "gained",
        "2026-03-13",
    ),
    (
        "Stocks rose on Thursday. Copper fell 3% after China cut its growth target.",
        "fell",
        "2026-03-12",
    ),
    (
        "Bond yields climbed on Monday. Bank shares rose after the central bank signalled "
        "higher rates.",
        "rose",
        "2026-03-09",
    ),
    (
        "Markets fell on Tuesday. Airline stocks dropped after oil prices jumped.",
        "dropped",
        "2026-03-10",
    ),
    (
        "Stocks slipped on Wednesday. The euro weakened after the central bank kept rates on hold.",
        "weakened",
        "2026-03-11",
    ),
    ("Shares rose on Friday. Wheat prices surged after a drought warning.", "surged", "2026-03-13"),
    (
        "Stocks fell on Monday. Orvik shares recovered after the company denied the report.",
        "recovered",
        "2026-03-09",
    ),
    (
        "Stocks fell on Thursday. Tin prices tumbled after a mine in Peru reopened.",
        "tumbled",
        "2026-03-12",
    ),
    # as before: a move's own date, the cause's own date
    ("Stocks fell on Thursday. The index had risen after the election in 2024.", "risen", "2024"),
    (
        "Stocks fell on Thursday. Shares of Orvik slid 6% after the carmaker cut its forecast "
        "late on Wednesday.",
        "cut",
        "2026-03-11",
    ),
]


@pytest.mark.parametrize(("story", "word", "value"), MOVES)
def test_a_market_move_after_its_cause_is_the_days(story: str, word: str, value: str) -> None:
    assert time_or_none(story, word, PUBLISHED) == value
