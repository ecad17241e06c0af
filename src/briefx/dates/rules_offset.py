"""Offsets from the reference or from a named day: "in 7 days", "in two weeks' time",
"a week from Friday", "two days after Christmas".

TimeML: "in 7 days" about something to come names the day it lands on (a DATE, like
"7 days from now"); told in the past tense ("rose 5% in 7 days") it is a length (a
DURATION), and so is "within 48 hours" (the event fits inside it; "within" is a signal,
not part of the value).
"""

from __future__ import annotations

from dataclasses import replace

from briefx.dates.calendar import Point, Timex, parse_value, shift
from briefx.dates.context import Ctx, make_date, patterns
from briefx.dates.lexicon import lexicon, parse_number
from briefx.dates.rules_relative import rule_shifted

# Granularities an anchor can be counted from with a unit of days or weeks.
_DAY_GRANS = frozenset({"day"})


def rule_in_offset(s: str, ctx: Ctx) -> Timex | None:
    """ "in 7 days" (not in the past tense): the day 7 days after the reference, as "7
    days from now" ("in two weeks" on 2025-11-18 -> ``2025-W49``)."""
    if ctx.tense == "past":
        return None
    m = patterns()["in_offset"].match(s)
    if not m:
        return None
    found = rule_shifted(f"{m[1].strip()} from now", ctx)
    if found is None or not found.value[:1].isdigit():
        return None  # "in recent days", "in coming weeks": no count, no day to land on
    return found


def rule_offset_from(s: str, ctx: Ctx) -> Timex | None:
    """ "a week from Friday", "two days after Christmas": a count of units from a day the
    text names ("a week from Friday" on Tuesday 2025-11-18 -> ``2025-11-28``)."""
    m = patterns()["offset_from"].match(s)
    if not m or ctx.read is None:
        return None
    amount, direction, rest = m[1], m[2], m[3]
    unit_m = patterns()["shifted"].match(f"{amount} ago")
    if unit_m is None:
        return None
    num_txt, unit_txt = unit_m[1].strip(), unit_m[2]
    if unit_txt is None:
        num_txt, unit_txt = "a", num_txt
    code = lexicon().units.get(unit_txt)
    n = parse_number(num_txt)
    if code is None or n is None or n != int(n) or code in ("PERIOD", "H2", "H", "MIN", "S"):
        return None
    # The named day is the one to come: "a week from Friday" counts from the next Friday.
    anchor = ctx.read(rest, replace(ctx, tense="future", mod=None))
    if anchor is None or anchor.type != "DATE":
        return None
    point = parse_value(anchor.value)
    if point is None or (code in ("D", "W") and point.gran not in _DAY_GRANS):
        return None
    step = -int(n) if direction == "before" else int(n)
    return make_date(Point(shift(point.day, code, step), point.gran), ctx, anchor=anchor.anchor)
