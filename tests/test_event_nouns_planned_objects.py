"""What one plans, seeks or threatens is to come (issue 25, rule 5 and "when").

"The firm plans an appeal" told the appeal as happening now, and "Rebels threatened an
attack on the capital" as done: an event noun took its verb's tense and the modality
"actual". The object of a verb of planning, preparing, promising, seeking, proposing or
threatening (``plan_objects`` of models/events/words.json, with the modality ``control``
gives the verb's "to" clause: "plans to appeal") is an event to come: planned or
possible, and "future" when nothing dates it.

Capability table of invented sentences, published 2025-11-18.
"""

from __future__ import annotations

import pytest

from tests.event_times import frame_of

PUBLISHED = "2025-11-18"

# (text, the event noun, its modality)
TO_COME = [
    ("The firm plans an appeal.", "appeal", "planned"),
    ("The club is preparing a bid for the striker.", "bid", "planned"),
    ("Rebels threatened an attack on the capital.", "attack", "possible"),
    ("Unions said they would seek talks with management.", "talks", "possible"),
    ("The minister promised an inquiry into the crash.", "inquiry", "planned"),
    ("The opposition proposed a referendum on the treaty.", "referendum", "possible"),
    ("Teachers threatened a strike over pay.", "strike", "possible"),
    ("The council is planning a vote on the budget.", "vote", "planned"),
    ("The family sought a meeting with the governor.", "meeting", "possible"),
    ("The league pledged an investigation into the brawl.", "investigation", "planned"),
    ("Shareholders are considering a protest at the meeting.", "protest", "possible"),
    ("The airline is considering a merger with a rival.", "merger", "possible"),
    ("The mayor vowed an inquiry into the collapse.", "inquiry", "planned"),
    ("Both sides are preparing an offensive in the east.", "offensive", "planned"),
    ("Farmers threatened a blockade of the port.", "blockade", "possible"),
    ("The board intends a sale of the unit.", "sale", "planned"),
]

# (text, the event noun): what was agreed, rejected or begun happened
DONE = [
    ("The two sides agreed a ceasefire on Monday.", "ceasefire"),
    ("The board rejected the bid on Monday.", "bid"),
    ("Negotiators resumed talks on Monday.", "talks"),
]


@pytest.mark.parametrize(("text", "noun", "modality"), TO_COME)
def test_the_object_is_to_come(text: str, noun: str, modality: str) -> None:
    frame = frame_of(text, noun, PUBLISHED)
    assert (frame.modality, frame.when) == (modality, "future"), frame


@pytest.mark.parametrize(("text", "noun"), DONE)
def test_what_was_done_stays_done(text: str, noun: str) -> None:
    frame = frame_of(text, noun, PUBLISHED)
    assert frame.modality == "actual", frame
