"""The level of a year earlier is a base of comparison, no scene (issue 25, rule 3).

"Sales in April beat the level of a year earlier. Shares rose." put the rise in April of
the year before: the verb took the base of its comparison as its own date, and that date
became the scene. A date told back from another ("a year earlier", "a month ago", "the
week before": its last word one of ``earlier_marks`` of models/events/time.json) in the
"of" phrase of a noun ("the level of a year earlier", "the pace of a month ago") names
the base a figure is measured against, as "year-earlier sales" does: the event keeps it,
but it sets no scene, and the next sentence stays in the time the story told.

Capability table of invented stories, published 2025-06-10 (a Tuesday).
"""

from __future__ import annotations

import pytest

from tests.event_times import last_time_of

PUBLISHED = "2025-06-10"

# (story, the next sentence's event, its time)
STAYS = [
    ("Sales in April beat the level of a year earlier. Shares rose.", "rose", "2025-04"),
    ("Exports in May topped the level of a year ago. The currency firmed.", "firmed", "2025-05"),
    ("Orders in March exceeded the pace of a year earlier. Factories hired.", "hired", "2025-03"),
    ("Rainfall in April beat the level of a year earlier. Rivers flooded.", "flooded", "2025-04"),
    ("Output in May matched the level of a year ago. Prices eased.", "eased", "2025-05"),
    (
        "Imports in April fell short of the level of a year earlier. The deficit narrowed.",
        "narrowed",
        "2025-04",
    ),
    ("Spending in May outpaced the growth of a year ago. Retailers cheered.", "cheered", "2025-05"),
    (
        "Traffic in April passed the record of a year earlier. The airport expanded.",
        "expanded",
        "2025-04",
    ),
    (
        "Claims in May rose above the level of a month earlier. Insurers raised premiums.",
        "raised",
        "2025-05",
    ),
    (
        "Bookings in April trailed the level of a year earlier. The airline cut fares.",
        "cut",
        "2025-04",
    ),
    ("Home sales in May beat the pace of a month ago. Builders broke ground.", "broke", "2025-05"),
    (
        "Profits in the first quarter surpassed the level of a year earlier. The bank paid a "
        "dividend.",
        "paid",
        "2025-Q1",
    ),
    (
        "Attendance in May topped the figure of a year ago. The club hired more stewards.",
        "hired",
        "2025-05",
    ),
    (
        "Deliveries in April beat the total of a year earlier. The carmaker added a shift.",
        "added",
        "2025-04",
    ),
    (
        "Arrivals in March exceeded the level of a year ago. Hotels raised prices.",
        "raised",
        "2025-03",
    ),
    (
        "Lending in May rose past the level of a month before. The central bank held rates.",
        "held",
        "2025-05",
    ),
]


@pytest.mark.parametrize(("text", "event", "value"), STAYS)
def test_the_base_of_a_comparison_sets_no_scene(text: str, event: str, value: str) -> None:
    assert last_time_of(text, event, PUBLISHED) == value
