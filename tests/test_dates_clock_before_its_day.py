"""A clock time said before its day, with a word of nearness (issue 25, dates and event time).

"Police arrived at about 9 p.m. on Tuesday": the model reads "about 9 p.m." and
"Tuesday" as two expressions, and the rules read "9 p.m. on Tuesday" as one; the two
overlapped and only the model's was kept, so the clock time fell on the publication day
and the arrival took it. A clock time with "about", "around", "shortly after", "just
before" and its day after it is one date, on that day. And an event placed shortly after
or just before a clock time happened then, on its day: "shortly after 8 a.m. Thursday" is
Thursday's 8 a.m., not a time the event is placed only relative to.

Capability table of invented sentences, published 2025-12-05 (a Friday); before the
rule 15 of the 20 date cases failed, and 18 of the 20 event cases.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-12-05"

# (text, the date's value, the event word, the event's time value)
CLOCK_BEFORE_ITS_DAY = [
    (
        "Police arrived at about 9 p.m. on Tuesday.",
        "2025-12-02T21:00",
        "arrived",
        "2025-12-02T21:00",
    ),
    ("Police arrived at around 9 p.m. Tuesday.", "2025-12-02T21:00", "arrived", "2025-12-02T21:00"),
    (
        "The blast happened shortly after 8 a.m. Thursday.",
        "2025-12-04T08:00",
        "blast",
        "2025-12-04T08:00",
    ),
    (
        "The fire broke out just before midnight on Tuesday.",
        "2025-12-02T24:00",
        "broke",
        "2025-12-02T24:00",
    ),
    (
        "The ship sank at about 4 a.m. local time on Thursday.",
        "2025-12-04T04:00",
        "sank",
        "2025-12-04T04:00",
    ),
    (
        "The suspect was detained at around 1 a.m. Saturday.",
        "2025-11-29T01:00",
        "detained",
        "2025-11-29T01:00",
    ),
    (
        "Gunmen opened fire at roughly 10:15 p.m. on Wednesday.",
        "2025-12-03T22:15",
        "opened",
        "2025-12-03T22:15",
    ),
    (
        "The roof collapsed at approximately 6:30 a.m. on Monday.",
        "2025-12-01T06:30",
        "collapsed",
        "2025-12-01T06:30",
    ),
    (
        "The ferry left port shortly before 7 a.m. Tuesday.",
        "2025-12-02T07:00",
        "left",
        "2025-12-02T07:00",
    ),
    (
        "The eruption began soon after 5 a.m. on Sunday.",
        "2025-11-30T05:00",
        "eruption",
        "2025-11-30T05:00",
    ),
    (
        "The hostages were freed at about noon on Wednesday.",
        "2025-12-03T12:00",
        "freed",
        "2025-12-03T12:00",
    ),
    (
        "Shares were suspended at around 1 p.m. on Thursday.",
        "2025-12-04T13:00",
        "suspended",
        "2025-12-04T13:00",
    ),
    ("Voting ends at about 8 p.m. on Sunday.", "2025-12-07T20:00", "Voting", "2025-12-07T20:00"),
    (
        "The launch is set for around 9:30 a.m. on Tuesday.",
        "2025-12-09T09:30",
        "launch",
        "2025-12-09T09:30",
    ),
    (
        "The train derailed at about 6:10 a.m. on Nov. 28.",
        "2025-11-28T06:10",
        "derailed",
        "2025-11-28T06:10",
    ),
    (
        "Firefighters were called just after 3 a.m. on Wednesday.",
        "2025-12-03T03:00",
        "called",
        "2025-12-03T03:00",
    ),
    (
        "The bridge was closed shortly after 11 p.m. Monday.",
        "2025-12-01T23:00",
        "closed",
        "2025-12-01T23:00",
    ),
    # Said together already, or the clock alone: as before.
    ("The quake struck at 3:42 a.m. on Sunday.", "2025-11-30T03:42", "struck", "2025-11-30T03:42"),
    (
        "On Tuesday at about 7 p.m., a car hit the barrier.",
        "2025-12-02T19:00",
        "hit",
        "2025-12-02T19:00",
    ),
    (
        "Gusts peaked shortly after 2 a.m., forecasters said.",
        "2025-12-05T02:00",
        "peaked",
        "2025-12-05T02:00",
    ),
]


def _dates_and_frames(text: str) -> tuple[dict[str, str], dict[str, str | None]]:
    doc = briefx.extract(text, published=PUBLISHED)
    dates = {d.value: d.text for d in doc.dates}
    times = {
        frame.text: frame.time.value if frame.time else None
        for fact in doc.facts
        for frame in fact.events
    }
    return dates, times


@pytest.mark.parametrize(("text", "value", "word", "time"), CLOCK_BEFORE_ITS_DAY)
def test_clock_time_on_its_day(text: str, value: str, word: str, time: str) -> None:
    dates, times = _dates_and_frames(text)
    assert value in dates, f"{text!r}: dates {dates}"
    assert word in times, f"{text!r}: frames {times}"
    assert times[word] == time, f"{text!r}: {word} at {times[word]}"


def test_the_joined_date_points_at_both_clock_and_day() -> None:
    text = "Police arrived at about 9 p.m. on Tuesday."
    doc = briefx.extract(text, published=PUBLISHED)
    (date,) = doc.dates
    assert text[date.start : date.end] == date.text
    assert "9 p.m." in date.text and date.text.endswith("Tuesday")
    assert date.mod == "APPROX"


def test_a_day_of_the_next_clause_is_not_the_clock_times() -> None:
    text = "The mayor spoke at about 9 p.m.; on Tuesday, the council met again."
    dates, _ = _dates_and_frames(text)
    assert "2025-12-05T21:00" in dates and "2025-12-02" in dates
