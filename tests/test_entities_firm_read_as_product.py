"""A name after a noun of a kind of business is that business, even when the model read
it as a product or a people (issue 25, names).

"The chipmaker Marisse, which makes memory for phones, reported higher sales" named no
organisation: before a comma and "which" the model reads an unknown one-word name as a
product (or a people) more often than not, and the model's products held their words
against every rule of names, so the rule that a name right after a business noun is that
business ("carmaker Valdheim", ``business_nouns``) could not add it. A one-word product
of the model with no number, or a people no demonym names, right after a business noun,
is now the firm.

Capability table of invented sentences, published 2025-11-19.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-19"

# (text, the firm)
FIRMS = [
    ("The chipmaker Marisse, which makes memory for phones, reported higher sales.", "Marisse"),
    ("The chipmaker Pavline, which makes memory for phones, cut prices.", "Pavline"),
    ("The chipmaker Amberline, which makes memory for phones, hired 200 engineers.", "Amberline"),
    ("The chipmaker Fenwright, which supplies carmakers, lost a contract.", "Fenwright"),
    ("The carmaker Ostrell, which builds vans, recalled 9,000 vehicles.", "Ostrell"),
    ("The insurer Calloway, which covers farms, raised premiums.", "Calloway"),
    ("The retailer Brenmark, which runs 40 stores, closed a warehouse.", "Brenmark"),
    ("The drugmaker Pellion, which makes vaccines, won approval on Monday.", "Pellion"),
    ("The brewer Haskett, which sells lager in 30 countries, raised prices.", "Haskett"),
    ("The lender Torvane, which serves small firms, posted a loss.", "Torvane"),
    pytest.param(
        "The airline Skelby, which flies to 20 cities, cancelled flights.",
        "Skelby",
        marks=pytest.mark.xfail(strict=True, reason="the model reads the name as a date"),
    ),
    ("The miner Quarrow, which digs copper, cut output.", "Quarrow"),
    ("The shipbuilder Dellmoor, which builds ferries, won an order.", "Dellmoor"),
    ("The utility Brantwell, which supplies the capital, raised bills.", "Brantwell"),
    ("The broadcaster Vestry, which runs three channels, cut 80 jobs.", "Vestry"),
    ("The publisher Ardenne, which prints textbooks, was sold on Friday.", "Ardenne"),
]

# (text, the name): a product of the model that no business noun introduces stays none
NOT_FIRMS = [
    ("Buyers snapped up the Corvette, which makes memory.", "Corvette"),
]


@pytest.mark.parametrize(("text", "firm"), FIRMS)
def test_a_business_nouns_name_is_the_firm(text: str, firm: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    found = {e.name: e.type for e in doc.entities}
    assert found.get(firm) == "ORG", found


@pytest.mark.parametrize(("text", "name"), NOT_FIRMS)
def test_a_product_stays_no_firm(text: str, name: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    found = {e.name: e.type for e in doc.entities}
    assert found.get(name) != "ORG", found
