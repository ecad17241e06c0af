"""A month named without a year by a verb told as to come lies ahead (issue 25): "The
bank will sell the unit by September", published in November, is September of next
year, not the September just gone. Capability table of invented sentences, published
2025-11-18.

A future auxiliary or a plan puts a month that is behind the publication month in the
next year, however near. A month told in the past is behind, as before ("sales fell in
October").
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-18"

# (text, the date's text, its value)
MONTHS = [
    ("The bank will sell the unit by September.", "September", "2026-09"),
    ("The court will rule in October.", "October", "2026-10"),
    ("The plant will reopen in September.", "September", "2026-09"),
    ("Elections will be held in October.", "October", "2026-10"),
    ("The club will move to its new ground in September.", "September", "2026-09"),
    ("The government plans to cut the tax in October.", "October", "2026-10"),
    ("The merger is expected to close in September.", "September", "2026-09"),
    ("The firm is due to report results in October.", "October", "2026-10"),
    ("The line will open to passengers in September.", "September", "2026-09"),
    ("The summit will take place in October.", "October", "2026-10"),
    ("The ban will take effect in September.", "September", "2026-09"),
    ("Talks are scheduled to resume in October.", "October", "2026-10"),
    ("The mine will shut in September, the company said.", "September", "2026-09"),
    ("The singer will tour Asia in October.", "October", "2026-10"),
    ("The bridge will be finished by October.", "October", "2026-10"),
    # Months ahead, and months told in the past, as before.
    ("The court will rule in December.", "December", "2025-12"),
    ("The plant will reopen in January.", "January", "2026-01"),
    ("Sales fell in October.", "October", "2025-10"),
    ("The firm reported results in September.", "September", "2025-09"),
    ("Sales rose in July, the firm said.", "July", "2025-07"),
]


@pytest.mark.parametrize(("text", "span", "value"), MONTHS)
def test_a_month_to_come_lies_ahead(text: str, span: str, value: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    found = [d.value for d in doc.dates if d.text == span]
    assert found == [value], [(d.text, d.value) for d in doc.dates]
