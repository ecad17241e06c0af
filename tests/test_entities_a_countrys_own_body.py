"""A body after a country's possessive is that country's, not the one a bare name points
to: "Kenya's Supreme Court" is no "Supreme Court of the United States" (entities, kind
"body of a state").

The gazetteer reads a bare "Senate" or "Supreme Court" as the best-known one (entries
marked ambiguous: "Senate" -> "United States Senate"). After the possessive of a name
("Brazil's Senate") or a nationality before it ("the Kenyan Supreme Court"), the body is
that state's: it keeps the name the report gives it. A bare "the Senate" still reads as
the best-known one.

Capability table of invented sentences, published 2026-03-13: before the rule 13 of the
15 bodies were the United States' (the two written with a nationality passed); a bare
"the Senate" keeps its reading.
"""

from __future__ import annotations

import pytest

import briefx


def _names(text: str) -> dict[str, str]:
    doc = briefx.extract(text, published="2026-03-13")
    return {m.text: e.name for e in doc.entities for m in e.mentions}


# (text, the body as written)
OWN = [
    ("Brazil's Senate approved the bill on Tuesday.", "Senate"),
    ("France's Senate rejected the plan.", "Senate"),
    ("Kenya's Supreme Court annulled the vote.", "Supreme Court"),
    ("Chile's Senate passed the reform on Monday.", "Senate"),
    ("India's Supreme Court ordered a new inquiry.", "Supreme Court"),
    ("Italy's Senate backed the budget.", "Senate"),
    ("Mexico's Supreme Court struck down the law.", "Supreme Court"),
    ("Poland's Senate amended the bill.", "Senate"),
    ("Pakistan's Supreme Court disqualified the minister.", "Supreme Court"),
    ("Argentina's Senate voted on Thursday.", "Senate"),
    ("The Kenyan Supreme Court annulled the vote.", "Kenyan Supreme Court"),
    ("The Brazilian Senate approved the bill.", "Brazilian Senate"),
    ("Nigeria's Senate confirmed the minister.", "Senate"),
    ("Spain's Supreme Court jailed the leaders.", "Supreme Court"),
    ("The Philippines' Senate opened an inquiry.", "Senate"),
]


@pytest.mark.parametrize(("text", "body"), OWN)
def test_a_body_after_a_countrys_possessive_is_its_own(text, body):
    names = _names(text)
    assert body in names, names
    assert "United States" not in names[body]


def test_a_bare_body_still_reads_as_the_best_known():
    assert _names("The Senate approved the bill on Tuesday.")["Senate"] == "United States Senate"
