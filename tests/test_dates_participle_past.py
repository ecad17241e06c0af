"""A past participle with a subject and no auxiliary is a simple past (issue 25, dates
and event time).

"The hotel reopened in March", in a December report, put the reopening next March and
told it as to come: the small tagger reads some regular pasts ("reopened", "rebranded",
"downsized") as past participles (VBN), and a participle with no auxiliary told no tense,
so the month took the nearer side. English has no finite participle: one with a subject
of its own ("nsubj") and no auxiliary is the simple past the tagger missed, for the dates
(``briefx.dates.tense``) and for the event's tense (``misread_past`` in
``briefx.dates.lexicon``). A participle with an auxiliary ("will be reopened", "has
reopened") or without a subject ("the hotel, reopened in March, ...") keeps its reading,
and so does one spelt as its base form: in a headline "rate cut in spring" the parse may
take "rate" for the subject of "cut" (tests/test_dates_seasons_ahead.py).

Capability table of invented sentences, published 2025-12-05 (a Friday); before the rule
13 of the 18 dates (the months; a weekday took the past side already) and 13 of the 18
events failed; the controls passed.
"""

from __future__ import annotations

import pytest

import briefx
from tests.event_times import frames_of

PUBLISHED = "2025-12-05"

# (text, the date's words, its value, the event word); the tagger reads each verb VBN
PAST = [
    ("The hotel reopened in March.", "March", "2025-03", "reopened"),
    ("The hotel reopened on Tuesday.", "Tuesday", "2025-12-02", "reopened"),
    ("The store reopened in March after a fire.", "March", "2025-03", "reopened"),
    ("The couple married in March.", "March", "2025-03", "married"),
    ("The firm rebranded in March.", "March", "2025-03", "rebranded"),
    ("The store rebranded on Tuesday.", "Tuesday", "2025-12-02", "rebranded"),
    ("The firm downsized on Tuesday.", "Tuesday", "2025-12-02", "downsized"),
    ("The museum downsized in March.", "March", "2025-03", "downsized"),
    ("The store reorganized in March.", "March", "2025-03", "reorganized"),
    ("The bakery reopened in April.", "April", "2025-04", "reopened"),
    ("The hotel chain rebranded in April.", "April", "2025-04", "rebranded"),
    ("The bakery reopened in January.", "January", "2025-01", "reopened"),
    ("The pair married on Saturday.", "Saturday", "2025-11-29", "married"),
    ("The bank downsized in April.", "April", "2025-04", "downsized"),
    ("The zoo reopened in May.", "May", "2025-05", "reopened"),
    ("The clinic relocated in March.", "March", "2025-03", "relocated"),
    ("The library reopened in February.", "February", "2025-02", "reopened"),
    ("Officials said the hotel reopened in March.", "March", "2025-03", "reopened"),
]

# (text, the date's words, its value): an auxiliary, or no subject of its own
OTHERS = [
    ("The hotel will be reopened in March.", "March", "2026-03"),
    ("The hotel is expected to reopen in March.", "March", "2026-03"),
    ("The hotel, reopened in March, is full.", "March", "2025-03"),
    ("The hotel has been reopened since Tuesday.", "Tuesday", "2025-12-02"),
]


@pytest.mark.parametrize(("text", "words", "value", "verb"), PAST)
def test_a_participle_with_a_subject_is_a_past(text, words, value, verb):
    doc = briefx.extract(text, published=PUBLISHED)
    found = {d.text: d.value for d in doc.dates}
    assert found.get(words) == value, found


@pytest.mark.parametrize(("text", "words", "value", "verb"), PAST)
def test_its_event_happened_then(text, words, value, verb):
    frame = frames_of(text, PUBLISHED)[verb]
    assert frame.when == "past"
    assert frame.time is not None and frame.time.value == value, frame.time


@pytest.mark.parametrize(("text", "words", "value"), OTHERS)
def test_an_auxiliary_or_no_subject_keeps_the_reading(text, words, value):
    doc = briefx.extract(text, published=PUBLISHED)
    found = {d.text: d.value for d in doc.dates}
    assert found.get(words) == value, found
