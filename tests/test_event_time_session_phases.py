"""An act before or after a phase of the scene's own day ("after the break", "before the
close", "after the opening bell") lies in the scene (issue 25, rules 3 and 5).

"Rovers beat Ostrava 2-1 on Wednesday. Vrana scored the winner after the break." left
the goal with no time: an act "after" an event ("resigned after the vote") is placed only
relative to it (rule 5), and "break" is an event noun. A break, an interval, lunch, the
open, the close and the opening bell are phases of a match, a day's play or a trading
session (``scene_phases`` in models/events/time.json): an act before or after one lies
in the day the story tells, as one "before dawn" does. After an event ("after the vote",
"after the announcement") it is still placed only relative to it.

Capability table of invented two-sentence stories, published 2025-12-05 (a Friday);
before the rule 8 of the 16 acts in the day had no time (the 8 others beside a phase the
event lists do not hold, "half-time", "the interval"), and the 3 relative acts passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-12-05"

# (story, the act, its time)
IN_THE_DAY = [
    (
        "Rovers beat Ostrava 2-1 on Wednesday. Vrana scored the winner after the break.",
        "scored",
        "2025-12-03",
    ),
    (
        "Rovers beat Ostrava 2-1 on Wednesday. Bakke was sent off before the interval.",
        "sent",
        "2025-12-03",
    ),
    (
        "Rovers beat Ostrava 2-1 on Wednesday. Ostrava pulled one back after half-time.",
        "pulled",
        "2025-12-03",
    ),
    (
        "Rovers beat Ostrava 2-1 on Wednesday. The visitors equalised soon after the restart.",
        "equalised",
        "2025-12-03",
    ),
    (
        "Hale won the final on Sunday. She dropped her serve before the tiebreak.",
        "dropped",
        "2025-11-30",
    ),
    ("England drew with India on Monday. Rain stopped play before lunch.", "stopped", "2025-12-01"),
    ("Markets fell on Tuesday. Stocks rallied after the opening bell.", "rallied", "2025-12-02"),
    ("Markets fell on Tuesday. Oil slipped before the close.", "slipped", "2025-12-02"),
    ("Markets fell on Tuesday. Bond yields rose after the open.", "rose", "2025-12-02"),
    (
        "Qorvix shares jumped 8% on Thursday. The stock climbed further after the close.",
        "climbed",
        "2025-12-04",
    ),
    (
        "The Lakers beat the Celtics on Sunday. James scored 20 points before the break.",
        "scored",
        "2025-11-30",
    ),
    (
        "Parliament debated the bill on Tuesday. The minister spoke after lunch.",
        "spoke",
        "2025-12-02",
    ),
    (
        "The match ended 1-1 on Saturday. Both teams scored after the interval.",
        "scored",
        "2025-11-29",
    ),
    ("Wales beat Italy on Saturday. Italy faded badly after half-time.", "faded", "2025-11-29"),
    (
        "The Dow fell on Monday. Tech shares recovered after the lunch break.",
        "recovered",
        "2025-12-01",
    ),
    (
        "Rovers beat Ostrava on Wednesday. Fans invaded the pitch after the final whistle.",
        "invaded",
        "2025-12-03",
    ),
]

# (story, the act): placed only relative to an event
RELATIVE = [
    ("Rovers lost on Wednesday. The coach quit after the defeat.", "quit"),
    ("Markets fell on Tuesday. Traders sold shares after the announcement.", "sold"),
    ("The vote was held on Monday. The minister resigned after the vote.", "resigned"),
]


@pytest.mark.parametrize(("text", "act", "value"), IN_THE_DAY)
def test_an_act_beside_a_phase_of_the_day_lies_in_the_scene(
    text: str, act: str, value: str
) -> None:
    frame = frames_of(text, PUBLISHED)[act]
    assert frame.time is not None and frame.time.value == value, frame.time


@pytest.mark.parametrize(("text", "act"), RELATIVE)
def test_an_act_after_an_event_is_placed_only_by_it(text: str, act: str) -> None:
    assert frames_of(text, PUBLISHED)[act].time is None
