"""A timeline line for an event told in a clause of time, by a verb whose past is its
plain form ("shut", "cut", "hit").

"In 2022, the company lost $900 million after a fire shut the factory in Penang in
May" put under May 2022 the line "In 2022, the company lost $900 million", another
event's: the line of the fire's own frame was refused, because "shut" was read as no
past form (it is spelled as its lemma), and the sentence stood in, cut at its first
clause or not at all. A verb told in the past whose past is its plain form is its past.
Capability table of invented reports, published 2025-11-18; all 16 failed before.
"""

from __future__ import annotations

import pytest

import briefx
from tests.event_times import PUBLISHED

# (report, the entry's value, how its line starts)
SAME_PAST = [
    (
        "In 2022, the company lost $900 million after a fire shut the factory in Penang in May.",
        "2022-05",
        "A fire shut the factory",
    ),
    (
        "Output fell in 2021 after a storm cut power to the mill in March.",
        "2021-03",
        "A storm cut power",
    ),
    (
        "Sales slumped in 2020 after a virus hit the region in February.",
        "2020-02",
        "A virus hit the region",
    ),
    (
        "The club lost money in 2018 after the coach quit the team in June.",
        "2018-06",
        "The coach quit the team",
    ),
    (
        "Prices rose in 2017 after a drought hurt the harvest in August.",
        "2017-08",
        "A drought hurt the harvest",
    ),
    (
        "Shares sank in 2015 after the board set a new target in July.",
        "2015-07",
        "The board set a new target",
    ),
    (
        "Traffic fell in 2014 after the city shut the bridge in October.",
        "2014-10",
        "The city shut the bridge",
    ),
    (
        "The league grew in 2013 after the owners split the prize money in March.",
        "2013-03",
        "The owners split the prize money",
    ),
    (
        "Fares rose in 2011 after the airline shed 300 jobs in September.",
        "2011-09",
        "The airline shed 300 jobs",
    ),
    (
        "The team finished last in 2010 after Vell beat the champions in May.",
        "2010-05",
        "Vell beat the champions",
    ),
    (
        "The bank recovered in 2009 after the state cut its rates in January.",
        "2009-01",
        "The state cut its rates",
    ),
    (
        "The mine closed in 2008 after a flood hit the shaft in June.",
        "2008-06",
        "A flood hit the shaft",
    ),
    (
        "Turnout fell in 2007 after officials cut the number of polling stations in March.",
        "2007-03",
        "Officials cut the number",
    ),
    (
        "Exports dropped in 2006 after the port shut its main dock in November.",
        "2006-11",
        "The port shut its main dock",
    ),
    (
        "The brand faded in 2005 after the recall cost the firm $40 million in May.",
        "2005-05",
        "The recall cost",
    ),
    (
        "Rents rose in 2004 after the city set new limits in April.",
        "2004-04",
        "The city set new limits",
    ),
]


@pytest.mark.parametrize(("text", "value", "words"), SAME_PAST)
def test_a_same_past_verb_gets_its_own_line(text: str, value: str, words: str) -> None:
    brief = briefx.brief([briefx.extract(text, published=PUBLISHED)])
    lines = [e.headline for e in brief.timeline if e.value == value]
    assert lines and lines[0].startswith(words), [(e.value, e.headline) for e in brief.timeline]
