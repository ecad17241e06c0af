"""Ranges are one expression: "May to July", "2009 through 2011", "Nov. 3 to Nov. 7",
"2018-2020": the first date's value, with a range from its first day to the last day of
the second (never two dates that later look like a conflict)."""

from __future__ import annotations

from briefx.dates.calendar import Anchor, Timex
from briefx.dates.context import Ctx, patterns, phrases


def rule_range(s: str, ctx: Ctx) -> Timex | None:
    """Two dates of one granularity joined by "to", "through", "and" or a dash, in order
    ("march to june 2026" -> ``2026-03`` covering 2026-03-01 .. 2026-06-30); months with
    no year written share one, or the first lies in the year before ("November to
    February")."""
    m = patterns()["range"].match(s)
    if not m or ctx.read is None:
        return None
    right = ctx.read(m[2], ctx)  # each side is an expression of its own
    if right is None or right.type != "DATE" or right.range is None:
        return None
    left_text = m[1]
    year = phrases()["year_in"].search(m[2])
    if year and not phrases()["year_in"].search(left_text):
        left_text = f"{left_text} {year[1]}"  # "March to June 2026": March of 2026
    left = ctx.read(left_text, ctx)
    if left is None or left.type != "DATE" or left.range is None:
        return None
    right_range = right.range
    month_range = len(right.value) == len("YYYY-MM") and right.value[:4].isdigit()
    if not year and month_range and left.range[0] > right_range[1]:
        # "between April and June" told in March: each end read alone, April was this
        # year's and June last year's; the ends share the second's year, or the year
        # before it ("between November and February").
        for shared in (int(right.value[:4]), int(right.value[:4]) - 1):
            again = ctx.read(f"{left_text} {shared}", ctx)
            if again is not None and again.range is not None and again.range[0] <= right_range[1]:
                left = Timex(again.type, again.value, again.mod, again.range, left.anchor)
                break
    if left.range is None or len(left.value) != len(right.value):
        return None
    if left.range[0] > right_range[1]:
        return None
    if left.anchor == "previous" or right.anchor == "previous":
        return None
    anchor: Anchor = "absolute" if left.anchor == right.anchor == "absolute" else "reference_date"
    return Timex("DATE", left.value, ctx.mod, (left.range[0], right_range[1]), anchor)
