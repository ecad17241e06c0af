"""When each event happened: "after" a span counted from the scene's start (issue 25,
rules 3 and 5): capability table of invented texts (published 2025-11-18, a Tuesday).

"Rovers beat Harlow on Saturday. Harlow had taken the lead after 12 minutes.": twelve
minutes into the match, not after another event: the lead lies in the scene
(``elapsed_units`` in models/events/time.json). "after the speech" still places an event
only after another one, with no time of its own.
"""

from __future__ import annotations

import pytest

from tests.event_times import time_of

PUBLISHED = "2025-11-18"

# (text, an event placed after a span, its time)
AFTER_A_SPAN = [
    (
        "Rovers beat Harlow on Saturday. Harlow had taken the lead after 12 minutes.",
        "taken",
        "2025-11-15",
    ),
    ("The final was played on Sunday. Okafor scored after 20 minutes.", "scored", "2025-11-16"),
    ("Talks resumed on Monday. The envoys walked out after two hours.", "walked", "2025-11-17"),
    ("The race started on Sunday. The leader crashed after 40 laps.", "crashed", "2025-11-16"),
    (
        "The trial opened on Monday. The judge adjourned it after three hours.",
        "adjourned",
        "2025-11-17",
    ),
    (
        "Miners went on strike on Friday. They returned to work after six hours.",
        "returned",
        "2025-11-14",
    ),
    (
        "The hostages were freed on Saturday. One of them collapsed after a few minutes.",
        "collapsed",
        "2025-11-15",
    ),
    (
        "The summit ended on Thursday. The leaders agreed on a text after 14 hours.",
        "agreed",
        "2025-11-13",
    ),
    (
        "The match was played on Saturday. The referee stopped it after 30 minutes.",
        "stopped",
        "2025-11-15",
    ),
    ("The fire broke out on Sunday. Crews put it out after five hours.", "put", "2025-11-16"),
    (
        "The vote took place on Wednesday. The count finished after ten hours.",
        "finished",
        "2025-11-12",
    ),
    ("The storm hit on Friday. Power returned after 36 hours.", "returned", "2025-11-14"),
    ("The debate took place on Monday. The candidate left after 90 minutes.", "left", "2025-11-17"),
    ("The flight left Rome on Sunday. It landed after eleven hours.", "landed", "2025-11-16"),
    (
        "Voting began on Sunday. The first results arrived after four hours.",
        "arrived",
        "2025-11-16",
    ),
    ("The ceremony began on Friday. The prince spoke after an hour.", "spoke", "2025-11-14"),
]


@pytest.mark.parametrize(("text", "word", "value"), AFTER_A_SPAN)
def test_after_a_span_from_the_scenes_start_lies_in_the_scene(
    text: str, word: str, value: str
) -> None:
    assert time_of(text, word) == value


def test_after_another_event_takes_notime_of() -> None:
    assert (
        time_of("Talks resumed on Monday. The envoys walked out after the speech.", "walked")
        is None
    )
