"""A company the model misses in full and a later rule finds is named again by its short form.

"SAN JOSE, Calif. - Nexora Inc on Tuesday unveiled ..." (invented): after a dateline the
model often reads no name in "Nexora Inc"; the legal suffix lets a rule of the context
reader find the company, but the rule that joins a company's bare name to it had already
run, so "Nexora had sold 14 million phones" stayed the person the model read. Invented
cases; published 2025-11-18.
"""

from __future__ import annotations

import pytest

from briefx import extract

# (text, short form, the name of the entity the short form belongs to)
TABLE = [
    (
        "SAN JOSE, Calif. - Nexora Inc on Tuesday unveiled a foldable phone, the Nexora Fold"
        " 2. Chief Executive Dana Whitlock said at the event that Nexora had sold 14 million"
        " phones.",
        "Nexora",
        "Nexora Inc",
    ),
    (
        "PARIS - Maurane SA agreed to buy a rival on Thursday. Bankers said Maurane would pay"
        " in cash.",
        "Maurane",
        "Maurane SA",
    ),
    (
        "HOUSTON - Tarnwell Energy Inc said on Tuesday it would sell two refineries."
        " Traders said Tarnwell needed cash.",
        "Tarnwell",
        "Tarnwell Energy Inc",
    ),
    (
        "NEW YORK - Pennick Corp said on Monday it had hired a new chief executive. Pennick"
        " named Ana Ruiz to the post.",
        "Pennick",
        "Pennick Corp",
    ),
    (
        "ATLANTA - Whitcombe Inc said on Monday it would buy a rival. Analysts said"
        " Whitcombe had overpaid.",
        "Whitcombe",
        "Whitcombe Inc",
    ),
    (
        "LEEDS - Hartigan plc warned on profits on Monday. Hartigan blamed higher wages.",
        "Hartigan",
        "Hartigan plc",
    ),
    (
        "CHICAGO - Marrick Inc posted higher profit on Thursday. Marrick said orders rose 8%.",
        "Marrick",
        "Marrick Inc",
    ),
    (
        "DETROIT (Reuters) - Halvane Motors Corp on Monday recalled 80,000 trucks. Officials"
        " said Halvane had received 12 complaints.",
        "Halvane",
        "Halvane Motors Corp",
    ),
    (
        "LONDON - Brisco Holdings plc said on Friday it would cut 300 jobs. Analysts said"
        " Brisco was losing ground to rivals.",
        "Brisco",
        "Brisco Holdings plc",
    ),
    (
        "TOKYO, March 3 (Reuters) - Kanrei Electric Co said on Tuesday its profit fell. A"
        " spokesman said Kanrei would cut prices.",
        "Kanrei",
        "Kanrei Electric Co",
    ),
    (
        "ZURICH - Orvell Pharma AG won approval for a drug on Monday. Doctors said Orvell had"
        " priced it fairly.",
        "Orvell",
        "Orvell Pharma AG",
    ),
    (
        "TORONTO - Quillon Resources Ltd said on Monday it struck gold in Ontario. Investors"
        " said Quillon could double output.",
        "Quillon",
        "Quillon Resources Ltd",
    ),
    (
        "MILAN - Ravella SpA cut its forecast on Monday. Ravella blamed weak demand in China.",
        "Ravella",
        "Ravella SpA",
    ),
    (
        "OSLO - Fjordane ASA reported a loss on Wednesday. Fjordane said costs had risen.",
        "Fjordane",
        "Fjordane ASA",
    ),
    (
        "DUBLIN - Carrowmore plc agreed a takeover on Monday. Shareholders said Carrowmore"
        " was undervalued.",
        "Carrowmore",
        "Carrowmore plc",
    ),
    (
        "AUSTIN, Texas - Trellic Inc laid off 200 workers on Tuesday. Former employees said"
        " Trellic had promised bonuses.",
        "Trellic",
        "Trellic Inc",
    ),
    (
        "FRANKFURT - Stollberg AG said on Tuesday it would close a plant. Stollberg employs"
        " 9,000 people.",
        "Stollberg",
        "Stollberg AG",
    ),
    (
        "BRUSSELS - Vandermolen NV sold its brewing arm on Friday. Vandermolen will use the"
        " cash to cut debt.",
        "Vandermolen",
        "Vandermolen NV",
    ),
]


@pytest.mark.parametrize(("text", "short", "company"), TABLE)
def test_a_company_found_late_is_named_by_its_short_form(
    text: str, short: str, company: str
) -> None:
    doc = extract(text, published="2025-11-18")
    owner = [e for e in doc.entities for m in e.mentions if m.text == short]
    assert [(e.name, e.type) for e in owner] == [(company, "ORG")]


def test_a_person_named_in_full_keeps_the_surname() -> None:
    """A surname of a person named in full is the person's, even where a company found
    late shares the word: the company's short form is not read into the person."""
    doc = extract(
        "BOSTON - Maren Halloway, the founder of Cedrin Inc, resigned on Monday. Halloway"
        " said she would stay on the board.",
        published="2025-11-18",
    )
    owner = [e for e in doc.entities for m in e.mentions if m.text == "Halloway"]
    assert [(e.name, e.type) for e in owner] == [("Maren Halloway", "PERSON")]
