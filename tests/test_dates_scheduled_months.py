"""A month that a verb in the present simple schedules is the coming one: "The cuts take
effect in November", told in March, is this November, not last (dates, kind "schedule").

A weekday under the present simple of a report's body was already a schedule ("the trial
resumes on Monday", ``_is_schedule``); a month without a year under the same verbs was read
by the untensed rule (a month more than four months ahead is the one before), so "the
contract expires in December" was last December. A month is a schedule under the same
verbs, unless the verb tells a figure or a state of now (``schedule_state_verbs`` in
``models/dates/context.json``: "Inflation stands at 3% in February") or a habit
(``schedule_habit_adverbs``: "Sales usually peak in December").

Capability table of invented sentences, published 2026-03-13 (a Friday).
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-03-13"

# (sentence, the date's text, its value)
SCHEDULED = [
    ("The cuts take effect in November.", "November", "2026-11"),
    ("The law comes into force in January.", "January", "2027-01"),
    ("The new season starts in August.", "August", "2026-08"),
    ("The contract expires in December.", "December", "2026-12"),
    ("The ban begins in October.", "October", "2026-10"),
    ("The trial starts in September.", "September", "2026-09"),
    ("The tour ends in December.", "December", "2026-12"),
    ("The museum reopens in November.", "November", "2026-11"),
    ("The scheme closes in August.", "August", "2026-08"),
    ("The mayor steps down in December.", "December", "2026-12"),
    ("The festival runs in July.", "July", "2026-07"),
    ("Voting opens in June.", "June", "2026-06"),
    ("The merger completes in July.", "July", "2026-07"),
    ("The new rules apply to flights in October.", "October", "2026-10"),
    ("Construction of the bridge begins in September.", "September", "2026-09"),
    ("The club moves to its new ground in August.", "August", "2026-08"),
]


def _dates(text: str) -> dict[str, str]:
    doc = briefx.extract(text, published=PUBLISHED)
    return {d.text: d.value for d in doc.dates}


@pytest.mark.parametrize(("text", "date", "value"), SCHEDULED)
def test_a_month_a_present_verb_schedules_is_the_coming_one(text, date, value):
    assert _dates(text).get(date) == value


# A figure, a state of now, a habit, a headline: not a schedule.
NOT_SCHEDULED = [
    ("Inflation stands at 3% in February.", "February", "2026-02"),
    ("Unemployment is 5% in January.", "January", "2026-01"),
    ("Sales usually peak in December.", "December", "2025-12"),
    ("Quake hits Kessa in December\n\nA quake hit the town.", "December", "2025-12"),
]


@pytest.mark.parametrize(("text", "date", "value"), NOT_SCHEDULED)
def test_a_figure_a_state_a_habit_or_a_headline_is_no_schedule(text, date, value):
    assert _dates(text).get(date) == value
