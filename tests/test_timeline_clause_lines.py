"""A timeline line for an event of a clause tells that clause, not the sentence's main one
(capability table of invented reports, published Tuesday 2025-11-18).

"Stocks fell on Monday after the central bank signalled it would raise rates in
December" put "Stocks fell on Monday after ..." on the timeline under December, for the
rate rise: the line, cut from the sentence, held the event's word somewhere, and that was
taken as telling it. The event's word must stand in the line's first clause (up to a
``clause_ends`` mark: ", ", " after ", " because "...); else the line starts at the
event's subject, or, when that is a pronoun ("it would raise"), at the clause that holds
it ("the central bank signalled it would raise rates in December"); a subject not found
before the word starts it at that clause too. Before the change 14 of the 15 lines
started with the main clause or a pronoun.
"""

from __future__ import annotations

import pytest

from tests.briefs import brief_of

OTHER = "Farmers in Vell sold more apples this autumn, a trade group said on Monday."

# (report, the entry's value, words its line starts with)
CASES = [
    (
        "Stocks fell on Monday after the central bank signalled it would raise rates in December.",
        "2025-12",
        "The central bank signalled",
    ),
    (
        "Shares rose on Friday after the company said it would cut 500 jobs in January.",
        "2026-01",
        "The company said",
    ),
    (
        "Ministers met on Friday because the budget must be passed in December.",
        "2025-12",
        "The budget must be passed",
    ),
    (
        "Oil rose on Monday after traders said output would fall in December.",
        "2025-12",
        "Output will fall",
    ),
    (
        "The union met on Sunday because the contract expires in January.",
        "2026-01",
        "The contract expires",
    ),
    (
        "Bond yields climbed on Friday after the bank said it would end its bond buying in March.",
        "2026-03",
        "The bank said",
    ),
    (
        "Fans queued on Saturday because tickets go on sale in December.",
        "2025-12",
        "Tickets go on sale",
    ),
    (
        "Farmers protested on Monday after ministers said subsidies would end in January.",
        "2026-01",
        "Subsidies will end",
    ),
    (
        "The port reopened on Sunday after the storm, which hit the coast in October, passed.",
        "2025-10",
        "The storm",
    ),
    (
        "Shops stocked up on Friday as forecasters warned snow would fall in December.",
        "2025-12",
        "Forecasters warned snow would fall",
    ),
    (
        "The carmaker hired 200 workers on Monday because a new plant opens in February.",
        "2026-02",
        "A new plant opens",
    ),
    (
        "Lenders raised rates on Tuesday after the bank said inflation would peak in January.",
        "2026-01",
        "Inflation will peak",
    ),
    (
        "Residents left on Sunday because the river was expected to crest in December.",
        "2025-12",
        "The river was expected",
    ),
    (
        "The mayor spoke on Friday after the council said it would vote in December.",
        "2025-12",
        "The council said",
    ),
    (
        "Prices fell on Monday after the firm said it would launch a cheaper model in March.",
        "2026-03",
        "The firm said",
    ),
]


@pytest.mark.parametrize(("report", "value", "start"), CASES)
def test_a_clause_events_line_is_its_clause(report: str, value: str, start: str) -> None:
    lines = [e.headline for e in brief_of(report, OTHER).timeline if e.value == value]
    assert lines and all(line.startswith(start) for line in lines), lines
