"""The shapes of TIMEX3 date values, one regex each: the one copy briefx reads them with.

The brief's headlines (``briefx.crossdoc.headlines.reader_date``), its timeline's
precision (``briefx.crossdoc.timeline.precision``) and the views' glosses
(``briefx.views.labels.timex_gloss``) all match values against these.
"""

from __future__ import annotations

import re
from functools import cache

from briefx.resources import load_json

DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(.+))?$")  # 2025-11-19, 2025-11-19T14:30
MONTH = re.compile(r"^(\d{4})-(\d{2})$")  # 2025-10
WEEK = re.compile(r"^(\d{4})-W(\d{2}|XX)(-WE)?$")  # 2025-W47, 2025-W47-WE, 2025-WXX
QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")  # 2025-Q3
HALF = re.compile(r"^(\d{4})-(H[12])$")  # 2025-H1
SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")  # 2025-SU
YEAR = re.compile(r"^\d{4}$")  # 2025
DECADE = re.compile(r"^\d{3}$")  # 202: the 2020s
CENTURY = re.compile(r"^\d{2}$")  # 20: the 2000s


def bounds_only(value: str) -> bool:
    """Whether a time only bounds its event: a year or coarser, told as one value.

    "2025" ("earlier this year", "in 2025") or "202" (the 2020s) say the event lies
    somewhere inside; a span told first/last ("2019/2022") and anything of a season or
    finer is a time on a timeline's axis.
    """
    return "/" not in value and any(p.match(value) for p in (YEAR, DECADE, CENTURY))


@cache
def _part_hours() -> dict[str, str]:
    return dict(load_json("dates/normalize.json")["tables"]["part_of_day_hours"])


def time_of_day(value: str) -> str:
    """Where a time lies within its day, for ordering: "" for a whole day (or a coarser
    time), the clock for a clock time ("2025-11-17T04:00" -> "04:00"), and a part of the
    day at its hour ("2025-11-17TEV" -> "19:00"; ``part_of_day_hours`` in
    models/dates/normalize.json)."""
    m = DAY.match(value)
    if m is None or m[4] is None:
        return ""
    clock = m[4]
    if clock[:2].isdigit():
        return clock[:5]
    return _part_hours().get(clock[:2], "")
