"""A town the model leaves unmarked is a place when a body or a crowd is "in" it
("Police in Orvik", "Villagers in Hesk"; entities, kind "place name").

``in_place_nouns`` (``models/entities/rules.json``) already makes a place of a name the
model reads as a person or an organisation there ("police in Harwell",
``test_entities_places_by_their_nouns.py``); a small town the model does not know it
often leaves with no entity at all, or folds into an organisation with the noun
("Farmers in Brisk"). One capitalised word right after "<noun> in" that no other entity
holds (a month, a number), that is no common noun and that the gazetteer knows as nothing
else is a place. Not a name with a possessive after it ("residents in Baker's street"),
nor two capitalised words (a person or a firm may be named so).

Capability table of invented sentences, published 2026-03-22: before the rule 9 of the 20
places were not found (three stay so, strict xfails: the model holds two as a date and a
product, and "tarn" is a common noun); the 4 other names kept their kind.
"""

from __future__ import annotations

import pytest

import briefx


def _names(text: str) -> dict[str, str]:
    doc = briefx.extract(text, published="2026-03-22")
    return {m.text: e.type for e in doc.entities for m in e.mentions}


# (text, the place)
PLACES = [
    ("Police in Orvik arrested a man on Wednesday.", "Orvik"),
    ("Schools in Orvik reopened on Monday.", "Orvik"),
    ("Voters in Mardale go to the polls.", "Mardale"),
    pytest.param(
        "Firefighters in Tarrow fought the blaze overnight.",
        "Tarrow",
        marks=pytest.mark.xfail(
            strict=True, reason="the model reads the name as a date: another entity holds it"
        ),
    ),
    ("Farmers in Brisk lost their crops.", "Brisk"),
    ("Shops in Ellot stayed shut.", "Ellot"),
    ("Residents in Quarn were told to stay indoors.", "Quarn"),
    ("Hospitals in Dunwick are full.", "Dunwick"),
    ("Troops in Sarne fired on the crowd.", "Sarne"),
    ("Officials in Ruswell said the water was safe.", "Ruswell"),
    ("Teachers in Caddon went on strike.", "Caddon"),
    ("Students in Pellow marched on Friday.", "Pellow"),
    ("Rescuers in Ambry found two survivors.", "Ambry"),
    pytest.param(
        "Villagers in Hesk fled the fighting.",
        "Hesk",
        marks=pytest.mark.xfail(
            strict=True, reason="the model reads the name as a product: another entity holds it"
        ),
    ),
    ("Doctors in Tolla treated 30 people.", "Tolla"),
    ("Protesters in Wenn blocked the bridge.", "Wenn"),
    ("Authorities in Besk closed the port.", "Besk"),
    ("A judge in Carrow jailed the driver.", "Carrow"),
    pytest.param(
        "Soldiers in Tarn seized the airport.",
        "Tarn",
        marks=pytest.mark.xfail(strict=True, reason="a common noun of the model (a mountain lake)"),
    ),
    ("People in Ostel queued for bread.", "Ostel"),
]


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_a_name_a_body_or_a_crowd_is_in_is_a_place(text, place):
    assert _names(text).get(place) == "PLACE"


# Nothing else after "<noun> in" becomes a place.
NOT_PLACES = [
    ("Officials in March said the water was safe.", "March"),
    ("Investors in Norvik lost money.", "Norvik"),
    ("Police in Riot Squad vans arrived.", "Riot"),
    ("Residents in Baker's Lane complained about the noise.", "Baker"),
]


@pytest.mark.parametrize(("text", "name"), NOT_PLACES)
def test_no_other_word_after_the_noun_becomes_a_place(text, name):
    assert _names(text).get(name) != "PLACE"
