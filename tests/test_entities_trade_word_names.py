"""A name that ends in a word of trade is a company's (entities).

"Northstar agreed to buy rival Bluewing Air", "The airline hired Orla Aviation" and
"Investors sold Halden Retail" gave a person, a person and a place: the small model
reads two capitalised words as a person's name, or a place's. A name the model took for
a person or a place whose last word is one of the trade words of
models/entities/org_names.json ("Aviation", "Retail", "Logistics", "Pharma") or of the
organisation words of rules.json (now with "Air") is an organisation, as the headline
rule already reads one, even after a first name ("Orla", "Greta": no person's surname is
"Aviation" or "Software"). Not a person whose surname is also a trade word ("Samantha
Power", "Danielle Steel", tests/test_entities_firms_of_more_trades.py:
``trade_surnames`` of rules.json), nor a place the gazetteer knows ("the West Bank").

Capability table of invented sentences; counts of the failing rows before the rule are in
the commit message.
"""

from __future__ import annotations

import pytest

import briefx

# (sentence, the name, its type)
CASES = [
    ("Northstar agreed to buy rival Bluewing Air for $4 billion.", "Bluewing Air", "ORG"),
    ("The airline hired Orla Aviation to service its fleet.", "Orla Aviation", "ORG"),
    ("Investors sold Halden Retail after the warning.", "Halden Retail", "ORG"),
    ("Shares of Kessel Logistics fell 5% on Monday.", "Kessel Logistics", "ORG"),
    ("Regulators fined Travo Shipping for late filings.", "Travo Shipping", "ORG"),
    ("Corvane Pharma said its drug failed a trial.", "Corvane Pharma", "ORG"),
    ("The deal values Sorel Insurance at $2 billion.", "Sorel Insurance", "ORG"),
    ("Tessa Brandt joined Arvik Chemicals in 2019.", "Arvik Chemicals", "ORG"),
    ("The order went to Linnea Robotics in March.", "Linnea Robotics", "ORG"),
    ("Analysts upgraded Marta Therapeutics on Tuesday.", "Marta Therapeutics", "ORG"),
    ("The bank lent money to Ivo Hotels last year.", "Ivo Hotels", "ORG"),
    ("Pension funds bought Elena Properties in June.", "Elena Properties", "ORG"),
    ("The state sued Greta Software over the breach.", "Greta Software", "ORG"),
    ("The buyer was Nadia Textiles, a family firm.", "Nadia Textiles", "ORG"),
    ("Hackers attacked Jonas Wireless last week.", "Jonas Wireless", "ORG"),
    ("Prosecutors charged Karl Logistics with fraud.", "Karl Logistics", "ORG"),
    # not a company
    ("The envoy Samantha Power visited Kenya.", "Samantha Power", "PERSON"),
    ("The novelist Danielle Steel signed a new deal.", "Danielle Steel", "PERSON"),
    ("Troops entered the West Bank on Monday.", "West Bank", "PLACE"),
    ("Rovers signed striker Tomas Reyes on Friday.", "Tomas Reyes", "PERSON"),
]


@pytest.mark.parametrize(("text", "name", "kind"), CASES, ids=[c[1] for c in CASES])
def test_a_name_ending_in_a_trade_word_is_an_organisation(text, name, kind):
    doc = briefx.extract(text)
    found = {e.name: e.type for e in doc.entities}
    assert found.get(name) == kind, found
