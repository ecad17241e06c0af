"""A price's move after a figure of a period a report tells lies on the trading day (issue 25).

"Stocks fell yesterday. Traders said selling began after the government reported that
consumer prices rose 0.6% in September. Gold rose $3 an ounce." put gold's rise in
September: the monthly figure, itself a move ("rose"), became the day of trading that the
moves told after it keep. A move over a month, a week or a quarter told below its
sentence's main line (in what a report, a survey or the news says) is a figure, not the
day's trading; the moves of prices after it stay on the last day a move was told. A
figure told on the main line ("Consumer prices rose 0.4% in September, the government
said") still gives its period to the figures after it.

Capability table of invented market reports, published 1989-10-31 (a Tuesday).
"""

from __future__ import annotations

import pytest

from tests.event_times import last_time_of

PUBLISHED = "1989-10-31"

# (report, the last move, its day)
ON_THE_TRADING_DAY = [
    (
        "Stocks fell yesterday. Traders said selling began after the government reported that "
        "consumer prices rose 0.6% in September. Gold rose $3 an ounce.",
        "rose",
        "1989-10-30",
    ),
    (
        "Stocks fell yesterday. Dealers blamed a report that producer prices jumped 0.9% in "
        "September. Silver rose 4 cents.",
        "rose",
        "1989-10-30",
    ),
    (
        "Bond prices fell yesterday. Dealers said a report that wages rose 0.5% in the third "
        "quarter stirred fears of inflation. The yield on the long bond climbed to 8.2%.",
        "climbed",
        "1989-10-30",
    ),
    (
        "Stocks gained on Monday. Brokers said buyers returned after the government said that "
        "unemployment fell to 5.1% in October. Copper rose 2 cents.",
        "rose",
        "1989-10-30",
    ),
    (
        "Share prices tumbled yesterday. Dealers said the selling started after a report that "
        "inflation climbed to 6% in September. The yen fell 1%.",
        "fell",
        "1989-10-30",
    ),
    (
        "Crude oil rose yesterday. Traders said buying picked up after the agency said "
        "stockpiles fell by 3 million barrels last week. Heating oil futures also climbed.",
        "climbed",
        "1989-10-30",
    ),
    (
        "Stocks slid yesterday. The selling came after a report that retail sales dropped 1% "
        "in September. The dollar weakened against the mark.",
        "weakened",
        "1989-10-30",
    ),
    (
        "Bonds rallied on Monday. Dealers said the gains followed news that orders for "
        "machine tools plunged 12% in August. Gold eased 50 cents.",
        "eased",
        "1989-10-30",
    ),
    (
        "Stocks rose yesterday. Investors cheered news that factory orders climbed 2.1% in "
        "August. Vortex Corp. gained 1 to 33.",
        "gained",
        "1989-10-30",
    ),
    (
        "Grain futures climbed yesterday. Dealers said buying began after the government said "
        "that exports of wheat surged 20% in the third quarter. Soybean prices also rose.",
        "rose",
        "1989-10-30",
    ),
    (
        "Bond prices rose yesterday. A report showed that sales of new homes fell 5% in "
        "September. The dollar slipped.",
        "slipped",
        "1989-10-30",
    ),
    (
        "The pound rallied yesterday. Dealers cited figures showing that unemployment dropped "
        "to 6% in September. Gilt prices also rose.",
        "rose",
        "1989-10-30",
    ),
    (
        "Stocks closed lower on Monday. Brokers said the mood soured after a survey showed "
        "that consumer spending slipped 0.3% in September. The franc weakened.",
        "weakened",
        "1989-10-30",
    ),
    (
        "Oil prices fell yesterday. Traders said the drop followed a report that output rose "
        "4% in October. Gasoline futures slid 2 cents.",
        "slid",
        "1989-10-30",
    ),
    (
        "Stocks fell yesterday. Dealers said a report that imports jumped 9% in August "
        "unsettled the market. The dollar eased against the yen.",
        "eased",
        "1989-10-30",
    ),
    (
        "Stocks fell yesterday. Analysts said a survey showing that home prices declined 2% "
        "in the second quarter weighed on banks. Platinum rose $4.",
        "rose",
        "1989-10-30",
    ),
]

# A figure on its sentence's main line: the figures after it keep its period.
FIGURES_OF_THE_PERIOD = [
    (
        "Consumer prices rose 0.4% in September, the government said yesterday. Food prices "
        "jumped 0.8%.",
        "jumped",
        "1989-09",
    ),
    (
        "Stocks fell yesterday. Consumer prices rose 0.4% in September, the government said. "
        "Food prices jumped 0.8%.",
        "jumped",
        "1989-09",
    ),
    (
        "Stocks fell yesterday. Exports rose 5% in the third quarter. Imports dropped 2%.",
        "dropped",
        "1989-Q3",
    ),
]


@pytest.mark.parametrize(("text", "word", "value"), ON_THE_TRADING_DAY + FIGURES_OF_THE_PERIOD)
def test_a_move_after_a_reported_figure(text: str, word: str, value: str) -> None:
    assert last_time_of(text, word, PUBLISHED) == value
