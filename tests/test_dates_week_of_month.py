"""A numbered week of a month is that week, not a length nor the week before the news
(issue 25, dates): "the first week of October" is 2025-W40 and "the last week of May" is
2025-W22, where a bare "the last week" is the week before publication and "the first
week" a length. The (ISO) week holds the month's 4th, 11th, 18th or 25th day, or its 4th
from the end: the week whose most days lie in the month (``week_of_month`` in
``models/dates/normalize.json``). The month is read as alone, with its tense. Capability
table of invented sentences (published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-18"

# (text, the expression, its value).
WEEKS = [
    (
        "The virus spread through the camp in the first week of October.",
        "the first week of October",
        "2025-W40",
    ),
    ("Sales rose in the last week of May.", "the last week of May", "2025-W22"),
    ("The fair opens in the first week of December.", "the first week of December", "2025-W49"),
    ("Talks resume in the second week of January.", "the second week of January", "2026-W02"),
    ("Prices peaked in the third week of March 2024.", "the third week of March 2024", "2024-W12"),
    ("The ferry was idle for the final week of June.", "the final week of June", "2025-W26"),
    (
        "Crews will finish in the last week of next month.",
        "the last week of next month",
        "2025-W52",
    ),
    ("Rain fell through the first week of last month.", "the first week of last month", "2025-W40"),
    ("Polls close in the fourth week of February.", "the fourth week of February", "2026-W09"),
    (
        "The festival drew crowds in the first weekend of August.",
        "the first weekend of August",
        "2025-W31",
    ),
    ("Wildfires burned through the second week of July.", "the second week of July", "2025-W28"),
    ("The strike began in the last week of October.", "the last week of October", "2025-W44"),
    ("Flights will resume in the third week of April.", "the third week of April", "2026-W16"),
    ("Turnout was low in the first week of September.", "the first week of September", "2025-W36"),
    ("Ferries stop running in the last week of January.", "the last week of January", "2026-W05"),
]


@pytest.mark.parametrize(("text", "expression", "value"), WEEKS)
def test_a_numbered_week_of_a_month_is_that_week(text: str, expression: str, value: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    found = {d.text: d.value for d in doc.dates}
    assert found.get(expression) == value, found
