"""A reporting verb that a particle makes another verb is an act with its time, not a
report (issue 25, event coverage): "wrote off $12 million in the third quarter", "wrote
down its stake last year", "told the two accounts apart in March" (``other_senses`` in
``models/attribution.json``). Without the particle it stays attribution: "wrote in a
letter on Monday that ...". Capability table of invented sentences (published
2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

import briefx
from tests.event_times import PUBLISHED, time_of

# (text, event word, its time).
ACTS = [
    ("The lender wrote off $12 million in the third quarter.", "wrote", "2025-Q3"),
    ("The bank wrote down its stake in the venture last year.", "wrote", "2024"),
    ("The insurer wrote off the loans on Friday.", "wrote", "2025-11-14"),
    (
        "In the second quarter, the lender wrote off $12 million, added $8 million to its "
        "reserves and sold a branch.",
        "wrote",
        "2025-Q2",
    ),
    (
        "In the second quarter, the lender wrote off $12 million, added $8 million to its "
        "reserves and sold a branch.",
        "sold",
        "2025-Q2",
    ),
    ("The utility wrote down the value of its coal plants in 2023.", "wrote", "2023"),
    ("Auditors told the two accounts apart in March.", "told", "2025-03"),
    ("The insurer wrote off its losses from the floods on Monday.", "wrote", "2025-11-17"),
    ("The airline will write off the jets next year.", "write", "2026"),
    ("The retailer has written down its stores in Ohio this year.", "written", "2025"),
    ("Shares fell after the group wrote off its Russian unit on Monday.", "wrote", "2025-11-17"),
    ("The council wrote off the debt in June, officials said.", "wrote", "2025-06"),
    ("The fund wrote down the bonds by a third on Thursday.", "wrote", "2025-11-13"),
    ("Last week the miner wrote off a project in Chile.", "wrote", "2025-W46"),
    ("The brewer wrote off $40 million on Tuesday after the recall.", "wrote", "2025-11-18"),
]

# (text, the reporting verb's lemma): without the particle, still a report.
REPORTS = [
    ("The minister wrote in a letter on Monday that the plan was dead.", "write"),
    ('"We will rebuild," she wrote on Friday.', "write"),
    ("The firm added that sales were strong.", "add"),
    ("He wrote back on Sunday that he would come.", "write"),
]


def _cues(text: str) -> list[str]:
    doc = briefx.extract(text, published=PUBLISHED)
    return [fact.attribution.cue for fact in doc.facts if fact.attribution is not None]


@pytest.mark.parametrize(("text", "word", "value"), ACTS)
def test_a_reporting_verb_in_another_sense_is_an_act(text: str, word: str, value: str) -> None:
    assert time_of(text, word) == value
    assert {"write", "tell"}.isdisjoint(_cues(text))


@pytest.mark.parametrize(("text", "cue"), REPORTS)
def test_without_the_particle_it_stays_a_report(text: str, cue: str) -> None:
    assert cue in _cues(text)
