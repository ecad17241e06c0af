"""A storm's name is no person, place or organisation (entities): "Hurricane Marisol",
"Typhoon Hanbit", "Storm Corrie" name a weather system, which the contract has no type
for, so they leave the names; a later mention by the name alone ("Marisol weakened
overnight") is the same storm. The storm words are data (``storm_words`` in
``models/entities/rules.json``). People and places named beside a storm, or sharing a
word with one elsewhere, stay as they are. Capability table of invented texts."""

from __future__ import annotations

import pytest

import briefx


def _names(text: str) -> list[tuple[str, str]]:
    doc = briefx.extract(text, published="2025-11-18")
    return sorted((m.text, e.type) for e in doc.entities for m in e.mentions)


# (text, the names it holds: mention text and type)
TABLE = [
    ("Hurricane Marisol made landfall near Tampa on Wednesday.", [("Tampa", "PLACE")]),
    (
        "Hurricane Marisol made landfall on Wednesday. Marisol weakened overnight.",
        [],
    ),
    ("Typhoon Hanbit lashed Taiwan on Thursday.", [("Taiwan", "PLACE")]),
    (
        "Typhoon Hanbit lashed Taiwan on Thursday. Hanbit later moved toward China.",
        [("China", "PLACE"), ("Taiwan", "PLACE")],
    ),
    ("Storm Corrie brought heavy rain to Scotland.", [("Scotland", "PLACE")]),
    ("Cyclone Tamsin killed dozens in Mozambique.", [("Mozambique", "PLACE")]),
    ("Tropical Storm Odalys dumped rain on Texas.", [("Texas", "PLACE")]),
    ("Residents braced for Typhoon Sarika on Monday.", []),
    ("Super Typhoon Koinu hit the Philippines.", [("Philippines", "PLACE")]),
    ("The remnants of Hurricane Delphine flooded roads in Ohio.", [("Ohio", "PLACE")]),
    ("Tropical Depression Nine formed over the Gulf.", [("Gulf", "PLACE")]),
    ("Cyclone Tamsin moved inland; Tamsin's winds eased by evening.", []),
    # People and places beside a storm stay.
    (
        "Governor Ruth Alvarez said Hurricane Marisol would hit Florida.",
        [("Florida", "PLACE"), ("Ruth Alvarez", "PERSON")],
    ),
    (
        "Ivan Petrov flew to Manila as Typhoon Hanbit approached.",
        [("Ivan Petrov", "PERSON"), ("Manila", "PLACE")],
    ),
    # A storm word that names no storm leaves names alone.
    ("Storm clouds gathered over Berlin.", [("Berlin", "PLACE")]),
]


@pytest.mark.parametrize(("text", "names"), TABLE)
def test_a_storm_is_no_name(text: str, names: list[tuple[str, str]]) -> None:
    assert _names(text) == sorted(names)
