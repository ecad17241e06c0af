"""What would or should follow takes no past scene (issue 25, rule 3).

"Rivermark rejected an offer from Tollan in September. The merger would create the
country's largest grocer." dated the creating September, as done: an event told with
"would" and no date of its own took the paragraph's focus, as any modal did save "may",
"might" and "can" (tests/test_event_time_what_may_come.py). In the story's own voice,
with no "have" and no condition, "would", "should" and "must" tell what is to follow
(an outcome, an expectation, a duty: ``outcome_modals`` in models/events/time.json),
never an act of the day gone: such an event lies ahead of the story. A scene still to
come holds it ("The summit opens on Monday. Leaders would sign the pact there."), and
"could", also the past of "can", keeps the scene ("Crews could see the flames").

Capability table of invented texts, published 2025-12-05 (a Friday); before the rule 14
of the 16 events took the past day, and the 4 controls passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-12-05"

# (text, an event of the second sentence)
TO_FOLLOW = [
    (
        "Rivermark rejected an offer from Tollan in September. The merger would create a giant.",
        "create",
    ),
    ("Voters approved the bond in March. The money would pay for three schools.", "pay"),
    (
        "The council voted on Monday to close the library. The closure would save $2 million.",
        "save",
    ),
    ("The two firms agreed on a merger on Tuesday. The deal would cut 900 jobs.", "cut"),
    ("Lawmakers passed the bill on Thursday. The law would ban sales to minors.", "ban"),
    ("The regulator unveiled new rules in October. Banks would hold more capital.", "hold"),
    ("The club bid for the striker on Monday. He would earn $1 million a week.", "earn"),
    ("The city unveiled a tunnel plan in June. Trains would run every five minutes.", "run"),
    ("The minister outlined the budget on Wednesday. Pensions would rise 4%.", "rise"),
    ("The board backed the sale on Sunday. Shareholders would vote in a month.", "vote"),
    ("The storm weakened on Tuesday. It should reach the coast as a gale.", "reach"),
    ("The bridge reopened on Monday. Traffic should ease.", "ease"),
    ("Engineers fixed the main pipe on Thursday. Water should return to most homes.", "return"),
    ("The court upheld the fine in May. The firm must pay the sum in full.", "pay"),
    ("The league banned the player on Monday. The club must find a new striker.", "find"),
    ("The airline grounded its jets on Tuesday. Passengers would get refunds.", "get"),
]

# (text, an event of the second sentence, its time): a scene to come holds; "could" and
# an act told as done keep the scene
OTHERS = [
    ("The summit opens on Monday. Leaders would sign the pact there.", "sign", "2025-12-08"),
    ("The vote is on Tuesday. The winner should take office in January.", "take", "2026-01"),
    ("A fire destroyed a barn on Monday. Crews could see the flames.", "see", "2025-12-01"),
    ("The firms agreed on a merger on Tuesday. The deal created a giant.", "created", "2025-12-02"),
]


@pytest.mark.parametrize(("text", "word"), TO_FOLLOW)
def test_what_would_follow_takes_no_past_scene(text: str, word: str) -> None:
    frame = frames_of(text, PUBLISHED)[word]
    assert frame.time is None or frame.time.source != "context", frame.time
    assert frame.when == "future", frame.when


@pytest.mark.parametrize(("text", "word", "value"), OTHERS)
def test_a_scene_ahead_or_a_past_holds(text: str, word: str, value: str) -> None:
    frame = frames_of(text, PUBLISHED)[word]
    assert frame.time is not None and frame.time.value == value, frame.time
