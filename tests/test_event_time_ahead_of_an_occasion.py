"""A past act or state ahead of an occasion still to come does not lie in the future:
"Police stepped up patrols ahead of a football derby on Sunday" (told on Friday) is past;
Sunday is the derby's.

A verb told in the past (or a state told with "was"/"were") with a date still to come
and a phrase of what it awaits ("ahead of", "before", "for") hands that date to the
event noun of the phrase ("the derby", "talks next week"), as a past act hands a date to
come to the event noun it takes for object (``_hand_ahead``); where the phrase's noun is
no event word ("ahead of the final on Sunday") the date leaves the act all the same.

Capability table of invented sentences, published 2026-03-13 (a Friday); before the rule
9 of the 13 acts took the date to come, and 7 of the 9 awaited events had no time.
"""

from __future__ import annotations

import pytest

from tests.event_times import time_or_none

PUBLISHED = "2026-03-13"

# (text, the past act or state, the date to come it must not take)
ACTS = [
    ("Investors were cautious ahead of a central bank meeting next week.", "cautious", "2026-W12"),
    ("Police stepped up patrols ahead of a football derby on Sunday.", "stepped", "2026-03-15"),
    ("The party chose its candidate ahead of a by-election in April.", "chose", "2026-04"),
    ("The council closed parks ahead of a storm on Saturday.", "closed", "2026-03-14"),
    ("The team trained in secret ahead of the final on Sunday.", "trained", "2026-03-15"),
    ("Troops massed on the border ahead of talks next week.", "massed", "2026-W12"),
    ("Residents were nervous ahead of the verdict on Monday.", "nervous", "2026-03-16"),
    ("Voters were divided ahead of the referendum in May.", "divided", "2026-05"),
    ("Shops were shut ahead of the parade on Sunday.", "shut", "2026-03-15"),
    ("The firm raised prices ahead of a tax rise in April.", "raised", "2026-04"),
    ("The bank sold bonds ahead of a rate decision next week.", "sold", "2026-W12"),
    ("Hotels filled up before the summit next month.", "filled", "2026-04"),
    ("Airlines cancelled flights ahead of a strike next Tuesday.", "cancelled", "2026-03-17"),
]

# (text, the awaited event, its date)
AWAITED = [
    ("Investors were cautious ahead of a central bank meeting next week.", "meeting", "2026-W12"),
    ("Police stepped up patrols ahead of a football derby on Sunday.", "derby", "2026-03-15"),
    ("The council closed parks ahead of a storm on Saturday.", "storm", "2026-03-14"),
    ("Troops massed on the border ahead of talks next week.", "talks", "2026-W12"),
    ("Residents were nervous ahead of the verdict on Monday.", "verdict", "2026-03-16"),
    ("Voters were divided ahead of the referendum in May.", "referendum", "2026-05"),
    ("Shops were shut ahead of the parade on Sunday.", "parade", "2026-03-15"),
    ("The firm raised prices ahead of a tax rise in April.", "rise", "2026-04"),
    ("The bank sold bonds ahead of a rate decision next week.", "decision", "2026-W12"),
]


@pytest.mark.parametrize(("text", "word", "ahead"), ACTS)
def test_a_past_act_takes_no_date_to_come(text: str, word: str, ahead: str) -> None:
    assert time_or_none(text, word, PUBLISHED) != ahead


@pytest.mark.parametrize(("text", "word", "value"), AWAITED)
def test_the_awaited_event_takes_it(text: str, word: str, value: str) -> None:
    assert time_or_none(text, word, PUBLISHED) == value
