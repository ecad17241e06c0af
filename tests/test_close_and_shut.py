"""Closing and shutting a place are one kind of event (capability table of invented
report pairs, published Tuesday 2025-11-18).

"will close two smelters" and "will shut two smelters" report one closure: the cluster
is one event, "close" (``events/equivalents.json``), and its headline a line of who
closed what and when, not one report's sentence.
"""

from __future__ import annotations

import pytest

from tests.briefs import brief_of

# (first report, second report)
PAIRS = [
    (
        "Corvane Mining will close two smelters in Chile next year.",
        "Corvane Mining will shut two Chilean smelters next year, the company said.",
    ),
    (
        "Tarsk Motors closed its Halden plant on Monday.",
        "Tarsk Motors shut its Halden plant on Monday, union officials said.",
    ),
    (
        "Authorities closed the border crossing at Vell on Sunday.",
        "Authorities shut the border crossing at Vell on Sunday, residents said.",
    ),
    (
        "The city closed all schools on Friday because of the storm.",
        "The city shut all schools on Friday because of the storm, officials said.",
    ),
    (
        "Police closed the main bridge over the Selka on Tuesday.",
        "Police shut the main bridge over the Selka on Tuesday, witnesses said.",
    ),
    (
        "The airline will close its Porto base in March 2026.",
        "The airline will shut its Porto base in March 2026, staff were told.",
    ),
    (
        "Orvell Bank closed 40 branches in 2025.",
        "Orvell Bank shut 40 branches in 2025, the union said.",
    ),
    (
        "The ministry closed the Kessel airport on Wednesday after the eruption.",
        "The ministry shut the Kessel airport on Wednesday after the eruption, pilots said.",
    ),
    (
        "The retailer will shutter 30 stores next month.",
        "The retailer will close 30 stores next month, its chief said.",
    ),
    (
        "Health officials closed the Brask market on Thursday.",
        "Health officials shut down the Brask market on Thursday, traders said.",
    ),
    (
        "The port authority closed the harbour at Orrin on Saturday.",
        "The port authority shut the harbour at Orrin on Saturday, fishermen said.",
    ),
    (
        "The council closed the Estry library in June 2025.",
        "The council shut the Estry library in June 2025, readers said.",
    ),
    (
        "The company closed its Dorval office on Monday.",
        "The company shut its Dorval office on Monday, employees said.",
    ),
    (
        "Regulators closed Halden Savings on Friday.",
        "Regulators shut Halden Savings on Friday, depositors said.",
    ),
    (
        "The army closed the road to Ardan on Tuesday.",
        "The army shut the road to Ardan on Tuesday, drivers said.",
    ),
]


@pytest.mark.parametrize(("first", "second"), PAIRS)
def test_closing_and_shutting_are_one_event(first: str, second: str) -> None:
    clusters = brief_of(first, second).fact_clusters
    assert [c.event.lemma if c.event else None for c in clusters] == ["close"]
    assert clusters[0].sources == 2
