"""A one-word name right after a phrase of where something lies is a place: "a fire broke
out near Tarvik", "troops massed north of Dravin", "a factory upstream of Brisko"
(entities, places).

The model reads many an unknown town after "near", "beyond", "north of" or "on the
outskirts of" as an organisation or a person. After one of ``bearing_phrases``
(models/entities/rules.json), a name the model read so, of one word (or of two for an
organisation, with no organisation's word), is a place; not a name before a possessive
("near Tesla's plant": a firm's), a first name or a common noun ("stood near Smith"), a
name the gazetteer knows as a firm ("outside Apple"), nor one in a sentence of sport
("two places above Castleford in the table": a club).

Capability table of invented sentences, published 2026-08-11; before the rule 11 of the 15
places failed (the 6 rows that keep their type passed).
"""

from __future__ import annotations

import pytest

from tests.test_fresh_kinds import names

# (text, the place)
PLACES = [
    ("A fire broke out near Tarvik on Monday.", "Tarvik"),
    ("Residents near Tarvik were told to leave.", "Tarvik"),
    ("Troops massed north of Dravin before dawn.", "Dravin"),
    ("Shops on the outskirts of Velmisk stayed shut.", "Velmisk"),
    ("A factory upstream of Brisko spilled waste into the river.", "Brisko"),
    ("Snow fell on the villages beyond Kessling.", "Kessling"),
    ("The new road runs below Pellora to the coast.", "Pellora"),
    ("The bridge downstream of Tolvane was swept away.", "Tolvane"),
    ("The dam sits just above Orvik.", "Orvik"),
    ("The airport is across from Kelmora on the bay.", "Kelmora"),
    ("The fire spread to forests beyond Harnick.", "Harnick"),
    ("They rented a villa in the hills above Calvessa.", "Calvessa"),
    ("The camp lies a few miles south of Orvenna.", "Orvenna"),
    ("The convoy stopped west of Marisk.", "Marisk"),
    ("A refugee camp grew up outside Dunvalle.", "Dunvalle"),
]

# (text, name, the type it keeps)
KEPT = [
    ("He stood near Smith at the ceremony.", "Smith", "PERSON"),
    ("He waited outside Baker for an hour.", "Baker", "PERSON"),
    ("The reporter stood near Morgan during the vote.", "Morgan", "ORG"),
    ("Protesters gathered outside Apple's headquarters.", "Apple", "ORG"),
    ("A new plant near Tesla's factory opened.", "Tesla", "ORG"),
    ("Rovers finished two places above Castleford in the table.", "Castleford", "PERSON"),
]


@pytest.mark.parametrize(("text", "name"), PLACES)
def test_a_name_after_a_bearing_is_a_place(text: str, name: str) -> None:
    assert names(text).get(name) == "PLACE"


@pytest.mark.parametrize(("text", "name", "type_"), KEPT)
def test_a_person_a_firm_or_a_club_keeps_its_type(text: str, name: str, type_: str) -> None:
    assert names(text).get(name) == type_
