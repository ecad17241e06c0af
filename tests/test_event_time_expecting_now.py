"""Expecting, fearing or wanting told in the present holds now; the date still to come is
the expected event's: "Markets expect a cut in June" (the cut's June, the expecting's
publication day), "Forecasters expect more snow over the weekend".

A verb of expecting in the present (``expecting_now`` in models/events/time.json:
expect, anticipate, fear, hope, want, forecast, predict, project ...) with a date still
to come hands that date to the event noun it takes for object, as a past act does
("demanded an election next spring", ``_hand_ahead``); with no event noun for object the
date leaves it all the same. The expecting itself is told now: the publication date, or
no time where such verbs report ("Analysts predict a rebound").

Capability table of invented sentences, published 2026-03-13 (a Friday); before the rule
9 of the 15 expecting verbs took the date to come; the 7 expected events passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import time_or_none

PUBLISHED = "2026-03-13"

# (text, the expecting verb, the date to come it must not take)
EXPECTING = [
    ("Forecasters expect more snow over the weekend.", "expect", "2026-W11-WE"),
    ("Markets now expect a cut in June.", "expect", "2026-06"),
    ("Economists expect a rate rise in May.", "expect", "2026-05"),
    ("Investors fear a default next month.", "fear", "2026-04"),
    ("Farmers hope for rain next week.", "hope", "2026-W12"),
    ("The union wants a strike in April.", "wants", "2026-04"),
    ("Analysts predict a rebound for exporters in the second half.", "predict", "2026-H2"),
    ("Officials anticipate record crowds on Saturday.", "anticipate", "2026-03-14"),
    ("Pollsters forecast a close race on Sunday.", "forecast", "2026-03-15"),
    ("Most economists expect growth to slow next year.", "expect", "2027"),
    ("The ministry projects a deficit in 2027.", "projects", "2027"),
    ("Traders expect the central bank to hold rates on Thursday.", "expect", "2026-03-19"),
    ("The team hopes to sign a striker in January.", "hopes", "2027-01"),
    ("Bookmakers expect a record turnout in May.", "expect", "2026-05"),
    ("Shoppers want cheaper fuel by the summer.", "want", "2026-SU"),
]

# (text, the expected event, its date)
EXPECTED = [
    ("Markets now expect a cut in June.", "cut", "2026-06"),
    ("Economists expect a rate rise in May.", "rise", "2026-05"),
    ("The union wants a strike in April.", "strike", "2026-04"),
    ("Analysts predict a rebound for exporters in the second half.", "rebound", "2026-H2"),
    ("Pollsters forecast a close race on Sunday.", "race", "2026-03-15"),
    ("Traders expect the central bank to hold rates on Thursday.", "hold", "2026-03-19"),
    ("The team hopes to sign a striker in January.", "sign", "2027-01"),
]


@pytest.mark.parametrize(("text", "word", "ahead"), EXPECTING)
def test_expecting_holds_now(text: str, word: str, ahead: str) -> None:
    value = time_or_none(text, word, PUBLISHED)
    assert value in {None, PUBLISHED}, value
    assert value != ahead


@pytest.mark.parametrize(("text", "word", "value"), EXPECTED)
def test_the_expected_event_takes_the_date(text: str, word: str, value: str) -> None:
    assert time_or_none(text, word, PUBLISHED) == value
