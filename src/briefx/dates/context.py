"""What the date rules share: their context, value builders and compiled patterns.

Each rule (``briefx.dates.rules_named``, ``briefx.dates.rules_relative``) is a function
``(text, ctx) -> Timex | None`` over cleaned lower-case text; the regexes below are built
once from ``models/dates/normalize.json``, their placeholders filled from the word lists
in ``models/dates/lexicon.json``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from briefx.dates.calendar import Anchor, Point, Timex, day_range, fmt, safe_date
from briefx.dates.lexicon import CompiledOnUse, fill, rule_data

GRAN_ORDER = {
    g: i
    for i, g in enumerate(
        ("day", "week", "month", "quarter", "season", "half", "year", "decade", "century")
    )
}

# A day assumed for a month named without one, when only its distance matters.
MID_MONTH = 15
# Months a past verb's month may lie ahead and still be this year's: "sales fell in
# January" said in November is this January.
TENSE_MONTH_SLACK = 2
# A month a verb told as to come names lies ahead, however near behind it is: "will rule
# in October" said in November is next October (tests/test_dates_future_months.py).
FUTURE_MONTH_SLACK = 0
# Without a tense, a month up to this many months ahead is the coming one; further ahead
# it is last year's (news mostly reports what has happened).
UNTENSED_MONTHS_AHEAD = 4
# Days a past (future) verb's day may lie on the wrong side of the reference and still
# be this year's: a reported-speech verb often governs a date to come.
TENSE_DAY_SLACK = 90
# Without a tense, a day is read in the year that puts it nearest the reference.
HALF_YEAR_DAYS = 182
# "'31" is 1931, "'30" is 2030: two-digit years above this are the 1900s.
TWO_DIGIT_YEAR_PIVOT = 30


@dataclass(frozen=True)
class Ctx:
    """What a rule may use besides the text.

    ``read`` normalises a part of the phrase ("May" and "July" of "May to July"): the
    normaliser hands itself in, so a rule that reads parts needs no import of it.
    """

    reference: dt.date
    previous: Point | None
    tense: str | None
    mod: str | None
    read: Callable[[str, Ctx], Timex | None] | None = field(default=None, compare=False)


Rule = Callable[[str, Ctx], "Timex | None"]


def make_date(point: Point, ctx: Ctx, *, anchor: Anchor, kind: str = "DATE") -> Timex:
    """A DATE (or TIME) value for a point, with the range narrowed by the mod."""
    return Timex(kind, fmt(point), ctx.mod, day_range(point, ctx.mod), anchor)


def make_time(day: dt.date, part: str, *, ctx: Ctx, anchor: Anchor) -> Timex:
    """A TIME value: a day plus a part of day ("TMO") or a clock time ("T12:00")."""
    suffix = part if part.startswith("T") else "T" + part
    r = (day.isoformat(), day.isoformat())
    return Timex("TIME", day.isoformat() + suffix, ctx.mod, r, anchor)


def pick_year(month: int, day: int | None, *, ctx: Ctx) -> int:
    """The year for a month (and day) written without one, guided by tense."""
    ref = ctx.reference
    cand = safe_date(ref.year, month, day or MID_MONTH)
    if day is None:
        if ctx.tense == "past":
            return ref.year - 1 if month - ref.month > TENSE_MONTH_SLACK else ref.year
        if ctx.tense == "future":
            return ref.year + 1 if ref.month - month > FUTURE_MONTH_SLACK else ref.year
        # No tense: news mostly reports what has happened, so a month more than four
        # months ahead is read as the one before.
        ahead = (month - ref.month) % 12
        if ahead == 0:
            return ref.year
        if ahead <= UNTENSED_MONTHS_AHEAD:
            return ref.year if month > ref.month else ref.year + 1
        return ref.year if month < ref.month else ref.year - 1
    # Tense only overrides the nearest reading when the date is well on the wrong side:
    # a reported-speech verb ("said ... on Nov. 19") often governs a future date.
    delta = (cand - ref).days
    if ctx.tense == "past":
        return ref.year - 1 if delta > TENSE_DAY_SLACK else ref.year
    if ctx.tense == "future":
        return ref.year + 1 if delta < -TENSE_DAY_SLACK else ref.year
    if delta > HALF_YEAR_DAYS:
        return ref.year - 1
    if delta < -HALF_YEAR_DAYS:
        return ref.year + 1
    return ref.year


def year2(text: str) -> int:
    """A year from "1998" or "'98"."""
    y = int(text.lstrip("'"))
    if len(text.lstrip("'")) <= 2:
        y += 1900 if y > TWO_DIGIT_YEAR_PIVOT else 2000
    return y


@cache
def patterns() -> Mapping[str, re.Pattern[str]]:
    """The rules' regexes (``normalize.json`` "patterns"), their placeholders filled from
    the lexicon, each compiled on first use."""
    return CompiledOnUse({name: fill(regex) for name, regex in rule_data()["patterns"].items()})


@cache
def phrases() -> Mapping[str, re.Pattern[str]]:
    """The single-purpose regexes of the rules and the cleaner (``normalize.json``
    "phrases"), each compiled on first use."""
    return CompiledOnUse({name: fill(regex) for name, regex in rule_data()["phrases"].items()})


@cache
def tables() -> dict[str, Any]:
    """The rules' small lookup tables (``normalize.json`` "tables"), lists as frozensets."""
    return {
        name: frozenset(value) if isinstance(value, list) else value
        for name, value in rule_data()["tables"].items()
    }
