"""A side's opponent named right after a phrase of a match is a club: "fell 3-2 at home to
Castleford", "drew 1-1 away at Fenwick", "a 1-0 defeat away at Hollins" (entities,
sport).

The model reads many a small club after "at home to" or "away to" as a person or a place,
or leaves it untagged. The capitalised name right after one of ``opponent_phrases``
(models/entities/rules.json) in a sentence of sport (a score, or for all but "against" a
noun of a match or a result, a player's role or a club's word) is a club: read as a
person (one word), a place that fields no national side, or nothing. "against" needs a
score ("a case against Dellow" names a person); a first name, or the surname of a person
named in full, stays a person; a national side stays a place ("at home to Japan").

Capability table of invented sentences, published 2026-08-11; before the rule 11 of the 16
clubs failed (the 4 rows that keep their type passed).
"""

from __future__ import annotations

import pytest

from tests.test_fresh_kinds import names

# (text, the club)
CLUBS = [
    ("Leeds fell 3-2 at home to Castleford on Friday.", "Castleford"),
    ("Harlow were beaten 3-0 at home to Tarnby.", "Tarnby"),
    ("Kestwick drew 1-1 away to Marrowby on Saturday.", "Marrowby"),
    ("Their unbeaten run ended with a 2-1 loss away to Garth.", "Garth"),
    ("United crashed out of the cup at home to Pemberly.", "Pemberly"),
    ("Oldfield lost 1-0 away to Whitmore on Sunday.", "Whitmore"),
    ("The club were beaten at home to Ashworth in the league.", "Ashworth"),
    ("Rovers drew 1-1 away at Fenwick.", "Fenwick"),
    ("They were held 2-2 at home to Prestwick.", "Prestwick"),
    ("The side lost 3-1 away to Calloway.", "Calloway"),
    ("A 1-0 defeat away at Hollins ended their run.", "Hollins"),
    ("Vell Rovers won 2-0 away at Dunmore.", "Dunmore"),
    ("The champions lost to Pellham in the cup final.", "Pellham"),
    ("A 2-1 win over Ashgrove lifted them to third.", "Ashgrove"),
    ("The team slumped to a 3-0 defeat against Wexley.", "Wexley"),
    ("Ostra drew with Velling in a goalless match.", "Velling"),
]

# (text, name, the type it keeps)
KEPT = [
    (
        "Prosecutors built a case against Tomas Dellow, and the case against Dellow grew.",
        "Dellow",
        "PERSON",
    ),
    ("Ostra fell 3-2 at home to Japan on Friday.", "Japan", "PLACE"),
    ("Tennis star Lena Ovik lost to Marta Sorel 6-3 6-4.", "Marta Sorel", "PERSON"),
    ("Harlow drew with Anna Berg at the chess olympiad.", "Anna Berg", "PERSON"),
]


@pytest.mark.parametrize(("text", "name"), CLUBS)
def test_the_opponent_after_a_match_phrase_is_a_club(text: str, name: str) -> None:
    assert names(text).get(name) == "ORG"


@pytest.mark.parametrize(("text", "name", "type_"), KEPT)
def test_a_person_or_a_national_side_keeps_its_type(text: str, name: str, type_: str) -> None:
    assert names(text).get(name) == type_
