"""A named fire or flood is no person and no organisation (entities, kind "the name of
a disaster").

"The Larkspur Fire has burned 12,400 acres" gave a person, Larkspur Fire; "The Cedar
Ridge Fire destroyed 40 homes" an organisation. Fire services name wildfires after a
place near where they start, and news names floods and quakes the same way: such a name
names an event, which the contract has no entity type for, as a storm's name does
(tests for "Hurricane Marisol"). A name the model read as a person, a place or an
organisation whose last capitalised word is one of ``disaster_heads``
(models/entities/rules.json: "Fire", "Wildfire", "Flood", "Earthquake" ...) leaves the
entities; not a club told with a score ("the Chicago Fire beat ... 2-1"), a body whose
name goes on after the word ("the London Fire Brigade"), nor a person with a first name
("Chris Flood").

Capability table of invented sentences, published 2025-12-01; before the rule 12 of the
16 names were entities, none after; the 4 other names stay.
"""

from __future__ import annotations

import pytest

import briefx


def _names(text: str) -> dict[str, str]:
    return {e.name: e.type for e in briefx.extract(text, published="2025-12-01").entities}


# (text, the disaster's name)
DISASTERS = [
    ("The Larkspur Fire has burned 12,400 acres.", "Larkspur Fire"),
    ("The Owl Creek Fire forced 3,000 people to flee.", "Owl Creek Fire"),
    ("The Cedar Ridge Fire destroyed 40 homes.", "Cedar Ridge Fire"),
    ("Firefighters battled the Juniper Fire near Reno.", "Juniper Fire"),
    ("Officials said the Harlan Fire was 20% contained.", "Harlan Fire"),
    ("The Marsh Flood of 1953 killed hundreds.", "Marsh Flood"),
    ("Crews contained the Bramble Fire on Sunday.", "Bramble Fire"),
    ("The Kestrel Fire spread into the valley overnight.", "Kestrel Fire"),
    ("The Silverpine Wildfire doubled in size.", "Silverpine Wildfire"),
    ("Smoke from the Dunmore Fire closed two highways.", "Dunmore Fire"),
    ("The Tamsin Fire started on a ranch.", "Tamsin Fire"),
    ("Evacuations widened as the Hollow Creek Fire grew.", "Hollow Creek Fire"),
    ("The Varna Earthquake of 1986 destroyed the old town.", "Varna Earthquake"),
    ("Residents rebuilt after the Great Ostrow Flood.", "Great Ostrow Flood"),
    ("The Pine Gulch Fire burned for a month.", "Pine Gulch Fire"),
    ("Investigators traced the Rook Valley Fire to a power line.", "Rook Valley Fire"),
]


@pytest.mark.parametrize(("text", "name"), DISASTERS)
def test_a_named_disaster_is_no_entity(text: str, name: str) -> None:
    names = _names(text)
    assert not any(name in found or found in name for found in names), names


# (text, a name, its type): a club named after its town, a body named on past the word,
# and a person stay
OTHERS = [
    ("The Chicago Fire beat the New York Red Bulls 2-1.", "Chicago Fire", "ORG"),
    ("The London Fire Brigade sent 20 engines.", "London Fire Brigade", "ORG"),
    ("Fire chief Tom Reyes said the blaze was out.", "Tom Reyes", "PERSON"),
    ("The striker Chris Flood scored twice on Saturday.", "Chris Flood", "PERSON"),
]


@pytest.mark.parametrize(("text", "name", "label"), OTHERS)
def test_other_names_stay(text: str, name: str, label: str) -> None:
    assert _names(text).get(name) == label, _names(text)
