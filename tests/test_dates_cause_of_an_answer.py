"""A date of the cause an awaited answer answers lies behind and is the cause's (issue 25,
dates and event time).

"The trucking firm faces charges over a diesel spill in March", in a December report,
put the spill next March and gave the facing and the charges that day; "Victims still
await an apology for the shooting in 2019" dated the awaiting 2019. The small parser
hangs the date on the verb of awaiting, and a bare month or weekday told with a present
verb took the nearer side. What a charge, a fine, a ban or an apology answers (the
``answers`` of models/dates/context.json, with a ``cause_preps`` phrase: "over", "for",
"about") came before it: a date in or right after that phrase is the cause's, in the
past (``briefx.dates.tense.cause_answered``), and it belongs to the cause, not to the
awaiting nor to the answer (the owner in ``briefx.events.words``). What is awaited
itself keeps its day ahead ("faces a strike over pay on Monday": the strike is no
answer; "fans await tickets for the final in May").

Capability table of invented sentences, published 2025-12-05 (a Friday); before the rule
9 of the 16 dates failed, 14 of the 16 awaiting verbs took the cause's day, 9 of the 14
causes had no time or another, and the 4 answers took the cause's day.
"""

from __future__ import annotations

import pytest

import briefx
from tests.event_times import frames_of

PUBLISHED = "2025-12-05"

# (text, the date's words, its value, the verb of awaiting, the cause's event word or None)
CAUSES = [
    (
        "The trucking firm faces charges over a diesel spill in March.",
        "March",
        "2025-03",
        "faces",
        "spill",
    ),
    (
        "Residents still await compensation for the flood in October.",
        "October",
        "2025-10",
        "await",
        "flood",
    ),
    (
        "The airline faces lawsuits over the crash in January.",
        "January",
        "2025-01",
        "faces",
        "crash",
    ),
    (
        "The retailer faces a probe over the data leak in September.",
        "September",
        "2025-09",
        "faces",
        None,
    ),
    (
        "The driver faces a ban over the collision on Tuesday.",
        "Tuesday",
        "2025-12-02",
        "faces",
        "collision",
    ),
    (
        "The singer faces criticism for her remarks on Sunday.",
        "Sunday",
        "2025-11-30",
        "faces",
        None,
    ),
    (
        "Victims still await an apology for the shooting in 2019.",
        "2019",
        "2019",
        "await",
        "shooting",
    ),
    (
        "Parents are awaiting answers over the school fire in May.",
        "May",
        "2025-05",
        "awaiting",
        "fire",
    ),
    ("The bank faces fines over the outage in July.", "July", "2025-07", "faces", "outage"),
    ("Two guards face trial over the death of an inmate in 2023.", "2023", "2023", "face", "death"),
    (
        "The club faces a fine over crowd trouble at Saturday's match.",
        "Saturday",
        "2025-11-29",
        "faces",
        "match",
    ),
    (
        "The club faces sanctions over the clash on Saturday.",
        "Saturday",
        "2025-11-29",
        "faces",
        "clash",
    ),
    (
        "The hospital faces questions about the outbreak in August.",
        "August",
        "2025-08",
        "faces",
        "outbreak",
    ),
    (
        "The mine owner faces charges over the explosion in February.",
        "February",
        "2025-02",
        "faces",
        "explosion",
    ),
    (
        "The striker faces a suspension for the assault on Wednesday.",
        "Wednesday",
        "2025-12-03",
        "faces",
        "assault",
    ),
    (
        "Families are still awaiting compensation for the blaze in April.",
        "April",
        "2025-04",
        "awaiting",
        "blaze",
    ),
]

# (text, the date's words, its value): the awaited thing's own day, or a cause told in the
# past; they were right before the rule and stay so
OTHERS = [
    ("The carrier faces a strike over pay on Monday.", "Monday", "2025-12-08"),
    ("The party faces an election in May.", "May", "2026-05"),
    ("The firm faced charges over a spill in March.", "March", "2025-03"),
    ("The council faces questions over the weekend.", "the weekend", "2025-W49-WE"),
]


@pytest.mark.parametrize(("text", "words", "value", "verb", "cause"), CAUSES)
def test_a_date_of_the_cause_lies_behind(text, words, value, verb, cause):
    doc = briefx.extract(text, published=PUBLISHED)
    found = {d.text: d.value for d in doc.dates}
    assert found.get(words) == value, found


@pytest.mark.parametrize(("text", "words", "value", "verb", "cause"), CAUSES)
def test_the_awaiting_does_not_take_the_causes_day(text, words, value, verb, cause):
    frames = frames_of(text, PUBLISHED)
    awaiting = frames[verb]
    assert awaiting.time is None or awaiting.time.value != value, awaiting.time
    assert awaiting.when == "ongoing"


@pytest.mark.parametrize(("text", "words", "value", "verb", "cause"), [c for c in CAUSES if c[4]])
def test_the_cause_happened_on_its_day(text, words, value, verb, cause):
    frame = frames_of(text, PUBLISHED)[cause]
    assert frame.time is not None and frame.time.value == value, frame.time
    assert frame.when == "past"


@pytest.mark.parametrize(("text", "words", "value"), OTHERS)
def test_a_day_of_what_is_awaited_keeps_its_side(text, words, value):
    doc = briefx.extract(text, published=PUBLISHED)
    found = {d.text: d.value for d in doc.dates}
    assert found.get(words) == value, found


# (text, the answer's word): what is awaited takes no day of its sentence's cause
ANSWERS = [
    ("The trucking firm faces charges over a diesel spill in March.", "charges"),
    ("The airline faces lawsuits over the crash in January.", "lawsuits"),
    ("The retailer faces a probe over the data leak in September.", "probe"),
    ("Two guards face trial over the death of an inmate in 2023.", "trial"),
]


@pytest.mark.parametrize(("text", "answer"), ANSWERS)
def test_the_answer_takes_no_day_of_its_cause(text, answer):
    frame = frames_of(text, PUBLISHED)[answer]
    assert frame.time is None or frame.time.source != "sentence", frame.time
    assert frame.when != "past"
