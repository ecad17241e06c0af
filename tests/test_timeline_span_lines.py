"""A timeline line of an event told over a span names both its ends (capability table of
invented reports, published Tuesday 2025-11-18).

"The bank had raised rates eleven times between 2022 and 2024" was listed under "2022 to
2024" as "The bank raised rates in 2022": the line wrote the span's first year only (the
date's value), where the entry's range runs to 2024. A line whose time is a year, a month
or a day and whose range ends after that period names the span ("between 2022 and
2024", "between May and July 2025"); a time within its own period keeps it."""

from __future__ import annotations

import pytest

from tests.briefs import brief_of

OTHER = "Farmers in Vell sold more apples this autumn, a trade group said on Monday."

# (report, words of its line, words no line has)
CASES = [
    (
        "The bank raised rates eleven times between 2022 and 2024, its records show.",
        "between 2022 and 2024",
        "rates in 2022",
    ),
    (
        "Halvex built three plants from 2019 to 2022, its filings show.",
        "between 2019 and 2022",
        "plants in 2019",
    ),
    (
        "The plant cut output from May to July, the company said.",
        "between May and July 2025",
        "output in May 2025",
    ),
    (
        "The ferry line carried 2 million passengers between March and June, it said.",
        "between March and June 2025",
        "passengers in March 2025",
    ),
    (
        "The club sold 40,000 season tickets between 2020 and 2023, its accounts show.",
        "between 2020 and 2023",
        "tickets in 2020",
    ),
    (
        "Orvik council closed six libraries from 2015 to 2018, a report found.",
        "between 2015 and 2018",
        "libraries in 2015",
    ),
    (
        "Brask Bygg laid off 900 workers between January and April, the union said.",
        "between January and April 2025",
        "workers in January 2025",
    ),
    (
        "The airline cancelled 300 flights from June to August, its figures show.",
        "between June and August 2025",
        "flights in June 2025",
    ),
    (
        "Vell Rovers won four titles between 2010 and 2014, the club said.",
        "between 2010 and 2014",
        "titles in 2010",
    ),
    (
        "Tarno exported 2 million tonnes of grain from 2021 to 2023, officials said.",
        "between 2021 and 2023",
        "grain in 2021",
    ),
    (
        "The regulator fined four banks between February and May, it said on Monday.",
        "between February and May 2025",
        "banks in February 2025",
    ),
    (
        "The museum welcomed 80,000 visitors from July to September, its director said.",
        "between July and September 2025",
        "visitors in July 2025",
    ),
    # A time within its own period keeps it.
    (
        "The bank raised rates twice in 2023, its records show.",
        "in 2023",
        "between",
    ),
    (
        "The plant cut output in July, the company said.",
        "in July 2025",
        "between",
    ),
    (
        "Halvex opened a plant in Orvik on Nov. 3, the company said.",
        "on Nov. 3, 2025",
        "between",
    ),
]


@pytest.mark.parametrize(("report", "holds", "lacks"), CASES)
def test_a_line_over_a_span_names_both_ends(report: str, holds: str, lacks: str) -> None:
    lines = [e.headline for e in brief_of(report, OTHER).timeline if "apples" not in e.headline]
    assert any(holds in line for line in lines), lines
    assert not any(lacks in line for line in lines), lines
