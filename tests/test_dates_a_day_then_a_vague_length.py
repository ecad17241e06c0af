"""A date, a comma, then a length without a number: "scored on Saturday, weeks after
recovering" names Saturday and weeks (dates, kind "a day then a vague length").

The model tags "Saturday, weeks" as one DATE. The finder cut a date from a counted length
after a comma ("March 4, two days after"), but not from a bare unit, so the whole was read
as the length and the day was lost: the act it dates took no time. A date before a comma
and a length after it, counted or not ("weeks", "just hours"), are two expressions.

Capability table of invented sentences, published 2026-03-13 (a Friday): before the
change 12 of the 17 rows lost their date (every one the model tagged with the length);
the 5 others passed.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-03-13"

# (sentence, the date, its value, the length, its value, the act it dates)
ROWS = [
    (
        "The striker scored on Saturday, weeks after recovering from a knee injury.",
        "Saturday",
        "2026-03-07",
        "weeks",
        "PXW",
        "scored",
    ),
    (
        "The plant reopened on Monday, months after a fire gutted its main hall.",
        "Monday",
        "2026-03-09",
        "months",
        "PXM",
        "reopened",
    ),
    (
        "She won the final on Sunday, days after her coach was sacked.",
        "Sunday",
        "2026-03-08",
        "days",
        "PXD",
        "won",
    ),
    (
        "The law took effect on Monday, years after it was first proposed.",
        "Monday",
        "2026-03-09",
        "years",
        "PXY",
        "took",
    ),
    (
        "The bridge reopened in June, months after the flood.",
        "June",
        "2025-06",
        "months",
        "PXM",
        "reopened",
    ),
    (
        "The minister resigned on Tuesday, hours after the vote.",
        "Tuesday",
        "2026-03-10",
        "hours",
        "PTXH",
        "resigned",
    ),
    (
        "The rebels freed the hostages on Thursday, weeks after seizing them.",
        "Thursday",
        "2026-03-12",
        "weeks",
        "PXW",
        "freed",
    ),
    (
        "The airline collapsed in January, months after cutting its routes.",
        "January",
        "2026-01",
        "months",
        "PXM",
        "collapsed",
    ),
    (
        "The ship docked on Friday, days after leaving port.",
        "Friday",
        "2026-03-13",
        "days",
        "PXD",
        "docked",
    ),
    (
        "Voters went to the polls on Sunday, weeks after the president dissolved parliament.",
        "Sunday",
        "2026-03-08",
        "weeks",
        "PXW",
        "went",
    ),
    (
        "The company filed for bankruptcy in March, months after a failed sale.",
        "March",
        "2026-03",
        "months",
        "PXM",
        "filed",
    ),
    (
        "Police made an arrest on Saturday, days after the robbery.",
        "Saturday",
        "2026-03-07",
        "days",
        "PXD",
        "arrest",
    ),
    (
        "Protesters gathered again on Tuesday, hours after the curfew ended.",
        "Tuesday",
        "2026-03-10",
        "hours",
        "PTXH",
        "gathered",
    ),
    (
        "The band announced a new tour on Monday, years after its last album.",
        "Monday",
        "2026-03-09",
        "years",
        "PXY",
        "announced",
    ),
    (
        "The mayor apologised on Thursday, days before the election.",
        "Thursday",
        "2026-03-12",
        "days",
        "PXD",
        "apologised",
    ),
    (
        "The pilot landed safely on Wednesday, minutes after an engine failed.",
        "Wednesday",
        "2026-03-11",
        "minutes",
        "PTXM",
        "landed",
    ),
    (
        "The ferry sailed again on Friday, just weeks after it ran aground.",
        "Friday",
        "2026-03-13",
        "weeks",
        "PXW",
        "sailed",
    ),
]


@pytest.mark.parametrize(("text", "day", "day_value", "length", "length_value", "act"), ROWS)
def test_a_date_and_the_vague_length_after_its_comma_are_two_dates(
    text, day, day_value, length, length_value, act
):
    doc = briefx.extract(text, published=PUBLISHED)
    found = {d.text: d.value for d in doc.dates}
    assert found.get(day) == day_value
    assert found.get(length) == length_value
    times = {e.text: e.time.value if e.time else None for f in doc.facts for e in f.events}
    assert times.get(act) == day_value


# A date with its own comma stays one ("Friday, March 13"); a counted length was cut
# already.
WHOLE = [
    ("The vote is on Friday, March 20.", "Friday, March 20", "2026-03-20"),
    ("The plant reopened on Monday, two months after the fire.", "Monday", "2026-03-09"),
    ("Rain fell on Tuesday, March 10, across the north.", "Tuesday, March 10", "2026-03-10"),
]


@pytest.mark.parametrize(("text", "date", "value"), WHOLE)
def test_a_date_with_its_own_comma_stays_whole(text, date, value):
    doc = briefx.extract(text, published=PUBLISHED)
    assert {d.text: d.value for d in doc.dates}.get(date) == value
