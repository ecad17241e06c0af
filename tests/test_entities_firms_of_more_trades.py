"""A firm whose name ends in a word of trade is an organisation, not a person (entities).

"The warning follows a similar cut by rival Deltra Micro last month" made a person of the
chipmaker: after "by rival" the model reads most two-word names as people. A two-word
name whose last word is a word of trade and whose first is no first name is a company
(``trade_words`` in models/entities/org_names.json, tests/test_entities_trade_names.py);
the list lacked the trades of many firms in the news (micro, instruments, dynamics,
materials, solutions, services, electric, power, oil, gas, aviation, biologics, apparel,
textiles, cement, paper, hotels). A person whose surname is such a word keeps the type
("Sam Power", "Tom Paper").

Capability table of invented firms in invented sentences, published 2025-12-05; before
the list grew, 23 of the 34 names were read as people or not found; the 4 people passed.
"""

from __future__ import annotations

import pytest

import briefx

FIRMS = [
    "Deltra Micro",
    "Kessing Instruments",
    "Vardex Dynamics",
    "Ostro Materials",
    "Brenn Solutions",
    "Pellam Services",
    "Arkon Electric",
    "Tevra Power",
    "Zerran Oil",
    "Quell Gas",
    "Sarn Aviation",
    "Hollin Biologics",
    "Taskar Apparel",
    "Vessen Textiles",
    "Corla Cement",
    "Tollan Paper",
    "Quarro Hotels",
]

# Sentences that lead the model to read a name as a person.
FRAMES = [
    "The warning follows a similar cut by rival {} last month.",
    "Analysts expect {} to report higher profits.",
]

CASES = [(frame.format(firm), firm) for firm in FIRMS for frame in FRAMES]


@pytest.mark.parametrize(("text", "firm"), CASES)
def test_a_firm_of_a_trade_is_an_organisation(text, firm):
    doc = briefx.extract(text, published="2025-12-05")
    types = {e.name: e.type for e in doc.entities}
    assert types.get(firm) == "ORG", types


# (text, the person's name): a first name before the word of trade
PEOPLE = [
    ("The prize went to Sam Power, a nurse from Leeds.", "Sam Power"),
    ("The award went to Mark Gas, a teacher from Ohio.", "Mark Gas"),
    ("Coach Tom Paper praised the team.", "Tom Paper"),
    ("Goalkeeper Dan Micro saved a penalty.", "Dan Micro"),
]


@pytest.mark.parametrize(("text", "person"), PEOPLE)
def test_a_first_name_keeps_the_person(text, person):
    doc = briefx.extract(text, published="2025-12-05")
    types = {e.name: e.type for e in doc.entities}
    assert types.get(person) == "PERSON", types
