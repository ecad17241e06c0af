"""A party's one-word name inside a longer party name is not that party (issue 25's naming
errors on fresh stories).

"The Social Democrats won 34% of the vote": the gazetteer knows "Democrats" as the US
Democratic Party, and the story named a party of Velmora as it. A party known by a plural
(the gazetteer's party entries, "Democrats", "Republicans", "Conservatives") right after a
capitalised word that no known name holds and that is no determiner ("Social", "Free",
"Christian", "Scottish") is the last word of another party's name: the two words are an
organisation of their own. After a known place or body ("Texas Democrats", "Senate
Republicans") it stays the party known. Capability table of invented sentences.
"""

from __future__ import annotations

import pytest

import briefx


def organisations(text: str) -> list[str]:
    doc = briefx.extract(text, published="2025-11-18")
    return [e.name for e in doc.entities if e.type == "ORG"]


# (text, the organisation's name)
TABLE = [
    ("The Social Democrats won 34% of the vote on Sunday.", "Social Democrats"),
    ("The Free Democrats left the coalition in protest.", "Free Democrats"),
    ("The Christian Democrats lost 12 seats.", "Christian Democrats"),
    ("The New Democrats backed the budget.", "New Democrats"),
    ("Scottish Conservatives criticised the plan.", "Scottish Conservatives"),
    ("Members of the Social Democrats called a congress for March.", "Social Democrats"),
    ("The Swiss Conservatives gained two seats.", "Swiss Conservatives"),
    ("Leaders of the Social Conservatives met in Orvik.", "Social Conservatives"),
    ("The Radical Democrats walked out of the talks.", "Radical Democrats"),
    ("Polls put the Green Conservatives at 8%.", "Green Conservatives"),
    ("The Progressive Republicans chose a new leader.", "Progressive Republicans"),
    ("A deal with the Free Democrats looked unlikely.", "Free Democrats"),
    ("The National Republicans boycotted the vote.", "National Republicans"),
    ("The Christian Democrats and the Greens agreed a programme.", "Christian Democrats"),
    ("Support for the Social Democrats fell to 21%.", "Social Democrats"),
    ("The Reform Conservatives named a candidate.", "Reform Conservatives"),
    # Controls: the party known, alone or after a known place or body.
    ("The Democrats won control of the Senate.", "Democratic Party"),
    ("Senate Republicans blocked the bill.", "Republican Party"),
    ("Texas Democrats held a convention.", "Democratic Party"),
]


@pytest.mark.parametrize(("text", "name"), TABLE)
def test_a_party_word_inside_a_longer_name_is_that_name(text: str, name: str) -> None:
    found = organisations(text)
    assert name in found, found
