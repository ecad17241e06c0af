"""A year before the figure, not before the report: "Retail sales rose 2% in November, a
survey showed on Monday. Clothing sales jumped 6% from a year earlier" compares with
November a year back (dates, kind "a year before the figure").

"a year earlier" counts from the date just named, and the last date named was the day
the figures came out ("showed on Monday"), so the comparison fell on a day a year before
the report. Within one sentence a quarter or a half already took the place of the
report's day; now a month does too, and so does the figure's period of the sentence
before when only the report's day was named since.

Capability table of invented sentences, published 2026-12-04 (a Friday): before the
change 15 of the 15 comparisons fell on the report's day a year back.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-12-04"

ROWS = [
    (
        "Retail sales rose 2% in November, a survey showed on Monday. Clothing sales jumped "
        "6% from a year earlier.",
        "2025-11",
    ),
    (
        "Exports fell 3% in October, data showed on Tuesday. Imports were down 5% from a "
        "year earlier.",
        "2025-10",
    ),
    (
        "Inflation eased to 2.1% in September, the office said on Wednesday. Food prices "
        "were up 4% from a year earlier.",
        "2025-09",
    ),
    (
        "Car sales fell 8% in March, an industry group said on Friday, compared with a year "
        "earlier.",
        "2025-03",
    ),
    (
        "Factory output rose 1.2% in October, figures showed on Thursday. It was 3% higher "
        "compared with a year earlier.",
        "2025-10",
    ),
    (
        "House sales slipped in September, a survey said on Monday. They were down 7% from "
        "a year earlier.",
        "2025-09",
    ),
    (
        "Passenger numbers rose in August, the airport said on Tuesday, up 9% from a year earlier.",
        "2025-08",
    ),
    (
        "Tourist arrivals fell 4% in July, the ministry said on Wednesday. Hotel stays were "
        "down 2% from a year earlier.",
        "2025-07",
    ),
    (
        "Steel output rose in October, an industry body said on Thursday. Output was up 5% "
        "from a year earlier.",
        "2025-10",
    ),
    (
        "New car registrations rose 11% in November, dealers said on Tuesday, compared with "
        "a year earlier.",
        "2025-11",
    ),
    (
        "Mortgage approvals fell in October, the central bank said on Monday. They were "
        "down 12% from a year earlier.",
        "2025-10",
    ),
    (
        "Electricity use rose 3% in September, the grid operator said on Friday. Gas use "
        "was down 6% from a year earlier.",
        "2025-09",
    ),
    (
        "Consumer prices rose 0.3% in October, the office said on Wednesday, up 2.4% from "
        "a year earlier.",
        "2025-10",
    ),
    (
        "Port traffic rose in June, the authority said on Monday. Container volumes were up "
        "8% from a year earlier.",
        "2025-06",
    ),
    (
        "Wheat exports fell in August, traders said on Tuesday, down 15% from a year earlier.",
        "2025-08",
    ),
]


@pytest.mark.parametrize(("text", "value"), ROWS)
def test_a_year_earlier_compares_with_the_figure_s_period(text, value):
    doc = briefx.extract(text, published=PUBLISHED)
    assert {d.text: d.value for d in doc.dates}.get("a year earlier") == value


# A day that moves the story, not a report's, still anchors it; a quarter keeps its rule.
KEPT = [
    (
        "The plant opened in May. On Monday it closed. A year earlier, it had been sold.",
        "2025-11-30",
    ),
    (
        "Profit rose 5% in the third quarter, the bank said on Monday, up from a year earlier.",
        "2025-Q3",
    ),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_a_day_of_the_story_or_a_quarter_keeps_its_reading(text, value):
    doc = briefx.extract(text, published=PUBLISHED)
    found = {d.text.lower(): d.value for d in doc.dates}
    assert found.get("a year earlier") == value
