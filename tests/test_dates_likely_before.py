"""What a report called likely or unlikely before a date lies ahead (issue 25, dates).

"Diplomats said a deal was unlikely before the spring", told in December, put the
spring behind: the date hangs on the copula, whose past is the report's tense, not the
deal's. An adjective of likelihood (``likelihood_adjectives`` of
models/dates/context.json: likely, unlikely, possible, probable) told of its subject by
a copula ("was unlikely", "looked likely", "seemed likely"), or governing the verb of
its "to" ("were unlikely to finish before the summer"), tells what is to come, as a
verb with a modal does: its date lies ahead, in a reported past too; not when the
copula is a past perfect ("had been likely before March"). A state that was so keeps
its past ("the road was closed before the spring").

Capability table of invented sentences, published 2025-12-03 (a Wednesday); before the
rule 13 of the 16 dates lay behind, none after; the 3 behind passed before and after.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-12-03"

# (text, the date's value)
AHEAD = [
    ("Diplomats said a deal was unlikely before the spring.", "2026-SP"),
    ("The minister said no decision was likely before January.", "2026-01"),
    ("Engineers said repairs were unlikely to finish before the summer.", "2026-SU"),
    ("Traders said a rate cut looked unlikely before March.", "2026-03"),
    ("A deal is unlikely before the spring.", "2026-SP"),
    ("Analysts said a recovery was not expected before the summer.", "2026-SU"),
    ("The company said the plant was unlikely to reopen before April.", "2026-04"),
    ("Officials said a verdict was likely in February.", "2026-02"),
    ("The league said a decision was unlikely until March.", "2026-03"),
    ("Bankers said a sale looked likely in the spring.", "2026-SP"),
    ("The union said a strike seemed likely in January.", "2026-01"),
    ("Police said an arrest was unlikely before Friday.", "2025-12-05"),
    ("Doctors said his return was unlikely before April.", "2026-04"),
    ("The coach said a comeback was possible in February.", "2026-02"),
    ("Forecasters said more snow was likely on Saturday.", "2025-12-06"),
    ("Ministers said an accord was likely by the summer.", "2026-SU"),
]

# (text, the date's value): a state that was so, or a likelihood told as a past perfect
BEHIND = [
    ("The road was closed before the spring.", "2025-SP"),
    ("A deal had been likely before March, officials said.", "2025-03"),
    ("The team was unbeaten in February.", "2025-02"),
]


@pytest.mark.parametrize(("text", "value"), AHEAD + BEHIND)
def test_the_date_of_what_was_likely(text: str, value: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    assert doc.dates[-1].value == value, doc.dates
