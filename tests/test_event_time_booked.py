"""An occasion booked "for" a day happens then; the booking does not (event time, dates).
"Unions have called a general strike for Dec. 2" (an invented protest report) gave the
calling Dec. 2 and put it in the future; "the court set a hearing for Jan. 5" read Jan. 5
as last January, since "set" is past. A verb of booking (``booking_verbs`` in
``models/events/time.json`` and ``models/dates/context.json``) with an event for its
object hands a date after "for" to that event, and the date lies ahead; the booking keeps
its own time ("set a world record on Monday" is no booking). Capability tables of
invented texts (published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import frame_of, time_or_none
from tests.test_dates_report_day import value_of

# (text, the booked event, its time's value, the booking verb)
BOOKED = [
    ("Unions have called a general strike for Dec. 2.", "strike", "2025-12-02", "called"),
    ("The court set a hearing for Jan. 5.", "hearing", "2026-01-05", "set"),
    ("Organisers planned a rally for Saturday.", "rally", "2025-11-22", "planned"),
    ("The senate scheduled a vote for Thursday.", "vote", "2025-11-20", "scheduled"),
    ("The board called a meeting for Friday.", "meeting", "2025-11-21", "called"),
    ("The president called an election for Feb. 8.", "election", "2026-02-08", "called"),
    ("Leaders set a summit for June.", "summit", "2026-06", "set"),
    (
        "The union called a strike for Monday, the first in 20 years.",
        "strike",
        "2025-11-24",
        "called",
    ),
    ("The judge set a new trial for March.", "trial", "2026-03", "set"),
    ("Farmers have planned a protest for next week.", "protest", "2025-W48", "planned"),
]


@pytest.mark.parametrize(("text", "event", "value", "verb"), BOOKED)
def test_the_booked_event_happens_then(text: str, event: str, value: str, verb: str) -> None:
    assert time_or_none(text, event) == value
    assert frame_of(text, event).when == "future"


@pytest.mark.parametrize(("text", "event", "value", "verb"), BOOKED)
def test_the_booking_is_not_then(text: str, event: str, value: str, verb: str) -> None:
    booking = frame_of(text, verb)
    assert booking.time is None or booking.time.value != value
    assert booking.when != "future"


# The date itself: after "for" under a verb of booking it lies ahead; other dates stay.
DATES = [
    ("The court set a hearing for Jan. 5.", "Jan. 5", "2026-01-05"),
    ("The union called a strike for Monday.", "Monday", "2025-11-24"),
    ("The family booked a flight for Saturday.", "Saturday", "2025-11-22"),
    ("The sprinter set a world record on Monday.", "Monday", "2025-11-17"),
    ("The court set bail at $5,000 on Friday.", "Friday", "2025-11-14"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), DATES)
def test_a_booked_day_lies_ahead(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == value
