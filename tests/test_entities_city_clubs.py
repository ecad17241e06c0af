"""A club called after its town with "City" or "Town", in a report of sport, is a club.

"Vell Rovers beat league leaders Kessel City 2-1" and "Kessel City stay top with 38
points" read Kessel City as a place throughout an invented match report. "City" and
"Town" are no club words by themselves ("Mexico City", "Cape Town"); a name of a town and
one of ``city_club_words`` that the gazetteer does not know as a place, in a report with
a word of sport (a verb of winning or losing, a noun of a match, a player's role, a
score), is a club. Known cities stay places, and so does such a name in a report of
anything else. Capability table of invented sentences, published 2025-11-18; 10 of the
15 clubs failed before.
"""

from __future__ import annotations

import pytest

import briefx

# (text, the name, its type)
CITY_CLUBS = [
    ("Vell Rovers beat league leaders Kessel City 2-1 on Saturday.", "Kessel City", "ORG"),
    ("Kessel City stay top after their 3-0 win on Saturday.", "Kessel City", "ORG"),
    ("Orvik City sacked their manager after a 4-0 defeat.", "Orvik City", "ORG"),
    ("Fans of Tarno City booed the team off after the match.", "Tarno City", "ORG"),
    ("Brask Town were relegated after losing 3-0.", "Brask Town", "ORG"),
    ("Lindmark Town host Moss on Tuesday in the cup.", "Lindmark Town", "ORG"),
    ("Dunmere City won the cup for the first time.", "Dunmere City", "ORG"),
    ("Kessel City have won five in a row.", "Kessel City", "ORG"),
    ("Rask Town lost 2-1 to Vell at home.", "Rask Town", "ORG"),
    ("The Ashwood City coach resigned after the defeat.", "Ashwood City", "ORG"),
    ("Marrow Town signed a striker from Vell.", "Marrow Town", "ORG"),
    ("Halden beat Skarvik City 4-0.", "Skarvik City", "ORG"),
    ("Pella City striker Jonas Pik scored twice.", "Pella City", "ORG"),
    ("Vell Town drew 0-0 with Halden United.", "Vell Town", "ORG"),
    ("Corvane County drew 1-1 with Moss in the league.", "Corvane County", "ORG"),
    # Known cities, and a report of anything but sport.
    ("Flooding hit Mexico City on Monday.", "Mexico City", "PLACE"),
    ("Prices rose in Kansas City.", "Kansas City", "PLACE"),
    ("The storm flooded Kessel City on Monday.", "Kessel City", "PLACE"),
]


@pytest.mark.parametrize(("text", "name", "kind"), CITY_CLUBS)
def test_a_town_called_city_in_a_report_of_sport_is_a_club(text: str, name: str, kind: str) -> None:
    doc = briefx.extract(text, published="2025-11-18")
    assert {e.type for e in doc.entities for m in e.mentions if m.text == name} == {kind}
