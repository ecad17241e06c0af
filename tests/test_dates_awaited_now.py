"""What a verb of awaiting told in the present awaits lies ahead, with its own day (issue
25, dates and event time).

"The party faces a general election in May", in a December report, put the election last
May; "Investors await a rate decision on Wednesday", in a Friday report, put it two days
back, and "the government faces a confidence vote on Tuesday" gave the facing Tuesday.
A bare month or weekday told with a present verb took the nearer side. What is awaited,
faced or braced for now (``awaiting_verbs``, ``bracing_verbs`` in
models/dates/context.json; "face" joins the first) lies ahead, and the day is the awaited
thing's, not the awaiting's (``briefx.dates.tense.awaited_ahead``; the owner in
``briefx.events.words``), whether the parse hangs the date on the thing or on the verb
right after it. Told in the past ("faced an election in May") it stays behind, and a
date after another noun ("await compensation for the flood in October") is that noun's.

Capability table of invented sentences, published 2025-12-05 (a Friday); before the rule
5 of the 15 dates ahead failed, 10 of the 13 awaiting verbs took a day or were told as to
come, and the 4 dates behind passed.
"""

from __future__ import annotations

import pytest

import briefx
from tests.event_times import frames_of

PUBLISHED = "2025-12-05"

# (text, the day's words, its value, the awaiting verb)
AHEAD = [
    ("The party faces a general election in May.", "May", "2026-05", "faces"),
    ("Investors await a rate decision on Wednesday.", "Wednesday", "2025-12-10", "await"),
    ("The club faces a relegation battle in April.", "April", "2026-04", "faces"),
    ("Traders are bracing for a jobs report on Tuesday.", "Tuesday", "2025-12-09", "bracing"),
    ("The government faces a confidence vote on Tuesday.", "Tuesday", "2025-12-09", "faces"),
    ("Farmers await a ruling in January.", "January", "2026-01", "await"),
    ("The champion faces a rematch in March.", "March", "2026-03", "faces"),
    (
        "Shoppers are awaiting the opening of the store on Monday.",
        "Monday",
        "2025-12-08",
        "awaiting",
    ),
    ("The company faces a shareholder vote on Thursday.", "Thursday", "2025-12-11", "faces"),
    ("Markets look ahead to a central bank meeting on Wednesday.", "Wednesday", "2025-12-10", None),
    ("The striker faces a fitness test on Saturday.", "Saturday", "2025-12-06", "faces"),
    ("Airlines are preparing for a strike on Monday.", "Monday", "2025-12-08", "preparing"),
    ("The council awaits a court hearing in February.", "February", "2026-02", "awaits"),
    ("The mayor faces a recall vote in September.", "September", "2026-09", "faces"),
    ("Both teams are gearing up for the derby on Sunday.", "Sunday", "2025-12-07", None),
]

# (text, the day's words, its value): told in the past, or the day of another noun
BEHIND = [
    ("The party faced a general election in May.", "May", "2025-05"),
    ("The team faced Arsenal on Sunday.", "Sunday", "2025-11-30"),
    ("Residents braced for the storm on Monday.", "Monday", "2025-12-01"),
    ("Residents await compensation for the flood in October.", "October", "2025-10"),
]


@pytest.mark.parametrize(("text", "words", "value", "verb"), AHEAD)
def test_what_is_awaited_now_lies_ahead(text, words, value, verb):
    doc = briefx.extract(text, published=PUBLISHED)
    found = {d.text: d.value for d in doc.dates}
    assert found.get(words) == value, found


@pytest.mark.parametrize(("text", "words", "value", "verb"), [a for a in AHEAD if a[3]])
def test_the_awaiting_does_not_take_the_awaited_day(text, words, value, verb):
    frame = frames_of(text, PUBLISHED)[verb]
    assert frame.time is None or frame.time.value != value, frame.time
    assert frame.when == "ongoing"


@pytest.mark.parametrize(("text", "words", "value"), BEHIND)
def test_a_day_told_in_the_past_or_of_another_noun_stays_behind(text, words, value):
    doc = briefx.extract(text, published=PUBLISHED)
    found = {d.text: d.value for d in doc.dates}
    assert found.get(words) == value, found
