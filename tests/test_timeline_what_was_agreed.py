"""A line of an act of deciding or promising says what was decided: "Harrowgate agreed
on Wednesday to buy Tesk Metals" is listed as "Harrowgate agreed to buy Tesk Metals on
March 11, 2026", not "Harrowgate agreed on March 11, 2026" (capability table of invented
reports, published Friday 2026-03-13).

A verb whose subject does what its "to" clause says (``control`` in
``models/events/words.json``: agree, decide, promise, pledge, vow, refuse, threaten ...)
had no complement in a line when a date stood between it and its "to" ("agreed on
Wednesday to buy"): the complement was cut at the date's preposition. The verb's own date
is passed over, and the "to" clause, cut before a preposition, a clause or a comma, is
the line's complement.

Before the change all 15 lines were the verb and its date alone. A cluster's headline takes
the clause from the word that gives it its verb (a deal told by "agreed" in one report),
and an object another report gives that verb ("The deal was agreed") does not stand
before the clause; both cluster rows failed before too.
"""

from __future__ import annotations

import pytest

from tests.briefs import assert_a_headline_holds, brief_of

PUBLISHED = "2026-03-13"
OTHER = "Farmers in Vell sold more apples this autumn, a trade group said on Monday."

# (report, words of its line)
CASES = [
    ("Harrowgate agreed on Wednesday to buy Tesk Metals.", "Harrowgate agreed to buy Tesk Metals"),
    ("The board decided on Monday to close the Orvik plant.", "decided to close the Orvik plant"),
    ("Velm Air pledged on Thursday to cut fares.", "Velm Air pledged to cut fares"),
    ("The mayor promised on Sunday to rebuild the bridge.", "promised to rebuild the bridge"),
    ("The union threatened on Tuesday to strike.", "threatened to strike"),
    ("Kessa vowed on Wednesday to appeal the ruling.", "Kessa vowed to appeal the ruling"),
    ("The club refused on Monday to sell its striker.", "refused to sell its striker"),
    ("Brann Capital offered on Thursday to buy the stadium.", "offered to buy the stadium"),
    ("Norvik agreed last week to sell its hotels.", "Norvik agreed to sell its hotels"),
    ("The council decided in February to shut two libraries.", "decided to shut two libraries"),
    ("Orla Bank agreed on March 2 to pay a fine.", "Orla Bank agreed to pay a fine"),
    ("The rebels agreed on Sunday to free the hostages.", "agreed to free the hostages"),
    ("Tarsk Energy decided on Tuesday to scrap the pipeline.", "decided to scrap the pipeline"),
    ("The minister pledged on Monday to raise pensions.", "pledged to raise pensions"),
    ("Dunmore Mining agreed on Friday to merge with Corrow Gas.", "Dunmore Mining agreed to merge"),
]


@pytest.mark.parametrize(("report", "holds"), CASES)
def test_a_line_of_an_act_of_deciding_says_what_was_decided(report, holds):
    lines = [e.headline for e in brief_of(report, OTHER, PUBLISHED).timeline]
    assert any(holds in line for line in lines), lines


# A cluster told by the deal's noun in one report and the verb in another takes the verb's
# words, and what the verb's "to" clause says, for its headline.
CLUSTERS = [
    (
        "Harrowgate agreed on Wednesday to buy Tesk Metals in a cash deal.",
        "The deal between Harrowgate and Tesk Metals was agreed on Wednesday.",
        "Harrowgate agreed to buy Tesk Metals",
    ),
    (
        "Norvik agreed on Monday to sell its hotels to Brann Capital.",
        "The Norvik deal with Brann Capital was agreed on Monday.",
        "Norvik agreed to sell its hotels",
    ),
]


@pytest.mark.parametrize(("first", "second", "holds"), CLUSTERS)
def test_a_cluster_headline_says_what_was_agreed(first, second, holds):
    assert_a_headline_holds(first, second, holds)
