""" "Police arrested no one": no arrest happened (events, polarity).

An event was negative only with "not" or "never" on its verb ("did not arrest"), or "no"
on an event noun ("no deaths"). A doer or an object that is nobody or nothing ("arrested
no one", "Nobody was hurt", "None of the passengers were injured", "No injuries were
recorded") says the same: the event is negative. The words are data
(``negative_arguments`` in ``models/events/words.json``); "no" before the argument's noun
counts as well.

Capability table of invented sentences, published 2025-11-30; before the rule the 15
events were positive, and the 3 controls passed.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-30"

# (text, the event word, its polarity)
TABLE = [
    ("Police said they had arrested no one.", "arrested", "negative"),
    ("Police arrested nobody.", "arrested", "negative"),
    ("Rescuers found nothing in the rubble.", "found", "negative"),
    ("Nobody was hurt in the blast.", "hurt", "negative"),
    ("None of the passengers were injured.", "injured", "negative"),
    ("No one was killed in the fire.", "killed", "negative"),
    ("No injuries were recorded after the quake.", "recorded", "negative"),
    ("Nothing was stolen from the museum.", "stolen", "negative"),
    ("The storm damaged no homes.", "damaged", "negative"),
    ("Inspectors found no faults in the engine.", "found", "negative"),
    ("No one claimed responsibility for the attack.", "claimed", "negative"),
    ("The raid netted nothing.", "netted", "negative"),
    ("Nobody answered the phone at the embassy.", "answered", "negative"),
    ("None of the hostages were freed on Monday.", "freed", "negative"),
    ("The army evacuated no one from the town.", "evacuated", "negative"),
    # Controls: an argument that is somebody
    ("Police arrested one man on Monday.", "arrested", "positive"),
    ("Everyone was rescued from the boat.", "rescued", "positive"),
    ("Someone set fire to the car.", "set", "positive"),
]


@pytest.mark.parametrize(("text", "word", "polarity"), TABLE)
def test_a_doer_or_object_that_is_nobody_makes_the_event_negative(
    text: str, word: str, polarity: str
) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    (frame,) = [e for fact in doc.facts for e in fact.events if e.text == word]
    assert frame.polarity == polarity
