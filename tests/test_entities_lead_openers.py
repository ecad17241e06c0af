"""A common noun that opens a wire lead after its dateline is no name (entities).

"BERLIN - Inflation slowed in February" made Inflation an organisation, "KESSA (Reuters) -
Turnout was low" Turnout a person: a noun opening a sentence is capitalised, and the rule
that drops such a noun read as a name looked at sentence starts only, while a wire lead
starts after its dateline's dash. The word after the dash opens the lead as a sentence
start does (``spans.opens_a_lead``); names there stay ("BERLIN - Siemens said").

Capability table of invented leads, published 2026-03-06; before the rule 6 of the 16 nouns
were names, and the 3 names passed.
"""

from __future__ import annotations

import pytest

from briefx import extract


def entities(text: str) -> dict[str, str]:
    """Every entity's canonical name -> its type."""
    return {e.name: e.type for e in extract(text, published="2026-03-06").entities}


# (lead, the common noun that opens it)
NOUNS = [
    ("MANILA - Flooding in Manila forced 20,000 people from their homes.", "Flooding"),
    ("KESSA (Reuters) - Turnout was low in Sunday's vote.", "Turnout"),
    ("BERLIN - Inflation slowed in February.", "Inflation"),
    ("DHAKA - Monsoon rains killed 12 people.", "Monsoon"),
    ("OTTAWA - Unemployment fell to 6.1%.", "Unemployment"),
    ("LIMA, March 4 (Wire) - Landslides buried a village on Tuesday.", "Landslides"),
    ("ROME, March 3 - Protesters marched through the city.", "Protesters"),
    ("MADRID (Wire) - Wildfires forced 3,000 people to flee.", "Wildfires"),
    ("TOKYO - Exports rose 5% in January.", "Exports"),
    ("CAIRO, March 2 - Prices of bread rose 20%.", "Prices"),
    ("NAIROBI - Drought has left two million people hungry.", "Drought"),
    ("SEOUL (Wire) - Shipments of chips fell in March.", "Shipments"),
    ("JAKARTA - Rescuers pulled 12 survivors from the rubble.", "Rescuers"),
    ("ATHENS, March 1 - Heatwave warnings were issued for Sunday.", "Heatwave"),
    ("KYIV - Shelling damaged a power station overnight.", "Shelling"),
    ("ACCRA - Inflation eased for a third month in February.", "Inflation"),
]

# Names that open a lead stay: (lead, name, type)
NAMES = [
    ("BERLIN - Siemens said on Monday it would cut jobs.", "Siemens", "ORG"),
    ("PARIS - Emmanuel Macron met the German chancellor on Monday.", "Emmanuel Macron", "PERSON"),
    ("OSLO (Wire) - Equinor raised its dividend.", "Equinor", "ORG"),
]


@pytest.mark.parametrize(("lead", "noun"), NOUNS)
def test_a_common_noun_opening_a_lead_is_no_name(lead: str, noun: str) -> None:
    assert noun not in entities(lead)


@pytest.mark.parametrize(("lead", "name", "type_"), NAMES)
def test_a_name_opening_a_lead_stays(lead: str, name: str, type_: str) -> None:
    assert entities(lead).get(name) == type_
