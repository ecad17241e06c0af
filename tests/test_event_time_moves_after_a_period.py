"""A move of a price after a period the report named lies on the trading day (issue 25).

"Zenda fell 2 1/8 after the company said third-quarter earnings would fall short.
Harlan Industries rose 1 1/4 on takeover speculation." put Harlan's rise in the third
quarter: the quarter a company's warning named became the scene, and a move with no
date of its own took it. A move of a price (``market_moves`` of models/events/time.json)
told after a move told on a day lies on that day, the trading day, and a scene coarser
than a day (a quarter, a month, a year named by what a company said) does not move it
off it, whatever its subject (a share, a company, a commodity).

Capability table of invented market reports, published 1989-10-31 (a Tuesday).
"""

from __future__ import annotations

import pytest

from tests.event_times import last_time_of

PUBLISHED = "1989-10-31"

# (report, the move, its day)
ON_THE_TRADING_DAY = [
    (
        "Stocks fell yesterday. Zenda Corp. fell 2 to 31 after the company said third-quarter "
        "earnings would fall short. Harlan Industries rose 1 to 44 on takeover speculation.",
        "rose",
        "1989-10-30",
    ),
    (
        "Stocks fell yesterday. Zenda Corp. fell 2 to 31 after the company said third-quarter "
        "earnings would fall short. Gold rose $2.40 an ounce.",
        "rose",
        "1989-10-30",
    ),
    (
        "Bonds rallied yesterday. Mertz Co. slid 1 to 18 after it said fourth-quarter sales "
        "would decline. Pell Corp. gained 2 to 40.",
        "gained",
        "1989-10-30",
    ),
    (
        "Share prices rose on Monday. Oster Inc. jumped 3 after it said profit for the year "
        "would double. Brill Co. eased 1/2 to 22.",
        "eased",
        "1989-10-30",
    ),
    (
        "The market slipped yesterday. Kanner Corp. dropped 4 after it said October sales "
        "had slowed. Veltro Inc. climbed 1 to 15.",
        "climbed",
        "1989-10-30",
    ),
    (
        "Stocks fell yesterday. Dorn Co. fell 1 after it said 1989 earnings would be flat. "
        "Silver rose 5 cents.",
        "rose",
        "1989-10-30",
    ),
    (
        "Prices edged up yesterday. Carver Inc. rose 2 after it said third-quarter profit "
        "had tripled. Lund Corp. fell 1 1/2 to 27.",
        "fell",
        "1989-10-30",
    ),
    (
        "Stocks advanced on Monday. Alto Co. surged 5 after it said fourth-quarter orders "
        "would rise. Brigg Inc. slipped 3/8.",
        "slipped",
        "1989-10-30",
    ),
    (
        "The Dow fell yesterday. Hume Corp. lost 2 after it said November shipments would "
        "drop. Crude oil rose 30 cents a barrel.",
        "rose",
        "1989-10-30",
    ),
    (
        "Stocks fell yesterday. Tasker Co. fell 3 after it said first-half sales had slumped. "
        "Mallory Inc. added 1 to 33.",
        "added",
        "1989-10-30",
    ),
    (
        "Stocks rallied yesterday. Penn Foods rose 2 after it said annual profit would climb. "
        "Ravel Corp. tumbled 6 to 21.",
        "tumbled",
        "1989-10-30",
    ),
    (
        "Prices slid on Monday. Garvey Inc. fell 1 after it said third-quarter revenue would "
        "miss forecasts. Copper rose 2 cents a pound.",
        "rose",
        "1989-10-30",
    ),
    (
        "Stocks fell yesterday. Wilde Co. dropped 2 after it said September sales had fallen. "
        "The dollar weakened against the yen.",
        "weakened",
        "1989-10-30",
    ),
    (
        "Stocks rose yesterday. Kemp Corp. gained 4 after it said 1990 profit would grow. "
        "Ames Inc. sank 2 to 12.",
        "sank",
        "1989-10-30",
    ),
    (
        "The market fell yesterday. Orrin Co. fell 1 after it said third-quarter losses would "
        "widen. Bristow Corp. jumped 3 to 51.",
        "jumped",
        "1989-10-30",
    ),
    (
        "Stocks gained on Monday. Lyle Inc. rose 2 after it said quarterly sales would beat "
        "estimates in the fourth quarter. Platinum fell $4.",
        "fell",
        "1989-10-30",
    ),
]


@pytest.mark.parametrize(("text", "move", "value"), ON_THE_TRADING_DAY)
def test_a_move_stays_on_the_trading_day(text: str, move: str, value: str) -> None:
    assert last_time_of(text, move, PUBLISHED) == value
