""" "The two leaders met in Geneva on Friday. It was their first meeting since the war.":
the meeting is the one the story just told, on Friday (issue 25, rule 3).

An event noun that a copula says the story's "it" is ("It was their first meeting", "It
was the worst attack in months", "This is her first visit": ``told_subjects`` in
``models/events/time.json``) names again what was just told; it is the sentence's news in
the copula's tense and lies in the scene, as the subject of "came" does
(tests/test_event_time_came_after.py).

Capability table of invented texts, published 2026-03-22; before the rule 13 of the 15
nouns had no time ("drop" and "tremor" took the scene already).
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2026-03-22"

# (text, the noun, the scene's day)
NAMED_AGAIN = [
    (
        "The two leaders met in Geneva on Friday. It was their first meeting since the war.",
        "meeting",
        "2026-03-20",
    ),
    (
        "The bank raised rates on Thursday. It was the fourth increase since May.",
        "increase",
        "2026-03-19",
    ),
    (
        "Rebels shelled the port on Saturday. It was the worst attack in months.",
        "attack",
        "2026-03-21",
    ),
    (
        "The team lost 3-0 on Saturday. It was their heaviest defeat of the season.",
        "defeat",
        "2026-03-21",
    ),
    ("Shares fell 4% on Monday. It was the biggest drop since 2020.", "drop", "2026-03-16"),
    (
        "The minister visited Kessa on Tuesday. It was her first visit to the region.",
        "visit",
        "2026-03-17",
    ),
    (
        "Thousands marched in Harwell on Saturday. It was the largest protest in a decade.",
        "protest",
        "2026-03-21",
    ),
    (
        "The singer performed in Lorvik on Friday. It was her first concert in five years.",
        "concert",
        "2026-03-20",
    ),
    (
        "A quake shook the coast on Wednesday. It was the strongest tremor since 1998.",
        "tremor",
        "2026-03-18",
    ),
    (
        "Police raided six homes on Tuesday. It was the second raid on the street.",
        "raid",
        "2026-03-17",
    ),
    (
        "The court ruled against the firm on Monday. It was the first ruling of its kind.",
        "ruling",
        "2026-03-16",
    ),
    (
        "The ferry sank on Thursday. This was the worst accident on the river.",
        "accident",
        "2026-03-19",
    ),
    ("Workers walked out on Friday. It was their third strike.", "strike", "2026-03-20"),
    (
        "The club signed a striker on Wednesday. It was their biggest purchase.",
        "purchase",
        "2026-03-18",
    ),
    (
        "Voters rejected the plan on Saturday. It was a heavy defeat for the mayor.",
        "defeat",
        "2026-03-21",
    ),
]


@pytest.mark.parametrize(("text", "noun", "day"), NAMED_AGAIN)
def test_it_was_the_first_names_the_told_event(text: str, noun: str, day: str) -> None:
    told = frames_of(text, PUBLISHED)[noun].time
    assert told is not None, f"{noun!r} has no time"
    assert (told.value, told.source) == (day, "context")
