"""A wire story's opening: "LIMA, Peru, June 2 (Wire) - ", where it was filed and by whom.

One pattern (``models/dates/dateline.json``, "opening") for every stage that must know
where a story's dateline is: entities read its place as a place and its outlet as an
organisation, and headlines and timeline labels leave it out. (The dateline's *date*,
read before extraction for the reference date, is ``briefx.inputs.dateline``.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from briefx.resources import load_json

# Dashes that end a wire story's dateline ("PARIS (Wire) \u2014"); a spaced hyphen ends
# one after a bracket or a word in capitals ("OSLO -", "(Wire) -").
DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


@dataclass(frozen=True)
class Opening:
    """A dateline at the start of a line: character spans in the text it was read from."""

    place: tuple[int, int]
    region: tuple[int, int] | None
    outlet: tuple[int, int] | None
    end: int  # after the dash and the space that follows it
    shouted: bool  # the place is written in capitals ("SAN FRANCISCO", not "Denver")


@cache
def _pattern() -> re.Pattern[str]:
    # Anchored by ``match`` at the position given: the pattern has no "^" of its own.
    return re.compile(load_json("dates/dateline.json")["opening"])


def _span(found: re.Match[str], group: str) -> tuple[int, int] | None:
    return None if found.group(group) is None else found.span(group)


def opening(text: str, start: int = 0) -> Opening | None:
    """The dateline that opens ``text`` at ``start`` (a line's or a sentence's start).

    Args:
        text: the text.
        start: where the line starts (the match must begin there).
    Returns:
        Its place, region, outlet and end, or None when the line opens with no dateline.
    """
    found = _pattern().match(text, start)
    if found is None:
        return None
    place = found.span("place")
    return Opening(
        place=place,
        region=_span(found, "region"),
        outlet=_span(found, "outlet"),
        end=found.end(),
        shouted=text[place[0] : place[1]].isupper(),
    )


# Where a line's first word starts: a dateline opens there.
_LINE_START = re.compile(r"(?m)^[^\S\n]*(?=[A-Z])")


def line_openings(text: str) -> Iterator[tuple[int, Opening]]:
    """The dateline of each line of ``text`` that opens with one, with where the line's
    first word starts ("LIMA, Peru (Wire) - ..." at any line)."""
    for line in _LINE_START.finditer(text):
        found = opening(text, line.end())
        if found is not None:
            yield line.end(), found
