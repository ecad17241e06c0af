"""What "can" be done holds at publication, not on a day gone by (issue 25, rules 3 and 4).

"The storm hit on Monday. Residents can return home now.": the returning is what residents
may do from now on, not an act of Monday. "can" is never the past of anything ("could" is,
of "can": "rescuers could hear voices" is an act of the scene), so an event told with it
(``ability_modals``) and no date of its own takes no scene gone by and, like a state of
affairs told in the present, holds at publication (ongoing); a date of its own it keeps.
Capability table of invented texts, published 2025-11-18 (a Tuesday).
"""

from __future__ import annotations

import pytest

from tests.event_times import frame_of

NOW = "2025-11-18"  # the publication day

# (text, event word, its time's value)
TABLE = [
    ("The coalition collapsed on Monday. Neither party can govern alone.", "govern", NOW),
    ("The storm hit on Monday. Residents can return home now.", "return", NOW),
    ("The bridge reopened on Friday. Lorries can cross it again.", "cross", NOW),
    ("The ban ended on Sunday. Fishermen can sail again.", "sail", NOW),
    ("The court ruled on Thursday. The firm can appeal within 30 days.", "appeal", NOW),
    ("The airport reopened on Saturday. Airlines can resume flights.", "resume", NOW),
    ("The law took effect on Monday. Police can now stop drivers on phones.", "stop", NOW),
    (
        "The treaty was signed on Friday. Both states can inspect each other's sites.",
        "inspect",
        NOW,
    ),
    ("Rebels seized the bridge on Sunday. They can now cut the supply line.", "cut", NOW),
    ("The strike ended on Wednesday. Trains can leave the depots.", "leave", NOW),
    ("The lender was rescued on Thursday. Savers can withdraw their money.", "withdraw", NOW),
    ("The visa rules changed on Monday. Students can stay for two more years.", "stay", NOW),
    ("The drought broke on Sunday. Farmers can plant their crops.", "plant", NOW),
    ("The quarantine was lifted on Friday. Visitors can enter the village.", "enter", NOW),
    ("The pipeline was repaired on Saturday. Gas can flow to the city.", "flow", NOW),
    (
        "The regulator approved the merger on Monday. The two banks can combine their branches.",
        "combine",
        NOW,
    ),
    # Controls: "could" of what could be done then; a date of its own.
    ("The building collapsed on Monday. Rescuers could hear voices.", "hear", "2025-11-17"),
    ("The storm hit on Monday. Residents can return home on Friday.", "return", "2025-11-21"),
]


@pytest.mark.parametrize(("text", "word", "value"), TABLE)
def test_what_can_be_holds_now(text: str, word: str, value: str) -> None:
    frame = frame_of(text, word)
    assert frame.time is not None and frame.time.value == value
    assert frame.when == ("ongoing" if value == NOW else "past" if value < NOW else "future")
