"""A company's name that opens a wire lead after its dateline is an organisation
(entities, kind "a firm after a dateline").

"LONDON, Feb. 9 (Wire) - Kestrel Semiconductor shares fell 7%" left "Kestrel
Semiconductor" untagged: right after a dateline the small model often misses the
story's subject, though the same words open a plain sentence as a company. Capitalised
proper nouns right after a dateline's dash that end in a word of trade or a legal suffix
(``trade_words`` and ``legal_suffixes`` of ``models/entities/org_names.json``:
"Semiconductor", "Foods", "Inc") name an organisation. A commodity's market is no
company: such words before one of ``commodity_heads`` ("Crude Oil prices", "Natural Gas
futures") stay as they were.

Capability table of invented wire leads, published 2026-02-10: before the rule 10 of
the 16 companies were no organisation; the 4 commodities were no name.
"""

from __future__ import annotations

import pytest

import briefx

LEAD = "LONDON, Feb. 9 (Wire) - "
TAILS = [
    "shares fell 7% on Monday after the company said its new plant would open late.",
    "said on Tuesday it would cut 300 jobs after a fall in orders.",
]
FIRMS = [
    "Kestrel Semiconductor",
    "Halvorsen Industries",
    "Tarrant Foods",
    "Corbel Steel",
    "Ferrow Pharmaceuticals",
    "Lanmore Shipping",
    "Dalby Mining",
    "Ostra Biotech",
    "Quell Networks",
    "Vantor Airlines",
    "Pellam Energy",
    "Sorrel Insurance",
    "Kessler Logistics",
    "Morrow Therapeutics",
    "Talbeck Motors",
    "Brinmoor Capital",
]
COMMODITIES = [
    ("Crude Oil prices rose 2% on Monday.", "Crude Oil"),
    ("Natural Gas futures fell 3% in early trading.", "Natural Gas"),
    ("Nordic Power prices hit a record on Monday.", "Nordic Power"),
    ("Scrap Steel prices slid for a third week.", "Scrap Steel"),
]


def _names(text: str) -> list[tuple[str, str]]:
    doc = briefx.extract(text, published="2026-02-10")
    return [(m.text, e.type) for e in doc.entities for m in e.mentions]


@pytest.mark.parametrize(("n", "firm"), list(enumerate(FIRMS)))
def test_a_firm_after_a_dateline_is_an_organisation(n: int, firm: str) -> None:
    assert (firm, "ORG") in _names(LEAD + firm + " " + TAILS[n % 2])


@pytest.mark.parametrize(("text", "words"), COMMODITIES)
def test_a_commodity_after_a_dateline_is_no_organisation(text: str, words: str) -> None:
    assert all(words not in name for name, _ in _names(LEAD + text))
