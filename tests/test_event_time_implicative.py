"""What a verb forced or managed happened, and when it did (issue 25, rules 2 and 5).

"A wildfire forced 9,000 residents to flee their homes on Wednesday" told a flight still
to come (planned, future) and left the forcing with no time: "force" was read as an
order. An implicative verb ("force", "compel", "oblige", like "manage" and "help") tells
that its "to" clause happened when it did: the clause is actual, the verb takes the
clause's own date when it has none (``_made_to_happen``), and a month in the clause takes
the verb's tense ("compelled the firm to sell its stake in March" is last March;
``implicative_verbs`` of models/dates/context.json). Told as to come ("will force
residents to leave") the clause is to come; an order ("ordered the firm to pay") and a
plea ("urged members to strike") stay as they were.

Capability table of invented sentences, published 2025-12-05 (a Friday); before the rule
12 of the 16 implicative cases failed (the clause planned and in the future, the verb
with no time, or March read as next March; the two with "managed" passed), and the 3
others passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-12-05"

# (text, the implicative verb or None when the parse keeps no frame of it, the clause's
# verb, their day or None)
DONE = [
    (
        "A wildfire forced about 9,000 residents to flee their homes on Wednesday.",
        "forced",
        "flee",
        "2025-12-03",
    ),
    ("Heavy snow forced the airport to close on Tuesday.", "forced", "close", "2025-12-02"),
    (
        "Floods compelled the council to evacuate two villages on Monday.",
        "compelled",
        "evacuate",
        "2025-12-01",
    ),
    ("The ruling obliged the firm to pay damages.", "obliged", "pay", None),
    (
        "Protesters forced the minister to abandon the speech on Thursday.",
        "forced",
        "abandon",
        "2025-12-04",
    ),
    ("The storm forced organisers to cancel the race.", "forced", "cancel", None),
    ("Rising costs forced the bakery to close in October.", "forced", "close", "2025-10"),
    ("Gunfire forced the convoy to turn back on Monday.", "forced", "turn", "2025-12-01"),
    (
        "A fault forced the train to stop near the tunnel on Wednesday.",
        "forced",
        "stop",
        "2025-12-03",
    ),
    (
        "The heat forced officials to shorten the marathon on Sunday.",
        "forced",
        "shorten",
        "2025-11-30",
    ),
    (
        "Pressure from lenders compelled the firm to sell its stake in March.",
        "compelled",
        "sell",
        "2025-03",
    ),
    ("Investors forced the board to drop the plan on Thursday.", "forced", "drop", "2025-12-04"),
    (
        "A power cut forced the hospital to postpone operations on Monday.",
        "forced",
        "postpone",
        "2025-12-01",
    ),
    (
        "Strong winds forced the ferry to return to port on Tuesday.",
        "forced",
        "return",
        "2025-12-02",
    ),
    ("Rescuers managed to reach the climbers on Sunday.", None, "reach", "2025-11-30"),
    ("The crew managed to land the plane safely in May.", None, "land", "2025-05"),
]

# (text, the clause's verb, its modality, its when)
OTHERS = [
    ("The storm will force residents to leave their homes.", "leave", "planned", "future"),
    ("The court ordered the firm to pay damages on Monday.", "pay", "planned", "past"),
    ("The union urged members to strike.", "strike", "possible", "future"),
]


@pytest.mark.parametrize(("text", "verb", "clause", "day"), DONE)
def test_what_was_forced_happened_then(text, verb, clause, day):
    frames = frames_of(text, PUBLISHED)
    done = frames[clause]
    assert (done.modality, done.when) == ("actual", "past")
    assert (done.time.value if done.time else None) == day
    if verb is not None:
        assert (frames[verb].time.value if frames[verb].time else None) == day


@pytest.mark.parametrize(("text", "clause", "modality", "when"), OTHERS)
def test_an_order_or_a_plea_stays_to_come(text, clause, modality, when):
    frame = frames_of(text, PUBLISHED)[clause]
    assert (frame.modality, frame.when) == (modality, when)
