"""Facts of reports published on different days link by their words only when they name
a date in common (issue 26): each report tells its own day's news. A capability table
over two-report briefs whose sentences are alike."""

from __future__ import annotations

import pytest

import briefx

MON, TUE, NEXT = "2025-06-02", "2025-06-03", "2025-06-09"
# (published, sentence, published, sentence, linked?)
CASES = [
    # One day: alike sentences link.
    (
        MON,
        "The Halvard index fell 1.2% as bank shares slid.",
        MON,
        "Bank shares slid and the Halvard index fell 1.2%.",
        True,
    ),
    (
        MON,
        "Crude oil rose to $74 a barrel in late trading.",
        MON,
        "In late trading crude oil rose to $74 a barrel.",
        True,
    ),
    (
        MON,
        "The central bank kept its main rate at 4%, the governor said.",
        MON,
        "The governor said the central bank kept its main rate at 4%.",
        True,
    ),
    # Other days, no date in common: two days' news, however alike.
    (
        MON,
        "The Halvard index fell 1.2% as bank shares slid.",
        TUE,
        "The Halvard index fell 0.8% as bank shares slid again.",
        False,
    ),
    (
        MON,
        "Crude oil rose to $74 a barrel in late trading.",
        TUE,
        "Crude oil rose to $75 a barrel in late trading.",
        False,
    ),
    (
        MON,
        "The central bank kept its main rate at 4%, the governor said.",
        NEXT,
        "The central bank kept its main rate at 4%, the governor said again.",
        False,
    ),
    (
        MON,
        "Trading was thin ahead of the holiday, brokers said.",
        TUE,
        "Trading was thin after the holiday, brokers said.",
        False,
    ),
    (
        MON,
        "Shares of Norvik Steel jumped 5% after the results.",
        NEXT,
        "Shares of Norvik Steel jumped 5% after the merger news.",
        False,
    ),
    (
        MON,
        "The Velmoran currency weakened to 41 per dollar.",
        TUE,
        "The Velmoran currency weakened to 42 per dollar.",
        False,
    ),
    # Sentences naming no event (only a place in common): only the day tells them apart.
    (MON, "Volume in Oslo was light at 1.2 billion shares, brokers said.",
     MON, "Volume in Oslo was light at 1.2 billion shares.", True),
    (MON, "Volume in Oslo was light at 1.2 billion shares, brokers said.",
     TUE, "Volume in Oslo was light at 1.1 billion shares.", False),
    (MON, "The yield on ten-year bonds in Oslo was 4.1% at the close.",
     TUE, "The yield on ten-year bonds in Oslo was 4.2% at the close.", False),
    (MON, "Gold was at $2,310 an ounce in Oslo trading.",
     NEXT, "Gold was at $2,290 an ounce in Oslo trading.", False),
    (MON, "The main index in Oslo was 1.2% lower at the close.",
     TUE, "The main index in Oslo was 0.4% higher at the close.", False),
    # Other days naming one date: a follow-up of one event.
    (
        MON,
        "Norvik Steel cut 300 jobs on May 28, the union said.",
        NEXT,
        "Norvik Steel cut 300 jobs on May 28, the union recalled.",
        True,
    ),
    (
        MON,
        "The ferry sank on May 30 with 40 people on board.",
        TUE,
        "The ferry that sank on May 30 had 40 people on board.",
        True,
    ),
    (
        MON,
        "The bridge closed on June 1 after a crack was found.",
        NEXT,
        "The bridge, closed on June 1 after a crack was found, reopened.",
        True,
    ),
    (
        MON,
        "Voters in Dunmark backed the plan on June 1 by 58%.",
        TUE,
        "On June 1 voters in Dunmark backed the plan by 58%.",
        True,
    ),
    # Other days naming other dates: two events.
    (
        MON,
        "Norvik Steel cut 300 jobs on May 28, the union said.",
        NEXT,
        "Norvik Steel cut 300 jobs on June 6, the union said.",
        False,
    ),
    (
        MON,
        "The ferry sank on May 30 with 40 people on board.",
        NEXT,
        "A ferry sank on June 7 with 40 people on board.",
        False,
    ),
]


@pytest.mark.parametrize(("day_a", "first", "day_b", "second", "expected"), CASES)
def test_text_links_across_days(
    day_a: str, first: str, day_b: str, second: str, expected: bool
) -> None:
    docs = [
        briefx.extract(first, published=day_a, doc_id="a"),
        briefx.extract(second, published=day_b, doc_id="b"),
    ]
    brief = briefx.brief(docs)
    linked = any({f.doc for f in c.facts} == {0, 1} for c in brief.fact_clusters)
    assert linked is expected
