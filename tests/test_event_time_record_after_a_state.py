"""A record set off after a dated state names what the state was: "The app was down for
four hours on Tuesday, the second outage this month": the outage on Tuesday (issue 25,
rule 1).

A record that names its act again takes the act's day, not the field it ranks within
("raised its rate on Thursday, the third increase this year": ``_act_a_record_names``).
A state told with a copula ("was down", "was offline", "were without power") is no event
word, so the record had no act to name and took the field ("this month"). The copula's
own day (a date hung on it, or its complement's: "was idle on Tuesday") serves as the
act's.

Capability table of invented sentences, published 2026-03-13 (a Friday): before the rule
8 of the 15 records took the field (the other 7 follow a passive, an event word the rule
already served).
"""

from __future__ import annotations

import pytest

from tests.event_times import time_of

PUBLISHED = "2026-03-13"

# (sentence, the record noun, its day)
RECORDS = [
    (
        "The app was down for four hours on Tuesday, the second outage this month.",
        "outage",
        "2026-03-10",
    ),
    ("The site was offline on Monday, its third outage this year.", "outage", "2026-03-09"),
    ("The bridge was shut on Wednesday, the fourth closure this month.", "closure", "2026-03-11"),
    ("The line was closed on Tuesday, the second closure this week.", "closure", "2026-03-10"),
    (
        "The power was off for six hours on Monday, the third blackout this year.",
        "blackout",
        "2026-03-09",
    ),
    (
        "The airport was closed on Thursday, its second shutdown this year.",
        "shutdown",
        "2026-03-12",
    ),
    (
        "The river was above its banks on Tuesday, the third flood this month.",
        "flood",
        "2026-03-10",
    ),
    (
        "The ferry was idle on Monday, the fifth cancellation this week.",
        "cancellation",
        "2026-03-09",
    ),
    ("The network was down on Wednesday, the second failure this month.", "failure", "2026-03-11"),
    ("The plant was idle on Tuesday, its fourth shutdown this year.", "shutdown", "2026-03-10"),
    ("The market was closed on Monday, the first closure this year.", "closure", "2026-03-09"),
    ("The port was shut on Sunday, the third closure this month.", "closure", "2026-03-08"),
    ("The road was blocked on Tuesday, the second blockade this week.", "blockade", "2026-03-10"),
    ("Schools were closed on Thursday, the second walkout this month.", "walkout", "2026-03-12"),
    (
        "The town was without power on Wednesday, the third outage this week.",
        "outage",
        "2026-03-11",
    ),
]


@pytest.mark.parametrize(("text", "noun", "day"), RECORDS)
def test_a_record_after_a_dated_state_takes_its_day(text, noun, day):
    assert time_of(text, noun, PUBLISHED) == day
