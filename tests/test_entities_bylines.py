"""A byline names the reporters: people (issue 25, fresh news).

"By Anja Holt" under a headline was an organisation, "By Ade Okafor and Tessa Marr" a
place and a person, "BY KARIN SOLBERG" nothing. A line that opens with "By" and a
capitalised word, holds no full stop and names two to four capitalised words before
"and", a comma or "in", names people; what follows a comma (a role, an outlet) or "in"
(where they filed from) is left to the other rules. "By Thursday, police had ..." is no
byline. Capability table of invented openings, published 2025-11-18; 6 of the 17
bylines failed before the rule.
"""

from __future__ import annotations

import pytest

import briefx

# (text, the people the first lines name)
BYLINES = [
    ("Mayor quits\n\nBy Anja Holt\n\nThe mayor resigned on Monday.", ["Anja Holt"]),
    (
        "Norland PM Marsk resigns as government falls apart\n\nBy Anja Holt\n\nMarsk quit.",
        ["Anja Holt"],
    ),
    ("By Ade Okafor and Tessa Marr\n\nThe mayor resigned on Monday.", ["Ade Okafor", "Tessa Marr"]),
    ("BY KARIN SOLBERG\n\nPrices rose in October.", ["KARIN SOLBERG"]),
    ("By Petra Kolar\n\nThe league fined the club.", ["Petra Kolar"]),
    (
        "By Annika Berg and Lars Eide in Bergen\n\nFishermen protested on Monday.",
        ["Annika Berg", "Lars Eide"],
    ),
    ("Port shut by storm\nBy Mira Castell\n\nThe port closed on Sunday.", ["Mira Castell"]),
    ("By Ravi Menon, Staff Writer\n\nThe port reopened on Sunday.", ["Ravi Menon"]),
    ("By Tomas Lind and Eva Brandt\n\nThe strike ended on Friday.", ["Tomas Lind", "Eva Brandt"]),
    ("By Jonas Pik in Oslo\n\nThe bank raised rates on Thursday.", ["Jonas Pik"]),
    ("By Liu Wen\n\nExports fell in September.", ["Liu Wen"]),
    ("By Fiona McAllister\n\nThe club sacked its coach.", ["Fiona McAllister"]),
    ("Norland PM resigns\n\nBy Osric Vell\n\nThe prime minister quit.", ["Osric Vell"]),
    ("By Greta Lund, Vell Gazette\n\nThe mine closed on Friday.", ["Greta Lund"]),
    ("By Sam Oduya & Nell Carver\n\nThe minister quit.", ["Sam Oduya", "Nell Carver"]),
    ("By Ingrid Vale\n\nFloods hit the valley.", ["Ingrid Vale"]),
    (
        "Tram line approved\n\nBY DAG HOLM AND SIRI NES\n\nThe line opens in May.",
        ["DAG HOLM", "SIRI NES"],
    ),
]


@pytest.mark.parametrize(("text", "people"), BYLINES)
def test_a_byline_names_people(text: str, people: list[str]) -> None:
    doc = briefx.extract(text, published="2025-11-18")
    byline = next(line for line in text.split("\n") if line.lower().startswith("by "))
    start = text.index(byline)
    found = {
        m.text: e.type
        for e in doc.entities
        for m in e.mentions
        if start <= m.start < start + len(byline)
    }
    assert {p: found.get(p) for p in people} == dict.fromkeys(people, "PERSON"), found


@pytest.mark.parametrize(
    "text",
    [
        "By Thursday, police had arrested six men.",
        "By Monday the river had fallen.",
        "By March, prices had doubled.",
    ],
)
def test_a_sentence_that_opens_with_by_is_no_byline(text: str) -> None:
    doc = briefx.extract(text, published="2025-11-18")
    assert not [e for e in doc.entities if e.type == "PERSON"]
