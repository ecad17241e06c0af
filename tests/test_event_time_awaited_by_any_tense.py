"""What an act to come or a present act awaits keeps its own date (issue 25, rules 1 and
5): capability table of invented sentences, published 2025-11-18 (a Tuesday).

"The union will strike ahead of Christmas" put the strike on Christmas Day, and "Police
will close roads prior to the marathon on Sunday" gave Sunday to the closing and nothing
to the marathon. "Ahead of", "prior to" and "the run-up to" (``awaiting_adverbs``,
``run_up_nouns`` in models/events/time.json) place the act before what they name, as
"before" does: a date inside the phrase is not the act's, and a date the parse hangs on
the verb right after the phrase ("prior to the marathon on Sunday") is the awaited
event's. A past act already handed a date still to come so (tests/
test_event_time_ahead_of_an_occasion.py); now any tense does, and a date told before the
phrase ("will walk out on Dec. 1, ahead of Christmas") stays the act's.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

# (text, the act, its "when", the date the act must not take)
NOT_THE_ACTS = [
    ("The union will strike ahead of Christmas.", "strike", "future", "2025-12-25"),
    ("Retailers are hiring extra staff ahead of Christmas.", "hiring", "ongoing", "2025-12-25"),
    (
        "The club will sign a striker ahead of the transfer deadline on Jan. 31.",
        "sign",
        "future",
        "2026-01-31",
    ),
    (
        "The team will travel to Lisbon ahead of the final on Dec. 6.",
        "travel",
        "future",
        "2025-12-06",
    ),
    (
        "The president will visit the troops ahead of New Year's Day.",
        "visit",
        "future",
        "2026-01-01",
    ),
    (
        "Engineers will inspect the dam prior to the rainy season in April.",
        "inspect",
        "future",
        "2026-04",
    ),
    ("The museum will reopen prior to the anniversary on May 1.", "reopen", "future", "2026-05-01"),
    (
        "The ministry will publish the figures prior to the summit on Friday.",
        "publish",
        "future",
        "2025-11-21",
    ),
    (
        "Traders are cutting positions ahead of Friday's jobs report.",
        "cutting",
        "ongoing",
        "2025-11-21",
    ),
    (
        "Security will be tightened during the lead-up to the summit on Dec. 2.",
        "tightened",
        "future",
        "2025-12-02",
    ),
    (
        "Fans will gather in the build-up to the final on Saturday.",
        "gather",
        "future",
        "2025-11-22",
    ),
    (
        "The party will campaign hard during the run-up to the vote in May.",
        "campaign",
        "future",
        "2026-05",
    ),
    ("Ministers will meet ahead of the summit next week.", "meet", "future", "2025-W48"),
    (
        "The bank is expected to cut rates ahead of the budget on Dec. 10.",
        "cut",
        "future",
        "2025-12-10",
    ),
    ("Police will close roads prior to the marathon on Sunday.", "close", "future", "2025-11-23"),
    (
        "Voters will receive ballots ahead of the election in March.",
        "receive",
        "future",
        "2026-03",
    ),
]

# (text, the awaited event, its time)
AWAITED = [
    ("Police will close roads prior to the marathon on Sunday.", "marathon", "2025-11-23"),
    ("Voters will receive ballots ahead of the election in March.", "election", "2026-03"),
    ("The party will campaign hard during the run-up to the vote in May.", "vote", "2026-05"),
    ("Stores are stocking up ahead of the strike on Friday.", "strike", "2025-11-21"),
]

# A date told before the phrase is the act's own (text, the act, its time).
KEPT = [
    ("Workers will walk out on Dec. 1, ahead of Christmas.", "walk", "2025-12-01"),
    ("The union will strike on Monday ahead of talks on Thursday.", "strike", "2025-11-24"),
    ("The minister will fly to Oslo on Friday prior to the summit.", "fly", "2025-11-21"),
]


@pytest.mark.parametrize(("text", "act", "when", "value"), NOT_THE_ACTS)
def test_the_awaited_date_is_not_the_acts(text: str, act: str, when: str, value: str) -> None:
    frame = frames_of(text)[act]
    assert frame.time is None or frame.time.value != value
    assert frame.when == when


@pytest.mark.parametrize(("text", "noun", "value"), AWAITED)
def test_the_awaited_event_takes_the_date(text: str, noun: str, value: str) -> None:
    frame = frames_of(text)[noun]
    assert frame.time is not None and frame.time.value == value
    assert frame.when == "future"


@pytest.mark.parametrize(("text", "act", "value"), KEPT)
def test_a_date_before_the_phrase_stays(text: str, act: str, value: str) -> None:
    frame = frames_of(text)[act]
    assert frame.time is not None and frame.time.value == value
