"""A participle clause of a report lies in the scene the report lies in (issue 25, rules 2
and 3).

"Torvane cut its forecast on Monday. Speaking to analysts, its chief executive said demand
had weakened": "said" is attribution, no event of its own, so the speaking, a participle
clause of it, had no verb to take a time from; it happened when the saying did, in the
scene, as a participle of an act does ("Chanting slogans, they blocked the road"). A report
told in the past lends the scene, and its own day; one to come lends no day gone by. After
the report, a participle tells what the reported news did ("said prices fell, raising
hopes"), and is left to that. Capability table of
invented texts, published 2025-11-18 (a Tuesday).
"""

from __future__ import annotations

import pytest

from tests.event_times import time_of

# (text, participle, its time's value)
TABLE = [
    (
        "Torvane cut its forecast on Monday. Speaking to analysts, its chief executive "
        "said demand had weakened.",
        "Speaking",
        "2025-11-17",
    ),
    (
        "The bridge collapsed on Sunday. Addressing a crowd near the site, the mayor said "
        "repairs would start soon.",
        "Addressing",
        "2025-11-16",
    ),
    (
        "The dam burst on Thursday. Standing beside the river, the governor said help was "
        "on its way.",
        "Standing",
        "2025-11-13",
    ),
    (
        "Rebels seized the town on Saturday. Visiting the front, the minister said the "
        "army would respond.",
        "Visiting",
        "2025-11-15",
    ),
    (
        "The ferry sank on Friday. Arriving at the port, the coastguard chief said 40 "
        "people had been rescued.",
        "Arriving",
        "2025-11-14",
    ),
    (
        "Floods hit the north on Sunday. Touring the worst-hit towns, the premier said "
        "aid would follow.",
        "Touring",
        "2025-11-16",
    ),
    (
        "The plant closed on Wednesday. Leaving the gates for the last time, one worker "
        "said she felt betrayed.",
        "Leaving",
        "2025-11-12",
    ),
    (
        "Rovers lost on Saturday. Walking off the pitch, their captain said the team had "
        "let the fans down.",
        "Walking",
        "2025-11-15",
    ),
    (
        "The strike began on Monday. Standing outside the ministry, union leaders said they "
        "would not back down.",
        "Standing",
        "2025-11-17",
    ),
    (
        "The storm made landfall on Sunday. Sheltering in a school gym, a farmer said his "
        "barn was gone.",
        "Sheltering",
        "2025-11-16",
    ),
    (
        "The summit opened on Thursday. Meeting his counterpart, the president said trade "
        "was the priority.",
        "Meeting",
        "2025-11-13",
    ),
    (
        "Voters went to the polls on Sunday. Casting her ballot, the premier said she was "
        "confident.",
        "Casting",
        "2025-11-16",
    ),
    (
        "The firm recalled its heaters on Friday. Waiting outside the plant, a spokesman "
        "said no one had been hurt.",
        "Waiting",
        "2025-11-14",
    ),
    (
        "The volcano erupted on Wednesday. Flying over the crater, a scientist said the "
        "lava had slowed.",
        "Flying",
        "2025-11-12",
    ),
    (
        "Police raided the flat on Monday. Emerging from the building, the detective said "
        "two men were held.",
        "Emerging",
        "2025-11-17",
    ),
    (
        "The talks ended on Friday. Leaving the venue, the envoy said a deal was close.",
        "Leaving",
        "2025-11-14",
    ),
    # A report's own day is the participle's.
    (
        "The bridge collapsed on Sunday. Speaking to reporters, the minister said on "
        "Monday that repairs would start soon.",
        "Speaking",
        "2025-11-17",
    ),
    # Controls: after the report, a participle tells what the reported news did, not the
    # saying ("raising" is October's, not Friday's); a report to come lends no day gone
    # by; a participle with a date of its own keeps it.
    (
        "Inflation slowed in October, the office said on Friday, raising hopes of a rate cut.",
        "raising",
        "2025-10",
    ),
    (
        "The bridge collapsed on Sunday. Visiting the site, the minister will say what went wrong.",
        "Visiting",
        None,
    ),
    (
        "The bridge collapsed on Sunday. Visiting the site on Monday, the minister said "
        "repairs would start soon.",
        "Visiting",
        "2025-11-17",
    ),
]


@pytest.mark.parametrize(("text", "participle", "value"), TABLE)
def test_a_participle_of_a_report_takes_the_reports_scene(
    text: str, participle: str, value: str | None
) -> None:
    assert time_of(text, participle) == value
