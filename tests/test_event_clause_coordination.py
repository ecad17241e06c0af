"""A clause with its own subject lends no object to the verb before it (issue 25, frames).

Coordinated verbs share an object ("Police arrested and charged the man"), but two
clauses joined by "and", "but" or "while" do not: "Rebels fled and troops seized the
town" made the town what the rebels fled, and a market report's "The Dow rose 1% and the
Nasdaq gained 2%" gave the Dow's rise the Nasdaq's 2%. A later verb with a subject of its
own is another clause (briefx.events.words, the partners of a verb without an object).

Capability table of invented sentences; before the rule 15 of the 16 clause
coordinations gave the first verb the second one's object, and the 4 coordinated verbs
passed.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-12-04"

# (text, the first verb, the second verb, its object)
CLAUSES = [
    ("The Dow rose 1% and the Nasdaq gained 2%.", "rose", "gained", "2%"),
    ("The S&P 500 fell 0.8% and the Nasdaq Composite lost 1.3%.", "fell", "lost", "1.3%"),
    ("Rebels fled and troops seized the town.", "fled", "seized", "the town"),
    ("The pound fell and the dollar gained ground.", "fell", "gained", "ground"),
    (
        "Villagers escaped and the flood destroyed their homes.",
        "escaped",
        "destroyed",
        "their homes",
    ),
    ("The guards resisted but gunmen stormed the jail.", "resisted", "stormed", "the jail"),
    (
        "The mayor resigned and the council appointed a successor.",
        "resigned",
        "appointed",
        "a successor",
    ),
    ("Prices rose and shoppers cut their spending.", "rose", "cut", "their spending"),
    ("The striker slipped and the goalkeeper caught the ball.", "slipped", "caught", "the ball"),
    ("The talks stalled and both sides blamed each other.", "stalled", "blamed", "each other"),
    ("The ship sank and rescuers pulled 40 people from the sea.", "sank", "pulled", "40 people"),
    ("The team arrived late and fans booed the players.", "arrived", "booed", "the players"),
    ("Temperatures dropped and snow closed the pass.", "dropped", "closed", "the pass"),
    ("Shares jumped and the company raised its forecast.", "jumped", "raised", "its forecast"),
    (
        "The engine failed and the pilot landed the plane in a field.",
        "failed",
        "landed",
        "the plane",
    ),
    ("The river burst its banks and water flooded the square.", "burst", "flooded", "the square"),
]

# (text, the verbs that share one object, the object)
SHARED = [
    ("Police arrested and charged the man.", ("arrested", "charged"), "the man"),
    ("Troops surrounded and shelled the town.", ("surrounded", "shelled"), "the town"),
    ("The firm bought and later sold the plant.", ("bought", "sold"), "the plant"),
    ("Officials counted and sealed the ballots.", ("counted", "sealed"), "the ballots"),
]


def _patients(text: str) -> dict[str, str | None]:
    doc = briefx.extract(text, published=PUBLISHED)
    return {e.text: (e.patient.text if e.patient else None) for f in doc.facts for e in f.events}


@pytest.mark.parametrize(("text", "first", "second", "thing"), CLAUSES)
def test_a_clause_keeps_its_object(text, first, second, thing):
    patients = _patients(text)
    assert patients[second] == thing
    assert patients[first] != thing


@pytest.mark.parametrize(("text", "verbs", "thing"), SHARED)
def test_coordinated_verbs_share_the_object(text, verbs, thing):
    patients = _patients(text)
    assert [patients[v] for v in verbs] == [thing, thing]
