"""A market report tells its prices' moves on the trading day it named, even past news of
now told in between (issue 25, rule 3): in "Stocks fell on Friday. The bidder has offered
$40 a share. Acme eased 1 to 30." Acme eased on Friday. A present perfect or progressive
about something else ends the told scene for other events ("The storm hit on Sunday. The
city has declared an emergency. Crews suspended the search": when is not told), but a
move of a price after a move of a price set on a day keeps that day (``market_moves`` in
``models/events/time.json``). Capability table of invented texts (published 2025-11-18, a
Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import time_of

# (text, a move told after news of now, its time's value)
TABLE = [
    ("Stocks fell sharply on Friday. The bidder has offered $40 a share. Acme eased 1 to 30.",
     "eased", "2025-11-14"),
    ("Prices fell on Monday. The company has denied the report. Rival firms slipped further.",
     "slipped", "2025-11-17"),
    ("The Nasdaq dropped 1.2% on Monday. Investors are worrying about rates. Intel slipped 3%.",
     "slipped", "2025-11-17"),
    ("Oil rose 2% on Friday. The cartel has said it will cut output. Brent gained 1.5%.",
     "gained", "2025-11-14"),
    ("The dollar weakened on Monday. Traders have bet on a rate cut. The euro climbed to "
     "$1.10.", "climbed", "2025-11-17"),
    ("Shares in Vantor jumped 8% on Thursday. The firm has won a contract. Its rival Cortex "
     "fell 2%.", "fell", "2025-11-13"),
    ("Gold climbed to a record on Monday. Central banks have been buying. Silver rose 3%.", "rose",
     "2025-11-17"),
    ("The FTSE 100 closed down 0.5% on Friday. Miners have been under pressure. Glencore "
     "lost 4%.", "lost", "2025-11-14"),
    ("Bonds rallied on Monday. The central bank has signalled a pause. The yield on the "
     "10-year note fell to 4.1%.", "fell", "2025-11-17"),
    ("Wheat futures surged on Wednesday. Drought has hit the plains. Corn added 2%.", "added",
     "2025-11-12"),
    ("Stocks fell on Friday. Brokers have turned cautious. Tesla slid 5%.", "slid",
     "2025-11-14"),
    ("Copper climbed 2% on Monday. Mines have shut in Chile. Zinc advanced 1%.", "advanced",
     "2025-11-17"),
    ("Tin slipped 1% on Friday. Smelters have cut output. Shares of Orbis rocketed 9 to 39.",
     "rocketed", "2025-11-14"),
    ("Stocks rose on Monday. The bank has raised its forecast. Rail shares plummeted 6%.",
     "plummeted", "2025-11-17"),
    # Not a move after a move: the news of now ends the told scene.
    ("On Monday, protesters gathered. The union has called a strike. It chose a leader.",
     "chose", None),
    ("The storm hit on Sunday. The city has declared an emergency. Crews suspended the "
     "search.", "suspended", None),
    ("Stocks fell on Friday. The firm has cut jobs. It hired a new chief.", "hired", None),
    ("The storm hit on Sunday. The city has declared an emergency. Insurers' shares fell 3%.",
     "fell", None),
]


@pytest.mark.parametrize(("text", "word", "value"), TABLE)
def test_a_move_after_a_move_keeps_the_trading_day(
    text: str, word: str, value: str | None
) -> None:
    assert time_of(text, word) == value
