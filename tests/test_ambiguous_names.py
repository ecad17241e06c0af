"""Names with a place reading and another one: capability table of invented sentences.

The table of known names marks "Amazon", "Milan" or "Oxford" as ambiguous: a company,
a team or a university as well as a place. The model's reading as an organisation
stands, unless a place's preposition comes before the name ("fires in the Amazon")."""

from __future__ import annotations

import pytest

import briefx

# (sentence, name, its type)
AMBIGUOUS_NAMES = [
    ("Amazon said it would hire 5,000 workers in Ohio.", "Amazon", "ORG"),
    ("Shares of Amazon rose 3% on Friday.", "Amazon", "ORG"),
    ("Amazon cut prices on its devices.", "Amazon", "ORG"),
    ("Fires in the Amazon spread in August.", "Amazon", "PLACE"),
    ("Logging across the Amazon slowed last year.", "Amazon", "PLACE"),
    ("Protesters marched in Orange on Saturday.", "Orange", "PLACE"),
    ("Milan beat Napoli 2-0 on Sunday.", "Milan", "ORG"),
    ("The summit opened in Milan on Monday.", "Milan", "PLACE"),
    ("Georgia voters went to the polls.", "Georgia", "PLACE"),
    ("Police in Georgia arrested two men.", "Georgia", "PLACE"),
    ("Flooding hit homes near Reading.", "Reading", "PLACE"),
    ("Washington imposed new tariffs on steel.", "Washington", "PLACE"),
    ("The Hudson froze over during the cold snap.", "Hudson", "PLACE"),
    ("Oxford won the boat race on Sunday.", "Oxford", "ORG"),
    ("Researchers at Oxford published the study.", "Oxford", "ORG"),
    ("Rescue teams from Santiago arrived by midday.", "Santiago", "PLACE"),
    pytest.param(
        "Jordan closed its border with Syria.",
        "Jordan",
        "PLACE",
        marks=pytest.mark.xfail(reason="the model reads Jordan as a person here", strict=True),
    ),
    pytest.param(
        "Orange said profits fell in the second quarter.",
        "Orange",
        "ORG",
        marks=pytest.mark.xfail(reason="the model sees no name in Orange here", strict=True),
    ),
]


@pytest.mark.parametrize(("text", "name", "kind"), AMBIGUOUS_NAMES)
def test_an_ambiguous_name_takes_its_reading(nlp, text, name, kind) -> None:
    doc = briefx.extract(text, published="2026-03-02")
    found = [e.type for e in doc.entities if any(m.text == name for m in e.mentions)]
    assert found == [kind]
