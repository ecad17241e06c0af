"""A timeline line of a state or a passive starts at its subject (capability table of
invented reports, published Tuesday 2025-11-18).

In "A fire tore through a large warehouse near the port on Sunday night, and three
guards were still missing on Monday", the guards' being missing is Monday's entry, but
its line was the sentence cut at its first clause ("A fire tore through ... on Sunday
night"), which tells another event; and "the airport was closed on Saturday" gave the
line "Closed on Saturday", which says nothing of what was closed. A line cut from a
sentence that does not hold its entry's event now starts at the event's subject: its
doer, or for a passive or a state what it tells of ("The airport was closed on
Saturday", "Three guards were still missing on Monday")."""

from __future__ import annotations

import pytest

from tests.briefs import brief_of

OTHER = "Farmers in Vell sold more apples this autumn, a trade group said on Monday."

# (report, the words a timeline line holds)
CASES = [
    (
        "A storm flooded several villages along the northern coast late on Sunday, and two "
        "fishermen were still missing on Monday morning.",
        "Two fishermen were still missing",
    ),
    (
        "Rebels shelled the eastern districts of the city for hours on Friday, and the "
        "airport was closed on Saturday.",
        "The airport was closed",
    ),
    (
        "A fire tore through a large warehouse near the port on Sunday night, and three "
        "guards were still missing on Monday.",
        "Three guards were still missing",
    ),
    (
        "Heavy snow fell across the northern provinces for most of Monday, and hundreds of "
        "schools were shut on Tuesday.",
        "Hundreds of schools were shut",
    ),
    (
        "A bus plunged off a mountain road in the far north on Saturday, and the pass was "
        "closed on Sunday.",
        "The pass was closed",
    ),
    (
        "A tanker ran aground off the rocky western coast on Thursday evening, and its crew "
        "were safe on Friday.",
        "Its crew were safe",
    ),
    (
        "An earthquake shook the capital and several towns nearby on Monday, and thousands "
        "of residents were homeless on Tuesday.",
        "Thousands of residents were homeless",
    ),
    (
        "Strikers blocked the gates of the biggest car plant in the country on Wednesday, "
        "and production was idle on Thursday.",
        "Production was idle",
    ),
    (
        "Floodwater poured into the old town after a dam failed upstream on Tuesday, and the "
        "cathedral was inaccessible on Wednesday.",
        "The cathedral was inaccessible",
    ),
    (
        "Hackers broke into the computer systems of the national rail company on Friday, and "
        "ticket machines were unusable on Saturday.",
        "Ticket machines were unusable",
    ),
    (
        "A gas blast destroyed a block of flats in the western suburbs on Sunday, and eleven "
        "residents were missing on Monday.",
        "Eleven residents were missing",
    ),
    (
        "Wildfires spread through the pine forests above the resort town on Thursday, and "
        "the highway was shut on Friday.",
        "The highway was shut",
    ),
    (
        "Protesters occupied the main square of the capital for a third day on Monday, and "
        "the parliament building was sealed on Tuesday.",
        "The parliament building was sealed",
    ),
    (
        "A freight train derailed on a bridge over the river on Sunday evening, and the rail "
        "line was blocked on Monday.",
        "The rail line was blocked",
    ),
    (
        "A mudslide swept away houses in a hillside district on Friday, and six children were "
        "missing on Saturday.",
        "Six children were missing",
    ),
]


@pytest.mark.parametrize(("report", "words"), CASES)
def test_a_state_line_starts_at_its_subject(report: str, words: str) -> None:
    lines = [e.headline for e in brief_of(report, OTHER).timeline]
    assert any(line.startswith(words) for line in lines), lines
