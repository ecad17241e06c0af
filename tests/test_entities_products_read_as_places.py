"""A maker's product is no place (entities, kind "product name"): "Corvane's Silver Ridge
chips", "its Harbor Point processors", "Velmark's Stonebay capsule" name things the maker
makes, though their words ("Ridge", "Point", a town's name used as a code name) make the
model read them as places.

A name read as a place (or a person) between a name's possessive, or "its" / "their",
and a product noun (``product_nouns`` in ``models/entities/products.json``) is a
product; so is a name the gazetteer does not know as a place right after an organisation's
possessive ("Tesvik's Cyberport will enter production"). A known place there that no
product noun follows stays a place ("Apple's Cupertino campus", "its Sunderland plant").

Capability table of invented sentences, published 2026-03-22; before the rule 7 of the 16
products were places or people (the rest were already no name); the three places passed.
"""

from __future__ import annotations

import pytest

import briefx


def _names(text: str) -> dict[str, str]:
    doc = briefx.extract(text, published="2026-03-22")
    return {m.text: e.type for e in doc.entities for m in e.mentions}


# (text, the product's name): not among the document's names.
PRODUCTS = [
    ("Corvane's Silver Ridge chips power the new laptops.", "Silver Ridge"),
    ("Tesvik's Cyberport will enter production next year.", "Cyberport"),
    ("Qorvix said its Harbor Point processors would ship in June.", "Harbor Point"),
    ("Velmark's Stonebay capsule returned to Earth on Friday.", "Stonebay"),
    ("Lorvik Systems unveiled its Maple Falls chips on Tuesday.", "Maple Falls"),
    ("Brenmoor Motors recalled its Kestrel Bay cars after a fire.", "Kestrel Bay"),
    ("Halden Aero's Northwind jets were grounded in May.", "Northwind"),
    ("Orban's Granite Peak servers ran the test.", "Granite Peak"),
    ("Castleford Pharma's Dunvale vaccine won approval on Monday.", "Dunvale"),
    ("Investors cheered Corvane's Turin processors.", "Turin"),
    ("Tesvik's Oslo phones sold out in a day.", "Oslo"),
    ("Reviewers praised Qorvix's Cedar Springs laptops.", "Cedar Springs"),
    ("Velmark launched its Red Mesa rockets from the coast.", "Red Mesa"),
    ("Lorvik Systems' Quartz Harbour satellites reached orbit.", "Quartz Harbour"),
    ("Halden Aero said its Westmoor drones had flown 900 missions.", "Westmoor"),
    ("Orban's Lakeview tablets went on sale on Friday.", "Lakeview"),
]

# (text, the place): a place of the maker, not a product.
PLACES = [
    ("Apple's Cupertino campus hosted the launch.", "Cupertino"),
    ("Nissan will close its Sunderland plant.", "Sunderland"),
    ("Tata Steel's Port Talbot plant cut 2,000 jobs.", "Port Talbot"),
]

# The parse reads the facility noun as a verb ("works cut"): the place, unknown to the
# gazetteer, heads its phrase and reads as the maker's thing.
PLACES_MISREAD = [("Tata Steel's Port Talbot works cut 2,000 jobs.", "Port Talbot")]


@pytest.mark.parametrize(("text", "name"), PRODUCTS)
def test_a_makers_product_is_no_place(text: str, name: str) -> None:
    assert name not in _names(text)


@pytest.mark.parametrize(("text", "name"), PLACES)
def test_a_makers_place_stays_a_place(text: str, name: str) -> None:
    assert _names(text).get(name) == "PLACE"


@pytest.mark.xfail(strict=True, reason="the parse reads 'works' as a verb")
@pytest.mark.parametrize(("text", "name"), PLACES_MISREAD)
def test_a_makers_place_before_a_noun_read_as_a_verb(text: str, name: str) -> None:
    assert _names(text).get(name) == "PLACE"
