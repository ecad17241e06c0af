"""The price of a deal, however each report words it, is one slot: "agreed to buy Tesk
for $4.2 billion" and "a $4.1 billion cash offer for Tesk" disagree (capability table of
invented pairs of reports, briefed end to end).

A count of money had no role: two reports were compared only where the same frame
carried it ("bought ... for $4.2 billion" against "bought ... for $4.1 billion"). The
``price`` slot (``models/crossdoc/slots.json``) takes the money in the "for" phrase of a
verb of buying or selling, after "worth" or "valued at", and before a noun of a deal
("a $4.1 billion offer", "its $4.2 billion takeover"). Money of two currencies is never
set against each other (each currency is a kind of the class ``money``), nor the price
of a share against the whole ("$35 a share"). Two bidders for one company share it as a
party, so their prices are still set against each other (a strict xfail).

Before the change 6 of the 14 other pairs failed: prices told by two frames were never
compared (the same frame compared them as a bare "dollar" count, the two bidders too).
"""

from __future__ import annotations

import pytest

import briefx

DAY = "2026-03-13"


def _found(*texts: str) -> list[tuple[str, str, str]]:
    brief = briefx.brief(
        [briefx.extract(t, published=DAY, doc_id=f"r{n}") for n, t in enumerate(texts)]
    )
    return sorted(
        (c.kind, c.about, c.relation) for cluster in brief.fact_clusters for c in cluster.conflicts
    )


PRICE = [("quantity", "price", "disagreement")]

# (first report, second report, the conflicts)
PAIRS = [
    (
        "Harrowgate agreed on Wednesday to buy Tesk Metals for $4.2 billion in cash.",
        "Tesk Metals accepted a $3.9 billion cash offer from Harrowgate on Wednesday.",
        PRICE,
    ),
    (
        "Harrowgate agreed on Wednesday to buy Tesk Metals for $4.2 billion in cash.",
        "Tesk Metals accepted a $4.2 billion cash offer from Harrowgate on Wednesday.",
        [],
    ),
    (
        "Velmont will acquire the chipmaker Orla for $900 million, it said on Monday.",
        "Velmont said on Monday it would buy the chipmaker Orla in a deal worth $750 million.",
        PRICE,
    ),
    (
        "Velmont will acquire the chipmaker Orla for $900 million, it said on Monday.",
        "Velmont said on Monday it would buy the chipmaker Orla in a deal worth $900 million.",
        [],
    ),
    (
        "The Kessa Group sold its hotel chain to Brann Capital for $2.5 billion on Friday.",
        "Brann Capital bought the Kessa Group's hotel chain for $2.8 billion on Friday.",
        PRICE,
    ),
    (
        "The Kessa Group sold its hotel chain to Brann Capital for $2.5 billion on Friday.",
        "Brann Capital bought the Kessa Group's hotel chain for $2.5 billion on Friday.",
        [],
    ),
    (
        "Norvik made a $6 billion bid for the brewer Tarsk on Tuesday.",
        "Norvik offered $7.5 billion for the brewer Tarsk on Tuesday, valuing it at $7.5 billion.",
        PRICE,
    ),
    (
        "Halden Energy agreed to buy Corrow Gas for $3 billion on Thursday.",
        "Halden Energy's $4.5 billion takeover of Corrow Gas was agreed on Thursday.",
        PRICE,
    ),
    (
        "Halden Energy agreed to buy Corrow Gas for $3 billion on Thursday.",
        "Halden Energy's $3 billion takeover of Corrow Gas was agreed on Thursday.",
        [],
    ),
    (
        "Brask Foods agreed on Monday to buy the dairy Molla for $1.2 billion.",
        "Brask Foods agreed on Monday to buy the dairy Molla for $1.5 billion.",
        PRICE,
    ),
    # Another currency, a share's price, another buyer: nothing to set against.
    (
        "Velmont will acquire the chipmaker Orla for $900 million, it said on Monday.",
        "Velmont will acquire the chipmaker Orla for 850 million euros, it said on Monday.",
        [],
    ),
    (
        "Harrowgate agreed on Wednesday to buy Tesk Metals for $4.2 billion, or $35 a share.",
        "Harrowgate agreed on Wednesday to buy Tesk Metals for $35 a share.",
        [],
    ),
    pytest.param(
        "Harrowgate agreed on Wednesday to buy Tesk Metals for $4.2 billion in cash.",
        "Dunmore Mining agreed on Wednesday to buy Tesk Metals for $4.6 billion in cash.",
        [],
        marks=pytest.mark.xfail(
            strict=True,
            reason="two bidders for one company share it as a party: prices set against each other",
        ),
    ),
    (
        "Brann Capital bought the hotel chain for $2.5 billion on Friday.",
        "Brann Capital bought the hotel chain for about $2.6 billion on Friday.",
        [],
    ),
    (
        "Norvik made a $6 billion bid for the brewer Tarsk on Tuesday.",
        "Norvik made a bid of about $6 billion for the brewer Tarsk on Tuesday.",
        [],
    ),
]


@pytest.mark.parametrize(("first", "second", "expected"), PAIRS)
def test_the_price_of_a_deal_is_one_slot(first, second, expected):
    assert _found(first, second) == expected
