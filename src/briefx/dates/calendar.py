"""Calendar arithmetic for TIMEX3 values: granular points, shifts, formatting and ranges.

A *point* is a calendar day plus a granularity (``day``, ``week``, ``month``, ``quarter``,
``half``, ``season``, ``year``, ``decade``, ``century``): "last week" is the week that holds
the day seven days before the reference, written ``2025-W46``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, ParamSpec, TypeVar

Anchor = Literal["reference_date", "previous", "absolute"]

P = ParamSpec("P")
R = TypeVar("R")

# The month each TIMEX3 season starts in (meteorological seasons; winter runs Dec-Feb and
# belongs to the year of its December). The one table of season starts.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True)
class Timex:
    """A normalised TIMEX3 expression.

    Attributes:
        type: DATE, TIME, DURATION or SET.
        value: the TIMEX3 value (``2025-11-19``, ``2025-W46``, ``P4M``, ``PRESENT_REF``...).
        mod: TIMEX3 mod (START, MID, END, APPROX, ...) or None.
        range: first and last calendar day covered (ISO strings), or None.
        anchor: what the value was resolved against.
    """

    type: str
    value: str
    mod: str | None = None
    range: tuple[str, str] | None = None
    anchor: Anchor = "absolute"


@dataclass(frozen=True)
class Point:
    """A calendar day seen at a granularity (the day is any day inside the unit)."""

    day: dt.date
    gran: str
    season: str | None = None


def out_of_range_is_none(fn: Callable[P, R]) -> Callable[P, R | None]:
    """Make calendar arithmetic that leaves years 1..9999 give no value instead of raising.

    "the next week" after Dec. 31, 9999, or "yesterday" on 0001-01-01, has no Python date:
    the expression then gets no value, and the document goes on.

    Args:
        fn: a function doing date arithmetic (e.g. the normaliser of one expression).

    Returns:
        The same function, returning None where the arithmetic leaves the calendar.
    """

    @functools.wraps(fn)
    def guarded(*args: P.args, **kwargs: P.kwargs) -> R | None:
        try:
            return fn(*args, **kwargs)
        except OverflowError:  # date + timedelta past 9999-12-31 or before 0001-01-01
            return None
        except ValueError as exc:  # dt.date(10000, ...), date.fromisocalendar(0, ...)
            if "out of range" in str(exc):
                return None
            raise

    return guarded


def safe_date(year: int, month: int, day: int) -> dt.date:
    """Build a date, clamping the day to the month's length and the year to 1..9999."""
    year = min(max(year, 1), 9999)
    month = min(max(month, 1), 12)
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(max(day, 1), last))


def add_months(day: dt.date, months: int) -> dt.date:
    """Shift a date by whole months, clamping the day of month.

    Raises:
        OverflowError: the shift leaves years 1..9999 ("last year" in 0001): no date
            stands for it, and a clamped one would be wrong.
    """
    total = day.year * 12 + (day.month - 1) + months
    if not dt.MINYEAR <= total // 12 <= dt.MAXYEAR:
        raise OverflowError("date value out of range")
    return safe_date(total // 12, total % 12 + 1, day.day)


def shift(day: dt.date, unit: str, n: int) -> dt.date:
    """Shift a date by ``n`` units (D, W, WE, FN, M, Q, H2, Y, DE, CE)."""
    try:
        if unit in ("D", "H", "MIN", "S"):
            return day + dt.timedelta(days=n)
        if unit in ("W", "WE"):
            return day + dt.timedelta(weeks=n)
        if unit == "FN":
            return day + dt.timedelta(weeks=2 * n)
    except OverflowError:  # raised on: a day "a week before" 0001-01-01 is no date
        raise OverflowError("date value out of range") from None
    months = {"M": 1, "Q": 3, "H2": 6, "Y": 12, "DE": 120, "CE": 1200}.get(unit, 12)
    return add_months(day, months * n)


UNIT_GRAN = {
    "D": "day",
    "W": "week",
    "WE": "week",
    "FN": "week",
    "M": "month",
    "Q": "quarter",
    "H2": "half",
    "Y": "year",
    "DE": "decade",
    "CE": "century",
    "H": "day",
    "MIN": "day",
    "S": "day",
}


def fmt(point: Point) -> str:
    """Write a point as a TIMEX3 value."""
    d, g = point.day, point.gran
    if g == "day":
        return d.isoformat()
    if g == "week":
        iso = d.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if g == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if g == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if g == "half":
        return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
    if g == "season":
        return f"{d.year:04d}-{point.season or 'SU'}"
    if g == "decade":
        return f"{d.year // 10:03d}"
    if g == "century":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


def bounds(point: Point) -> tuple[dt.date, dt.date]:
    """First and last day of the unit holding the point."""
    d, g = point.day, point.gran
    if g == "day":
        return d, d
    if g == "week":
        first = d - dt.timedelta(days=d.weekday())
        return first, first + dt.timedelta(days=6)
    if g == "season":
        start = SEASON_START.get(point.season or "SU", 6)
        first = safe_date(d.year, start, 1)
        return first, add_months(first, 3) - dt.timedelta(days=1)
    span = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}
    months = span.get(g, 12)
    if g == "decade":
        first = safe_date(d.year - d.year % 10, 1, 1)
    elif g == "century":
        first = safe_date(max(d.year - d.year % 100, 1), 1, 1)
    else:
        index = (d.year * 12 + d.month - 1) // months * months
        first = safe_date(index // 12, index % 12 + 1, 1)
    return first, add_months(first, months) - dt.timedelta(days=1)


def day_range(point: Point, mod: str | None = None) -> tuple[str, str]:
    """The ISO first/last day of a point, narrowed to a third by START / MID / END."""
    first, last = bounds(point)
    if mod in ("START", "MID", "END") and last > first:
        third = (last - first).days // 3
        if mod == "START":
            last = first + dt.timedelta(days=third)
        elif mod == "MID":
            first, last = first + dt.timedelta(days=third), last - dt.timedelta(days=third)
        else:
            first = last - dt.timedelta(days=third)
    return first.isoformat(), last.isoformat()


def iso_weeks(year: int) -> int:
    """The number of ISO weeks in a year: 53 for 2026 (it starts on a Thursday), else 52.

    Args:
        year: a calendar year (1..9999).

    Returns:
        52 or 53; 28 December always falls in the year's last ISO week.
    """
    return dt.date(year, 12, 28).isocalendar()[1]


_VALUE_RES = (
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})"), "day"),
    (re.compile(r"^(\d{4})-W(\d{1,2})"), "week"),
    (re.compile(r"^(\d{4})-Q([1-4])"), "quarter"),
    (re.compile(r"^(\d{4})-H([12])"), "half"),
    (re.compile(r"^(\d{4})-(SP|SU|FA|WI)"), "season"),
    (re.compile(r"^(\d{4})-(\d{2})"), "month"),
    (re.compile(r"^(\d{4})$"), "year"),
    (re.compile(r"^(\d{3})$"), "decade"),
)


_WHOLE_LENGTH = re.compile(r"P(\d+)([YMWD])")


def whole_length(value: str) -> tuple[int, str] | None:
    """A TIMEX3 length in whole calendar units, as (count, unit): "P12Y" -> (12, "Y"),
    "P3M" -> (3, "M"); None for anything else ("PT5H", "PXD", a date)."""
    m = _WHOLE_LENGTH.fullmatch(value)
    return (int(m[1]), m[2]) if m is not None else None


def parse_value(value: str) -> Point | None:
    """Read a TIMEX3 value written by :func:`fmt` back into a point (None if it is not one)."""
    for pattern, gran in _VALUE_RES:
        m = pattern.match(value)
        if not m:
            continue
        year = int(m.group(1)) * (10 if gran == "decade" else 1)
        if gran == "day":
            return Point(safe_date(year, int(m.group(2)), int(m.group(3))), gran)
        if gran == "week":
            week = min(max(int(m.group(2)), 1), iso_weeks(year))
            return Point(dt.date.fromisocalendar(year, week, 1), gran)
        if gran == "quarter":
            return Point(safe_date(year, int(m.group(2)) * 3 - 2, 1), gran)
        if gran == "half":
            return Point(safe_date(year, int(m.group(2)) * 6 - 5, 1), gran)
        if gran == "season":
            return Point(safe_date(year, SEASON_START[m.group(2)], 1), gran, m.group(2))
        if gran == "month":
            return Point(safe_date(year, int(m.group(2)), 1), gran)
        return Point(safe_date(year, 1, 1), gran)
    return None
