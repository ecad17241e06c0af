"""Run a regex only near the words every match of it holds: the same matches, less text.

The date rules (``models/dates/patterns.json``) each name substrings one of which every
match contains (``requires``: "ago", "later"; the month names). A rule whose matches
are at most ``reach`` characters long can only start within ``reach`` characters before
such a word, so ``find_near`` searches those windows and skips the rest of the text.
Python's regex engine tries a pattern at every position, and for a rule that opens with
``\\b`` or a look-behind it cannot skip ahead: scanning 50 rules over every character
was the largest part of briefx's own time on long texts.

``find_near`` gives exactly the non-empty matches of ``pattern.finditer(text)``, in
order, when every match holds one of the words. It keeps ``finditer``'s order of search
(each search starts where the last match ended), looks before a window through the
whole text (look-behinds see what is there), and reads past a window only as far as a
match and its look-aheads can (``Reach``). A pattern whose reach has no bound (``\\d+``,
back references) gets ``None`` from ``reach`` and is scanned whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

# Longer matches or look-aheads than this count as unbounded (the pattern is scanned whole).
MAX_REACH = 1000
# Characters read past a window besides the match and its look-aheads: a \b or $ after
# the match looks at the next character.
_EDGE = 2


@dataclass(frozen=True, slots=True)
class Reach:
    """How far a pattern reads from where a match starts.

    Attributes:
        match: the longest match, in characters.
        ahead: the longest look-ahead, plus the character a ``\\b`` or ``$`` looks at.
    """

    match: int
    ahead: int


def reach(pattern: re.Pattern[str]) -> Reach | None:
    """The pattern's ``Reach``, or None when a match or a look-ahead has no bound (or can
    be empty, or refers back to a group): such a pattern must be scanned whole."""
    tree = _parser.parse(pattern.pattern, pattern.flags)
    low, high = tree.getwidth()
    ahead = _widest_look_ahead(tree)
    if low == 0 or high > MAX_REACH or ahead is None or ahead > MAX_REACH:
        return None
    return Reach(match=high, ahead=ahead + _EDGE)


def _widest_look_ahead(tree: Any) -> int | None:
    """The longest look-ahead in a parsed pattern (0 without one); None when unsafe."""
    widest = 0
    for op, av in tree:
        if op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
            return None
        children: list[Any] = []
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            direction, sub = av
            if direction > 0:  # a look-ahead: how far past its position it reads
                width = sub.getwidth()[1]
                if width > MAX_REACH:
                    return None
                widest = max(widest, width)
            children = [sub]
        elif op == sre.SUBPATTERN:
            children = [av[-1]]
        elif op == sre.BRANCH:
            children = list(av[1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            children = [av[2]]
        elif op == sre.ATOMIC_GROUP:
            children = [av]
        for child in children:
            inner = _widest_look_ahead(child)
            if inner is None:
                return None
            widest = max(widest, inner)
    return widest


def windows(text: str, words: tuple[str, ...], span: Reach) -> list[tuple[int, int]]:
    """Where a match holding one of ``words`` can start: merged ``[start, end)`` ranges.

    A match of at most ``span.match`` characters that holds ``word`` at ``i`` starts
    between ``i + len(word) - span.match`` and ``i``.
    """
    ranges: list[tuple[int, int]] = []
    for word in words:
        i = text.find(word)
        while i >= 0:
            ranges.append((max(0, i + len(word) - span.match), i + 1))
            i = text.find(word, i + 1)
    ranges.sort()
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def find_near(
    pattern: re.Pattern[str], text: str, words: tuple[str, ...], span: Reach
) -> list[tuple[int, int]]:
    """The spans of ``pattern.finditer(text)`` when every match holds one of ``words``.

    Args:
        pattern: the compiled rule.
        text: the text to search.
        words: substrings one of which every match contains (the rule's ``requires``).
        span: ``reach(pattern)``.
    Returns:
        The match spans in text order.
    """
    found: list[tuple[int, int]] = []
    position = 0
    for start, end in windows(text, words, span):
        position = max(position, start)
        # Every read of a match starting before ``end`` stays before ``stop``.
        stop = min(len(text), end + span.match + span.ahead)
        while position < end:
            m = pattern.search(text, position, stop)
            if m is None or m.start() >= end:
                break
            found.append(m.span())
            position = m.end()
    return found
