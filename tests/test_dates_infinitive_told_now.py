"""A day of an infinitive told in the present lies ahead (dates): "The storm is forecast to
hit the coast on Friday" is the coming Friday, as are "The union vows to strike on
Saturday" and "The team prepares to face the champions on Saturday".

What someone now wants, promises, prepares or is expected to do has not happened yet.
The heads of such infinitives were a word list (``future_heads``: "expected", "due",
"set", "plans"), and a head outside it ("forecast", "poised", "vows", "wants", "is
unlikely") left a bare weekday in the past. Now the infinitive of a head told in the
present (its own present tag, or a present form of "be" or "have" with it: "is forecast
to", "has threatened to") looks ahead too. A head told in the past keeps the date behind
("managed to win on Saturday"), as does one in the past perfect.

Capability table of invented sentences, published 2025-11-20 (a Thursday); before the
change 17 of the 20 read the past day; the 3 heads in the past passed.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-20"

# (sentence, the date's text, its value)
AHEAD = [
    ("The storm is forecast to hit the coast on Friday.", "Friday", "2025-11-21"),
    ("The storm is predicted to reach the coast on Saturday.", "Saturday", "2025-11-22"),
    ("The veteran is tipped to start on Saturday.", "Saturday", "2025-11-22"),
    ("The rebels are poised to enter the city on Sunday.", "Sunday", "2025-11-23"),
    ("The court is unlikely to rule on Friday.", "Friday", "2025-11-21"),
    ("The vote is certain to pass on Monday.", "Monday", "2025-11-24"),
    ("The mayor promises to unveil the budget on Friday.", "Friday", "2025-11-21"),
    ("The union vows to strike on Saturday.", "Saturday", "2025-11-22"),
    ("The minister pledges to visit the town on Monday.", "Monday", "2025-11-24"),
    ("The rebels threaten to block the road on Sunday.", "Sunday", "2025-11-23"),
    ("The team prepares to face the champions on Saturday.", "Saturday", "2025-11-22"),
    ("The government wants to hold the vote on Sunday.", "Sunday", "2025-11-23"),
    ("The party seeks to regain the seat on Sunday.", "Sunday", "2025-11-23"),
    ("The climbers are bound to reach the summit on Saturday.", "Saturday", "2025-11-22"),
    ("The firm is about to launch the phone on Monday.", "Monday", "2025-11-24"),
    ("The coalition is eager to sign the deal on Friday.", "Friday", "2025-11-21"),
    ("The minister is keen to meet the unions on Monday.", "Monday", "2025-11-24"),
    ("The union has threatened to strike on Saturday.", "Saturday", "2025-11-22"),
    ("The airline needs to cut costs in January.", "January", "2026-01"),
    ("The club has to win on Sunday to stay up.", "Sunday", "2025-11-23"),
]

# (sentence, the date's text, its value): the head is told in the past.
BEHIND = [
    ("The team managed to win on Saturday.", "Saturday", "2025-11-15"),
    ("The minister tried to visit the town on Monday.", "Monday", "2025-11-17"),
    ("Police had planned to raid the house on Sunday.", "Sunday", "2025-11-16"),
]


def _value(sentence: str, text: str) -> str | None:
    found = [d for d in briefx.extract(sentence, published=PUBLISHED).dates if d.text == text]
    assert found, f"no date {text!r}"
    return found[0].value


@pytest.mark.parametrize(("sentence", "text", "value"), AHEAD)
def test_an_infinitive_told_now_lies_ahead(sentence: str, text: str, value: str) -> None:
    assert _value(sentence, text) == value


@pytest.mark.parametrize(("sentence", "text", "value"), BEHIND)
def test_an_infinitive_told_in_the_past_stays_behind(sentence: str, text: str, value: str) -> None:
    assert _value(sentence, text) == value
