"""A statement whose words tell an event of another time is listed at that time only
(the brief's timeline, kind "a statement of a dated event").

"Harrowgate's revenue rose 9% in the three months to December, it said last month" had
two entries: the rise, October to December, and a statement entry at the saying's month,
February, whose line (the sentence, its attribution cut off) told the rise again, so a
reader saw the rise in February. A dated statement still gets its entry when what it
reports has no time of its own on the timeline ("The mayor said on Monday that the
bridge would reopen"), or when it is dated the same ("warned on Monday"); it gets none
when the sentence's event is on the timeline at another time.

Capability table of invented reports, published 2025-11-18 (a Tuesday): before the
change 15 of the 15 reports had an entry of the statement at the saying's date.
"""

from __future__ import annotations

import pytest

from tests.briefs import brief_of

OTHER = "Farmers in Vell sold more apples this autumn, a trade group said on Monday."

# (report, the saying's date value, the event's date value)
TOLD_AGAIN = [
    (
        "Harrowgate's revenue rose 9% in the three months to September, it said last month.",
        "2025-10",
        "2025-09",
    ),
    ("Exports fell 4% in August, the ministry said on Monday.", "2025-11-17", "2025-08"),
    ("The ferry sank on Saturday, police said on Monday.", "2025-11-17", "2025-11-15"),
    ("Two men were arrested in October, prosecutors said on Friday.", "2025-11-14", "2025-10"),
    ("The plant closed in June, the union said last week.", "2025-W46", "2025-06"),
    (
        "Prices rose 2% in September, the statistics office said on Thursday.",
        "2025-11-13",
        "2025-09",
    ),
    ("A storm damaged 300 homes on Sunday, officials said on Tuesday.", "2025-11-18", "2025-11-16"),
    (
        "The company lost $4 million in the third quarter, it said on Wednesday.",
        "2025-11-12",
        "2025-Q3",
    ),
    ("The bridge was closed in May, the council said on Friday.", "2025-11-14", "2025-05"),
    ("The striker was injured on Saturday, the club said on Monday.", "2025-11-17", "2025-11-15"),
    ("Sales dropped 6% in October, the retailer said on Thursday.", "2025-11-13", "2025-10"),
    ("The drought ended in August, the agency said last week.", "2025-W46", "2025-08"),
    (
        "A fire broke out at the mill on Sunday, firefighters said on Monday.",
        "2025-11-17",
        "2025-11-16",
    ),
    (
        "The tanker ran aground in September, the port authority said on Friday.",
        "2025-11-14",
        "2025-09",
    ),
    ("Output shrank 1% in the second quarter, the bank said last month.", "2025-10", "2025-Q2"),
]


def _values(report: str) -> list[str]:
    return [e.value for e in brief_of(report, OTHER).timeline if "apples" not in e.headline]


@pytest.mark.parametrize(("report", "said", "happened"), TOLD_AGAIN)
def test_the_words_of_a_dated_event_are_listed_at_its_time_only(report, said, happened):
    values = _values(report)
    assert happened in values
    assert said not in values


# What is reported has no time of its own, or the saying is the event: the statement stays.
KEPT = [
    ("The mayor said on Monday that the bridge would reopen.", "2025-11-17"),
    ("The union warned on Friday that a strike could follow.", "2025-11-14"),
    ("The minister said on Thursday that talks would go on.", "2025-11-13"),
]


@pytest.mark.parametrize(("report", "said"), KEPT)
def test_a_statement_of_no_other_time_keeps_its_entry(report, said):
    assert said in _values(report)
