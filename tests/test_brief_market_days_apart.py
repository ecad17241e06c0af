"""Two market reports of different days tell two days of the market, however alike their
words: "Stocks fell on Monday ... The main index lost 1.2%" and "Stocks fell on Thursday
... The main index lost 0.9%" make no cluster of the index's losses.

Identity compares the times of two frames only when each is the frame's own date (a
paragraph's time parted events too eagerly on ECB+). A move of the market (the "market"
sense of ``models/events/senses.json``: a price, an index, a currency or shares rising,
falling, losing or weakening) happens again every trading day: the one day its paragraph
told is its time too (``identity._trading_day``), and parts it from another day's move.
The "market" sense now also reads "lose" and "weaken".

Capability table of invented pairs of reports, both published 2026-03-13 (days two or
more apart: reports of one publication day allow a day's slack); before the rule all 12
pairs of different days had a cluster of both, and the 6 pairs of one day kept theirs.
"""

from __future__ import annotations

import pytest

from tests.briefs import brief_of

PUBLISHED = "2026-03-13"

# (a report, another day's report): no cluster holds a fact of each.
APART = [
    (
        "Stocks fell on Monday as bank shares slid. The main index lost 1.2%.",
        "Stocks fell on Thursday as technology shares dropped. The main index lost 0.9%.",
    ),
    (
        "Shares rose on Tuesday after strong retail data. The benchmark index gained 0.8%.",
        "Shares rose on Friday as miners rallied. The benchmark index gained 0.5%.",
    ),
    (
        "Markets slid on Monday. The dollar weakened against the euro.",
        "Markets slid on Wednesday. The dollar weakened against the yen.",
    ),
    (
        "Oil prices climbed on Tuesday. Brent crude rose 2% to $84 a barrel.",
        "Oil prices climbed on Thursday. Brent crude rose 1% to $86 a barrel.",
    ),
    (
        "European stocks dropped on Monday. The DAX lost 1.5%.",
        "European stocks dropped on Wednesday. The DAX lost 0.7%.",
    ),
    (
        "Gold hit a record on Tuesday. Silver prices rose 3%.",
        "Gold hit a record on Friday. Silver prices rose 1%.",
    ),
    (
        "Asian markets fell on Monday. The Nikkei lost 2% in Tokyo.",
        "Asian markets fell on Thursday. The Nikkei lost 1% in Tokyo.",
    ),
    (
        "Bond yields jumped on Wednesday. The pound weakened sharply.",
        "Bond yields jumped on Friday. The pound weakened again.",
    ),
    (
        "Metals retreated on Tuesday. Copper prices lost 1.8% in London.",
        "Metals retreated on Thursday. Copper prices lost 0.6% in London.",
    ),
    (
        "Treasuries sold off on Monday. The 10-year yield rose to 4.3%.",
        "Treasuries sold off on Wednesday. The 10-year yield rose to 4.4%.",
    ),
    (
        "Cryptocurrencies slumped on Saturday. Bitcoin lost 5% to $61,000.",
        "Cryptocurrencies slumped on Thursday. Bitcoin lost 2% to $59,800.",
    ),
    (
        "The central bank held rates on Tuesday. The euro fell 0.4% against the dollar.",
        "Traders sold the single currency on Friday. The euro fell 0.3% against the dollar.",
    ),
]

# (a report, a report of the same day): the index's loss is one fact of both.
SAME_DAY = [
    (
        "Stocks fell on Thursday as technology shares dropped. The main index lost 0.9%.",
        "Wall Street ended lower on Thursday. The main index lost 0.9% as tech stocks fell.",
    ),
    (
        "Oil prices climbed on Tuesday. Brent crude rose 2% to $84 a barrel.",
        "Crude oil extended gains on Tuesday. Brent crude rose 2% to $84 a barrel.",
    ),
    (
        "Asian markets fell on Monday. The Nikkei lost 2% in Tokyo.",
        "Tokyo shares slumped on Monday. The Nikkei lost 2% in Tokyo.",
    ),
    (
        "Metals retreated on Tuesday. Copper prices lost 1.8% in London.",
        "Copper slid for a third session on Tuesday. Copper prices lost 1.8% in London.",
    ),
    (
        "The central bank held rates on Tuesday. The euro fell 0.4% against the dollar.",
        "The euro fell 0.4% against the dollar on Tuesday after the rate decision.",
    ),
    (
        "Stocks fell on Monday as bank shares slid. The main index lost 1.2%.",
        "The main index lost 1.2% on Monday, its worst day in a month.",
    ),
]


def _across(first: str, second: str) -> list[str]:
    """Headlines of the clusters that hold a fact of each report."""
    brief = brief_of(first, second, PUBLISHED)
    return [c.headline for c in brief.fact_clusters if {f.doc for f in c.facts} == {0, 1}]


@pytest.mark.parametrize(("first", "second"), APART)
def test_two_days_of_the_market_make_no_cluster(first: str, second: str) -> None:
    assert _across(first, second) == []


@pytest.mark.parametrize(("first", "second"), SAME_DAY)
def test_one_day_of_the_market_is_one_fact(first: str, second: str) -> None:
    assert _across(first, second) != []
