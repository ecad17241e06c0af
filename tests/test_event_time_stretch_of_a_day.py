"""A stretch of minutes or hours lies within the day the story tells (issue 25, rule 3).

"Rovers beat United on Saturday. They scored twice in the last ten minutes": the last ten
minutes are Saturday's, so the scoring is; a stretch of the calendar ("over the past 12
months", "in the first nine months") is not a day's, and keeps what happened in it from the
scene. A length counted in hours, minutes or seconds (a duration whose value has only a
time part) names no stretch of the calendar. Capability table of invented texts,
published 2025-11-18 (a Tuesday).
"""

from __future__ import annotations

import pytest

from tests.event_times import time_of

# (text, event word, its time's value)
TABLE = [
    (
        "Rovers beat United on Saturday. They scored twice in the last ten minutes.",
        "scored",
        "2025-11-15",
    ),
    (
        "The fire broke out on Sunday. Crews brought it under control in the last two hours.",
        "brought",
        "2025-11-16",
    ),
    (
        "Stocks slid on Friday. Buyers returned in the final hour, trimming the losses.",
        "returned",
        "2025-11-14",
    ),
    (
        "The final was played on Sunday. The visitors equalised in the last minute.",
        "equalised",
        "2025-11-16",
    ),
    (
        "The vote took place on Wednesday. Turnout surged in the last three hours.",
        "surged",
        "2025-11-12",
    ),
    (
        "The marathon was run on Sunday. The leader faded in the last 20 minutes.",
        "faded",
        "2025-11-16",
    ),
    (
        "Talks resumed on Thursday. The two sides agreed a text in the last hour.",
        "agreed",
        "2025-11-13",
    ),
    (
        "Rovers played City on Saturday. The hosts missed a penalty in the first five minutes.",
        "missed",
        "2025-11-15",
    ),
    (
        "The race was held on Saturday. Two riders crashed in the opening minutes.",
        "crashed",
        "2025-11-15",
    ),
    (
        "The storm made landfall on Monday. Winds strengthened in the previous six hours.",
        "strengthened",
        "2025-11-17",
    ),
    (
        "The polls closed on Sunday. Queues formed in the last 30 minutes.",
        "formed",
        "2025-11-16",
    ),
    (
        "The siege ended on Friday. Police stormed the building in the final minutes.",
        "stormed",
        "2025-11-14",
    ),
    (
        "The session ended on Thursday. The bill passed in the last two hours of debate.",
        "passed",
        "2025-11-13",
    ),
    (
        "The derby was played on Saturday. The hosts wilted in the last 15 minutes.",
        "wilted",
        "2025-11-15",
    ),
    (
        "Trading resumed on Monday. The shares jumped 8% in the first 15 minutes.",
        "jumped",
        "2025-11-17",
    ),
    (
        "The rescue began on Wednesday. Divers reached the cave in the last hour of daylight.",
        "reached",
        "2025-11-12",
    ),
    # Controls: a stretch of the calendar keeps the act from the scene's day.
    (
        "The firm reported results on Monday. Sales rose 8% in the first nine months.",
        "rose",
        None,
    ),
    (
        "The firm cut jobs on Monday. It lost money over the past three years.",
        "lost",
        None,
    ),
]


@pytest.mark.parametrize(("text", "word", "value"), TABLE)
def test_a_stretch_of_hours_lies_in_the_scene(text: str, word: str, value: str | None) -> None:
    assert time_of(text, word) == value
