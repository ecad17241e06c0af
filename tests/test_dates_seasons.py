"""Seasons against the publication date: capability table of invented sentences.

Winter runs from December to February and is named by the year of its December
(``2025-WI`` is December 2025 to February 2026). In January and February "this winter" is
the one under way, begun last December, and "last winter" the one before it.
"""

from __future__ import annotations

import pytest

import briefx

# (publication date, text, the date's text, its TIMEX3 value)
SEASONS = [
    ("2026-01-30", "The storm is the third this winter.", "this winter", "2025-WI"),
    ("2026-02-10", "Snow fell in the capital this winter.", "this winter", "2025-WI"),
    ("2026-01-05", "Heating bills rose sharply last winter.", "last winter", "2024-WI"),
    ("2026-02-20", "The lake froze last winter.", "last winter", "2024-WI"),
    ("2026-01-15", "The resort will open next winter.", "next winter", "2026-WI"),
    ("2026-02-01", "The ski season this winter was short.", "this winter", "2025-WI"),
    ("2025-12-15", "Flu cases climbed this winter.", "this winter", "2025-WI"),
    ("2025-12-15", "The river flooded last winter.", "last winter", "2024-WI"),
    ("2026-03-15", "The river flooded last winter.", "last winter", "2025-WI"),
    ("2025-10-01", "Prices will rise this winter.", "this winter", "2025-WI"),
    ("2025-07-10", "The road was closed last winter.", "last winter", "2024-WI"),
    ("2025-11-18", "The team signed him last summer.", "last summer", "2025-SU"),
    ("2025-07-18", "The team signed him last summer.", "last summer", "2024-SU"),
    ("2026-01-20", "The bridge opened last summer.", "last summer", "2025-SU"),
    ("2026-01-20", "The bridge will open this spring.", "this spring", "2026-SP"),
    ("2026-01-20", "The bridge will open this summer.", "this summer", "2026-SU"),
    ("2026-01-20", "Sales slowed last autumn.", "last autumn", "2025-FA"),
    ("2025-11-18", "Sales slowed last autumn.", "last autumn", "2024-FA"),
    ("2026-02-25", "The talks began in the winter of 2024.", "the winter of 2024", "2024-WI"),
]


@pytest.mark.parametrize(("published", "text", "said", "value"), SEASONS)
def test_a_season_is_named_against_the_publication_date(
    published: str, text: str, said: str, value: str
) -> None:
    doc = briefx.extract(text, published=published)
    assert [d.value for d in doc.dates if d.text.lower() == said] == [value]
