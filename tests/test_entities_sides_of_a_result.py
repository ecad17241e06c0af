"""The sides of a result are clubs, tagged or not (entities, sport).

"Brenmoor beat Castleford 3-0 on Saturday" gave no name at all, "Tarnby lost 2-0 to
Ostra City" only the second, and "Kestwick drew 1-1 with Harlow Town" made Kestwick a
person: the model leaves many a small club untagged or reads it as a person or a place.
In a sentence with a score ("3-0", which the tokenizer splits into three words), the
capitalised proper nouns right before or after a verb of winning, drawing or losing
(``sport_verbs``) are a club; so is the name after "to", "by" or "with" that follows
the score ("lost 2-0 to Ostra City", "were beaten 2-0 by Lisk"). A national side stays a
place; a sentence without a score ("Apple beat forecasts") names no club.

Capability table of invented sentences, published 2026-03-06; before the rule 13 of the 15
results failed, and the 3 others passed. A strict xfail of an older table now passes
("Rask Wanderers beat Halden 2-0", test_canonical_club_short_forms).
"""

from __future__ import annotations

import pytest

from briefx import extract


def entities(text: str) -> dict[str, str]:
    """Every entity's canonical name -> its type."""
    return {e.name: e.type for e in extract(text, published="2026-03-06").entities}


# (text, the clubs)
RESULTS = [
    ("Kestwick drew 1-1 with Harlow Town.", ["Kestwick", "Harlow Town"]),
    ("Brenmoor beat Castleford 3-0 on Saturday.", ["Brenmoor", "Castleford"]),
    ("Tarnby lost 2-0 to Ostra City.", ["Tarnby", "Ostra City"]),
    ("Velling edged Dunmore 1-0 in the cup.", ["Velling", "Dunmore"]),
    ("Ashgrove thrashed Kessel 5-1 at home.", ["Ashgrove", "Kessel"]),
    ("Morrow held Harlow Town 2-2 on Sunday.", ["Morrow", "Harlow Town"]),
    ("Castlebar beat Wexley 2-1 after extra time.", ["Castlebar", "Wexley"]),
    ("Pellham drew 0-0 with Rask Town.", ["Pellham", "Rask Town"]),
    ("Dornoch crushed Varn 4-0 in the league.", ["Dornoch", "Varn"]),
    ("Holmfirth lost 3-1 to Stanmore at home.", ["Holmfirth", "Stanmore"]),
    ("Greyhaven were beaten 2-0 by Lisk.", ["Lisk"]),
    ("Orwell beat Garth 1-0 with a late goal.", ["Orwell", "Garth"]),
    ("Ashby and Marlow drew 2-2.", ["Ashby", "Marlow"]),
    ("Bexmoor won 2-1 on Saturday.", ["Bexmoor"]),
    ("Tarrow came from behind to beat Colby 3-2.", ["Colby"]),
]

# No score, or a national side: (text, name, its type or None)
OTHERS = [
    ("Apple beat forecasts on Tuesday.", "Apple", "ORG"),
    ("Japan beat Syria 2-1 in the qualifier.", "Japan", "PLACE"),
    ("Senators defeated the measure 52-48.", "Senators", None),
]


@pytest.mark.parametrize(("text", "clubs"), RESULTS)
def test_the_sides_of_a_result_are_clubs(text: str, clubs: list[str]) -> None:
    found = entities(text)
    assert {club: found.get(club) for club in clubs} == dict.fromkeys(clubs, "ORG")


@pytest.mark.parametrize(("text", "name", "type_"), OTHERS)
def test_no_score_or_a_national_side(text: str, name: str, type_: str | None) -> None:
    assert entities(text).get(name) == type_
