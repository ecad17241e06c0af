"""Limits that keep hostile input from ending a run or from taking quadratic time.

Pure helpers for the extraction steps: what is too large to be a count, and a test of
span overlap that costs log time instead of a scan over every span.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from decimal import Decimal
from itertools import accumulate

__all__ = ["MAX_NUMBER_DIGITS", "beyond_counting", "overlap_test"]

# No count in news has 100 digits (a googol has 101): a longer "number" is digit noise,
# and Python refuses to print an int of more than 4,300 digits (the JSON dump would fail).
MAX_NUMBER_DIGITS = 100


def beyond_counting(value: Decimal | float | None) -> bool:
    """Whether a number is too large (or not finite) to be a count: ``1e400`` is, ``1.2e12`` not.

    Args:
        value: a parsed number (Decimal, int or float), or None.

    Returns:
        True when it has more than ``MAX_NUMBER_DIGITS`` digits before the point, or is
        infinite or NaN.
    """
    if value is None:
        return False
    number = Decimal(value)  # exact for an int of any length (no str() on the way)
    return not number.is_finite() or number.adjusted() >= MAX_NUMBER_DIGITS


def overlap_test(spans: Iterable[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Build a test of whether a span overlaps any of ``spans``, in log time per test.

    ``overlap_test([(0, 5)])(4, 9)`` is True, ``(5, 9)`` False. Each number of a text
    is tested against every date of it: a loop over the dates made that quadratic.

    Args:
        spans: ``(start, end)`` character spans, in any order, overlapping or not.

    Returns:
        A function of ``(start, end)`` that is True when some span shares a character.
    """
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    # furthest[k]: the largest end among the first k + 1 spans (by start).
    furthest = list(accumulate((e for _, e in ordered), max))

    def overlaps(start: int, end: int) -> bool:
        k = bisect_left(starts, end)  # spans[:k] start before ``end``
        return k > 0 and furthest[k - 1] > start

    return overlaps
