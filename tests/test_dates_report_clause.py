"""The day of a report, before the clause it carries (dates, event time): in "the company
said on Monday it will cut jobs" the small parser hangs "on Monday" on "cut" (no "that"
opens the clause), so Monday was read as the day of the cut, a future one: the coming
Monday, and the cut's time. Wire copy writes the report's day there: it is the past
Monday, the report's (``report_day_of`` in ``briefx.dates.tense``), and the cut has no
day of its own. A date inside the clause, after its verb, or a possessive ("said
Monday's vote was rigged") stays the clause's. Capability table of invented texts
(published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import frame_of
from tests.test_dates_report_day import value_of

# (text, the date expression, its value)
REPORT_DAYS = [
    ("The company said on Monday it will cut 300 jobs.", "Monday", "2025-11-17"),
    ("Police said on Friday they are looking for two men.", "Friday", "2025-11-14"),
    ("The minister said on Thursday she wants a deal.", "Thursday", "2025-11-13"),
    ("The minister told reporters on Thursday she would resign.", "Thursday", "2025-11-13"),
    ("The airline said Sunday it plans to cut flights.", "Sunday", "2025-11-16"),
    ("The union announced on Monday it will strike.", "Monday", "2025-11-17"),
    ("The club said on Saturday its coach is leaving.", "Saturday", "2025-11-15"),
    ("The company said Wednesday it expects to cut jobs.", "Wednesday", "2025-11-12"),
    ("The mayor said on Friday the bridge will reopen.", "Friday", "2025-11-14"),
    ("The court told both parties on Monday it would rule soon.", "Monday", "2025-11-17"),
    ("She said on Wednesday she is running for mayor.", "Wednesday", "2025-11-12"),
    ("The agency reported on Thursday prices are rising.", "Thursday", "2025-11-13"),
    ("The ministry confirmed on Saturday talks will resume.", "Saturday", "2025-11-15"),
    ("The coach said on Sunday his team can still win the title.", "Sunday", "2025-11-16"),
]

# A date of the clause itself stays its own.
CLAUSE_DAYS = [
    ("The company said it will cut jobs on Monday.", "Monday", "2025-11-24"),
    ("The company said Monday's vote was rigged.", "Monday", "2025-11-17"),
    ("Officials said the bridge will reopen on Friday.", "Friday", "2025-11-21"),
    ("He said on Monday that he will resign on Friday.", "Friday", "2025-11-21"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), REPORT_DAYS)
def test_a_day_before_the_clause_is_the_reports(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == value


@pytest.mark.parametrize(("text", "phrase", "value"), CLAUSE_DAYS)
def test_a_day_in_the_clause_stays_its_own(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == value


# (text, a reported event word): the report's day is not the reported event's.
REPORTED = [
    ("The company said on Monday it will cut 300 jobs.", "cut"),
    ("The minister told reporters on Thursday she would resign.", "resign"),
    ("The union announced on Monday it will strike.", "strike"),
    ("The mayor said on Friday the bridge will reopen.", "reopen"),
]


@pytest.mark.parametrize(("text", "word"), REPORTED)
def test_the_reported_act_to_come_takes_no_report_day(text: str, word: str) -> None:
    frame = frame_of(text, word)
    assert frame.time is None
    assert frame.when == "future"


def test_a_day_in_the_clause_dates_its_act() -> None:
    frame = frame_of("The company said it will cut jobs on Monday.", "cut")
    assert frame.time is not None and frame.time.value == "2025-11-24"
