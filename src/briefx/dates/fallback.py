"""One reused dateparser instance, for absolute dates the rules do not read.

A fresh ``dateparser.parse`` call costs tens of milliseconds (it rebuilds its language
data); one ``DateDataParser`` built once and reused costs about a millisecond.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

_SETTINGS = {
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "REQUIRE_PARTS": ["year"],
    "STRICT_PARSING": False,
}


@cache
def _parser() -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings=_SETTINGS)


def parse_absolute(text: str) -> tuple[dt.date, str] | None:
    """Parse an expression holding a year; return (day, period) or None."""
    try:
        data = _parser().get_date_data(text)
    except (ValueError, OverflowError, TypeError):
        return None
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), data.period or "day"
