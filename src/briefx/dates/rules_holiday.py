"""Named days: "Christmas Day", "last Easter", "Thanksgiving 2026", "Black Friday", "Ramadan".

Each year's date is computed, never typed in: fixed days from their month and day,
Easter-based days with ``dateutil.easter``, the n-th weekday of a month by counting, and
the Islamic lunar days (Ramadan, Eid) with the ``holidays`` library's Hijri calendar. The
names and their rules are data (``models/dates/lexicon.json`` "holidays").
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from dateutil.easter import easter

from briefx.dates.calendar import Anchor, Point, Timex, safe_date
from briefx.dates.context import Ctx, make_date, make_time, phrases, pick_year
from briefx.dates.lexicon import lexicon

# Years either side of the reference searched for "last Easter" / "next Ramadan".
YEARS_AROUND = 1


@cache
def _islamic() -> Any:
    # The holidays library keeps the observed Hijri dates (1925-2077) up to date; its
    # calendar class is not exported under a public name.
    from holidays.calendars.islamic import _IslamicLunar

    return _IslamicLunar()


def _islamic_days(name: str, year: int) -> list[dt.date]:
    """Days of one Islamic holiday that fall in a Gregorian year ("eid_al_fitr", 2026 ->
    [2026-03-20])."""
    found = getattr(_islamic(), f"{name}_dates")(year)
    return sorted(day for day, _ in found if day.year == year)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> int:
    """Day of the n-th ISO weekday of a month (n = -1: the last): (2025, 11, 4, 4) -> 27."""
    first = dt.date(year, month, 1)
    offset = (weekday - first.isoweekday()) % 7
    if n > 0:
        return 1 + offset + 7 * (n - 1)
    last = safe_date(year, month, 31)
    return last.day - (last.isoweekday() - weekday) % 7


def holiday_days(rule: Any, year: int) -> tuple[dt.date, dt.date] | None:
    """First and last day of a named day in a year: Ramadan 2026 -> (2026-02-18, 2026-03-19).

    Args:
        rule: a lexicon rule: ``[month, day]``; ``[month, ISO weekday, n]`` (the n-th
            weekday, -1 the last), with a fourth item the days after it (Black Friday:
            ``[11, 4, 4, 1]``); ``[0, offset, 0]`` (days from Easter Sunday);
            ``{"islamic": name}`` with optional ``"ends_before": name``.
        year: the Gregorian year.

    Returns:
        (first, last) days, or None when the day does not fall in that year.
    """
    if isinstance(rule, dict):
        starts = _islamic_days(rule["islamic"], year)
        if not starts:
            return None
        first = starts[0]
        if "ends_before" not in rule:
            return first, first
        ends = [
            d for y in (year, year + 1) for d in _islamic_days(rule["ends_before"], y) if d > first
        ]
        return (first, min(ends) - dt.timedelta(days=1)) if ends else None
    if len(rule) == 2:
        day = safe_date(year, rule[0], rule[1])
    elif rule[0] == 0:
        day = easter(year) + dt.timedelta(days=rule[1])
    else:
        day = safe_date(year, rule[0], _nth_weekday(year, rule[0], rule[1], rule[2]))
        if len(rule) > _NTH_WEEKDAY_RULE:  # "Black Friday": days after it
            day += dt.timedelta(days=rule[3])
    return day, day


# The length of a rule of the n-th weekday ([month, ISO weekday, n]); a fourth item counts
# days after that weekday.
_NTH_WEEKDAY_RULE = 3


def holiday_a_year_back(said: str, year: int) -> dt.date | None:
    """The day a named day of one day without a year ("Thanksgiving", "Black Friday") fell
    on in ``year``, for a date moved a year back; None for any other text, or a named
    period ("Ramadan")."""
    m = phrases()["holiday"].match(said.lower())
    if not m or m[1] or m[3] or m[4] or m[5]:
        return None
    rule = lexicon().holidays.get(m[2])
    days = holiday_days(rule, year) if rule is not None else None
    if days is None or days[0] != days[1]:
        return None
    return days[0]


def _pick(rule: Any, which: str | None, ctx: Ctx) -> tuple[dt.date, dt.date] | None:
    """The occurrence a phrase without a year means: "last" the latest before the
    reference, "next" the first after it, "this" the reference year's, else the one the
    tense and the distance choose (as for "Nov. 19")."""
    ref = ctx.reference
    if which in ("last", "next"):
        years = range(ref.year - YEARS_AROUND - 1, ref.year + YEARS_AROUND + 2)
        found = [d for d in (holiday_days(rule, y) for y in years) if d is not None]
        if which == "last":
            before = [d for d in found if d[0] < ref]
            return before[-1] if before else None
        after = [d for d in found if d[0] > ref]
        return after[0] if after else None
    this_year = holiday_days(rule, ref.year)
    if which == "this" or this_year is None:
        return this_year
    year = pick_year(this_year[0].month, this_year[0].day, ctx=ctx)
    return holiday_days(rule, year)


def rule_holiday(s: str, ctx: Ctx) -> Timex | None:
    """A named day of the lexicon: "Labor Day", "last Christmas", "Easter 2031", "Ramadan"
    ("Easter 2031" -> ``2031-04-13``; "Ramadan 2026" -> ``2026-02-18`` with its month
    as the range)."""
    m = phrases()["holiday"].match(s)
    if not m:
        return None
    rule = lexicon().holidays.get(m[2])
    if rule is None:
        return None
    days = holiday_days(rule, int(m[5])) if m[5] else _pick(rule, m[1], ctx)
    if days is None:
        return None
    first, last = days
    anchor: Anchor = "absolute" if m[5] else "reference_date"
    if m[4] and not m[3]:  # "Christmas morning": a part of the day
        return make_time(first, lexicon().day_parts[m[4]], ctx=ctx, anchor=anchor)
    if m[3] or first == last:  # "Easter week": the week holding the day
        return make_date(Point(first, "week" if m[3] else "day"), ctx, anchor=anchor)
    return Timex("DATE", first.isoformat(), ctx.mod, (first.isoformat(), last.isoformat()), anchor)
