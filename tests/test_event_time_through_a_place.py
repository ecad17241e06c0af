"""An act through a place takes the date after it (issue 25, rule 1): "the thieves broke
in through a window on the night of March 27" happened that night. "Through" leads
through a place or a thing there, not through a time (``passage_preps`` in
``models/events/time.json``: its object names no time and no event). Through a time it
still bounds the act: "will last through the weekend". Capability table of invented
sentences (published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import time_or_none

# (text, event word, the start of its time's value).
THROUGH_A_PLACE = [
    (
        "Investigators believe the thieves broke in through a window on the night of March 27.",
        "broke",
        "2025-03-27",
    ),
    ("Protesters marched through the old town on Saturday.", "marched", "2025-11-15"),
    ("The storm swept through the valley late on Monday.", "swept", "2025-11-17"),
    ("The convoy passed through the border crossing on Tuesday morning.", "passed", "2025-11-18"),
    ("Floodwater poured through the streets of the town on Sunday night.", "poured", "2025-11-16"),
    ("Fire tore through the warehouse in the early hours of Friday.", "tore", "2025-11-14"),
    ("A bullet went through the windscreen of the car on Thursday night.", "went", "2025-11-13"),
    ("Rebels advanced through the province in October.", "advanced", "2025-10"),
    (
        "The gunman entered through the back of the school at 9:40 a.m. on Monday.",
        "entered",
        "2025-11-17",
    ),
    ("Smoke drifted through the tunnel for an hour on Wednesday.", "drifted", "2025-11-12"),
    ("The rebels moved through the mountains in the spring of 2024.", "moved", "2024-SP"),
    ("The leak spread through the building on the evening of Nov. 2.", "spread", "2025-11-02"),
    ("A gust blew through the stadium during the final on Sunday.", "blew", "2025-11-16"),
    ("Looters crept through a hole in the fence on the night of Oct. 9.", "crept", "2025-10-09"),
    ("The bill passed through the lower house on Wednesday.", "passed", "2025-11-12"),
]

# (text, event word): through a time, the act is not within a date.
THROUGH_A_TIME = [
    ("The strike will last through the weekend.", "last"),
    ("Stores stay open through Christmas Eve.", "stay"),
]


@pytest.mark.parametrize(("text", "word", "value"), THROUGH_A_PLACE)
def test_an_act_through_a_place_takes_the_date(text: str, word: str, value: str) -> None:
    found = time_or_none(text, word)
    assert found is not None and found.startswith(value), found


@pytest.mark.parametrize(("text", "word"), THROUGH_A_TIME)
def test_through_a_time_still_bounds_the_act(text: str, word: str) -> None:
    assert time_or_none(text, word) is None
