"""A name that ends in the word of a bank holding company is an organisation (entities).

"Marlowe Bancorp said it will cut 1,200 jobs" gave a person "Marlowe Bancorp": the model
reads two capitalised words before a verb of saying as a person's name, and "Bancorp",
"Bancshares", "Bankshares" and "Bancorporation" were no words of trade
(``trade_words`` in models/entities/org_names.json). They are now, so such a name is a
company, and its first word alone names it again later in the report. A person whose
surname is "Banks" stays a person.

Capability table of invented lenders, published 2025-11-18.
"""

from __future__ import annotations

import pytest

import briefx

# (text, the organisation's name)
LENDERS = [
    ("Marlowe Bancorp said it will cut 1,200 jobs.", "Marlowe Bancorp"),
    ("Shares of Tilden Bancshares fell 3% on Monday.", "Tilden Bancshares"),
    ("Corwin Bankshares agreed to buy a smaller lender.", "Corwin Bankshares"),
    ("Analysts expect Hartwell Bancorp to report a loss.", "Hartwell Bancorp"),
    ("Pryor Bancorporation named a new chief executive on Friday.", "Pryor Bancorporation"),
    ("The deal values Selby Bancshares at $300 million.", "Selby Bancshares"),
    ("Ashcombe Bancorp posted a profit of $12 million.", "Ashcombe Bancorp"),
    ("Regulators cleared the sale of Vale Bankshares to a rival.", "Vale Bankshares"),
    ("Investors sold Quincy Bancorp after the report.", "Quincy Bancorp"),
    ("Elwood Bancshares will close 12 branches.", "Elwood Bancshares"),
    ("Garnet Bancorp raised its dividend. Garnet said loans grew 8%.", "Garnet Bancorp"),
    (
        "Tarrowby Bankshares lost money in the quarter. Tarrowby blamed bad loans.",
        "Tarrowby Bankshares",
    ),
    ("Fenwick Bancorporation will sell its card unit.", "Fenwick Bancorporation"),
    ("Rowan Bancshares hired a new lending chief from a rival.", "Rowan Bancshares"),
    ("Trask Bancorp paid $40 million to settle the suit.", "Trask Bancorp"),
    ("Holloway Bankshares opened four branches in the state.", "Holloway Bankshares"),
]

# A person whose surname is a word of banking stays a person.
PEOPLE = [
    ("Tessa Banks said the bank will cut 200 jobs.", "Tessa Banks"),
]


def _types(text: str) -> dict[str, str]:
    doc = briefx.extract(text, published="2025-11-18")
    return {entity.name: entity.type for entity in doc.entities}


@pytest.mark.parametrize(("text", "name"), LENDERS)
def test_a_bank_holding_name_is_an_organisation(text: str, name: str) -> None:
    assert _types(text).get(name) == "ORG"


@pytest.mark.parametrize(("text", "name"), LENDERS[10:12])
def test_its_first_word_names_it_again(text: str, name: str) -> None:
    doc = briefx.extract(text, published="2025-11-18")
    entity = next(e for e in doc.entities if e.name == name)
    assert len(entity.mentions) == 2


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_a_person_named_banks_stays_a_person(text: str, name: str) -> None:
    assert _types(text).get(name) == "PERSON"
