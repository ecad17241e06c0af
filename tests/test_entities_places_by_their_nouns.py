"""A town the model reads as a person or an organisation is a place by the nouns around
it (entities, kind "place name"): what a place has after it ("the Harwell city council",
"Corby police", "Tessan residents", "Kessa airport", "his Kestmark counterpart", "the
Lorvik navy"), a body or a crowd "in" it ("police in Harwell", "a court in Dunmore"), and
what a country or a town has in its possessive ("Kessa's central bank", "Velmora's
parliament", "Harwell's mayor").

The nouns are data in ``models/entities/rules.json`` (``place_body_nouns``,
``place_body_kinds``, ``in_place_nouns``, ``place_possessed_nouns``). A capitalised noun
after the name is part of an organisation's name ("Ludlow Town Council"); a person's name
stays one before what a person has ("Anna Welk's government") and a name after an "in"
of no body or crowd is no place ("lost confidence in Welk", which the model reads as an
organisation); an organisation's possessive stays before its money ("Apple's capital
spending").

Capability table of invented sentences, published 2026-03-22: before the rule 26 of the 28
places were people or organisations (2 passed); the 4 other names kept their kind.
"""

from __future__ import annotations

import pytest

import briefx


def _names(text: str) -> dict[str, str]:
    doc = briefx.extract(text, published="2026-03-22")
    return {m.text: e.type for e in doc.entities for m in e.mentions}


# (text, the place)
PLACES = [
    # what a place has, after its name
    ("The Harwell city council voted on Tuesday to raise fares.", "Harwell"),
    ("The Brackley town council approved the plan.", "Brackley"),
    ("The Ludlow town council voted on Tuesday.", "Ludlow"),
    ("Corby police said the driver fled.", "Corby"),
    ("Tessan residents were told to boil water.", "Tessan"),
    ("The Harwell mayor resigned on Monday.", "Harwell"),
    ("Flights resumed at Kessa airport on Sunday.", "Kessa"),
    # a state's bodies after its name
    ("The president met his Kestmark counterpart in Geneva.", "Kestmark"),
    ("The Kestmark parliament approved the treaty.", "Kestmark"),
    ("The Tessan army shelled the town.", "Tessan"),
    ("The Lorvik navy seized a tanker.", "Lorvik"),
    ("The Brenvale legislature passed the bill.", "Brenvale"),
    ("Talks were held at the Lorvik embassy.", "Lorvik"),
    # a body or a crowd in it
    ("Police in Harwell arrested Tom Baker.", "Harwell"),
    ("A jury in Harwell convicted a former mayor.", "Harwell"),
    ("A court in Dunmore fined the firm.", "Dunmore"),
    ("Residents in Lorvik were evacuated.", "Lorvik"),
    ("Voters in Kessa went to the polls.", "Kessa"),
    ("Protesters in Tessan blocked the road.", "Tessan"),
    ("Doctors in Brenvale treated 40 people.", "Brenvale"),
    # what it has in its possessive
    ("Kessa's central bank raised its key rate.", "Kessa"),
    ("Velmora's parliament approved the budget.", "Velmora"),
    ("Tessan's capital was quiet on Sunday.", "Tessan"),
    ("Harwell's mayor resigned.", "Harwell"),
    ("Dunmore's coastline was battered by the storm.", "Dunmore"),
    ("Lorvik's population fell by 2%.", "Lorvik"),
    ("Kestmark's prime minister flew to Geneva.", "Kestmark"),
    ("Brenvale's economy shrank in the third quarter.", "Brenvale"),
]

# (text, the name, its kind): not a place.
NOT_PLACES = [
    ("Ludlow Town Council voted on Tuesday to close the market.", "Ludlow Town Council", "ORG"),
    ("Investors lost confidence in Welk after the vote.", "Welk", "ORG"),
    ("Apple's capital spending rose in the quarter.", "Apple", "ORG"),
    ("Anna Welk's government collapsed on Monday.", "Anna Welk", "PERSON"),
]

# A name the model tags as nothing stays untold: the rule relabels names, it adds none.
UNTAGGED = [("Velmora councillors rejected the budget.", "Velmora")]


@pytest.mark.parametrize(("text", "name"), PLACES)
def test_a_town_is_a_place_by_the_nouns_around_it(text: str, name: str) -> None:
    assert _names(text).get(name) == "PLACE"


@pytest.mark.parametrize(("text", "name", "kind"), NOT_PLACES)
def test_other_names_keep_their_kind(text: str, name: str, kind: str) -> None:
    assert _names(text).get(name) == kind


@pytest.mark.xfail(strict=True, reason="the model tags no name before the noun")
@pytest.mark.parametrize(("text", "name"), UNTAGGED)
def test_an_untagged_town_stays_untold(text: str, name: str) -> None:
    assert _names(text).get(name) == "PLACE"
