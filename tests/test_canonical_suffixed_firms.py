"""A company named in full with its legal suffix and again by its first word is one company.

"Halvern Systems Inc." and "Halvern" were two organisations in one report: the first word
of a name of trade ("Corvane Systems") joined its short form only when the name had no
legal suffix after the word of trade ("Inc.", "Corp.", "plc", "AG"), and the entity rule
that tags the short form read a suffix with inner full stops ("S.A.") as part of the name.
Invented cases; published 2025-11-18. 17 of the 18 failed before the rule.
"""

from __future__ import annotations

import pytest

from briefx import extract

# (text, short form, the name of the entity the short form belongs to)
SUFFIXED = [
    (
        "Halvern Systems Inc. cut its outlook. Halvern shares fell.",
        "Halvern",
        "Halvern Systems Inc.",
    ),
    (
        "Corvane Mining Corp. shut a mine. Corvane said ore grades fell.",
        "Corvane",
        "Corvane Mining Corp.",
    ),
    ("Teller Foods Ltd. raised prices. Teller blamed wheat costs.", "Teller", "Teller Foods Ltd."),
    (
        "Vessling Steel plc cut 400 jobs. Vessling said demand was weak.",
        "Vessling",
        "Vessling Steel plc",
    ),
    (
        "Brandt Chemicals AG sold a plant. Brandt will keep its labs.",
        "Brandt",
        "Brandt Chemicals AG",
    ),
    (
        "Kelso Motors Co. recalled 9,000 vans. Kelso said no one was hurt.",
        "Kelso",
        "Kelso Motors Co.",
    ),
    (
        "Vantor Energy Corp. found gas offshore. Vantor will drill again.",
        "Vantor",
        "Vantor Energy Corp.",
    ),
    (
        "Mirel Pharmaceuticals Inc. won approval for a drug. Mirel shares rose.",
        "Mirel",
        "Mirel Pharmaceuticals Inc.",
    ),
    (
        "Quade Airlines Ltd. cancelled 40 flights. Quade blamed the strike.",
        "Quade",
        "Quade Airlines Ltd.",
    ),
    (
        "Dunmore Semiconductor Inc. hired 300 engineers. Dunmore plans a new lab.",
        "Dunmore",
        "Dunmore Semiconductor Inc.",
    ),
    (
        "Larch Telecom S.A. lost subscribers. Larch blamed the price war.",
        "Larch",
        "Larch Telecom S.A.",
    ),
    (
        "Penrose Software Inc. bought a rival. Penrose paid $2 billion.",
        "Penrose",
        "Penrose Software Inc.",
    ),
    (
        "Pellan Shipping Ltd. ordered six ships. Pellan said rates had risen.",
        "Pellan",
        "Pellan Shipping Ltd.",
    ),
    (
        "Tavish Resources Corp. raised $40 million. Tavish will explore in Peru.",
        "Tavish",
        "Tavish Resources Corp.",
    ),
    (
        "Brisco Robotics Inc. opened a factory. Brisco employs 900 people.",
        "Brisco",
        "Brisco Robotics Inc.",
    ),
    # The short form first, the full name after it.
    (
        "Halvern said it would cut jobs. Halvern Systems Inc. is based in Ohio.",
        "Halvern",
        "Halvern Systems Inc.",
    ),
    (
        "Corvane shares fell 4%. Corvane Mining Corp. blamed lower prices.",
        "Corvane",
        "Corvane Mining Corp.",
    ),
]


@pytest.mark.parametrize(("text", "short", "company"), SUFFIXED)
def test_a_suffixed_company_named_by_its_first_word_is_the_company(
    text: str, short: str, company: str
) -> None:
    doc = extract(text, published="2025-11-18")
    owner = [e for e in doc.entities for m in e.mentions if m.text == short]
    assert [(e.name, e.type) for e in owner] == [(company, "ORG")]


def test_two_companies_of_one_first_word_keep_the_short_form_apart() -> None:
    """Which of two companies "Orion" is, the text does not say: it joins neither."""
    doc = extract(
        "Orion Systems Inc. and Orion Shipping Ltd. both reported losses. Orion fell.",
        published="2025-11-18",
    )
    full = {e.name for e in doc.entities if e.type == "ORG"}
    assert {"Orion Systems Inc.", "Orion Shipping Ltd."} <= full
    owners = [e.name for e in doc.entities for m in e.mentions if m.text == "Orion"]
    assert not set(owners) & {"Orion Systems Inc.", "Orion Shipping Ltd."}
