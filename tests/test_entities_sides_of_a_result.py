"""A "person" of several words facing a club across a result with one score is a club
(entities, ``entities.opponents.clubs_facing_a_club``).

"Aston Villa drew 0-0 with Brentford at Villa Park" gave a person "Aston Villa": a
one-word "person" facing a club across a verb of winning, drawing or losing became a
club, but one of several words stayed a person, so that a player named in full keeps
the name. No player is a club's opponent in a match told with one score (a set of tennis
has several): a "person" of several words right before or after the verb, or after the
score's "with", "to" or "at home to", facing a club, is a club too. Two people facing each
other ("Ronnie Vance beat Judd Marlow 10-7") stay people; so do two "people", one of
them a word alone ("Crystal Palace beat Everton", left to the model).

Capability table of invented results lines and real club names, published 2025-11-18.
"""

from __future__ import annotations

import pytest

import briefx

# (result, the clubs it names)
RESULTS = [
    ("Aston Villa drew 0-0 with Brentford at Villa Park.", ["Aston Villa", "Brentford"]),
    ("Crystal Palace beat Oldham Athletic 2-1 on Saturday.", ["Crystal Palace", "Oldham Athletic"]),
    ("Preston North End beat Luton 2-0.", ["Preston North End", "Luton"]),
    ("Hamilton Academical lost 4-1 to Kilmarnock.", ["Hamilton Academical", "Kilmarnock"]),
    ("Leyton Orient beat Barnsley 1-0.", ["Leyton Orient", "Barnsley"]),
    ("Bristol Rovers lost 2-1 to Crystal Palace.", ["Bristol Rovers", "Crystal Palace"]),
    ("Bolton Wanderers beat Tottenham Hotspur 2-1.", ["Bolton Wanderers", "Tottenham Hotspur"]),
    ("Stoke City drew 2-2 with Cardiff.", ["Stoke City", "Cardiff"]),
    ("Queens Park Rangers lost 1-0 at home to Millwall.", ["Queens Park Rangers", "Millwall"]),
    ("Nottingham Forest lost 3-0 to Chelsea.", ["Nottingham Forest", "Chelsea"]),
    ("Plymouth Argyle drew 1-1 with Wigan.", ["Plymouth Argyle", "Wigan"]),
    ("Partick Thistle lost 3-1 at home to Dundee.", ["Partick Thistle", "Dundee"]),
    ("Everton beat Aston Villa 1-0 at Goodison Park.", ["Everton", "Aston Villa"]),
    ("Swansea City beat Crystal Palace 3-1 in the cup.", ["Swansea City", "Crystal Palace"]),
    ("Leyton Orient drew 2-2 with Aston Villa.", ["Leyton Orient", "Aston Villa"]),
    ("Crystal Palace lost 2-0 at home to Brentford.", ["Crystal Palace", "Brentford"]),
]

# Players named in full on both sides stay people.
PLAYERS = [
    ("Ronnie Vance beat Judd Marlow 10-7 in the final.", ["Ronnie Vance", "Judd Marlow"]),
]


def _types(text: str) -> dict[str, str]:
    doc = briefx.extract(text, published="2025-11-18")
    return {entity.name: entity.type for entity in doc.entities}


@pytest.mark.parametrize(("text", "clubs"), RESULTS)
def test_both_sides_of_a_result_are_clubs(text: str, clubs: list[str]) -> None:
    types = _types(text)
    assert [types.get(club) for club in clubs] == ["ORG"] * len(clubs)


@pytest.mark.parametrize(("text", "people"), PLAYERS)
def test_two_players_stay_people(text: str, people: list[str]) -> None:
    types = _types(text)
    assert [types.get(name) for name in people] == ["PERSON"] * len(people)
