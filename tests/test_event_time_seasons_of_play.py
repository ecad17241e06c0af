"""An act told within a season of play took place in no day of the scene (event time, rule
3): after "Rovers won on Saturday", "Hartley scored 19 goals last season" (an invented
transfer report) took Saturday. A season of play ("last season", "the end of this season",
"midway through the season"; ``untold_periods`` in ``models/events/time.json``) is a
time of the story the calendar does not name: the act keeps no date of the scene or of the
sentence, and no date is made up for it. Capability table of invented texts (published
2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import time_or_none

SCENE = "Rovers won on Saturday. "

# (text after the scene, event word, its time's value or None)
TABLE = [
    ("Hartley scored 19 goals last season.", "scored", None),
    ("The club finished third last season.", "finished", None),
    ("The team was relegated at the end of last season.", "relegated", None),
    ("They lost only twice in the previous season.", "lost", None),
    ("The striker joined the club before last season.", "joined", None),
    ("The keeper kept 14 clean sheets during the season.", "kept", None),
    ("Rovers sold their captain in the middle of last season.", "sold", None),
    ("The coach took over midway through the season.", "took", None),
    ("The winger broke his leg early last season.", "broke", None),
    ("The defender was sent off three times last season.", "sent", None),
    ("Attendances rose by a fifth over the season.", "rose", None),
    ("The club signed him halfway through last season.", "signed", None),
    ("Rovers beat the same side twice last season.", "beat", None),
    ("The forward missed half of last season with injury.", "missed", None),
    ("Their rivals took the title last season.", "took", None),
    # A day of its own, or no season: as before.
    ("Hartley scored twice on Saturday.", "scored", "2025-11-15"),
    ("Hartley scored twice in the match.", "scored", "2025-11-15"),
]


@pytest.mark.parametrize(("text", "word", "value"), TABLE)
def test_an_act_in_a_season_of_play_takes_no_scene(text: str, word: str, value: str | None) -> None:
    assert time_or_none(SCENE + text, word) == value
