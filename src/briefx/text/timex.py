"""The shapes of TIMEX3 date values, one regex each: the one copy briefx reads them with.

The brief's headlines (``briefx.crossdoc.headlines.reader_date``), its timeline's
precision (``briefx.crossdoc.timeline.precision``) and the views' glosses
(``briefx.views.labels.timex_gloss``) all match values against these.
"""

from __future__ import annotations

import re

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
