"""A one-word name after a plant's, an office's or a mine's "in" is a place (issue 25).

"Telvane will close its research centre in Grenholt" made Grenholt an organisation: the
model reads an unknown capitalised word as whatever it reads most unknown names as, and
the rule that a body or a crowd "in" a name makes it a place ("police in Harwell",
``in_place_nouns`` of models/entities/rules.json) knew no sites of a firm. Plants,
factories, offices, mines, centres and the other places a firm or a state runs
(now in ``in_place_nouns``) are somewhere too: the name after their "in" is a place.

Capability table of invented sentences, published 2025-11-19.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-19"

# (text, the place)
PLACES = [
    ("Telvane will close its research centre in Grenholt.", "Grenholt"),
    ("The carmaker will shut its plant in Marrowby next year.", "Marrowby"),
    ("Workers at the factory in Tessford walked out on Monday.", "Tessford"),
    ("The bank will open an office in Carvell in March.", "Carvell"),
    ("Output at the copper mine in Oskery fell 12%.", "Oskery"),
    ("A fire broke out at a warehouse in Lindqvay on Sunday.", "Lindqvay"),
    ("The refinery in Pellan resumed work after the strike.", "Pellan"),
    ("The company moved its headquarters in Dorrant to a new tower.", "Dorrant"),
    pytest.param(
        "The mill in Hathersby laid off 90 workers.",
        "Hathersby",
        marks=pytest.mark.xfail(strict=True, reason="the model reads the name as a product"),
    ),
    ("A depot in Skellow was damaged in the storm.", "Skellow"),
    ("The smelter in Vardun will close in June.", "Vardun"),
    ("The chain shut its store in Brackley after the flood.", "Brackley"),
    ("Engineers inspected the dam in Ollerby on Tuesday.", "Ollerby"),
    ("The airline built a hangar in Tarnow last year.", "Tarnow"),
    ("The brewer sold its brewery in Kelsall to a rival.", "Kelsall"),
    ("The station in Morwick reopened on Friday.", "Morwick"),
]

# (text, the name, its type): a firm "in" which money or a part is put stays one
OTHERS = [
    ("The fund bought a stake in Corvane Systems.", "Corvane Systems", "ORG"),
]


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_a_site_in_a_name_makes_it_a_place(text: str, place: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    found = {e.name: e.type for e in doc.entities}
    assert found.get(place) == "PLACE", found


@pytest.mark.parametrize(("text", "name", "kind"), OTHERS)
def test_a_firm_stays(text: str, name: str, kind: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    found = {e.name: e.type for e in doc.entities}
    assert found.get(name) == kind, found
