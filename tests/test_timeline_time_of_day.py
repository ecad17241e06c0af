"""The timeline orders the times of one day by the hour (capability table of invented
reports, published Tuesday 2025-11-18).

"Crews reopened the road on Monday evening. A landslide had blocked it at 4 a.m. on
Monday.": both entries lie on Monday, and the timeline listed them in the order the
report told them, the evening before 4 a.m. Within a day, a whole day comes first, then
clock times and parts of the day by their hour (a part of the day at the hour
``part_of_day_hours`` in ``models/dates/normalize.json`` gives it: morning before noon,
evening before night).
"""

from __future__ import annotations

import pytest

from tests.briefs import brief_of

OTHER = "Farmers in Vell sold more apples this autumn, a trade group said on Monday."

# (report, a word of the later entry's line told first, a word of the earlier entry's line)
SAME_DAY = [
    (
        "Crews reopened the road on Monday evening. A landslide blocked it at 4 a.m. on Monday.",
        "reopened",
        "blocked",
    ),
    (
        "Power returned late on Monday night. The storm cut the grid on Monday morning.",
        "returned",
        "cut",
    ),
    (
        "The market closed at 4 p.m. on Monday. Trading opened at 9:30 a.m. on Monday.",
        "closed",
        "opened",
    ),
    (
        "Police made an arrest on Monday afternoon. Robbers raided a bank at 8 a.m. on Monday.",
        "arrest",
        "raided",
    ),
    (
        "Rescuers found the boy on Monday evening. He vanished from a park on Monday morning.",
        "found",
        "vanished",
    ),
    ("Counting ended at 8 p.m. on Monday. Voters queued on Monday morning.", "Counting", "queued"),
    ("The ship docked at 11 p.m. on Monday. It left Orvik at noon on Monday.", "docked", "left"),
    (
        "The rally ended on Monday night. Marchers gathered at 10 a.m. on Monday.",
        "ended",
        "gathered",
    ),
    (
        "Firefighters put out the blaze at 6 p.m. on Monday. It started at 1 p.m. on Monday.",
        "put",
        "started",
    ),
    (
        "The suspect was charged on Monday evening. Officers detained him at 3 a.m. on Monday.",
        "charged",
        "detained",
    ),
    (
        "Flights resumed on Monday afternoon. The airport shut at 5 a.m. on Monday.",
        "resumed",
        "shut",
    ),
    (
        "The summit ended at 9 p.m. on Monday. Leaders arrived on Monday morning.",
        "ended",
        "arrived",
    ),
    (
        "The walkout ended at midnight on Monday. Workers downed tools at 6 a.m. on Monday.",
        "ended",
        "downed",
    ),
    (
        "The river peaked on Monday evening. It burst its banks on Monday afternoon.",
        "peaked",
        "burst",
    ),
    (
        "The plane landed at 7:40 p.m. on Monday. It took off from Vell at 1:15 p.m. on Monday.",
        "landed",
        "took",
    ),
    ("The border reopened on Monday afternoon. Guards closed it on Monday.", "reopened", "closed"),
]


def _position(lines: list[str], word: str) -> int:
    found = [n for n, line in enumerate(lines) if word in line]
    assert found, f"no line with {word!r}: {lines}"
    return found[0]


@pytest.mark.parametrize(("report", "later", "earlier"), SAME_DAY)
def test_the_times_of_a_day_in_order(report: str, later: str, earlier: str) -> None:
    lines = [e.headline for e in brief_of(report, OTHER).timeline if "apples" not in e.headline]
    assert _position(lines, earlier) < _position(lines, later), lines
