"""The day or month after "since" lies behind the report (issue 25, dates).

"The attack is the third on a hospital in the region since March" (published in November
2025) was March 2026: told in the present, a month up to four months ahead was read as
the coming one. What "since" names starts a span that runs to now: it lies behind, as in
"has risen since March". Its year or week is the one that puts it before the report.

Capability table of invented sentences, published 2025-11-30 (a Sunday); before the rule
12 of the 15 failed (two weekdays and a present perfect passed).
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-30"

# (text, the date's value)
SINCE = [
    ("The attack is the third on a hospital in the region since March.", "2025-03"),
    ("The index is up 12% since January.", "2025-01"),
    ("It is the first strike at the port since February.", "2025-02"),
    ("Prices are 8% higher since March.", "2025-03"),
    ("The team is unbeaten since January.", "2025-01"),
    ("Exports are down 4% since February, the agency says.", "2025-02"),
    ("This is the fourth fire in the town since March.", "2025-03"),
    ("Rents are up a fifth since January.", "2025-01"),
    ("The ban is the toughest since February.", "2025-02"),
    ("It is the second outage since Monday.", "2025-11-24"),
    ("The road is closed since Friday.", "2025-11-28"),
    ("The park is shut since Thursday.", "2025-11-27"),
    ("Shares are down 15% since March, when the chief quit.", "2025-03"),
    ("Sales are flat since January.", "2025-01"),
    ("Prices have risen since March.", "2025-03"),
]


@pytest.mark.parametrize(("text", "value"), SINCE)
def test_since_names_a_time_behind(text: str, value: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    assert doc.dates[0].value == value, doc.dates
