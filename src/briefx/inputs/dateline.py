"""The date of a wire story's dateline ("MADRID, June 2 (AP) -"), read before extraction.

A text with no publication date (no ``--published``, no metadata) is best read against
the day its dateline names, not against today: "on Sunday" in a story filed on June 2
is the Sunday before June 2. The pattern is data (``models/dates/dateline.json``); the
day without a year is placed by ``briefx.reference.dateline_reference``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefx.resources import load_json


@dataclass(frozen=True)
class Dateline:
    """The date a dateline names: month and day, and the year when it is written."""

    text: str
    month: int
    day: int
    year: int | None


@cache
def _rules() -> tuple[re.Pattern[str], int, dict[str, int]]:
    data = load_json("dates/dateline.json")
    months: dict[str, int] = load_json("dates/lexicon.json")["months"]
    # Capitalised as a dateline writes it: "June", "JUNE", "Nov".
    names = sorted({f for m in months for f in (m.capitalize(), m.upper())}, key=len, reverse=True)
    pattern = data["pattern"].replace("{MONTH}", "(?:" + "|".join(map(re.escape, names)) + ")")
    return re.compile(pattern), int(data["max_lines"]), months


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the start of one of the text's first lines, or None.

    Args:
        text: the article's text.
    Returns:
        The dateline's month, day and year (None when not written), or None when the
        first lines hold no dateline or its day cannot be in its month.
    """
    pattern, max_lines, months = _rules()
    lines = [line.strip() for line in text[:2000].splitlines() if line.strip()][:max_lines]
    for line in lines:
        found = pattern.match(line)
        if found is None:
            continue
        month = months[found["month"].lower()]
        day = int(found["day"])
        year = int(found["year"]) if found["year"] else None
        if 1 <= day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31):
            return Dateline(found.group(0).rstrip(" -:\u2013\u2014"), month, day, year)
    return None
