""" "That autumn", "the following March", "the previous winter": a season or a month named
from the last date told, not from the publication day (issue 25, dates).

"She met the board in March 2021 and visited it again that autumn." tells the visit in
the autumn of 2021. The rules read "that autumn" as a bare season of the publication year
(or dropped the words before a month: "the following March" read as the March nearest
the report), so the visit moved five years ahead of its story. A season or a month after
"that", "that same", "the same", "the following", "the previous" or "the preceding"
(``named_from_a_date`` in models/dates/normalize.json) now counts from the last date named
before it: "that" is the one of that date's year (a January's winter began the December
before), "the following" the first to start after that date, "the previous" the last to
end before it. "That" which opens a clause ("said that June sales fell") names no date.

Capability table of invented sentences, published 2026-11-16 (a Monday); before the rule
18 of the 18 rows failed (each season or month read from the publication year).
"""

from __future__ import annotations

import pytest

import briefx
from tests.event_times import assert_date_of_its_event

PUBLISHED = "2026-11-16"

# (text, date words, value, event word that happened then)
NAMED = [
    (
        "She met the board in March 2021 and visited it again that autumn.",
        "that autumn",
        "2021-FA",
        "visited",
    ),
    ("The bridge closed in 2015 and reopened that summer.", "that summer", "2015-SU", "reopened"),
    (
        "In 2012 she moved to Rome, and that winter she founded a choir.",
        "that winter",
        "2012-WI",
        "founded",
    ),
    (
        "The club was sold in 2017 and moved to a new ground that June.",
        "that June",
        "2017-06",
        "moved",
    ),
    (
        "The dam failed in 2004. The following summer the village was rebuilt.",
        "The following summer",
        "2005-SU",
        "rebuilt",
    ),
    (
        "He was hired in 2013, and the following March he was promoted.",
        "the following March",
        "2014-03",
        "promoted",
    ),
    (
        "The plant opened on May 3, 2019. That summer it doubled its output.",
        "That summer",
        "2019-SU",
        "doubled",
    ),
    (
        "Floods hit the valley in April 2019 after the previous winter brought record snow.",
        "the previous winter",
        "2018-WI",
        "brought",
    ),
    (
        "The law passed in 2010 and was challenged in court that same autumn.",
        "that same autumn",
        "2010-FA",
        "challenged",
    ),
    (
        "The mine closed in 1998; the preceding summer, miners had walked out for six weeks.",
        "the preceding summer",
        "1997-SU",
        None,
    ),
    (
        "Rebels took the town in August 2014 and lost it the following January.",
        "the following January",
        "2015-01",
        "lost",
    ),
    (
        "The singer toured Asia in 2009. That spring she also recorded an album.",
        "That spring",
        "2009-SP",
        "recorded",
    ),
    (
        "The firm listed its shares in 2020 and that December bought a rival.",
        "that December",
        "2020-12",
        "bought",
    ),
    (
        "The ship was launched in 1985 and sailed on its first voyage the following spring.",
        "the following spring",
        "1986-SP",
        "sailed",
    ),
    (
        "The pact was signed in October 2008, after talks nearly collapsed the previous June.",
        "the previous June",
        "2008-06",
        "collapsed",
    ),
    (
        "He joined the army in 1967 and was sent abroad that autumn.",
        "that autumn",
        "1967-FA",
        "sent",
    ),
    (
        "The lab was founded in January 2001, and that winter it hired its first staff.",
        "that winter",
        "2000-WI",
        "hired",
    ),
    (
        "Exports fell in 2022. The following autumn they recovered.",
        "The following autumn",
        "2023-FA",
        "recovered",
    ),
]


@pytest.mark.parametrize(("text", "words", "value", "event"), NAMED)
def test_a_season_or_month_named_from_the_last_date(text, words, value, event):
    assert_date_of_its_event(text, words, value, event, PUBLISHED)


# (text, date words, value): no date before to count from, a season told from now, or a
# "that" that opens a clause.
FROM_NOW = [
    ("The pool closed in 2015. It will reopen next summer.", "next summer", "2027-SU"),
    (
        "The farm was sold in 2011. Its new owners will plant vines the following spring.",
        "the following spring",
        "2027-SP",
    ),
    (
        "The mill shut in 2009. Its owner said on Monday that June orders were strong.",
        "June",
        "2026-06",
    ),
]


@pytest.mark.parametrize(("text", "words", "value"), FROM_NOW)
def test_a_season_or_month_not_counted_from_an_older_date(text, words, value):
    doc = briefx.extract(text, published=PUBLISHED)
    found = {d.text: d.value for d in doc.dates}
    assert found.get(words) == value, found
