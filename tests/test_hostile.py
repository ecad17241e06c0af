"""Hostile input to the library: one bad text never ends a run, and costs grow linearly."""

from __future__ import annotations

import datetime as dt

import pytest

import briefx

# --- item 3: dates at the ends of the calendar ----------------------------------------

CALENDAR_ENDS = [
    ("Dec. 31, 9999 was the last day. It rained the next week.", "2025-11-18"),
    ("Jan. 1, 0001 was the first day. It rained the week before.", "2025-11-18"),
    ("Dec. 31, 9999 came. A day later it snowed.", "2025-11-18"),
    ("The talks resume tomorrow.", "9999-12-31"),
    ("The talks resume next week.", "9999-12-31"),
    ("The talks resume this weekend.", "9999-12-31"),
    ("The talks resume next summer.", "9999-12-31"),
    ("The talks resume next winter.", "9999-12-31"),
    ("The talks resume next Monday.", "9999-12-31"),
    ("The talks resume this week.", "9999-12-31"),
    ("The talks resume in two days.", "9999-12-31"),
    ("The talks ended yesterday.", "0001-01-01"),
    ("The talks ended last Monday.", "0001-01-01"),
    ("The talks ended last winter.", "0001-01-01"),
    ("The talks ended last fall.", "0001-01-01"),
    ("The talks ended last Easter.", "0001-01-01"),
    ("The talks ended two days ago.", "0001-01-01"),
]


@pytest.mark.parametrize(("text", "published"), CALENDAR_ENDS)
def test_dates_past_the_ends_of_the_calendar_do_not_crash(text: str, published: str) -> None:
    doc = briefx.extract(text, published=published)
    for date in doc.dates:
        # A value that exists is a real calendar value; out-of-range gives none.
        assert date.value is None or "10000" not in date.value
        assert text[date.start : date.end] == date.text


def test_a_calendar_end_in_one_document_does_not_stop_the_others() -> None:
    texts = [
        {"id": "a", "text": "It rained yesterday.", "published": "0001-01-01"},
        {"id": "b", "text": "It rained yesterday.", "published": "2025-11-18"},
    ]
    docs = list(briefx.extract_many(texts))
    assert [d.doc_id for d in docs] == ["a", "b"]
    assert [d.value for d in docs[1].dates] == ["2025-11-17"]


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (OverflowError("date value out of range"), None),
        (ValueError("year 10000 is out of range"), None),
        (ValueError("year 0 is out of range"), None),
    ],
)
def test_out_of_range_is_none_turns_calendar_errors_into_no_value(exc, expected) -> None:
    from briefx.dates.calendar import out_of_range_is_none

    def arithmetic() -> str:
        raise exc

    assert out_of_range_is_none(arithmetic)() is expected


def test_out_of_range_is_none_keeps_other_errors_and_values() -> None:
    from briefx.dates.calendar import out_of_range_is_none

    def broken() -> None:
        raise ValueError("a real bug")

    with pytest.raises(ValueError, match="a real bug"):
        out_of_range_is_none(broken)()
    assert out_of_range_is_none(lambda: dt.date(2025, 1, 1))() == dt.date(2025, 1, 1)
