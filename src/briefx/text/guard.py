"""Limits that keep hostile input from ending a run or from taking quadratic time.

Pure helpers for the extraction steps: what is too large to be a count, and a test of
span overlap that costs log time instead of a scan over every span.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable, Iterable
from decimal import Decimal
from itertools import accumulate

__all__ = ["MAX_NUMBER_DIGITS", "beyond_counting", "merge_spans", "overlap_test"]

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


def merge_spans(
    primary: list[tuple[int, int]], extra: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Keep the primary spans, each widened to a longer extra span that covers it.

    ``merge_spans([(0, 8)], [(0, 16), (20, 25)])`` is ``[(0, 16), (20, 25)]``: "Thursday"
    becomes "Thursday evening", and an extra span that overlaps nothing kept is added.
    Extra spans are tried longest first. The same result as testing each extra span
    against every span kept, in log time per span: the kept spans stay sorted, and only
    those that start within the longest kept span's length before it can overlap it.

    Args:
        primary: ``(start, end)`` spans that are kept (they may overlap each other).
        extra: candidate spans.

    Returns:
        The kept spans, sorted.
    """
    taken = sorted(set(primary))
    longest = max((e - s for s, e in taken), default=0)
    for s, e in sorted(set(extra), key=lambda x: (x[0] - x[1], x[0])):
        lo = bisect_left(taken, (s - longest, -1))
        hi = bisect_left(taken, (e, -1))
        hits = [(ks, ke) for ks, ke in taken[lo:hi] if s < ke and ks < e]
        if hits and not (all(s <= ks and ke <= e for ks, ke in hits) and (s, e) not in hits):
            continue
        for hit in hits:
            del taken[bisect_left(taken, hit)]
        insort(taken, (s, e))
        longest = max(longest, e - s)
    return taken
