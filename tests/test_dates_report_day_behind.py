"""A report's own day ahead of publication is last year's (issue 25, dates).

"The company said on May 2 it would cut jobs", published on March 6, 2026, was May 2,
2026: a past verb's day up to 90 days ahead is read as this year's, since the parse may
hang the day of what a report says on the report ("said it would visit Rome on May 19").
A day right after a reporting verb in the past, or its object ("said on May 2", "told
reporters on April 14"), or one the parse hung on the clause it carries
(``report_day_of``), is the report's own: behind the report. A day of the clause stays.

Capability table of invented sentences, published 2026-03-06; before the rule the 15
reports' days were this year's, and the 3 clauses passed.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-03-06"

# (text, the day's value)
REPORTS = [
    ("The company said on May 2 it would cut jobs.", "2025-05-02"),
    ("Police said on April 14 that two men were held.", "2025-04-14"),
    ("The minister announced on May 20 that taxes would rise.", "2025-05-20"),
    ("The agency reported on April 30 that exports fell.", "2025-04-30"),
    ("Officials confirmed on March 29 that the plant was shut.", "2025-03-29"),
    ("The chief told reporters on April 14 that she would resign.", "2025-04-14"),
    ("The club said on May 9 that the coach had left.", "2025-05-09"),
    ("The ministry said on April 2 that prices would rise.", "2025-04-02"),
    ("The union announced on March 31 that members would strike.", "2025-03-31"),
    ("The court said on May 15 that the trial would resume.", "2025-05-15"),
    ("The bank reported on April 24 that profit fell.", "2025-04-24"),
    ("The mayor said on March 20 that the road would reopen.", "2025-03-20"),
    ("The airline said on May 6 that it would cancel flights.", "2025-05-06"),
    ("Rescuers said on April 9 that the search was over.", "2025-04-09"),
    ("The firm told investors on May 12 that sales would grow.", "2025-05-12"),
]

# A day of what the report says: (text, the day's value)
CLAUSES = [
    ("The company said it would cut jobs on May 2.", "2026-05-02"),
    ("The president said he will visit Rome on May 19.", "2026-05-19"),
    ("The union said members would strike on April 4.", "2026-04-04"),
]


@pytest.mark.parametrize(("text", "value"), REPORTS + CLAUSES)
def test_a_reports_own_day_lies_behind(text: str, value: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    assert [d.value for d in doc.dates][:1] == [value], doc.dates
