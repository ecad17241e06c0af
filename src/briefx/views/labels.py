"""Readable labels for the views: TIMEX3 values in words, attribution in one phrase.

The HTML fact table and the terminal tables show these; the raw value stays one hover
away. The words come from ``models/glosses.json``, so a reader can extend them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import cache
from typing import TYPE_CHECKING, Any

from briefx.resources import load_json
from briefx.text.daywords import day_words
from briefx.text.timex import CENTURY, DAY, DECADE, HALF, MONTH, QUARTER, SEASON, WEEK, YEAR

if TYPE_CHECKING:
    from briefx.schema import Attribution, Brief, Conflict, ConflictValue, Document

_DURATION = re.compile(r"^P(T?)((?:(?:\d+(?:\.\d+)?|X)(?:WE|DE|CE|[YMWDQHS]))+)$")
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?|X)(WE|DE|CE|[YMWDQHS])")


@cache
def _glosses() -> dict[str, Any]:
    return load_json("glosses.json")


def _duration(time: str, parts: str, *, every: bool) -> str | None:
    g = _glosses()
    words = []
    for amount, unit in _DURATION_PART.findall(parts):
        key = "T" + unit if time and unit in "HMS" else unit
        if every and amount == "1" and key in g["set_units"]:
            words.append(g["set_units"][key])
            continue
        names = g["units"].get(key)
        if names is None:
            return None
        if amount == "X":
            words.append(f"{g['some']} {names[1]}")
        else:
            words.append(f"{amount} {names[0] if amount == '1' else names[1]}")
    return ", ".join(words)


def _point(value: str) -> str | None:
    g = _glosses()
    m = DAY.match(value)
    if m:
        try:
            day = day_words(dt.date(int(m[1]), int(m[2]), int(m[3])))
        except ValueError:
            return None
        if m[4] is None:
            return day
        part = g["parts_of_day"].get(m[4])
        return f"the {part} of {day}" if part else f"{day}, {m[4]}"
    m = MONTH.match(value)
    if m and 1 <= int(m[2]) <= 12:
        return f"{calendar.month_name[int(m[2])]} {m[1]}"
    m = WEEK.match(value)
    if m:
        if m[2] == "XX":
            return f"a week of {m[1]}"
        try:
            first = dt.date.fromisocalendar(int(m[1]), int(m[2]), 6 if m[3] else 1)
        except ValueError:
            return None
        return f"the {'weekend' if m[3] else 'week'} of {day_words(first)}"
    m = QUARTER.match(value)
    if m:
        return f"Q{m[2]} {m[1]}"
    m = HALF.match(value)
    if m:
        return f"{g['halves'][m[2]]} {m[1]}"
    m = SEASON.match(value)
    if m:
        return f"{g['seasons'][m[2]]} {m[1]}"
    if YEAR.match(value):
        return value
    if DECADE.match(value):
        return f"the {value}0s"
    if CENTURY.match(value):
        return f"the {value}00s"
    return None


def timex_gloss(value: str | None, *, type: str | None = None, mod: str | None = None) -> str:
    """A TIMEX3 value in words: ``PXD`` -> "some days", ``2025-W46`` -> "week 46 of 2025".

    Args:
        value: the TIMEX3 value (``PRESENT_REF``, ``P4M``, ``2025-Q3``, ``202``...).
        type: the TIMEX3 type; a ``SET`` reads as a frequency ("every week").
        mod: the TIMEX3 mod, put in front ("early 2025", "about 3 days").
    Returns:
        The gloss; the value itself when it has no gloss (``XXXX-XX-01``), "?" for None.
    """
    if value is None:
        return "?"
    g = _glosses()
    gloss = g["refs"].get(value)
    if gloss is None:
        m = _DURATION.match(value)
        gloss = _duration(m[1], m[2], every=type == "SET") if m else _point(value)
    if gloss is None:
        return value
    prefix = g["mods"].get(mod or "")
    return f"{prefix} {gloss}" if prefix else gloss


def _same_name(a: str, b: str) -> bool:
    def key(s: str) -> str:
        return re.sub(r"^the ", "", s.casefold().strip())

    return key(a) == key(b)


def attribution_label(attribution: Attribution, names: dict[str, str]) -> str:
    """Who said it, how, and through which outlet: "Peskov (tell, via AFP)".

    An outlet that is the speaker ("Reuters reported") is not named twice: "Reuters (report)".

    Args:
        attribution: a fact's attribution.
        names: entity id -> canonical name, for the speaker.
    Returns:
        One phrase.
    """
    a = attribution
    who = names.get(a.speaker or "") or a.speaker_text or "?"
    outlet = a.outlet
    if outlet and any(_same_name(outlet, s) for s in (who, a.speaker_text or "")):
        outlet = None
    return f"{who} ({a.cue or '?'}{', via ' + outlet if outlet else ''})"


def report_name(doc: Document) -> str:
    """A report as a reader names it: its outlet when metadata gives one, else its id."""
    return doc.outlet or doc.doc_id


def conflict_line(brief: Brief, conflict: Conflict) -> str:
    """A conflict as a reader says it, each value with where it was read.

    An update: "update: people killed rose from 12 (d0, sentence 0) to 14 (d1, sentence
    2)", in order of publication; a disagreement: "reports differ on job cut: about 600
    jobs (d0, sentence 1); around 800 positions (d1, sentence 0)"; a date: "reports
    differ on the date of visit: Nov. 24, 2025 (d0, sentence 0); Nov. 18, 2025 (d1,
    sentence 0)".
    """

    def where(value: ConflictValue) -> str:
        return f"{report_name(brief.documents[value.doc])}, sentence {value.sentence}"

    if conflict.relation == "update":
        ordered = sorted(
            conflict.values,
            key=lambda v: (
                brief.documents[v.doc].reference_date.value,
                brief.documents[v.doc].reference_date.time or "",
                v.doc,
                v.sentence,
            ),
        )
        steps = " to ".join(f"{_count(brief, v)} ({where(v)})" for v in ordered)
        return f"update: {conflict.about} rose from {steps}"
    dated = conflict.kind == "date"
    what = f"the date of {conflict.about}" if dated else conflict.about
    # A date as readers write it ("Nov. 24, 2025"), not its TIMEX3 value.
    sides = "; ".join(
        f"{timex_gloss(v.value) if dated else v.value} ({where(v)})" for v in conflict.values
    )
    return f"reports differ on {what}: {sides}"


def _count(brief: Brief, value: ConflictValue) -> str:
    """The number of a conflict's count as digits ("Fourteen people" -> "14")."""
    for q in brief.documents[value.doc].quantities:
        if q.sentence == value.sentence and q.text == value.text and q.value is not None:
            return f"{q.value:,}"
    return value.value
