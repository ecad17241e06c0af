""" "Traders looked ahead to Friday's jobs report": a day that is awaited lies ahead
(issue 25, dates and event time).

Market and city reports name the day of what is awaited in the possessive. Told in the
past of the story's day, "Friday's" read as the last Friday, so a report of Thursday put
the jobs report a week back, and "awaited Sunday's runoff" dated the awaiting Sunday. A
day in the possessive of what a verb of awaiting awaits (its object, its "to" phrase
with "look ahead", the "for" phrase of a verb of bracing; ``awaiting_verbs`` and
``bracing_verbs`` in models/dates/context.json) comes after the awaiting, whatever its
tense; it is the awaited thing's day, not the awaiting's. What is taken in ("cheered
Monday's report") and the day of the bracing ("braced for the storm on Monday") stay
behind.

Capability table of invented sentences, published 2025-12-04 (a Thursday); before the
rule 14 of the 16 awaited days failed (the two told in the present passed), the 3 days
behind passed, and all 6 frames failed (the awaiting took the day, or the awaited noun
last week's; "placing" took Friday through "before").
"""

from __future__ import annotations

import pytest

import briefx
from tests.event_times import frames_of

PUBLISHED = "2025-12-04"

# (text, day word, its value)
AWAITED = [
    ("Traders looked ahead to Friday's jobs report.", "Friday", "2025-12-05"),
    ("Markets braced for Friday's inflation data.", "Friday", "2025-12-05"),
    ("Investors awaited Friday's payrolls data.", "Friday", "2025-12-05"),
    (
        "Wall Street closed lower on Thursday as traders looked ahead to Friday's jobs figures.",
        "Friday",
        "2025-12-05",
    ),
    ("Fans are waiting for Saturday's final.", "Saturday", "2025-12-06"),
    ("Bond traders eyed Monday's central bank decision.", "Monday", "2025-12-08"),
    ("Shoppers braced for Saturday's storm.", "Saturday", "2025-12-06"),
    ("The city braced for Sunday's marathon.", "Sunday", "2025-12-07"),
    ("Voters awaited Sunday's runoff with little enthusiasm.", "Sunday", "2025-12-07"),
    ("Traders waited for Friday's figures before placing bets.", "Friday", "2025-12-05"),
    ("Oil slipped as traders awaited Monday's meeting of producers.", "Monday", "2025-12-08"),
    ("Residents braced for Saturday's heatwave.", "Saturday", "2025-12-06"),
    ("Airlines braced for Friday's walkout by pilots.", "Friday", "2025-12-05"),
    ("Investors looked ahead to Tuesday's budget.", "Tuesday", "2025-12-09"),
    ("The capital prepared for Sunday's parade.", "Sunday", "2025-12-07"),
    ("Officials are bracing for Saturday's protest.", "Saturday", "2025-12-06"),
    # Not awaited: behind the story.
    ("Residents braced for the storm on Monday.", "Monday", "2025-12-01"),
    ("Investors cheered Monday's jobs report.", "Monday", "2025-12-01"),
    ("Traders digested Tuesday's inflation data.", "Tuesday", "2025-12-02"),
]

# (text, the awaiting verb, the awaited event noun or None, its day)
EVENTS = [
    ("Voters awaited Sunday's runoff with little enthusiasm.", "awaited", "runoff", "2025-12-07"),
    ("Bond traders eyed Monday's central bank decision.", "eyed", "decision", "2025-12-08"),
    ("Investors awaited Friday's payrolls data.", "awaited", None, None),
    ("Airlines braced for Friday's walkout by pilots.", "braced", "walkout", "2025-12-05"),
    ("The capital prepared for Sunday's parade.", "prepared", "parade", "2025-12-07"),
    ("Traders waited for Friday's figures before placing bets.", "placing", None, None),
]


@pytest.mark.parametrize(("text", "words", "value"), AWAITED)
def test_an_awaited_day_lies_ahead(text, words, value):
    doc = briefx.extract(text, published=PUBLISHED)
    found = {d.text: d.value for d in doc.dates}
    assert found.get(words) == value, found


@pytest.mark.parametrize(("text", "verb", "noun", "day"), EVENTS)
def test_the_awaiting_does_not_take_the_awaited_day(text, verb, noun, day):
    frames = frames_of(text, PUBLISHED)
    assert frames[verb].time is None
    assert frames[verb].when == "past"
    if noun is not None:
        assert frames[noun].time is not None and frames[noun].time.value == day
        assert frames[noun].when == "future"
