"""A day in a "to" clause of purpose of a verb told as to come lies ahead (issue 25,
dates and event time).

"The astronaut will travel to Houston to speak to students on Wednesday", in a Friday
report, put the talk on the Wednesday just gone: the date hangs on "speak", a bare
infinitive with no tense of its own, and the clause is one of purpose ("advcl"), which
took no tense from "will travel". What is done for a purpose comes no earlier than the
act done for it: a "to" clause of purpose takes the tense of a verb told as to come, or of
the "to" clause it serves ("are due to arrive to inspect the bridge on Monday").
Told as done ("flew to Rome to meet the pope on Thursday") the day stays behind.

Capability table of invented sentences, published 2025-12-05 (a Friday); before the rule
12 of the 16 days ahead failed (read as the last such day; the 4 that passed were told
with "is going to", or the parse hung the date on the verb to come), and the 5 days
behind passed.
"""

from __future__ import annotations

import pytest

import briefx
from tests.event_times import frames_of

PUBLISHED = "2025-12-05"

# (text, the day's words, its value)
AHEAD = [
    (
        "The astronaut will travel to Houston to speak to students on Wednesday.",
        "Wednesday",
        "2025-12-10",
    ),
    ("The minister will fly to Rome to meet the pope on Thursday.", "Thursday", "2025-12-11"),
    ("The team will return to camp to train on Monday.", "Monday", "2025-12-08"),
    (
        "Fans are expected to gather outside the stadium to greet the players on Sunday.",
        "Sunday",
        "2025-12-07",
    ),
    ("The crew will stay in port to repair the hull on Tuesday.", "Tuesday", "2025-12-09"),
    ("The president is going to Ohio to visit a factory on Monday.", "Monday", "2025-12-08"),
    ("Workers will walk out to protest the cuts on Wednesday.", "Wednesday", "2025-12-10"),
    ("The envoy will head to Cairo to attend talks on Saturday.", "Saturday", "2025-12-06"),
    ("The band will reunite to play a charity concert on Saturday.", "Saturday", "2025-12-06"),
    ("The council will meet to vote on the budget on Thursday.", "Thursday", "2025-12-11"),
    ("The mayor is set to travel to Lyon to sign the deal on Tuesday.", "Tuesday", "2025-12-09"),
    ("Engineers are due to arrive to inspect the bridge on Monday.", "Monday", "2025-12-08"),
    ("The firm will hold a call to discuss results on Wednesday.", "Wednesday", "2025-12-10"),
    ("Volunteers will gather to clean the beach on Sunday.", "Sunday", "2025-12-07"),
    ("Divers could return to search the wreck on Tuesday.", "Tuesday", "2025-12-09"),
    (
        "The queen will visit the town to open a hospital wing on Thursday.",
        "Thursday",
        "2025-12-11",
    ),
]

# Told as done, the purpose's day stays behind.
BEHIND = [
    ("The minister flew to Rome to meet the pope on Thursday.", "Thursday", "2025-12-04"),
    ("The team returned to camp to train on Monday.", "Monday", "2025-12-01"),
    ("Volunteers gathered to clean the beach on Sunday.", "Sunday", "2025-11-30"),
    ("The council met to vote on the budget on Thursday.", "Thursday", "2025-12-04"),
    ("Rescuers went back to search the rubble on Wednesday.", "Wednesday", "2025-12-03"),
]


@pytest.mark.parametrize(("text", "words", "value"), AHEAD + BEHIND)
def test_a_purpose_takes_the_tense_of_what_it_serves(text, words, value):
    doc = briefx.extract(text, published=PUBLISHED)
    found = {d.text: d.value for d in doc.dates}
    assert found.get(words) == value, found


def test_the_purpose_is_to_come_with_its_day():
    frame = frames_of("The minister will fly to Rome to meet the pope on Thursday.", PUBLISHED)
    assert frame["meet"].time is not None and frame["meet"].time.value == "2025-12-11"
    assert frame["meet"].when == "future"
