"""A company named in full and then by its first word is one organisation: "Veltrix
Semiconductor ... Veltrix said" (the model may read the bare word as a place or a person).
The full name ends in a word of trade (``trade_words`` in models/entities/org_names.json):
a capability table of invented firms, one per trade; the model may read the full name
as a person ("Korrow Mining"): two words, the last of trade and the first no first name,
are a company. A known place ("Bristol Motors ... near Bristol") and a person whose
surname is such a word ("John Steel") are left."""

from __future__ import annotations

import pytest

import briefx

# (text, the full name, its first word used alone)
TABLE = [
    ("Veltrix Semiconductor cut its forecast. Veltrix said demand had slowed.", "Veltrix"),
    ("Korrow Mining halted work at two pits. Korrow blamed the floods.", "Korrow"),
    ("Talvane Electronics recalled 9,000 chargers. Talvane said none had caught fire.", "Talvane"),
    ("Brenmoor Logistics lost a contract with the army. Brenmoor will appeal.", "Brenmoor"),
    ("Ostrell Steel raised prices by 4%. Ostrell cited higher power costs.", "Ostrell"),
    pytest.param(
        "Quillon Therapeutics won approval for its drug. Quillon shares rose 30%.",
        "Quillon",
        marks=pytest.mark.xfail(strict=True, reason="the model tags neither word: no name"),
    ),
    ("Merrow Shipping ordered six new tankers. Merrow expects delivery in 2028.", "Merrow"),
    ("Dantell Insurance paid out $40 million after the storm. Dantell said so.", "Dantell"),
    ("Harven Media sold its radio stations. Harven will keep its newspapers.", "Harven"),
    ("Sorrel Aerospace delayed its first flight. Sorrel said a supplier was late.", "Sorrel"),
    ("Calbrin Chemicals closed a plant in Ohio. Calbrin employed 300 people there.", "Calbrin"),
    ("Nestor Robotics raised $80 million from investors. Nestor plans to hire 200.", "Nestor"),
    ("Vexley Software fixed the flaw on Friday. Vexley urged users to update.", "Vexley"),
    ("Ardent Biotech started a trial of its vaccine. Ardent expects results next year.", "Ardent"),
    ("Pellor Networks lost its chief executive. Pellor named an interim head.", "Pellor"),
    ("Greystan Petroleum found oil off the coast. Greystan will drill two more wells.", "Greystan"),
    ("Mirren Pharmaceuticals cut 400 jobs. Mirren said sales of its drug fell.", "Mirren"),
    ("Kelso Airlines cancelled 200 flights. Kelso blamed a shortage of pilots.", "Kelso"),
]


def _organisation(text: str, short: str) -> tuple[str, list[str]] | None:
    doc = briefx.extract(text, published="2025-11-18")
    for entity in doc.entities:
        if entity.type == "ORG" and entity.name.startswith(short):
            return entity.name, sorted(entity.aliases)
    return None


@pytest.mark.parametrize(("text", "short"), TABLE)
def test_a_firm_named_by_its_first_word_is_one_organisation(text: str, short: str) -> None:
    found = _organisation(text, short)
    assert found is not None
    name, aliases = found
    assert name != short and aliases == [short]
    doc = briefx.extract(text, published="2025-11-18")
    assert not [e for e in doc.entities if e.name == short], "the short name stands alone"


# (text, the first word used alone, the type it keeps)
LEFT = [
    ("Bristol Motors raised prices. Traffic near Bristol was heavy on Monday.", "Bristol", "PLACE"),
    ("Denver Software hired 40 engineers. The office in Denver will double.", "Denver", "PLACE"),
    ("John Steel chaired the meeting. He said the vote was fair.", "John Steel", "PERSON"),
]


@pytest.mark.parametrize(("text", "short", "kind"), LEFT)
def test_a_known_place_or_a_person_stays(text: str, short: str, kind: str) -> None:
    doc = briefx.extract(text, published="2025-11-18")
    assert [e.type for e in doc.entities if e.name == short] == [kind]
