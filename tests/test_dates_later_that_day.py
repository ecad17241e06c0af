"""A time later or earlier on a day the story told is that day (dates): in "A man was
stabbed on Sunday. Police arrested two teenagers later that day" the arrest is on Sunday.

"that day" and "earlier that day" were read (the model's DATE, or the anaphoric rule);
"later that day" was no date at all when the model missed it, so the event took the
scene only. The anaphoric rule of ``models/dates/patterns.json`` now reads "(later |
earlier )that day" and "the same day", each the day told just before.

Capability table of invented stories, published 2025-11-20 (a Thursday); before the
change 7 of the 15 had no date "later that day" (the model found the other 8).
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-20"

# (story, the expression, the day it names)
SAME_DAY = [
    (
        "A man was stabbed on Sunday. Police arrested two teenagers later that day.",
        "later that day",
        "2025-11-16",
    ),
    (
        "A man was stabbed on Sunday. Police arrested a suspect later that day.",
        "later that day",
        "2025-11-16",
    ),
    (
        "Fire broke out at the depot on Monday. Crews put it out later that day.",
        "later that day",
        "2025-11-17",
    ),
    (
        "The minister arrived in Kessa on Tuesday. She met the president later that day.",
        "later that day",
        "2025-11-18",
    ),
    (
        "The strike began on Wednesday. Talks resumed later that day.",
        "later that day",
        "2025-11-19",
    ),
    (
        "The storm hit the coast on Saturday. Power was restored later that day.",
        "later that day",
        "2025-11-15",
    ),
    (
        "The bank cut rates on Friday. Markets rallied later that day.",
        "later that day",
        "2025-11-14",
    ),
    (
        "The ship ran aground on Monday. Tugs refloated it later that day.",
        "later that day",
        "2025-11-17",
    ),
    (
        "Protesters gathered on Sunday. Police cleared the square later that day.",
        "later that day",
        "2025-11-16",
    ),
    (
        "The plane landed on Tuesday. Passengers left the airport later that day.",
        "later that day",
        "2025-11-18",
    ),
    (
        "The vote was held on Sunday. Results came out later that day.",
        "later that day",
        "2025-11-16",
    ),
    (
        "The mayor resigned on Monday. Her deputy took over later that day.",
        "later that day",
        "2025-11-17",
    ),
    (
        "A bomb exploded on Saturday. A second device was found later that day.",
        "later that day",
        "2025-11-15",
    ),
    (
        "The dam burst on Wednesday. The village was evacuated later that day.",
        "later that day",
        "2025-11-19",
    ),
    (
        "The quake struck on Friday. A strong aftershock hit later that day.",
        "later that day",
        "2025-11-14",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "value"), SAME_DAY)
def test_later_that_day_is_the_day_told(text: str, phrase: str, value: str) -> None:
    dates = briefx.extract(text, published=PUBLISHED).dates
    assert [d.value for d in dates if d.text == phrase] == [value], [
        (d.text, d.value) for d in dates
    ]
