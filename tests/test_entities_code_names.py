"""A model code alone is no person (fresh news: "a chip name as a person").

"Ravi Menon said the M4 was built on a new process" read "M4" as a person. A name of one
word written as a code of capitals and digits ("M4", "R2", "T800"; ``model_code`` of
``products.json``) is a thing, never a person. Read as a place or an organisation it
stays: a road ("the M25") or a group ("the G7") is written so. Capability table of
invented sentences, published 2025-11-18; 4 of the 15 failed before (the model reads
most codes as nothing, or as an organisation, which stays).
"""

from __future__ import annotations

import pytest

import briefx

CODES = [
    ("Chief executive Ravi Menon said the M4 was built on a new process.", "M4"),
    ("Marten Woods said the M4 was fast.", "M4"),
    ("Engineers said the R2 had passed its tests.", "R2"),
    ("Menon said the T800 would replace the T700.", "T800"),
    ("Reviewers said the X9 was the fastest chip they had tested.", "X9"),
    ("Buyers said the K7 ran cooler than its rival.", "K7"),
    ("The judges said the V8 won on looks.", "V8"),
    ("Menon told reporters the Z3 would ship in May.", "Z3"),
    ("Anna Lind said the P20 sold out within an hour.", "P20"),
    ("Critics said the R9 was overpriced.", "R9"),
    ("Testers said the N7 drained its battery quickly.", "N7"),
    ("Tomas Berg said the C40 would be built in Vell.", "C40"),
    ("Fans queued overnight for the S10, which Berg unveiled.", "S10"),
    ("Menon said the A14 had been delayed.", "A14"),
    ("Lind said the H5 outsold every other model.", "H5"),
]


@pytest.mark.parametrize(("text", "code"), CODES)
def test_a_model_code_is_no_person(text: str, code: str) -> None:
    doc = briefx.extract(text, published="2025-11-18")
    assert not [
        e for e in doc.entities for m in e.mentions if m.text == code and e.type == "PERSON"
    ]


def test_the_people_beside_a_code_stay() -> None:
    doc = briefx.extract("Marten Woods said the M4 was fast.", published="2025-11-18")
    assert [(e.name, e.type) for e in doc.entities] == [("Marten Woods", "PERSON")]
