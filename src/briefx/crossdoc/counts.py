"""Counts across reports: whether two can be one number.

``fits`` reads qualifiers, ranges and rounding (``models/crossdoc/slots.json``,
``compare``): "at least 12" and 14 agree, "exactly 12" and 14 do not; "about 600" covers
a share either side ("roughly 620" fits, "around 800" does not); a round exact count
from ``round_from`` on ("1,200") covers its rounding. A count in words is its number.
"""

from __future__ import annotations

import math
from functools import cache
from typing import Any

from briefx.resources import load_json
from briefx.schema import Quantity


@cache
def _compare() -> dict[str, Any]:
    data: dict[str, Any] = load_json("crossdoc/slots.json")["compare"]
    return data


def _rounding(value: float) -> float:
    """Half the last non-zero place of a count ending in two or more zeros (1,200 -> 50;
    11,190 -> 0: a count of tens is read as exact), 0 below round_from (200 is exact)."""
    if value < _compare()["round_from"] or value != int(value):
        return 0.0
    n, place = int(value), 1
    while n % 10 == 0:
        n //= 10
        place *= 10
    return place / 2 if place >= 100 else 0.0


def bounds(q: Quantity) -> tuple[float, float]:
    """The numbers a count can stand for, read with its qualifier and rounding."""
    low = -math.inf if q.low is None else float(q.low)
    high = math.inf if q.high is None else float(q.high)
    if q.qualifier in ("at_least", "more_than"):
        high = math.inf
    elif q.qualifier in ("at_most", "less_than"):
        low = -math.inf
    if q.qualifier == "approx" and low == high:
        spread = max(abs(low) * _compare()["approx_share"], _rounding(abs(low)))
        return low - spread, high + spread
    if q.qualifier == "exact" and low == high:
        spread = _rounding(abs(low))
        return low - spread, high + spread
    return low, high


def fits(a: Quantity, b: Quantity) -> bool:
    """True when some number lies within what both counts can stand for."""
    la, ha = bounds(a)
    lb, hb = bounds(b)
    return max(la, lb) <= min(ha, hb)


def middle(q: Quantity) -> float:
    """One number for a count, to order reports by ("at least 12" -> 12)."""
    for x in (q.value, q.low, q.high):
        if x is not None:
            return float(x)
    return 0.0
