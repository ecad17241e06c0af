"""A timeline entry dated to a part of a year or a month says which part: "early 2026" for
"early next year" (the first third of the year), "mid-October 2025", "late 2024"; a year
told up to a day still says so ("2026, up to June 10"). Before, "early next year" read
"2026, up to May 2". Capability table of (value, range, precision) -> words; the thirds
are the dates stage's (``briefx.dates.calendar.day_range``)."""

from __future__ import annotations

import pytest

from briefx.schema import TimelineEntry
from briefx.views.timeline import when_words

TABLE = [
    ("2026", ("2026-01-01", "2026-05-02"), "year", "early 2026"),
    ("2026", ("2026-05-02", "2026-09-01"), "year", "mid-2026"),
    ("2026", ("2026-09-01", "2026-12-31"), "year", "late 2026"),
    ("2024", ("2024-01-01", "2024-05-01"), "year", "early 2024"),
    ("2024", ("2024-09-01", "2024-12-31"), "year", "late 2024"),
    ("2025-10", ("2025-10-01", "2025-10-11"), "month", "early October 2025"),
    ("2025-10", ("2025-10-11", "2025-10-21"), "month", "mid-October 2025"),
    ("2025-10", ("2025-10-21", "2025-10-31"), "month", "late October 2025"),
    ("2024-02", ("2024-02-01", "2024-02-10"), "month", "early February 2024"),
    ("2025-02", ("2025-02-19", "2025-02-28"), "month", "late February 2025"),
    ("2025-06", ("2025-06-01", "2025-06-10"), "month", "early June 2025"),
    ("2026", ("2026-01-01", "2026-06-10"), "year", "2026, up to June 10"),
    ("2026", ("2026-01-01", "2026-12-31"), "year", "2026"),
    ("2025-10", ("2025-10-01", "2025-10-31"), "month", "October 2025"),
    ("2025-11-19", ("2025-11-19", "2025-11-19"), "day", "Nov. 19, 2025"),
    ("2026-SP", ("2026-03-01", "2026-05-31"), "season", "spring 2026"),
    # A span of years: both ends ("between 2019 and 2022").
    ("2019", ("2019-01-01", "2022-12-31"), "year", "2019 to 2022"),
    ("2010", ("2010-01-01", "2011-12-31"), "year", "2010 to 2011"),
    ("2024", ("2024-01-01", "2026-12-31"), "year", "2024 to 2026"),
    # No such month or year: no third of one, and no error.
    ("2025-13", ("2025-12-01", "2025-12-11"), "month", "2025-13"),
    ("0000", ("0001-01-01", "0001-12-31"), "year", "0000"),
]


@pytest.mark.parametrize(("value", "span", "precision", "words"), TABLE)
def test_a_part_of_a_period_is_named(
    value: str, span: tuple[str, str], precision: str, words: str
) -> None:
    entry = TimelineEntry(
        value=value,
        range=span,
        precision=precision,
        headline="Talks were held",
        cluster=None,
        facts=[],
        sources=1,
        when="past",
        modality="actual",
        conflict=False,
    )
    assert when_words(entry) == words
