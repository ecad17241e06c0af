"""A season named with "the" after a preposition of time is a date (issue 25, dates).

"The panel will hear arguments in the autumn" gave no date, while "in the winter" did:
the model tags some seasons with "the" as dates and not others, and the finder's own
season rule wanted "last", "next", "this", "early" or "late". The ``season_with_the``
rule of models/dates/patterns.json reads "the" and a season after a preposition of time
("in", "during", "by", "until", "through", "over", "before", "after"), the year told by
the tense as for any season. "The fall" is also a drop ("the fall of the regime", "a
fall in prices"): a season only when no "of", "in", "from", "to" or "on" follows.

Capability table of invented sentences, published 2026-06-12 (a Friday, late spring).
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-06-12"

# (text, the season's words, its value)
SEASONS = [
    ("The panel will hear arguments in the autumn.", "the autumn", "2026-FA"),
    ("The ministry expects to publish the plan in the autumn.", "the autumn", "2026-FA"),
    ("The bridge is due to reopen in the fall.", "the fall", "2026-FA"),
    ("Voters will go to the polls in the fall.", "the fall", "2026-FA"),
    ("The mayor resigned in the autumn after months of protests.", "the autumn", "2025-FA"),
    ("The club sold its striker in the fall.", "the fall", "2025-FA"),
    ("Talks stalled during the autumn and resumed in January.", "the autumn", "2025-FA"),
    ("Prices should ease by the autumn, the central bank said.", "the autumn", "2026-FA"),
    ("The embargo will stay in force until the autumn.", "the autumn", "2026-FA"),
    ("Engineers will test the new line over the summer.", "the summer", "2026-SU"),
    ("The reservoir ran low during the winter.", "the winter", "2025-WI"),
    ("The final report will not be ready before the autumn.", "the autumn", "2026-FA"),
    ("The ferry will resume sailings after the winter.", "the winter", "2026-WI"),
    ("The festival moved to a larger park in the early autumn.", "the early autumn", "2025-FA"),
    ("The deal should close in the late fall.", "the late fall", "2026-FA"),
    ("Parliament will debate the bill in the autumn, the speaker said.", "the autumn", "2026-FA"),
]

# "the fall" that is a drop or a collapse
NOT_DATES = [
    "The fall of the regime surprised diplomats.",
    "Investors shrugged off the fall in prices.",
    "After the fall from the ladder, he spent a week in hospital.",
    "The fall to third place cost the coach his job.",
    "Analysts blamed the fall on weak demand.",
    "Shares recovered after the fall on Monday.",
    "The report traced the fall from power of the old party.",
]


@pytest.mark.parametrize(("text", "words", "value"), SEASONS)
def test_the_season_is_a_date(text: str, words: str, value: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    found = [(d.text, d.value) for d in doc.dates]
    assert (words, value) in found, found


@pytest.mark.parametrize("text", NOT_DATES)
def test_a_fall_that_is_no_season(text: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    assert not [d for d in doc.dates if "fall" in d.text], doc.dates
