"""A name the model read as a person or an organisation is a place when its phrase says
so, even a place no gazetteer knows: "The mayor of Kell", "homes in northern Velmar",
"travelling from Mora to Venn".

Three phrases tell a town or a country: the "of" of what a place has ("the mayor of",
"the central bank of", ``place_possessed_nouns``, as "Kessa's central bank" already did),
a preposition of place and a word of a part of a place ("in central Arnsby", "in
downtown Brennick"; ``place_part_words``), and a route ("from Mora to Venn" after a word
of going, ``route_words``; in ``models/entities/rules.json``). A person named with a
known first name keeps the label, as does an organisation named with an organisation's
word ("the board of Halden Bank").

Capability table of invented sentences; before the change 9 of the 16 names were a
person or an organisation; the 3 controls passed.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-20"

# (sentence, the name)
PLACES = [
    ("The mayor of Kell resigned on Tuesday.", "Kell"),
    ("The central bank of Vesta raised rates on Thursday.", "Vesta"),
    ("The army of Velmar crossed the river.", "Velmar"),
    ("The prime minister of Dornia arrived on Monday.", "Dornia"),
    ("The parliament of Karvia voted on the budget.", "Karvia"),
    ("The navy of Ostria sent two ships.", "Ostria"),
    ("Floods hit homes in northern Velmar.", "Velmar"),
    ("The firm has a plant in southern Torvik.", "Torvik"),
    ("Protesters marched in downtown Brennick.", "Brennick"),
    ("Two schools closed in central Halvik.", "Halvik"),
    ("Fires spread across eastern Tarnia.", "Tarnia"),
    ("The train was travelling from Mora to Venn.", "Mora"),
    ("The train was travelling from Mora to Venn.", "Venn"),
    ("She flew from Tarvik to Selm on Monday.", "Tarvik"),
    ("She flew from Tarvik to Selm on Monday.", "Selm"),
    ("The ferry sank while sailing from Brekka to Kessel.", "Kessel"),
]

# (sentence, the name, its type): not a place.
OTHERS = [
    ("The board of Halden Bank met on Monday.", "Halden Bank", "ORG"),
    ("The mayor praised Maria Brandt for her work.", "Maria Brandt", "PERSON"),
    ("Power passed from Anna Molin to James Kerr.", "Anna Molin", "PERSON"),
]


def _types(sentence: str) -> dict[str, str]:
    return {e.name: e.type for e in briefx.extract(sentence, published=PUBLISHED).entities}


@pytest.mark.parametrize(("sentence", "name"), PLACES)
def test_a_name_in_a_place_phrase_is_a_place(sentence: str, name: str) -> None:
    assert _types(sentence).get(name) == "PLACE", _types(sentence)


@pytest.mark.parametrize(("sentence", "name", "kind"), OTHERS)
def test_a_name_of_a_person_or_a_firm_keeps_its_type(sentence: str, name: str, kind: str) -> None:
    assert _types(sentence).get(name) == kind, _types(sentence)
