"""An age counts no event: "Police arrested Tom Baker, 45, on Monday" is no arrest of 45
(quantities, events).

An age set off after a name ("Baker, 45,"), "aged 19", "a 34-year-old" measures a
person, not what was done: it took the verb it hangs under as its ``event``
("arrest"), and the event frame listed it among its quantities, so a brief could
compare "45 arrested" with "three arrested". An age (a unit of ``age_units`` in
``models/quantities/ages.json``) has no event and is no quantity of an event frame; a
count beside it keeps its event ("arrested three men, aged 19, 20 and 24").

Capability table of invented sentences, published 2026-03-06.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-03-06"

# (text, the ages' values)
AGES = [
    ("Lindqvist, 58, resigned in March.", [58]),
    ("Police arrested Tom Baker, 45, on Monday.", [45]),
    ("The driver, 23, was killed in the crash.", [23]),
    ("Officers arrested three men, aged 19, 20 and 24.", [19, 20, 24]),
    ("Coach Ingrid Larsen, 51, signed a new contract.", [51]),
    ("The victim, a 34-year-old nurse, was stabbed on Friday.", [34]),
    ("Voters aged 18 to 25 backed the party.", [None]),
    ("Okafor, 29, scored twice in the final.", [29]),
    ("The singer, 72, cancelled her tour.", [72]),
    ("A 2,900-year-old temple was damaged by the quake.", [2900]),
    ("Two boys, aged 12 and 14, were rescued from the river.", [12, 14]),
    ("The suspect, 31, was charged with arson.", [31]),
    ("Ms Reyes, 40, won the seat.", [40]),
    ("A man, 67, died after the attack.", [67]),
    ("Her son, 9, was injured in the blast.", [9]),
]

# Counts keep their events: (text, value, event)
COUNTS = [
    ("Police arrested 45 people on Monday.", 45, "arrest"),
    ("The quake killed 23 people.", 23, "kill"),
    ("Officers arrested three men, aged 19, 20 and 24.", 3, "arrest"),
    ("Two boys, aged 12 and 14, were rescued from the river.", 2, "rescue"),
]


def _ages(doc: briefx.Document) -> list[int]:
    return [i for i, q in enumerate(doc.quantities) if q.unit == "year-old"]


@pytest.mark.parametrize(("text", "values"), AGES)
def test_an_age_counts_no_event(text: str, values: list[int | None]) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    ages = _ages(doc)
    assert [doc.quantities[i].value for i in ages] == values, doc.quantities
    assert all(doc.quantities[i].event is None for i in ages), doc.quantities
    for fact in doc.facts:
        for frame in fact.events:
            assert not set(frame.quantities) & set(ages), frame


@pytest.mark.parametrize(("text", "value", "event"), COUNTS)
def test_a_count_beside_an_age_keeps_its_event(text: str, value: int, event: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    assert (value, event) in [(q.value, q.event) for q in doc.quantities], doc.quantities
