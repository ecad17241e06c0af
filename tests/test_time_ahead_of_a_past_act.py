"""A date still to come in a sentence told in the simple past is the object event's
(capability table, issue 25 rule 1).

"The union called a strike next week": the calling is past, the strike is next week. A
past act cannot happen after the publication date; the event noun it takes for object
(what it asked for, called, set or announced) can. Dates of the past stay with the verb
("called a strike on Monday"), and so does a date of a verb that is itself to come ("will
call a strike next week"). Sentences invented for this table; published Tuesday
2025-11-18.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

# (sentence, the past verb, its object event, the object's time)
AHEAD = [
    ("The union called a strike next week.", "called", "strike", "2025-W48"),
    ("Opposition leaders demanded an election next spring.", "demanded", "election", "2026-SP"),
    ("The palace announced a visit by the king next month.", "announced", "visit", "2025-12"),
    ("The rebels proposed talks next week.", "proposed", "talks", "2025-W48"),
    ("The board scheduled a vote next Tuesday.", "scheduled", "vote", "2025-11-25"),
    ("Halden Airlines announced 300 job cuts next year.", "announced", "cuts", "2026"),
    ("The mayor announced an inquiry on Dec. 3.", "announced", "inquiry", "2025-12-03"),
    ("The council approved a referendum in March 2026.", "approved", "referendum", "2026-03"),
    ("Workers threatened a walkout next month.", "threatened", "walkout", "2025-12"),
    (
        "The minister requested a meeting with the envoy next week.",
        "requested",
        "meeting",
        "2025-W48",
    ),
    ("The senator sought a hearing on Dec. 9.", "sought", "hearing", "2025-12-09"),
    ("The company announced a merger vote next month.", "announced", "vote", "2025-12"),
    ("Villagers organised a protest next Saturday.", "organised", "protest", "2025-11-22"),
    ("Doctors recommended surgery next week.", "recommended", "surgery", "2025-W48"),
    ("The regulator ordered a recall next month.", "ordered", "recall", "2025-12"),
]
# Dates of the past, and a verb to come: the verb keeps its date.
KEPT = [
    ("The government ordered an evacuation on Sunday.", "ordered", "2025-11-16"),
    ("The two sides agreed a ceasefire on Monday.", "agreed", "2025-11-17"),
    ("The union called a strike on Monday.", "called", "2025-11-17"),
    ("The union will call a strike next week.", "call", "2025-W48"),
]


@pytest.mark.parametrize(("text", "verb", "noun", "value"), AHEAD)
def test_the_date_to_come_is_the_object_events(text: str, verb: str, noun: str, value: str):
    frames = frames_of(text)
    assert frames[noun].time is not None and frames[noun].time.value == value
    assert frames[noun].when == "future"
    assert frames[verb].time is None or frames[verb].time.value != value
    assert frames[verb].when == "past"


@pytest.mark.parametrize(("text", "verb", "value"), KEPT)
def test_a_date_of_the_past_or_of_a_verb_to_come_stays(text: str, verb: str, value: str):
    frame = frames_of(text)[verb]
    assert frame.time is not None and frame.time.value == value
