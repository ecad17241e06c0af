"""An act to come told "from" a date starts then (event time, rule 1): "train drivers will
walk out for three days from Dec. 10" (an invented strike report) had no time, since
"from" does not say the act lies within its date ("prices have risen from May" does not).
An event to come, or one scheduled in the present ("the exhibition opens from Saturday"),
with a date of its own after "from" and none after "to" or "until" takes that date, the
day it starts; a past or perfect one keeps what it had. The date of such a start told in
the present is the coming one ("opens from Saturday" was last Saturday). Capability tables
of invented texts (published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import time_or_none
from tests.test_dates_report_day import value_of

# (text, event word, its time's value or None)
TABLE = [
    ("Train drivers will walk out for three days from Dec. 10.", "walk", "2025-12-10"),
    ("The bridge will close from Monday for repairs.", "close", "2025-11-24"),
    ("The museum will be shut from Friday until the spring.", "shut", "2025-11-21"),
    ("Workers will strike for 48 hours from Thursday.", "strike", "2025-11-20"),
    ("The exhibition opens to the public from Saturday.", "opens", "2025-11-22"),
    ("The tax will rise from April.", "rise", "2026-04"),
    ("Flights to the island will resume from Monday.", "resume", "2025-11-24"),
    ("Fares will go up by 5% from March.", "go", "2026-03"),
    ("The curfew will be lifted from Wednesday.", "lifted", "2025-11-19"),
    ("Nurses will stage a series of walkouts from Dec. 3.", "stage", "2025-12-03"),
    ("The plant is to halt production from Friday.", "halt", "2025-11-21"),
    ("Police will close the road from 6 a.m. on Friday.", "close", "2025-11-21T06:00"),
    ("The airline will cut flights to Lisbon from January.", "cut", "2026-01"),
    ("Doctors plan to strike from next Monday.", "strike", "2025-11-24"),
    ("The zoo will reopen from Saturday, its owners said.", "reopen", "2025-11-22"),
    # Past or perfect: no start as its time.
    ("Prices have risen steadily from May.", "risen", "2025-11-18"),
    ("The bank has cut rates from 4% to 3.5%.", "cut", "2025-11-18"),
]


@pytest.mark.parametrize(("text", "word", "value"), TABLE)
def test_an_act_to_come_from_a_date_starts_then(text: str, word: str, value: str | None) -> None:
    assert time_or_none(text, word) == value


# The date itself (dates): the start of what is told in the present lies ahead
# (``start_preps`` in ``models/dates/context.json``); a past one stays behind.
DATES = [
    ("The exhibition opens to the public from Saturday.", "Saturday", "2025-11-22"),
    ("The new rules apply from Jan. 1.", "Jan. 1", "2026-01-01"),
    ("The shop opens from Friday.", "Friday", "2025-11-21"),
    ("The service runs from Sunday.", "Sunday", "2025-11-23"),
    ("Sales rose 5% from March.", "March", "2025-03"),
    ("The exhibition opened to the public from Saturday.", "Saturday", "2025-11-15"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), DATES)
def test_the_start_of_a_schedule_lies_ahead(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == value
