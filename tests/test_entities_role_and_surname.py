"""A player's role and surname in a headline name the person the story names in full
(entities).

"Striker Okafor joins Rovers in record deal" over "Nigerian striker Samuel Okafor joined
Rovers on Friday" gave a place "Striker Okafor" beside the person: a role word before a
name was read off only before two or more words ("Goalkeeper Oleksiy Marchuk"), as one
word after it may be a club's or a place's name. A role of ``person_roles`` (rules.json)
before one capitalised word that is the surname of a person the story names in full is
that person: the role is left out, and the name is one of the person's mentions. Titles
("Coach", "Senator") were already read so.

Capability table of invented reports; counts of the failing rows before the rule are in
the commit message.
"""

from __future__ import annotations

import pytest

import briefx

ROLES = [
    "Striker",
    "Goalkeeper",
    "Midfielder",
    "Defender",
    "Winger",
    "Keeper",
    "Skipper",
    "Forward",
    "Batsman",
    "Bowler",
    "Pitcher",
    "Quarterback",
    "Opener",
    "Spinner",
    "Veteran",
    "Teammate",
]

HEADLINE = "{role} Okafor signs for Rovers"
BODY = "LONDON (Wire) - Samuel Okafor agreed terms with Rovers on Friday."


@pytest.mark.parametrize("role", ROLES)
def test_a_role_and_a_surname_name_the_person(role):
    doc = briefx.extract(HEADLINE.format(role=role) + "\n\n" + BODY, published="2025-11-18")
    okafor = [e for e in doc.entities if "Okafor" in e.name]
    assert [(e.name, e.type) for e in okafor] == [("Samuel Okafor", "PERSON")]
    assert "Okafor" in {m.text for m in okafor[0].mentions}


def test_a_role_before_a_surname_of_nobody_named_in_full_is_left_alone():
    # the story names no Okafor in full: the rule has no person to give the word to
    doc = briefx.extract(
        "Striker Okafor signs for Rovers\n\nRovers signed a striker from Lagos on Friday.",
        published="2025-11-18",
    )
    assert ("Okafor", "PERSON") not in {(e.name, e.type) for e in doc.entities}
