"""A weekday a dated report said would come counts from the report's day (dates): in "The
airline said on Monday that flights would run normally on Tuesday", told on Thursday, the
Tuesday is the one after that Monday, not the coming one.

What a report says "would" happen lies after the report (future in the past), not after
the publication: a bare weekday of a "would" clause under a past reporting verb whose day
the sentence tells is the first such weekday after that day. With no day of the report
("said flights would run on Tuesday") the report is of the news's day and the weekday
still lies ahead of it; "will" ("said on Monday it will reopen on Friday") counts from
publication as before.

Capability table of invented sentences, published 2025-11-20 (a Thursday); before the
change 12 of the 16 were the weekday after publication (4 fell on the same day either
way); the 3 controls passed.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-20"

# (sentence, the weekday, its value)
WOULD = [
    (
        "The airline said on Monday that flights would run normally on Tuesday.",
        "Tuesday",
        "2025-11-18",
    ),
    (
        "The minister said on Monday she would visit the town on Wednesday.",
        "Wednesday",
        "2025-11-19",
    ),
    ("Police said on Saturday the road would reopen on Sunday.", "Sunday", "2025-11-16"),
    ("The firm said on Monday it would announce results on Thursday.", "Thursday", "2025-11-20"),
    ("On Monday, officials said the bridge would reopen on Friday.", "Friday", "2025-11-21"),
    ("The union said on Friday its members would strike on Monday.", "Monday", "2025-11-17"),
    ("Organisers said on Sunday the race would go ahead on Tuesday.", "Tuesday", "2025-11-18"),
    (
        "The club said on Tuesday that its coach would leave on Wednesday.",
        "Wednesday",
        "2025-11-19",
    ),
    ("The court said on Monday it would rule on Wednesday.", "Wednesday", "2025-11-19"),
    ("The ministry said on Friday that schools would reopen on Monday.", "Monday", "2025-11-17"),
    (
        "Forecasters said on Saturday the storm would reach the coast on Monday.",
        "Monday",
        "2025-11-17",
    ),
    (
        "The mayor told reporters on Tuesday he would resign on Wednesday.",
        "Wednesday",
        "2025-11-19",
    ),
    ("Rebels said on Sunday they would free the hostages on Tuesday.", "Tuesday", "2025-11-18"),
    ("The company said on Monday the plant would close on Friday.", "Friday", "2025-11-21"),
    ("Officials said on Tuesday the border would reopen on Saturday.", "Saturday", "2025-11-22"),
    ("The president said on Saturday he would travel to Paris on Sunday.", "Sunday", "2025-11-16"),
]

# (sentence, the weekday, its value): "will", or a report with no day of its own.
CONTROLS = [
    (
        "The airline said on Monday that flights will run normally on Tuesday.",
        "Tuesday",
        "2025-11-25",
    ),
    ("The airline said flights would run normally on Tuesday.", "Tuesday", "2025-11-25"),
    ("The minister said on Monday she had visited the town on Sunday.", "Sunday", "2025-11-16"),
]


def _value(sentence: str, text: str) -> str | None:
    dates = briefx.extract(sentence, published=PUBLISHED).dates
    found = [d.value for d in dates if d.text == text]
    assert found, [d.text for d in dates]
    return found[-1]


@pytest.mark.parametrize(("sentence", "text", "value"), WOULD)
def test_a_weekday_a_report_said_would_come_counts_from_the_report(
    sentence: str, text: str, value: str
) -> None:
    assert _value(sentence, text) == value


@pytest.mark.parametrize(("sentence", "text", "value"), CONTROLS)
def test_will_and_an_undated_report_count_from_publication(
    sentence: str, text: str, value: str
) -> None:
    assert _value(sentence, text) == value
