"""An event done "within" a span of days or more after the scene is placed only relative to
it (issue 25, rule 5): in "The vote took place on March 1. Within a week, the leader had
resigned" the resignation came some day of the week after, not on March 1; "within days of
the vote", "will decide within a month" name no day either. A span of minutes or hours
keeps the event in the scene's day ("Within hours, crews had reached the town").
The words are data (``within_preps`` and ``long_spans`` in ``models/events/time.json``).
Capability table of invented texts (published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import time_of

# (text, event word, its time's value)
TABLE = [
    ("The vote took place on Nov. 1. Within a week, the leader had resigned.", "resigned", None),
    ("The mine collapsed on Monday. Within days, the owner had been arrested.", "arrested", None),
    ("The law passed in March. Within a year, prices had doubled.", "doubled", None),
    ("The firm listed its shares in May. Within months it had cut 200 jobs.", "cut", None),
    ("Fighting broke out on Sunday. Within two weeks, 9,000 people fled.", "fled", None),
    ("The coach was hired in June. He was fired within a season.", "fired", None),
    ("The mayor will decide within a month.", "decide", None),
    ("The strike began on Friday. Within a day, ports were shut.", "shut", None),
    ("The plant closed on Monday. Most staff found work within weeks.", "found", None),
    # Minutes and hours keep the scene's day.
    ("The dam burst on Sunday. Within hours, crews had reached the town.", "reached", "2025-11-16"),
    ("The quake struck on Monday. Within minutes, rescuers arrived.", "arrived", "2025-11-17"),
    (
        "The polls closed on Sunday. Within an hour, police sealed the square.",
        "sealed",
        "2025-11-16",
    ),
    # "within" a place or a limit is no span of time.
    ("Rebels struck on Friday within the city limits.", "struck", "2025-11-14"),
    ("The bank stayed within its budget in October.", "stayed", "2025-10"),
    ("Two fires broke out on Monday within a mile of the school.", "broke", "2025-11-17"),
]


@pytest.mark.parametrize(("text", "word", "value"), TABLE)
def test_within_a_span_places_the_event_only_relative_to_the_scene(
    text: str, word: str, value: str | None
) -> None:
    assert time_of(text, word) == value
