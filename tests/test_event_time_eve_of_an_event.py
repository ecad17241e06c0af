""" "Protests erupted on the eve of the election on Sunday": the protests were on the
Saturday (issue 25, rule 1).

A date right after the event an act is placed the day before or after ("on the eve of
the election on Sunday", "the day before the vote on Thursday", "on the day after the
election on Sunday") is that event's; the parse hangs it on the act, which took it as
its own day. The act lies a day before or after it (``day_before_phrases``,
``day_after_phrases`` in ``models/events/time.json``). A date before the phrase is the
act's own ("erupted on Sunday, on the eve of the election").

Capability table of invented sentences, published 2026-03-06 (a Friday); before the rule
the 16 acts took the event's day or none, and the 2 with a date of their own passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import time_of

PUBLISHED = "2026-03-06"

# (text, the act, its time)
SHIFTED = [
    (
        "Protests erupted across the country on the eve of the election on Sunday.",
        "erupted",
        "2026-02-28",
    ),
    ("Troops massed at the border on the eve of the summit on March 4.", "massed", "2026-03-03"),
    (
        "On the eve of the vote on Thursday, the president spoke on television.",
        "spoke",
        "2026-03-04",
    ),
    ("The minister resigned the day before the vote on Thursday.", "resigned", "2026-03-04"),
    ("Markets fell on the day after the election on Sunday.", "fell", "2026-03-02"),
    ("Police raided the offices the day after the vote on Feb. 12.", "raided", "2026-02-13"),
    ("Rebels attacked the capital on the eve of the talks on March 2.", "attacked", "2026-03-01"),
    ("The leader will speak on the eve of the summit on March 12.", "speak", "2026-03-11"),
    ("Ships will sail on the day after the ceremony on March 14.", "sail", "2026-03-15"),
    ("Violence flared on the eve of the referendum on Sunday.", "flared", "2026-02-28"),
    ("Stocks jumped on the day after the rate cut on Wednesday.", "jumped", "2026-03-05"),
    ("The rebels freed the hostages the day before the deadline on Monday.", "freed", "2026-03-01"),
    ("Crowds filled the square on the eve of the anniversary on Feb. 1.", "filled", "2026-01-31"),
    ("The envoy arrived the day before the talks on Tuesday.", "arrived", "2026-03-02"),
    ("Fighting stopped on the eve of the holiday on Feb. 20.", "stopped", "2026-02-19"),
    ("Workers walked out on the day after the pay vote on Feb. 26.", "walked", "2026-02-27"),
]

# A date before the phrase is the act's: (text, the act, its time)
OWN = [
    ("Protests erupted on Sunday, on the eve of the election.", "erupted", "2026-03-01"),
    ("The minister resigned on Thursday, the day before the vote.", "resigned", "2026-03-05"),
]


@pytest.mark.parametrize(("text", "act", "value"), SHIFTED + OWN)
def test_the_eve_of_an_event_is_the_day_before_it(text: str, act: str, value: str) -> None:
    assert time_of(text, act, PUBLISHED) == value
