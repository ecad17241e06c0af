"""The firm that runs, owns or makes something is an organisation (entities, kind "the doer
of an operating or owning participle"): "the mine operated by Codelco", "a refinery owned
by Vantor", "a vaccine made by Biovex". The model reads such names as places. A place the
gazetteer knows stays a place ("a base operated by Russia", "a region controlled by
Ukraine"), and a person stays a person ("a bakery run by Maria Lopez"). Capability table of
invented sentences; the participles are data (``models/entities/rules.json``:
``operator_verbs``)."""

from __future__ import annotations

import pytest

import briefx


def _names(text: str) -> dict[str, str]:
    return {e.name: e.type for e in briefx.extract(text, published="2025-11-18").entities}


# (text, firm)
FIRMS = [
    ("The copper mine operated by Codelco near Calama suspended work.", "Codelco"),
    pytest.param(
        "A refinery owned by Vantor caught fire on Monday.",
        "Vantor",
        marks=pytest.mark.xfail(
            reason="the model reads 'Vantor' as a product, which the name rules leave alone",
            strict=True,
        ),
    ),
    ("The hospital run by Mercy Health closed its ward.", "Mercy Health"),
    ("A vaccine made by Biovex was approved in May.", "Biovex"),
    ("The pipeline operated by Enbridge leaked oil.", "Enbridge"),
    ("A plant owned by Glencore shut down.", "Glencore"),
    ("The ferry operated by Stena Line ran aground.", "Stena Line"),
    ("A drug developed by Moderna cut deaths by half.", "Moderna"),
    ("The tower built by Skanska opened in June.", "Skanska"),
    ("A satellite launched by Arianespace reached orbit.", "Arianespace"),
    ("The smelter operated by Rio Tinto cut output.", "Rio Tinto"),
    ("A chatbot developed by Mistral answered the questions.", "Mistral"),
    ("The port managed by Maersk reopened.", "Maersk"),
    ("The startup funded by Sequoia hired 50 engineers.", "Sequoia"),
    ("The airline owned by Lufthansa cancelled flights.", "Lufthansa"),
]


@pytest.mark.parametrize(("text", "firm"), FIRMS)
def test_the_firm_that_runs_it_is_an_organisation(text: str, firm: str) -> None:
    assert _names(text).get(firm) == "ORG"


# A known place, or a person, stays what it is.
OTHERS = [
    ("The air base operated by Russia was hit on Sunday.", "Russia", "PLACE"),
    ("The region controlled by Ukraine was shelled.", "Ukraine", "PLACE"),
    ("A bakery run by Maria Lopez won the prize.", "Maria Lopez", "PERSON"),
]


@pytest.mark.parametrize(("text", "name", "kind"), OTHERS)
def test_a_known_place_or_a_person_stays(text: str, name: str, kind: str) -> None:
    assert _names(text).get(name) == kind
