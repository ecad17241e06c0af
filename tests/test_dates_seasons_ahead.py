"""A season told with no past tense is read as a month is (capability table of invented
sentences).

"Central bank signals rate cut in spring", a headline published in November, was dated
the spring behind it (2025-SP), though "signals rate cut in March" was dated the coming
March: a month told with no tense is the coming one when it starts up to four months
ahead (``UNTENSED_MONTHS_AHEAD``), and a season now is too, by the month it starts in. A
season told in the past stays the one behind; one told in the future was already ahead.
"""

from __future__ import annotations

import pytest

import briefx

# (publication date, text, the date's text, its TIMEX3 value)
SEASONS = [
    ("2025-11-18", "Central bank signals rate cut in spring", "spring", "2026-SP"),
    ("2025-11-18", "The government plans a tax cut in spring.", "spring", "2026-SP"),
    ("2025-11-18", "The bank hints at a rate cut in spring.", "spring", "2026-SP"),
    ("2025-11-18", "The union threatens a strike in the spring.", "the spring", "2026-SP"),
    ("2025-11-18", "Ministers weigh fuel subsidies for spring.", "spring", "2026-SP"),
    ("2025-11-18", "A new ferry enters service in spring.", "spring", "2026-SP"),
    ("2025-12-01", "Voters head to the polls in spring.", "spring", "2026-SP"),
    ("2025-11-30", "The league considers a new format for spring.", "spring", "2026-SP"),
    ("2025-12-10", "The city eyes a reopening of the pool in spring.", "spring", "2026-SP"),
    ("2026-01-20", "The airline adds new routes in spring.", "spring", "2026-SP"),
    ("2026-02-10", "The ministry expects a rebound in summer.", "summer", "2026-SU"),
    ("2025-10-15", "Farmers brace for a dry winter.", "winter", "2025-WI"),
    ("2025-11-18", "Prices will fall in spring.", "spring", "2026-SP"),
    # Told in the past: the season behind.
    ("2025-11-18", "The bank cut rates in spring.", "spring", "2025-SP"),
    ("2025-11-18", "Sales rose in the spring, the ministry said.", "the spring", "2025-SP"),
    ("2025-12-01", "The dam was finished in spring.", "spring", "2025-SP"),
]


@pytest.mark.parametrize(("published", "text", "said", "value"), SEASONS)
def test_an_untensed_season_is_read_as_a_month_is(
    published: str, text: str, said: str, value: str
) -> None:
    doc = briefx.extract(text, published=published)
    assert [d.value for d in doc.dates if d.text.lower() == said] == [value]
