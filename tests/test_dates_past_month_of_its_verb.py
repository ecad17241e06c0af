"""A month that dates a past event of its own is behind the report (issue 25, dates).

"Exports fell in May", published in March 2026, was May 2026: a past verb's month up to
two months ahead of the publication month is read as this year's (a slack for reported
speech: the past tense may be a report's, the month its news to come). When the month
hangs on the past verb itself, a verb with no object that tells an event of its own
("rose", "fell", "closed", "was flooded"), it lies behind the report: May 2025. What is
to come keeps its month ahead ("would open the plant in April"), and so does a month of
a verb with an object (the month may be the object's: "signalled another cut in May").

Capability table of invented sentences, published 2026-03-06; before the rule the 15 past
months were this year's, and the 6 others passed.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-03-06"

# (text, the month's value)
PAST = [
    ("Prices rose in April.", "2025-04"),
    ("Exports fell in May.", "2025-05"),
    ("The plant closed in May.", "2025-05"),
    ("Unemployment peaked in May.", "2025-05"),
    ("The strike ended in May.", "2025-05"),
    ("Output dropped in April, the agency said.", "2025-04"),
    ("Inflation slowed in May, figures showed on Friday.", "2025-05"),
    ("The mine was flooded in April.", "2025-04"),
    ("He retired in April after 30 years in the job.", "2025-04"),
    ("Sales of new homes slumped in April.", "2025-04"),
    ("The factory reopened in May.", "2025-05"),
    ("Rents jumped in April.", "2025-04"),
    ("The company was founded in April.", "2025-04"),
    ("Turnout rose in May.", "2025-05"),
    ("The bridge collapsed in April.", "2025-04"),
]

AHEAD = [
    ("The firm said it would open the plant in April.", "2026-04"),
    ("The miner expected the sale to close in May.", "2026-05"),
    ("Officials said the bridge reopens in April.", "2026-04"),
    ("The vote will take place in May.", "2026-05"),
    ("The bank cut rates and signalled another cut in May.", "2026-05"),
    ("Talks resumed in February.", "2026-02"),
]


@pytest.mark.parametrize(("text", "value"), PAST + AHEAD)
def test_a_months_year_follows_its_verb(text: str, value: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    assert [d.value for d in doc.dates if d.type == "DATE"][:1] == [value], doc.dates
