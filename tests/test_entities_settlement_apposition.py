"""A name set beside a noun of a settlement between commas is a place (fresh news).

"outside her office in the capital, Vessling." read "Vessling" as an organisation; "the
border town, Ashwood," and "the capital, Skarvik," as people. A name right after "the
[...] capital," or another of ``settlement_nouns`` and a comma, and ended by a comma or
the sentence's end, is a place, as after "the town of". A name followed by its verb ("In
the capital, Ostra Bank raised rates") is the sentence's subject and stays as read, and
so does a name beside a settlement the phrase already names ("the governor of the Tarsk
region, Edda Marsk,") or a person with a known first name.
Capability table of invented sentences, published 2025-11-18; 7 of the 15 failed before.
"""

from __future__ import annotations

import pytest

import briefx

# (text, the name)
APPOSED = [
    ("Marsk spoke to reporters outside her office in the capital, Vessling.", "Vessling"),
    ("Protesters marched through the capital, Tarno, on Saturday.", "Tarno"),
    ("The minister flew to the regional capital, Brask, on Friday.", "Brask"),
    ("Fighting spread to the nearby town, Kessel, overnight.", "Kessel"),
    ("Aid reached the provincial capital, Mirgorod, late on Sunday.", "Mirgorod"),
    ("The rebels seized the border town, Ashwood, last week.", "Ashwood"),
    ("Police sealed off the old city, Pella, after the blast.", "Pella"),
    ("Thousands gathered in the capital, Dunmere, to mourn the king.", "Dunmere"),
    ("The storm reached the island's main town, Rask, at dawn.", "Rask"),
    ("Troops entered the village, Brenvik, on Tuesday.", "Brenvik"),
    ("The plant is in the northern city, Halden.", "Halden"),
    ("Talks were held in the capital, Skarvik, on Monday.", "Skarvik"),
    ("The train derailed near the coastal town, Marrow, on Sunday.", "Marrow"),
    ("The festival returns to the harbour town, Lindmark, in July.", "Lindmark"),
    ("Voters in the capital, Quandor, turned out early.", "Quandor"),
    pytest.param(
        "Floods hit the port city, Orvik, on Monday.",
        "Orvik",
        marks=pytest.mark.xfail(strict=True, reason="the model tags no name here; none is added"),
    ),
]


@pytest.mark.parametrize(("text", "name"), APPOSED)
def test_a_name_beside_a_settlement_noun_is_a_place(text: str, name: str) -> None:
    doc = briefx.extract(text, published="2025-11-18")
    kinds = {e.type for e in doc.entities for m in e.mentions if m.text == name}
    assert kinds == {"PLACE"}, [(m.text, e.type) for e in doc.entities for m in e.mentions]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("In the capital, Ostra Bank raised rates on Monday.", "Ostra Bank", "ORG"),
        ("In the city, Marten Woods said the plan would fail.", "Marten Woods", "PERSON"),
        ("The governor of the Tarsk region, Edda Marsk, resigned.", "Edda Marsk", "PERSON"),
        ("Fans thanked the mayor of the city, Anna Lind, on Sunday.", "Anna Lind", "PERSON"),
    ],
)
def test_a_subject_after_an_opening_phrase_stays(text: str, name: str, kind: str) -> None:
    doc = briefx.extract(text, published="2025-11-18")
    assert {e.type for e in doc.entities for m in e.mentions if m.text == name} == {kind}
