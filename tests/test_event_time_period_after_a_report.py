"""A period right after a reporting verb, before a noun, is the noun's period, not the
report's day (event time, kind "a reported result's period").

"Corbel said third-quarter profit rose 12%" gave the profit no time: with no "that" to
open the clause, a date right after "said" is taken for the report's day ("said Monday
it will cut jobs", ``briefx.dates.tense.report_day_of``), and "third-quarter" was lent
to the saying. A quarter, a half, a year, a month or a season that modifies a noun
("third-quarter profit", "2024 revenue", "October exports") is the noun's period; the
result and the verb of the clause take it. A day or a weekday there stays the report's
("said Tuesday profit rose").

Capability table of invented sentences, published 2025-11-18 (a Tuesday): before the
change 12 of the 16 results or verbs had no time or another; 1 still has none ("summer
traffic": a season before a noun that is no occasion is no date).
"""

from __future__ import annotations

import pytest

from tests.event_times import times_of

PUBLISHED = "2025-11-18"

# (text, the result noun or, where it is none, the clause's verb, its time's value)
ROWS = [
    ("Corbel said third-quarter profit rose 12% on stronger demand.", "profit", "2025-Q3"),
    ("The firm said second-quarter sales fell 4%.", "sales", "2025-Q2"),
    ("Vell Air said first-half earnings doubled.", "earnings", "2025-H1"),
    ("The ministry said October exports rose 3%.", "rose", "2025-10"),
    ("The company said 2024 revenue reached $4 billion.", "revenue", "2024"),
    ("Brenna said fourth-quarter orders would fall.", "orders", "2025-Q4"),
    ("Analysts said third-quarter earnings beat forecasts.", "earnings", "2025-Q3"),
    ("The bank said September lending slowed.", "slowed", "2025-09"),
    ("Officials said August output grew 1.2%.", "output", "2025-08"),
    ("The group reported third-quarter profit rose 8%.", "profit", "2025-Q3"),
    ("Ostra said first-quarter losses narrowed.", "losses", "2025-Q1"),
    ("The mint said 2023 coin sales hit a record.", "sales", "2023"),
    ("The agency said July imports fell 2%.", "fell", "2025-07"),
    ("The carmaker said second-half deliveries would rise.", "deliveries", "2025-H2"),
    ("Corbel said third-quarter profit rose 12% on stronger demand.", "rose", "2025-Q3"),
    pytest.param(
        "The airline said summer traffic rose 6%.",
        "rose",
        "2025-SU",
        marks=pytest.mark.xfail(
            strict=True, reason="a season before a noun that is no occasion is no date"
        ),
    ),
]


@pytest.mark.parametrize(("text", "word", "value"), ROWS)
def test_a_period_after_a_report_is_its_nouns(text: str, word: str, value: str) -> None:
    assert times_of(text, PUBLISHED).get(word) == value
