"""What a plea, an admission or a confession is of came before it: "pleaded guilty on
Monday to stealing $1.2 million" did not steal on Monday (event time, kind "a plea of an
act").

Judgments already passed their date over the act judged ("convicted of taking",
"fined for fielding": ``judging``, ``judged_preps``), but a plea, an admission and a
confession name their act after "to", and "plead", "admit" and "confess" were no words
of judging: the act took the plea's day. They join ``judging``, and "to" the
prepositions of the act judged (``models/events/time.json``).

Capability table of invented sentences, published 2026-03-13 (a Friday): before the
change 15 of the 15 acts took the plea's day.
"""

from __future__ import annotations

import pytest

from tests.event_times import times_of

PUBLISHED = "2026-03-13"

# (sentence, the act pleaded to, admitted or confessed)
ROWS = [
    (
        "A former clerk pleaded guilty on Monday to stealing $1.2 million from customers.",
        "stealing",
    ),
    ("The driver pleaded guilty on Tuesday to causing the crash.", "causing"),
    ("Two men pleaded not guilty on Wednesday to robbing a jeweller.", "robbing"),
    ("The mayor admitted on Thursday to taking bribes.", "taking"),
    ("The trader confessed on Friday to rigging prices.", "rigging"),
    ("The guard pleaded guilty on Monday to the theft of the paintings.", "theft"),
    ("The teenager confessed on Tuesday to the killing.", "killing"),
    ("The minister admitted on Wednesday to lying to parliament.", "lying"),
    ("The chemist pleaded no contest on Thursday to selling fake drugs.", "selling"),
    ("The farmer confessed on Friday to starting the fire.", "fire"),
    ("The boxer admitted on Sunday to cheating in the final.", "cheating"),
    ("The treasurer pleaded guilty on Monday to the robbery.", "robbery"),
    ("The builder admitted on Tuesday to breaking safety rules.", "breaking"),
    ("The hacker pleaded guilty on Wednesday to attacking the bank's servers.", "attacking"),
    ("The driver confessed on Thursday to fleeing the scene.", "fleeing"),
]


def _times(text: str) -> dict[str, str | None]:
    return times_of(text, PUBLISHED)


@pytest.mark.parametrize(("text", "act"), ROWS)
def test_the_act_pleaded_to_takes_no_day_of_the_plea(text, act):
    times = _times(text)
    assert act in times
    assert times[act] is None


# The plea keeps its day; an act with a date of its own keeps it.
KEPT = [
    ("The driver pleaded guilty on Tuesday to causing the crash.", "pleaded", "2026-03-10"),
    ("The mayor admitted on Thursday to taking bribes in 2019.", "taking", "2019"),
    ("The trader confessed on Friday to rigging prices.", "confessed", "2026-03-13"),
]


@pytest.mark.parametrize(("text", "word", "value"), KEPT)
def test_the_plea_and_a_dated_act_keep_their_days(text, word, value):
    assert _times(text)[word] == value
