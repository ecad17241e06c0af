"""An act told as a length before or after a dated one lies that length away; a length
with no number leaves it undated (event time, kind "counted from a dated act").

"resigned on Monday, two weeks after losing a confidence vote": the losing was counted
from the resignation only when the "after" opened a clause or named a noun ("a week after
the crash"), not a gerund ("after losing"); the gerund took the resignation's Monday. And
a length with no number ("months after the sale failed", "weeks after recovering") moved
nothing, so the earlier act kept the later one's date. A gerund after "after" or "before"
with a length is counted as a clause is, and an act some days, weeks, months or years
away has no time of its own (one hours or minutes away keeps the act's day).

Capability table of invented sentences, published 2026-03-13 (a Friday): before the
change 14 of the 18 rows were wrong (every gerund, every uncounted length of days or
more); the 4 others passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import times_of

PUBLISHED = "2026-03-13"

# (sentence, the earlier or later act, its time)
ROWS = [
    (
        "The mayor resigned on Monday, two weeks after losing a confidence vote.",
        "losing",
        "2026-02-23",
    ),
    (
        "The rebels freed the hostages on Thursday, three weeks after seizing them.",
        "seizing",
        "2026-02-19",
    ),
    ("The ship docked on Friday, five days after leaving Lisbon.", "leaving", "2026-03-08"),
    ("The bank cut rates on Thursday, two days after raising them.", "raising", "2026-03-10"),
    ("Lawmakers passed the bill on Tuesday, a week after rejecting it.", "rejecting", "2026-03-03"),
    (
        "The coach was sacked on Tuesday, a month after signing a new contract.",
        "signing",
        "2026-02",
    ),
    ("The museum reopened on Wednesday, a year after closing for repairs.", "closing", "2025"),
    ("The envoy arrived on Monday, two days before meeting the king.", "meeting", "2026-03-11"),
    (
        "The striker scored on Saturday, weeks after recovering from a knee injury.",
        "recovering",
        None,
    ),
    ("The firm collapsed in March, months after the sale failed.", "failed", None),
    ("The airline went bust in January, months after cutting its routes.", "cutting", None),
    (
        "Voters went to the polls on Sunday, weeks after the president dissolved parliament.",
        "dissolved",
        None,
    ),
    ("The team won on Saturday, days after losing its captain.", "losing", None),
    ("The president toured the town on Monday, weeks after the earthquake struck.", "struck", None),
    ("The singer died on Sunday, days after a fall at her home.", "fall", None),
    ("Protesters gathered on Tuesday, hours after the curfew ended.", "ended", "2026-03-10"),
    ("The pilot landed on Wednesday, minutes after an engine failed.", "failed", "2026-03-11"),
    ("Police charged the driver on Wednesday, a week after the crash.", "crash", "2026-03-04"),
]


def _times(text: str) -> dict[str, str | None]:
    return times_of(text, PUBLISHED)


@pytest.mark.parametrize(("text", "word", "value"), ROWS)
def test_an_act_counted_from_a_dated_one_lies_that_length_away(text, word, value):
    times = _times(text)
    assert word in times
    assert times[word] == value
