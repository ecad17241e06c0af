"""A club named again by its town or by its club word is the club (one name per club).

In an invented match report "Vell Rovers" and "Rovers" ("Rovers captain Tessa Marr"),
"Brask United" and "Brask" ("Rovers host Brask on Wednesday") were two organisations
each. A club's name of a town and a club word (``club_words``: "Rovers", "United",
"FC") is named again by either word alone, as a company by its first word; where two
clubs share the word, it joins neither. Capability table of invented reports, published
2025-11-18; 14 of the 15 failed before.
"""

from __future__ import annotations

import pytest

import briefx

# (text, the short form, the club it belongs to)
SHORT = [
    ("Vell Rovers beat Moss 2-1 on Saturday. Rovers climbed to fourth.", "Rovers", "Vell Rovers"),
    ("Brask United drew 0-0 at home. Vell host Brask on Wednesday.", "Brask", "Brask United"),
    (
        "Halden Athletic lost 3-0 at home. Athletic have won once all season.",
        "Athletic",
        "Halden Athletic",
    ),
    (
        "Kessel Wanderers sacked their coach on Monday. Wanderers are bottom.",
        "Wanderers",
        "Kessel Wanderers",
    ),
    (
        "Orvik Albion signed a striker on Friday. Albion paid 2 million euros.",
        "Albion",
        "Orvik Albion",
    ),
    (
        "Pella FC were relegated on Sunday. Pella finished bottom with 19 points.",
        "Pella",
        "Pella FC",
    ),
    ("Tarno United won 2-0. The result lifted United to second.", "United", "Tarno United"),
    (
        "Vell Rovers manager Lars Eide praised his side. Rovers play Brask next.",
        "Rovers",
        "Vell Rovers",
    ),
    (
        "Skarvik Rangers beat Moss 4-1. Rangers scored three in the first half.",
        "Rangers",
        "Skarvik Rangers",
    ),
    (
        "Lindmark Athletic drew 1-1 on Saturday. Lindmark stay third.",
        "Lindmark",
        "Lindmark Athletic",
    ),
    (
        "Dunmere United lost again on Tuesday. United have one win in ten.",
        "United",
        "Dunmere United",
    ),
    # The tagger reads "Rask" as a common noun; the side of a result is a club
    # (test_entities_sides_of_a_result).
    ("Rask Wanderers beat Halden 2-0. Wanderers climbed to sixth.", "Wanderers", "Rask Wanderers"),
    (
        "Brenvik Albion sold their captain on Monday. Albion got 3 million.",
        "Albion",
        "Brenvik Albion",
    ),
    (
        "Ashwood Rovers won the derby 1-0. Ashwood fans invaded the pitch.",
        "Ashwood",
        "Ashwood Rovers",
    ),
    ("Marrow FC appointed a coach on Friday. Marrow were bottom in May.", "Marrow", "Marrow FC"),
]


@pytest.mark.parametrize(("text", "short", "club"), SHORT)
def test_a_club_named_again_by_one_word_is_the_club(text: str, short: str, club: str) -> None:
    doc = briefx.extract(text, published="2025-11-18")
    owners = [e.name for e in doc.entities for m in e.mentions if m.text == short]
    assert owners == [club], [(m.text, e.name, e.type) for e in doc.entities for m in e.mentions]


def test_a_club_word_two_clubs_share_joins_neither() -> None:
    text = "Vell Rovers beat Tarsk Rovers 2-1 on Saturday. Rovers fans sang all night."
    doc = briefx.extract(text, published="2025-11-18")
    owners = [e.name for e in doc.entities for m in e.mentions if m.text == "Rovers"]
    assert not set(owners) & {"Vell Rovers", "Tarsk Rovers"}
