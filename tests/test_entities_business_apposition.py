"""A name followed by "the" or "a" and a noun of a kind of business is that business.

"Brask Bygg, the builder that paid the bribes" read Brask Bygg as a person. A name set
before a comma and "the" / "a" / "an", a few words and a noun of a kind of business
(``business_nouns``: "carmaker", "lender", "builder") is that business, as after the
noun ("carmaker Valdheim"). A person whose first word is a known first name stays a
person ("Anna Lind, a builder from Vell"). Invented sentences, published 2025-11-18; 10
of the 15 failed before.
"""

from __future__ import annotations

import pytest

import briefx

# (text, the name, its type)
APPOSED = [
    ("The court fined Brask Bygg, the builder that paid the bribes.", "Brask Bygg", "ORG"),
    ("Shares of Veltrix, the chipmaker, fell 6%.", "Veltrix", "ORG"),
    ("Ostravia, a state lender, cut its rates.", "Ostravia", "ORG"),
    ("Kelmar, the carmaker based in Vell, recalled 9,000 vans.", "Kelmar", "ORG"),
    ("The deal values Tessaline, the grid operator, at $4 billion.", "Tessaline", "ORG"),
    pytest.param(
        "Corvane, the country's largest miner, cut output.",
        "Corvane",
        "ORG",
        marks=pytest.mark.xfail(strict=True, reason="the tagger reads 'Corvane' as a noun"),
    ),
    ("Brennick, an insurer, paid out $2 billion.", "Brennick", "ORG"),
    ("Halvex, the retailer, closed 40 shops.", "Halvex", "ORG"),
    ("Quandry, a budget airline, cancelled 30 flights.", "Quandry", "ORG"),
    ("Drevon, the utility, restored power on Monday.", "Drevon", "ORG"),
    ("Pelmark, the developer behind the tower, went bust.", "Pelmark", "ORG"),
    ("Investors sold Varnex, the lender, after the loss.", "Varnex", "ORG"),
    ("Tarvik, a builder of homes, laid off 200 workers.", "Tarvik", "ORG"),
    ("Sorrell Homes, the housebuilder, raised prices.", "Sorrell Homes", "ORG"),
    ("Maldex, the steelmaker, shut a furnace.", "Maldex", "ORG"),
    # A person stays a person.
    ("Anna Lind, a builder from Vell, won the award.", "Anna Lind", "PERSON"),
]


@pytest.mark.parametrize(("text", "name", "kind"), APPOSED)
def test_a_name_beside_a_business_noun_is_the_business(text: str, name: str, kind: str) -> None:
    doc = briefx.extract(text, published="2025-11-18")
    assert {e.type for e in doc.entities for m in e.mentions if m.text == name} == {kind}
