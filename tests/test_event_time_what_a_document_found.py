"""What a report, a survey or data found, told with the day it came out: "The audit,
published on Nov. 4, found that funds had been misused" tells the finding on Nov. 4 (issue
25, rule 2).

The verb's subject is a document with a participle of its coming out ("published",
"released", "issued": ``release_verbs`` in ``models/events/time.json``) that has a date
of its own: what the document found, showed or concluded it told that day. Before, the
verb took the scene's day (the story's Tuesday) or none. A participle of another kind
("The ferry, built in 1990, sank") lends nothing.

Capability table of invented stories, published 2025-11-20 (a Thursday); before the rule
all 16 verbs had another time or none; the 3 participles of another kind lent nothing.
"""

from __future__ import annotations

import pytest

from tests.event_times import time_or_none

PUBLISHED = "2025-11-20"

# (story, the verb, its time)
FOUND = [
    (
        "The mayor resigned on Tuesday. The audit, published on Nov. 4, found that funds "
        "had been misused.",
        "found",
        "2025-11-04",
    ),
    (
        "Sales slowed in October. A survey released on Monday showed that confidence fell.",
        "showed",
        "2025-11-17",
    ),
    (
        "The report, issued by the ministry in September, found that 40 schools needed repairs.",
        "found",
        "2025-09",
    ),
    (
        "Shares fell on Friday. Data published on Wednesday showed that exports dropped.",
        "showed",
        "2025-11-19",
    ),
    (
        "The study, released last week, found that the drug cut deaths by a third.",
        "found",
        "2025-W46",
    ),
    ("A poll published on Sunday suggested the party had lost support.", "suggested", "2025-11-16"),
    ("Figures released on Tuesday exposed a gap in the budget.", "exposed", "2025-11-18"),
    ("The inquiry's findings, published in June, blamed the operator.", "blamed", "2025-06"),
    (
        "The review, presented to parliament in March, recommended closing two prisons.",
        "recommended",
        "2025-03",
    ),
    (
        "A report released on Thursday by the central bank warned that prices would keep rising.",
        "warned",
        "2025-11-20",
    ),
    ("Statistics published on Monday revealed a sharp fall in births.", "revealed", "2025-11-17"),
    ("The accounts, filed in August, showed a loss of $3 million.", "showed", "2025-08"),
    ("The white paper, published in July, proposed a new tax on sugar.", "proposed", "2025-07"),
    ("The judgment, issued on Wednesday, rejected the appeal.", "rejected", "2025-11-19"),
    ("Research published in January identified flaws in the scheme.", "identified", "2025-01"),
    (
        "Talks stalled on Monday. A memo, leaked on Tuesday, showed that the firm planned "
        "job cuts.",
        "showed",
        "2025-11-18",
    ),
]

# (story, the verb, the participle's date): a participle of another kind lends nothing.
OTHER_PARTICIPLES = [
    ("The ferry, built in 1990, sank in a storm.", "sank", "1990"),
    ("The singer, born in 1950, died at home.", "died", "1950"),
    ("The factory, opened in 2001, closed after a fire.", "closed", "2001"),
]


@pytest.mark.parametrize(("text", "verb", "time"), FOUND)
def test_what_a_document_found_it_told_the_day_it_came_out(text: str, verb: str, time: str) -> None:
    assert time_or_none(text, verb, PUBLISHED) == time


@pytest.mark.parametrize(("text", "verb", "date"), OTHER_PARTICIPLES)
def test_a_participle_of_another_kind_lends_nothing(text: str, verb: str, date: str) -> None:
    assert time_or_none(text, verb, PUBLISHED) != date
