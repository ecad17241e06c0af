"""A calendar day as news readers write it: "Nov. 19, 2025", "June 2, 2026" (AP style).

One form for every place briefx writes a day for people: the headlines of a brief
(``briefx.crossdoc.headlines``) and the views (``briefx.views.labels``). The month forms
are data (``models/glosses.json``, ``month_before_day``).
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from briefx.resources import load_json


@cache
def _months() -> tuple[str, ...]:
    return tuple(load_json("glosses.json")["month_before_day"])


def day_words(day: dt.date) -> str:
    """``date(2025, 11, 19)`` -> "Nov. 19, 2025"; ``date(2026, 6, 2)`` -> "June 2, 2026"."""
    return f"{_months()[day.month - 1]} {day.day}, {day.year}"
