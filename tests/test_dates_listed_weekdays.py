"""A weekday listed after another day is counted from it: "next Thursday and Friday" is
the Friday after that Thursday, not this week's (dates, kind "listed days").

Each weekday was resolved by itself, so in "Ministers will meet next Thursday and Friday",
told on a Friday, the Friday was the publication day, a week before the Thursday. A bare
weekday right after another day's date, joined by "and", "or" or a comma, that the rules
set before that day, is the first such weekday after it, unless that puts a past event
after the publication day.

The finder also kept a list's first day in one piece with the next ("next Tuesday,
Wednesday and Thursday" lost "next Tuesday"): two weekdays on either side of a comma are
two dates ("Friday, Nov. 21" stays one).

Capability table of invented sentences, published 2026-03-13 (a Friday): before the
change 12 of the 15 listed weekdays fell in the wrong week (the first day of a comma list
was lost too); the 4 other rows passed.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-03-13"

# (sentence, the listed weekday, its value)
LISTED = [
    ("Ministers will meet next Thursday and Friday.", "Friday", "2026-03-20"),
    ("The show runs next Friday and Saturday.", "Saturday", "2026-03-21"),
    ("Voting takes place next Wednesday and Thursday.", "Thursday", "2026-03-19"),
    ("Ministers will meet on Thursday and Friday.", "Friday", "2026-03-20"),
    ("The talks resume next Tuesday and Thursday.", "Thursday", "2026-03-19"),
    ("Trains will not run next Wednesday or Thursday.", "Thursday", "2026-03-19"),
    ("The summit is on March 18 and Thursday.", "Thursday", "2026-03-19"),
    ("The court will sit on Wednesday, Thursday and Friday.", "Friday", "2026-03-20"),
    ("Shops will close next Thursday and Friday for the holiday.", "Friday", "2026-03-20"),
    ("The band plays next Wednesday and Friday.", "Friday", "2026-03-20"),
    ("Strikes are called for next Tuesday, Wednesday and Thursday.", "Thursday", "2026-03-19"),
    ("The vote is due next Wednesday or Thursday.", "Thursday", "2026-03-19"),
    ("The museum opens next Tuesday and Wednesday only.", "Wednesday", "2026-03-18"),
    ("Repairs will close the bridge next Wednesday and Thursday.", "Thursday", "2026-03-19"),
    ("Doctors will strike next Monday and Friday.", "Friday", "2026-03-20"),
]


def _dates(text: str) -> dict[str, str]:
    doc = briefx.extract(text, published=PUBLISHED)
    return {d.text: d.value for d in doc.dates}


@pytest.mark.parametrize(("text", "day", "value"), LISTED)
def test_a_listed_weekday_counts_from_the_day_before_it(text, day, value):
    assert _dates(text).get(day) == value


# Days already in order keep their reading; a past event stays behind the story.
KEPT = [
    ("The talks were held last Saturday and Sunday.", "Sunday", "2026-03-08"),
    ("The court sat on Monday and Tuesday.", "Tuesday", "2026-03-10"),
    ("Strikes are planned for next Monday and Tuesday.", "Tuesday", "2026-03-17"),
    ("Rebels attacked the town on Thursday and Monday.", "Monday", "2026-03-09"),
]


@pytest.mark.parametrize(("text", "day", "value"), KEPT)
def test_days_in_order_and_past_events_keep_their_reading(text, day, value):
    assert _dates(text).get(day) == value


def test_a_weekday_after_a_set_of_days_is_read_alone():
    """"every Friday and Friday": the first is a set ("XXXX-WXX-5"), no day to count from
    (found by the property test of well-formed records)."""
    doc = briefx.extract("Markets close early every Friday and Friday.", published=PUBLISHED)
    values = [d.value for d in doc.dates]
    assert values[0] == "XXXX-WXX-5"
    assert values[-1] == "2026-03-13"
