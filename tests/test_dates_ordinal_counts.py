""" "For a second day", "a second straight week": an ordinal that counts, not a second of
time (issue 25, dates).

Market and weather reports count days in a row: "Chipmakers slid for a second day".
The model tags "a second day" a date, and the rules then read "a second" as a length of
one second (PT1S). An ordinal after "a" or a possessive before a unit of the calendar,
with "straight", "consecutive" or "full" between or not, is a count of days, weeks,
sessions or quarters, no date (``ordinal_count`` and ``ordinal_unit_after`` in
models/dates/context.json): "a second quarter" is not 2025-Q2, while "the second quarter"
stays the year's and "its third quarter" the company's. "A second later" and "paused for
a second" stay a second.

Capability table of invented sentences, published 2025-12-05 (a Friday); before the rule
14 of the 19 counts failed (13 read as PT1S, "a second quarter" as 2025-Q2), and the 4
seconds passed.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-12-05"

# (text, the values of the dates it does hold)
COUNTS = [
    ("Chipmakers slid for a second day on Thursday.", ["2025-12-04"]),
    ("The river rose for a second straight day.", []),
    ("Protesters marched for a second week.", []),
    ("The virus spread for a second month.", []),
    ("Rescuers searched for a second night.", []),
    ("The strike entered a second week.", []),
    ("Bond yields climbed for a second consecutive session.", []),
    ("The lake froze for a second winter in a row.", []),
    ("Heavy rain fell for a second successive weekend.", []),
    ("Inflation eased for a second quarter.", []),
    ("The league shut down for a second year.", []),
    ("Crowds gathered for a second evening outside the court.", []),
    ("Queues formed for a second morning at the border.", []),
    ("Exports shrank for a second straight month in November.", ["2025-11"]),
    ("The outage dragged into a second hour.", []),
    ("The ferry service was halted for its third day on Tuesday.", ["2025-12-02"]),
    ("Output fell for a third straight quarter, the agency said.", []),
    ("Growth slowed in the second quarter.", ["2025-Q2"]),
    ("Veltor lost money in its third quarter.", ["2025-Q3"]),
]

# "A second" as a length of time.
SECONDS = [
    "He paused for a second before answering.",
    "A second later, the roof collapsed.",
    "The lights flickered for a second.",
    "The crowd fell silent for a second or two.",
]


@pytest.mark.parametrize(("text", "values"), COUNTS)
def test_an_ordinal_before_a_unit_counts(text, values):
    doc = briefx.extract(text, published=PUBLISHED)
    assert [d.value for d in doc.dates] == values


@pytest.mark.parametrize("text", SECONDS)
def test_a_second_of_time_stays(text):
    doc = briefx.extract(text, published=PUBLISHED)
    assert [(d.text.lower(), d.value) for d in doc.dates] == [("a second", "PT1S")]
