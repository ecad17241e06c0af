"""An occasion that "is in" a month is the coming one: "The election is in November",
told in December, is next November (dates, kind "an occasion is in a month").

A month under "be" in the present was read as a figure's or a state's month ("inflation
is 3% in November": the last one, ``schedule_state_verbs``), so a month more than four
ahead fell in the year before: the election was last month's. When the copula's subject
is an event noun (``event_nouns``: an election, a summit, a concert), the present tells
what is scheduled, as "the cuts take effect in November" does.

Capability table of invented sentences, published 2026-12-04 (a Friday): before the
change 16 of the 16 occasions fell in the year before; the figures' months keep theirs.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-12-04"

ROWS = [
    ("The election is in November.", "2027-11"),
    ("The summit is in October.", "2027-10"),
    ("Her next concert is in May.", "2027-05"),
    ("The referendum is in September.", "2027-09"),
    ("The trial is in August.", "2027-08"),
    ("The auction is in June.", "2027-06"),
    ("The strike is in July.", "2027-07"),
    ("The launch is in September.", "2027-09"),
    ("The wedding is in June.", "2027-06"),
    ("The final hearing is in October.", "2027-10"),
    ("The party conference is in August.", "2027-08"),
    ("The race is in July.", "2027-07"),
    ("The tournament is in June.", "2027-06"),
    ("The ceremony is in November.", "2027-11"),
    ("The visit is in October.", "2027-10"),
    ("The sale is in May.", "2027-05"),
]


def _month(text: str) -> str | None:
    doc = briefx.extract(text, published=PUBLISHED)
    return doc.dates[0].value if doc.dates else None


@pytest.mark.parametrize(("text", "value"), ROWS)
def test_an_occasion_in_a_month_is_the_coming_one(text, value):
    assert _month(text) == value


# A figure or a state told for a month keeps the last one.
KEPT = [
    ("Inflation is 3% in November.", "2026-11"),
    ("Unemployment is at 5.1% in October.", "2026-10"),
    ("The index is up 4% in September.", "2026-09"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_a_figure_for_a_month_keeps_the_last_one(text, value):
    assert _month(text) == value
