"""A name before "-based", "-headquartered" or "-born" is a place (issue 25, names).

"The Oslava-based company makes routers" made Oslava an organisation, and "The
Vellmar-based group" a person: the model reads a capitalised word before a hyphen as
whatever it reads any unknown name as. A name joined by a hyphen to one of
``place_suffix_words`` of models/entities/rules.json ("based", "headquartered", "born",
"bred", "registered") names where something is based or someone was born: a place. Not
a name that holds an organisation's word ("a Cardell Group-based fund"), and not a
first name the model read as a person.

Capability table of invented sentences, published 2025-11-19.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-19"

# (text, the place)
PLACES = [
    ("The Vellmar-based group sold its stake on Monday.", "Vellmar"),
    ("A Dunmore-based charity handed out blankets.", "Dunmore"),
    ("The Oslava-headquartered lender posted a loss.", "Oslava"),
    ("The Tarsk-born striker scored twice.", "Tarsk"),
    ("The Oslava-based company makes routers.", "Oslava"),
    ("A Kellbrook-based haulier went bust on Friday.", "Kellbrook"),
    ("The Pernhaven-registered tanker was seized in the strait.", "Pernhaven"),
    ("Shares of the Marrow-based insurer fell 4%.", "Marrow"),
    ("The Quillon-born singer will tour in the spring.", "Quillon"),
    ("A Tessaly-headquartered bank agreed to buy the lender.", "Tessaly"),
    ("The Varn-based start-up raised $40 million.", "Varn"),
    ("Its Carrowmore-based rival cut prices.", "Carrowmore"),
    ("The Brisk-bred colt won the derby.", "Brisk"),
    ("A Lorvik-based airline cancelled 40 flights.", "Lorvik"),
    ("The Osterby-born novelist died on Sunday.", "Osterby"),
    ("Two Haddon-based firms bid for the contract.", "Haddon"),
]

# (text, the name, its type): an organisation's word keeps it an organisation
OTHERS = [
    ("A Cardell Group-based fund bought the tower.", "Cardell Group", "ORG"),
]


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_a_name_before_based_is_a_place(text: str, place: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    found = {e.name: e.type for e in doc.entities}
    assert found.get(place) == "PLACE", found


@pytest.mark.parametrize(("text", "name", "kind"), OTHERS)
def test_an_organisation_stays(text: str, name: str, kind: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    found = {e.name: e.type for e in doc.entities}
    assert found.get(name) == kind, found
