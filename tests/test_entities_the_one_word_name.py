"""A one-word name right after "the" is no person (entities): "packed the Louvre", "The
Beatles played", "The Jordan flooded its banks" (invented and common knowledge). People
go by their names without an article; a name the model read as a person after "the" is
a museum, a band, a ship, a river: a place when the gazetteer knows it as one, else an
organisation. Not after a title ("the Rev. Jackson") or an adjective ("the veteran
Okafor"), where the article is not the name's; not when the name modifies a noun after it
("the Obama administration"), nor for a nickname of a word with a person's sense ("the
Joker"). Capability table of invented sentences.
"""

from __future__ import annotations

import pytest

import briefx


def _people(text: str) -> list[str]:
    doc = briefx.extract(text, published="2025-11-18")
    return [e.name for e in doc.entities if e.type == "PERSON"]


def _type_of(text: str, name: str) -> str | None:
    doc = briefx.extract(text, published="2025-11-18")
    return next((e.type for e in doc.entities if name in {m.text for m in e.mentions}), None)


# (text, the name after "the"): no person of that name
TABLE = [
    "Visitors packed the Louvre on Sunday.",
    "The Hermitage lent two paintings to the show.",
    "The Uffizi drew record crowds last year.",
    "The Beatles played in Hamburg.",
    "The Jordan flooded its banks.",
    "Divers found the Valmora near the reef.",
    "Crowds filled the Orpheon for the premiere.",
    "The Kestrels won again on Saturday.",
    "The Valdane reopened after a fire.",
    "Guests left the Belmora before midnight.",
    "Fans cheered as the Harriers took the lead.",
    "The Ostrova docked in Split on Monday.",
    "Tickets for the Pellham sold out in an hour.",
    "Police closed the Ravelin after the fight.",
    "Residents asked the Corvale to cut its noise.",
    "Members of the Delvins toured Europe.",
]


@pytest.mark.parametrize("text", TABLE)
def test_a_one_word_name_after_the_is_no_person(text: str) -> None:
    assert _people(text) == []


# (text, name, its type)
TYPED = [
    ("The Jordan flooded its banks.", "Jordan", "PLACE"),
    ("Visitors packed the Louvre on Sunday.", "Louvre", "ORG"),
    ("The Beatles played in Hamburg.", "Beatles", "ORG"),
    ("Members of the Delvins toured Europe.", "Delvins", "ORG"),
]


@pytest.mark.parametrize(("text", "name", "kind"), TYPED)
def test_its_type_is_a_place_or_an_organisation(text: str, name: str, kind: str) -> None:
    assert _type_of(text, name) == kind


# People stay people where the article is not their name's.
PEOPLE = [
    ("The Rev. Jackson led the prayers.", "Jackson"),
    ("Fans cheered the veteran Okafor after the match.", "Okafor"),
    ("The coach praised Samuel Okafor after the match.", "Samuel Okafor"),
    # the article is the noun's the name modifies
    ("Officials in the Obama administration resigned.", "Obama"),
    # a nickname of a word with a person's sense
    ("The actor played the Joker in a film.", "Joker"),
    ("Fans booed the Butcher as he entered the ring.", "Butcher"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_people_without_the_article_stay(text: str, name: str) -> None:
    assert name in _people(text)
