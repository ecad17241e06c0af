"""What may happen takes no past scene (issue 25, rule 3).

"The coalition collapsed on Monday. Talks on a new government may take weeks." dated the
talks Monday: an event told with a modal and no date of its own took the paragraph's
focus whatever its direction, as an event with no tense does. "May" and "might"
(``possibility_modals`` in models/events/time.json) tell what may be, never a past: such
an event lies ahead of the story, not in a day gone, while a focus to come still holds
it ("The talks open on Monday. They may last a week."). "Could" is also the past of
"can" ("Rescuers could hear voices"): it keeps the scene.

Capability table of invented texts, published 2025-12-05 (a Friday); before the rule
all 16 events took the past day, and the 4 controls passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-12-05"

# (text, an event of the second sentence)
MAY_COME = [
    ("The coalition collapsed on Monday. Talks on a new government may take weeks.", "Talks"),
    ("The plant closed in March. A sale may take a year.", "sale"),
    ("The bank failed on Tuesday. Depositors may lose their savings.", "lose"),
    ("The river burst its banks on Sunday. More homes might flood.", "flood"),
    ("The union rejected the offer on Monday. Members might strike again.", "strike"),
    ("The striker hurt his knee on Saturday. He may miss the final.", "miss"),
    ("The firm lost its biggest client in May. It may cut jobs.", "cut"),
    ("The volcano erupted on Wednesday. Ash might disrupt flights.", "disrupt"),
    ("The talks broke down on Thursday. Fighting may resume.", "resume"),
    ("The senator resigned on Tuesday. Her party might lose the seat.", "lose"),
    ("Prices jumped in October. The central bank may raise rates.", "raise"),
    ("The ship sank on Monday. Oil might leak into the bay.", "leak"),
    ("The court froze the assets on Thursday. The owners may appeal.", "appeal"),
    ("The dam cracked on Sunday. Engineers might drain the lake.", "drain"),
    ("The airline cancelled 200 flights on Monday. Passengers may wait days for seats.", "wait"),
    ("The mayor was arrested on Tuesday. The council may suspend her.", "suspend"),
]

# (text, an event of the second sentence, its time): a scene to come holds, "could" and a
# past event told as done keep the scene
OTHERS = [
    ("The talks open on Monday. They may last a week.", "last", "2025-12-08"),
    ("The summit begins on Monday. Leaders might sign a trade pact.", "sign", "2025-12-08"),
    (
        "The quake struck on Tuesday. Rescuers could hear voices under the rubble.",
        "hear",
        "2025-12-02",
    ),
    ("The coalition collapsed on Monday. Ministers resigned.", "resigned", "2025-12-01"),
]


@pytest.mark.parametrize(("text", "word"), MAY_COME)
def test_what_may_come_takes_no_past_scene(text, word):
    frame = frames_of(text, PUBLISHED)[word]
    assert frame.time is None or frame.time.source != "context", frame.time
    assert frame.when != "past"


@pytest.mark.parametrize(("text", "word", "value"), OTHERS)
def test_a_scene_to_come_could_or_a_past_act_keeps_its_time(text, word, value):
    frame = frames_of(text, PUBLISHED)[word]
    assert frame.time is not None and frame.time.value == value, frame.time
