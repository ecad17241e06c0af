"""A person's name set beside the noun of a person between commas is a person.

"his lawyer, Kari Lunde, said he would appeal" read Kari Lunde as an organisation; "The
firm's founder, Petra Kolar," too, "The pilot, Ade Okafor," as a place and "Their coach,
Lars Eide," as nothing. A name of two or three capitalised words, the first a known first
name, set between a common noun and a comma or the sentence's end, is a person. Invented
sentences, published 2025-11-18; 4 of the 15 failed before.
"""

from __future__ import annotations

import pytest

import briefx

# (text, the name)
BESIDE = [
    ("Dale denied the charges and his lawyer, Kari Lunde, said he would appeal.", "Kari Lunde"),
    ("The company's spokeswoman, Ana Berg, declined to comment.", "Ana Berg"),
    ("Her husband, Tomas Vik, was not hurt.", "Tomas Vik"),
    ("The club's captain, Mira Castell, lifted the cup.", "Mira Castell"),
    ("The airline's chief executive, Osric Dele, resigned on Monday.", "Osric Dele"),
    ("The victim's mother, Greta Lund, spoke outside the court.", "Greta Lund"),
    ("Their coach, Lars Eide, praised the team.", "Lars Eide"),
    ("The bank's economist, Ravi Menon, expects a cut.", "Ravi Menon"),
    ("A spokesman, Jonas Pik, said the plant was safe.", "Jonas Pik"),
    ("The city's mayor, Ida Solvik, declared an emergency.", "Ida Solvik"),
    ("The firm's founder, Petra Kolar, sold her stake.", "Petra Kolar"),
    ("His brother, Nils Ravn, was arrested on Friday.", "Nils Ravn"),
    ("The union's leader, Dag Holm, called a strike.", "Dag Holm"),
    ("The prosecutor, Siri Nes, asked for eight years.", "Siri Nes"),
    ("The pilot, Ade Okafor, landed the plane safely.", "Ade Okafor"),
]


@pytest.mark.parametrize(("text", "name"), BESIDE)
def test_a_name_beside_a_persons_noun_is_a_person(text: str, name: str) -> None:
    doc = briefx.extract(text, published="2025-11-18")
    assert {e.type for e in doc.entities for m in e.mentions if m.text == name} == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The lender, Ostra Bank, raised rates.", "Ostra Bank", "ORG"),
        ("Its biggest client, Corvane Systems, cut orders.", "Corvane Systems", "ORG"),
    ],
)
def test_a_name_of_no_known_first_name_is_left(text: str, name: str, kind: str | None) -> None:
    doc = briefx.extract(text, published="2025-11-18")
    kinds = {e.type for e in doc.entities for m in e.mentions if m.text == name}
    assert "PERSON" not in kinds and (kind is None or kinds == {kind})
