"""An hour written as a word before "o'clock" is a time of day, not a count (dates).

"The talks collapsed shortly after three o'clock" gave no time and a quantity "three
o'clock" of 3: the model tags the phrase as a time, but the clock reader took only digits
("3 o'clock"), and the quantity reader counted the number word. An hour from "one" to
"twelve" now reads as its digits do, before "o'clock" or a part of the day ("eleven
o'clock this morning", "ten at night"); "o'clock" alone leaves a.m. or p.m. open, as with
digits; and
"o'clock" then a part of the day keeps the part ("8 o'clock in the evening"), which had
been read as the day of the clock and lost.

Capability table of invented sentences, published 2026-11-23 (a Monday).
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-11-23"

# (text, the time expression, its value)
HOURS = [
    ("The talks collapsed shortly after three o'clock.", "three o'clock", "2026-11-23T03:00"),
    ("The market closed at four o'clock.", "four o'clock", "2026-11-23T04:00"),
    ("The guards changed at twelve o'clock.", "twelve o'clock", "2026-11-23T12:00"),
    ("The first train left at six o'clock.", "six o'clock", "2026-11-23T06:00"),
    ("The polls opened at seven o'clock.", "seven o'clock", "2026-11-23T07:00"),
    ("The meeting began at eleven o'clock this morning.", "eleven o'clock", "2026-11-23T11:00"),
    ("Firefighters arrived at two o'clock in the morning.", "two o'clock", "2026-11-23T02:00"),
    ("The vote ended at ten at night.", "ten at night", "2026-11-23T22:00"),
    ("The shop reopened at nine in the morning.", "nine in the morning", "2026-11-23T09:00"),
    ("The verdict came at five in the afternoon.", "five in the afternoon", "2026-11-23T17:00"),
    ("The shelling stopped at eight o'clock in the evening.", "eight o'clock", "2026-11-23T20:00"),
    ("Rescuers found him at one o'clock.", "one o'clock", "2026-11-23T01:00"),
    ("The bells rang out at ten o'clock.", "ten o'clock", "2026-11-23T10:00"),
    ("The ferry docked at eleven at night.", "eleven at night", "2026-11-23T23:00"),
    ("The strike began at five o'clock this morning.", "five o'clock", "2026-11-23T05:00"),
    ("The last bus left at nine o'clock tonight.", "nine o'clock", "2026-11-23T21:00"),
    # Digits too: "o'clock" then a part of the day had lost the part.
    ("The sirens sounded at 8 o'clock in the evening.", "8 o'clock", "2026-11-23T20:00"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), HOURS)
def test_an_hour_in_words_is_a_time(text: str, phrase: str, value: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    found = [d for d in doc.dates if d.text.startswith(phrase)]
    assert found and found[0].value == value
    assert not any(phrase in q.text for q in doc.quantities)
