"""An event that is announced or called takes no date from the announcing (issue 25,
rules 2 and 5).

"The prime minister called a snap election in September" dated the election September;
"The firm announced a merger on Monday" dated the merger Monday. What one announces or
calls is to come after that act, at a time the sentence does not give: a verb of
announcing or calling takes up its event as "postponed the vote" does (``taking_up`` in
models/events/time.json) and lends it no date. The parse often hangs the day on the noun
("announced a takeover bid | on Tuesday"); a day "on" or "in" that ends the phrase of
the object of a verb that takes up or reacts to it is the verb's
(``briefx.events.words.owner``), not "the strike of last week". A date "for" the event
is its own ("called a strike for Dec. 12"), and the announcing keeps its date.

Capability table of invented sentences, published 2025-12-05 (a Friday); before the rule
all 16 events took the announcing's date; the 4 controls passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-12-05"

# (text, the event announced or called, the date of the announcing)
ANNOUNCED = [
    ("The prime minister called a snap election in September.", "election", "2025-09"),
    ("The president announced a referendum in March.", "referendum", "2025-03"),
    ("The firm announced a merger on Monday.", "merger", "2025-12-01"),
    ("The bank announced a takeover bid on Tuesday.", "bid", "2025-12-02"),
    ("The governor called an inquiry in October.", "inquiry", "2025-10"),
    ("The carmaker announced a recall on Wednesday.", "recall", "2025-12-03"),
    ("The club announced the sale of its stadium in April.", "sale", "2025-04"),
    ("The regulator announced an investigation on Thursday.", "investigation", "2025-12-04"),
    ("The union announced a walkout in June.", "walkout", "2025-06"),
    ("The leaders announced a summit in May.", "summit", "2025-05"),
    ("The opposition called a rally in July.", "rally", "2025-07"),
    ("The chain announced the closure of 40 stores on Monday.", "closure", "2025-12-01"),
    ("The miner announced a share buyback in August.", "buyback", "2025-08"),
    ("The army announced a withdrawal on Sunday.", "withdrawal", "2025-11-30"),
    ("The rebels announced a ceasefire in February.", "ceasefire", "2025-02"),
    ("The union called a boycott in January.", "boycott", "2025-01"),
]

# (text, the event, its time): a date for the event; the announcing keeps its own
OTHERS = [
    ("The union called a strike for Dec. 12.", "strike", "2025-12-12"),
    ("The firm announced a merger on Monday.", "announced", "2025-12-01"),
    ("The president announced a referendum in March.", "announced", "2025-03"),
    ("The prime minister called a snap election in September.", "called", "2025-09"),
]


@pytest.mark.parametrize(("text", "event", "value"), ANNOUNCED)
def test_what_is_announced_takes_no_date_from_the_announcing(text, event, value):
    frame = frames_of(text, PUBLISHED)[event]
    assert frame.time is None or frame.time.value != value, frame.time


@pytest.mark.parametrize(("text", "event", "value"), OTHERS)
def test_a_date_for_the_event_and_the_announcings_own_stay(text, event, value):
    frame = frames_of(text, PUBLISHED)[event]
    assert frame.time is not None and frame.time.value == value, frame.time
