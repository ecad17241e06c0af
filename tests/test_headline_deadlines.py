"""A headline says a deadline as a deadline: "Crews will restore power by Nov. 21, 2025",
not "on Nov. 21" (a day the text never gave the act). The date a report names after "by"
is the latest the act may happen (issue 25: placed relative to it, not within it), and
the line keeps that word. Capability table of invented report pairs (published
2025-11-18, a Tuesday).
"""

from __future__ import annotations

import pytest

from tests.briefs import assert_a_headline_holds, brief_of

# (first report, second report, words the headline holds)
TABLE = [
    (
        "Grid operator Tessaline will restore power to the town by Friday.",
        "Tessaline said it will restore power to the town by Friday.",
        "restore power by Nov. 21, 2025",
    ),
    (
        "The council must repair the bridge by Dec. 15.",
        "The council has to repair the bridge by Dec. 15, a court ruled.",
        "repair the bridge by Dec. 15",
    ),
    (
        "The firm will repay the loan by March.",
        "The firm said it would repay the loan by March.",
        "repay the loan by March 2026",
    ),
    (
        "Contractors will finish the stadium by June.",
        "Contractors are set to finish the stadium by June, the club said.",
        "finish the stadium by June 2026",
    ),
    (
        "The airline will cut 500 jobs by the end of 2026.",
        "The airline plans to cut 500 jobs by the end of 2026.",
        "cut 500 jobs",
    ),
    (
        "The regulator will publish the report by Monday.",
        "The regulator said it will publish the report by Monday.",
        "publish the report by Nov. 24, 2025",
    ),
    (
        "The government will close the camp by January.",
        "The government promised to close the camp by January.",
        "close the camp by January 2026",
    ),
    (
        "The club will sign the striker by Thursday.",
        "The club hopes to sign the striker by Thursday.",
        "sign the striker by Nov. 20, 2025",
    ),
    (
        "The ministry will pay the farmers by Dec. 1.",
        "The ministry said it would pay the farmers by Dec. 1.",
        "pay the farmers by Dec. 1, 2025",
    ),
    (
        "Engineers will inspect the dam by Saturday.",
        "Engineers are due to inspect the dam by Saturday.",
        "inspect the dam by Nov. 22, 2025",
    ),
    (
        "The state will shut the mine by April.",
        "The state said it will shut the mine by April.",
        "shut the mine by April 2026",
    ),
    (
        "The bank will sell the unit by February.",
        "The bank aims to sell the unit by February.",
        "sell the unit by February 2026",
    ),
    # A day it happens on keeps "on".
    (
        "The council repaired the bridge on Monday.",
        "The council repaired the old bridge on Monday, officials said.",
        "repaired the bridge on Nov. 17, 2025",
    ),
    (
        "Tessaline will restore power on Friday.",
        "Tessaline said it will restore power on Friday.",
        "restore power on Nov. 21, 2025",
    ),
    (
        "The firm repaid the loan in March.",
        "The firm repaid the loan in March, its report showed.",
        "repaid the loan in March 2025",
    ),
]


@pytest.mark.parametrize(("first", "second", "words"), TABLE)
def test_a_deadline_reads_as_one(first: str, second: str, words: str) -> None:
    assert_a_headline_holds(first, second, words)


def test_no_line_puts_a_deadline_on_a_day() -> None:
    brief = brief_of(
        "Grid operator Tessaline will restore power to the town by Friday.",
        "Tessaline said it will restore power to the town by Friday.",
    )
    assert not any("on Nov. 21" in c.headline for c in brief.fact_clusters)
