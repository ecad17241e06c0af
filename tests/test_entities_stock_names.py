"""A company whose shares are traded is an organisation (issue 25, kinds of names).

Market reports name companies the model has never seen, and it reads them as people or
places: "Shares of Qorvix tumbled 9%" made Qorvix a person. The name after a noun of
stock and "of" / "in" ("shares of", "a stake in", "its holding in") or right before one
("Qorvix shares fell") is an organisation (``stock_nouns`` and ``stock_preps`` in
models/entities/rules.json; briefx.entities.orgs.stock_names): a person, or a place the
gazetteer does not know, is relabelled. Not when "shares" is the verb ("Maria Lopez
shares a flat"), a known place ("shares in Tokyo": the market's city), or a possessive
("shares of Lena Marsh's company": an owner).

Capability table of invented sentences, published 2025-12-04; before the rule 13 of the
18 sentences' companies failed (read as people or places; the model read the other 5
right), and the 6 names that stay passed.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-12-04"

# (text, the companies in it)
COMPANIES = [
    ("Shares of Qorvix tumbled 9% after the company cut its forecast.", ["Qorvix"]),
    ("Qorvix shares fell 3% in early trading.", ["Qorvix"]),
    ("Investors bought shares in Dalvero on Tuesday.", ["Dalvero"]),
    ("The fund sold its stake in Marlowe last month.", ["Marlowe"]),
    ("Shares in Veltrana slumped after the results.", ["Veltrana"]),
    ("Shares of Aldana closed up 4%.", ["Aldana"]),
    ("Brisco shares hit a record high.", ["Brisco"]),
    ("The pension fund raised its holding in Tervane to 5%.", ["Tervane"]),
    ("Shares of Lumora and Caddis both fell.", ["Lumora", "Caddis"]),
    ("Short sellers bet against Halloran shares.", ["Halloran"]),
    ("Analysts cut their target for Quillon shares.", ["Quillon"]),
    ("Investors piled into shares of Corvane on Monday.", ["Corvane"]),
    ("Trading in Kovrana shares was halted on Friday.", ["Kovrana"]),
    ("Hedge funds built stakes in Ardent last year.", ["Ardent"]),
    ("A 5% stake in Lorimer was sold.", ["Lorimer"]),
    ("The state owns a stake in Brandt.", ["Brandt"]),
    ("Shares of Sefton rose after the deal.", ["Sefton"]),
    ("Kessler shares slid 7%.", ["Kessler"]),
]

# (text, name, the type it keeps)
OTHERS = [
    ("Maria Lopez shares a flat with two friends.", "Maria Lopez", "PERSON"),
    ("Shares in Tokyo closed higher on Friday.", "Tokyo", "PLACE"),
    ("Shares in Germany's biggest bank fell.", "Germany", "PLACE"),
    ("Shares of Lena Marsh's company fell.", "Lena Marsh", "PERSON"),
    ("Jonas Berg holds shares in Marlowe.", "Jonas Berg", "PERSON"),
    ("Apple shares rose 1%.", "Apple", "ORG"),
]


@pytest.mark.parametrize(("text", "companies"), COMPANIES)
def test_a_traded_company_is_an_organisation(text, companies):
    doc = briefx.extract(text, published=PUBLISHED)
    types = {e.name: e.type for e in doc.entities}
    assert {name: types.get(name) for name in companies} == dict.fromkeys(companies, "ORG")
    for entity in doc.entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(("text", "name", "kind"), OTHERS)
def test_a_name_beside_shares_that_is_no_company(text, name, kind):
    doc = briefx.extract(text, published=PUBLISHED)
    assert {e.name: e.type for e in doc.entities}.get(name) == kind
