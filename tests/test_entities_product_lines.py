"""Names of products are no people or organisations (entities, kind "product name"): a
product line followed by more of its name ("Ryzen AI Max", "Pixel Watch", "PlayStation
Portal"), and a maker followed by a model code ("Apple M4", "Nvidia H100"), leave the
output's names like "Airbus A380". An organisation that only begins with such a word
keeps its name when an organisation word follows ("Galaxy Capital Partners", "Surface
Transportation Board"). Capability table of invented sentences; the words are data
(``models/entities/products.json``: ``product_lines``, ``model_code``;
``models/entities/rules.json``: ``org_words``)."""

from __future__ import annotations

import pytest

import briefx


def _names(text: str) -> dict[str, str]:
    doc = briefx.extract(text, published="2025-11-18")
    return {e.name: e.type for e in doc.entities}


# (text, product name): not among the document's names.
PRODUCTS = [
    ("The Apple M4 outperformed rivals in tests.", "Apple M4"),
    ("Reviewers praised the Ryzen AI Max.", "Ryzen AI Max"),
    ("The Pixel Watch launched in October.", "Pixel Watch"),
    ("Buyers queued for the PlayStation Portal.", "PlayStation Portal"),
    ("Analysts said the Snapdragon X Elite and the Apple M4 would face rivals.",
     "Snapdragon X Elite"),
    ("Analysts said the Snapdragon X Elite and the Apple M4 would face rivals.", "Apple M4"),
    ("Demand for the Nvidia H100 surged in Asia.", "Nvidia H100"),
    ("The Samsung S24 went on sale in Berlin.", "Samsung S24"),
    ("Critics panned the Galaxy Ring at its launch.", "Galaxy Ring"),
    ("The Kindle Scribe was cut in price.", "Kindle Scribe"),
    ("Shoppers snapped up the Xbox Series X.", "Xbox Series X"),
    ("The Huawei P60 sold out within hours.", "Huawei P60"),
    ("The Surface Laptop was refreshed on Tuesday.", "Surface Laptop"),
    ("Gamers lined up for the Switch Lite.", "Switch Lite"),
    ("The Falcon Heavy lifted off from Florida.", "Falcon Heavy"),
]

# (text, organisation): kept as an organisation.
ORGANISATIONS = [
    ("Galaxy Capital Partners raised $2 billion.", "Galaxy Capital Partners"),
    ("The Surface Transportation Board ruled on Monday.", "Surface Transportation Board"),
    ("Leaders of the G20 met in Rio.", "G20"),
]


@pytest.mark.parametrize(("text", "name"), PRODUCTS)
def test_a_product_name_is_no_person_or_organisation(text: str, name: str) -> None:
    assert name not in _names(text)


@pytest.mark.parametrize(("text", "name"), ORGANISATIONS)
def test_an_organisation_that_begins_like_a_product_stays(text: str, name: str) -> None:
    assert _names(text).get(name) == "ORG"


# (text, name, its type): a person or a place whose first word is also a product line.
NOT_PRODUCTS = [
    ("Claude Monet painted the bridge in 1899.", "Claude Monet", "PERSON"),
    ("Grace Hopper wrote the first compiler.", "Grace Hopper", "PERSON"),
    ("Carlos scored in the 79th minute.", "Carlos", "PERSON"),
]


@pytest.mark.parametrize(("text", "name", "kind"), NOT_PRODUCTS)
def test_a_first_name_that_is_a_product_line_stays_a_person(
    text: str, name: str, kind: str
) -> None:
    assert _names(text).get(name) == kind


def test_a_period_after_a_company_is_no_model_code() -> None:
    """"Corvane Systems Q2 profit": the company stays an organisation (the model may take
    the period into its name; it is no product for that)."""
    names = _names("Corvane Systems Q2 profit rose 4%, the firm said in Oslo.")
    assert [t for n, t in names.items() if n.startswith("Corvane Systems")] == ["ORG"]
