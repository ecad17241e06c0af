"""Before dawn on a day is on that day (event time).

"A magnitude 6.4 earthquake struck northern Tavria before dawn on Wednesday" gave the
quake no time: the parse hangs "on Wednesday" on "dawn", and a date after "before" is
not one the event lies within ("before the vote on Monday"). Before or after an edge of
the day (``day_edges``: dawn, noon, dusk, midnight, ...) the event still lies in that
day. Capability table of invented sentences, published 2025-11-20 (a Thursday); 2 of
the 15 failed before (where the parse hangs the day on the edge of the day).
"""

from __future__ import annotations

import pytest

from tests.event_times import time_of

PUBLISHED = "2025-11-20"

# (text, event word, its day)
EDGES = [
    ("A quake struck northern Tavria before dawn on Wednesday.", "struck", "2025-11-19"),
    ("Police raided the farm before dawn on Tuesday.", "raided", "2025-11-18"),
    ("The ferry sank shortly after midnight on Monday.", "sank", "2025-11-17"),
    ("Rebels attacked the base before daybreak on Sunday.", "attacked", "2025-11-16"),
    ("The storm hit the coast before sunrise on Saturday.", "hit", "2025-11-15"),
    ("Troops entered the city after dusk on Friday.", "entered", "2025-11-14"),
    ("The fire broke out after sunset on Wednesday.", "broke", "2025-11-19"),
    ("Protesters gathered before noon on Tuesday.", "gathered", "2025-11-18"),
    ("The polls closed after dark on Sunday.", "closed", "2025-11-16"),
    ("The dam gave way before dawn on Monday.", "gave", "2025-11-17"),
    ("A gunman opened fire after midday on Saturday.", "opened", "2025-11-15"),
    ("The plane landed after nightfall on Friday.", "landed", "2025-11-14"),
    ("Rescuers reached the village before dawn on Thursday.", "reached", "2025-11-20"),
    ("The strike began at the port before dawn on Wednesday.", "began", "2025-11-19"),
    ("Two men robbed the bank before noon on Monday.", "robbed", "2025-11-17"),
]


@pytest.mark.parametrize(("text", "word", "day"), EDGES)
def test_before_dawn_on_a_day_is_on_that_day(text: str, word: str, day: str) -> None:
    value = time_of(text, word, PUBLISHED)
    assert value is not None and value.startswith(day), value
