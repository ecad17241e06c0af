"""A season before the name of a thing is a kind of thing, not a date (issue 25, dates).

"Shops cut prices on winter coats" dated the cut winter 2025; "recalled bottles of spring
water" dated the recall spring 2025. A season word that modifies a noun names a time only
when the noun is an occasion or a stretch of time ("the summer break", "the winter
months", "the spring offensive", "a winter storm"; ``season_occasions`` in
``models/dates/context.json``); before a thing ("winter coats", "spring water", "summer
clothing", "winter wheat") it is no date.

Capability table of invented sentences, published 2025-12-05; before the rule 10 of the
12 things were dates (the other two were none already), and the 8 occasions were dated.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-12-05"

# A season word before a thing: (text, the season word)
THINGS = [
    ("Shops cut prices on winter coats.", "winter"),
    ("The government raised winter fuel payments for pensioners.", "winter"),
    ("The firm recalled bottles of spring water.", "spring"),
    ("Farmers planted winter wheat on the plain.", "winter"),
    ("Sales of summer clothing fell sharply.", "summer"),
    ("Drivers must fit winter tyres by law.", "winter"),
    ("Crews prepared for winter weather.", "winter"),
    ("Summer heat killed dozens of cattle.", "Summer"),
    ("The children went to a summer camp in the hills.", "summer"),
    ("The resort sells winter sports gear.", "winter"),
    ("She wore a summer dress to the ceremony.", "summer"),
    ("The shop stocks autumn bulbs and spring flowers.", "autumn"),
]

# A season word before an occasion or a stretch of time: (text, the season's value)
OCCASIONS = [
    ("Students return after the summer break.", "2025-SU"),
    ("The winter recess ends on Monday.", "2025-WI"),
    ("Parliament returns after the winter holiday.", "2025-WI"),
    ("The winter months are hard for the homeless.", "2025-WI"),
    ("The spring offensive began in April.", "2025-SP"),
    ("A winter storm swept across the coast.", "2025-WI"),
    ("The chancellor will deliver the spring statement in March.", "2026-SP"),
    ("Lawmakers left for the summer recess in August.", "2025-SU"),
]


@pytest.mark.parametrize(("text", "season"), THINGS)
def test_a_season_before_a_thing_is_no_date(text: str, season: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    assert not [d for d in doc.dates if season.lower() in d.text.lower()], doc.dates
    seasons = {"-WI", "-SP", "-SU", "-FA"}
    for fact in doc.facts:
        for frame in fact.events:
            assert frame.time is None or frame.time.value[-3:] not in seasons, frame


@pytest.mark.parametrize(("text", "value"), OCCASIONS)
def test_a_season_before_an_occasion_is_a_date(text: str, value: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    assert value in [d.value for d in doc.dates], doc.dates
