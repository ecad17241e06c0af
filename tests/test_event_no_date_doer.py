"""A day is no doer (event frames).

"Heavy rain is forecast for Friday, which could hamper the search" gave "hamper" the doer
"Friday", and the brief's timeline read "Friday may hamper the search". A relative
clause that hangs on a date or a time ("which", "that" after "on Friday") tells of what
the sentence said, not of the day: its verb has no doer rather than the date.
Capability table of invented sentences, published 2025-11-18; 11 of the 15 failed before.
"""

from __future__ import annotations

import pytest

import briefx

# (text, the event word)
HUNG_ON_A_DAY = [
    ("Heavy rain is forecast for Friday, which could hamper the search.", "hamper"),
    ("The strike is set for Monday, which would close every school.", "close"),
    ("The vote was moved to Thursday, which angered the opposition.", "angered"),
    ("The talks end on Sunday, which gives both sides a deadline.", "gives"),
    ("The port shut on Tuesday, which delayed 40 ships.", "delayed"),
    ("Polls close at 8 p.m., which leaves little time for counting.", "leaves"),
    ("The bridge reopens in March, which will ease traffic.", "ease"),
    ("The sale closes on Friday, which ends a year of talks.", "ends"),
    ("Snow is expected on Saturday, which may cut power to the valley.", "cut"),
    ("The trial opens in January, which could delay the merger.", "delay"),
    ("The fares rise on Jan. 1, which will hit commuters.", "hit"),
    ("The ban starts in April, which worries farmers.", "worries"),
    ("The ferry left at noon, which delayed its arrival.", "delayed"),
    ("The deadline passed on Monday, which triggered the fines.", "triggered"),
    ("The election is due in May, which could change the policy.", "change"),
]


@pytest.mark.parametrize(("text", "word"), HUNG_ON_A_DAY)
def test_a_day_is_no_doer(text: str, word: str) -> None:
    doc = briefx.extract(text, published="2025-11-18")
    dates = {(d.start, d.end) for d in doc.dates}
    found = [e for f in doc.facts for e in f.events if e.text == word]
    assert found, "no frame"
    doers = [(e.agent.start, e.agent.end) for e in found if e.agent is not None]
    assert not set(doers) & dates, [e.agent.text for e in found if e.agent]
