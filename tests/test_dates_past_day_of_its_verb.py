"""A day ahead of the report that dates a past event of its own is last year's (issue 25,
dates), as a month is (``test_dates_past_month_of_its_verb``).

"The plant closed on May 2", published on March 6, 2026, was May 2, 2026: a past verb's
day up to 90 days ahead is read as this year's (the slack every past verb has for
reported speech). When the day hangs on a past verb with no object, of an event of its
own, it lies behind the report; so does a report's own day
(``test_dates_report_day_behind``). What is to come keeps its day.

Capability table of invented sentences, published 2026-03-06; before the rule the 15 past
days were this year's, and the 4 others passed.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-03-06"

# (text, the day's value)
PAST = [
    ("The plant closed on May 2.", "2025-05-02"),
    ("Exports fell on April 30.", "2025-04-30"),
    ("The dam burst on April 12.", "2025-04-12"),
    ("The mine was flooded on May 20.", "2025-05-20"),
    ("The bridge collapsed on March 28.", "2025-03-28"),
    ("The ferry sank on April 3 off the coast.", "2025-04-03"),
    ("The factory reopened on May 11.", "2025-05-11"),
    ("Prices peaked on April 18.", "2025-04-18"),
    ("The strike ended on May 29.", "2025-05-29"),
    ("The singer died on April 7.", "2025-04-07"),
    ("The fire started on March 15 in a warehouse.", "2025-03-15"),
    ("The museum was robbed on April 22.", "2025-04-22"),
    ("The league was founded on May 1.", "2025-05-01"),
    ("Shares slumped on March 20.", "2025-03-20"),
    ("The ship ran aground on April 26.", "2025-04-26"),
]

AHEAD = [
    ("The talks will resume on April 12.", "2026-04-12"),
    ("The company said it would cut jobs on May 2.", "2026-05-02"),
    ("The firm set the vote for April 20.", "2026-04-20"),
    ("The plant closed on Feb. 12.", "2026-02-12"),
]


@pytest.mark.parametrize(("text", "value"), PAST + AHEAD)
def test_a_days_year_follows_its_verb(text: str, value: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    assert [d.value for d in doc.dates][:1] == [value], doc.dates
