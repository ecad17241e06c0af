"""What the date rules share: their context, value builders and compiled patterns.

Each rule (``briefx.dates.rules_named``, ``briefx.dates.rules_relative``) is a function
``(text, ctx) -> Timex | None`` over cleaned lower-case text; the regexes below are built
once from the word lists in ``models/dates/lexicon.json``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from briefx.dates.calendar import Anchor, Point, Timex, day_range, fmt, safe_date
from briefx.dates.lexicon import lexicon

GRAN_ORDER = {
    g: i
    for i, g in enumerate(
        ("day", "week", "month", "quarter", "season", "half", "year", "decade", "century")
    )
}


@dataclass(frozen=True)
class Ctx:
    """What a rule may use besides the text."""

    reference: dt.date
    previous: Point | None
    tense: str | None
    mod: str | None


Rule = Callable[[str, Ctx], "Timex | None"]


def make_date(point: Point, ctx: Ctx, anchor: Anchor, kind: str = "DATE") -> Timex:
    """A DATE (or TIME) value for a point, with the range narrowed by the mod."""
    return Timex(kind, fmt(point), ctx.mod, day_range(point, ctx.mod), anchor)


def make_time(day: dt.date, part: str, ctx: Ctx, anchor: Anchor) -> Timex:
    """A TIME value: a day plus a part of day ("TMO") or a clock time ("T12:00")."""
    suffix = part if part.startswith("T") else "T" + part
    r = (day.isoformat(), day.isoformat())
    return Timex("TIME", day.isoformat() + suffix, ctx.mod, r, anchor)


def pick_year(month: int, day: int | None, ctx: Ctx) -> int:
    """The year for a month (and day) written without one, guided by tense."""
    ref = ctx.reference
    cand = safe_date(ref.year, month, day or 15)
    if day is None:
        if ctx.tense == "past":
            return ref.year - 1 if month - ref.month > 2 else ref.year
        if ctx.tense == "future":
            return ref.year + 1 if ref.month - month > 2 else ref.year
        # No tense: news mostly reports what has happened, so a month more than four
        # months ahead is read as the one before.
        ahead = (month - ref.month) % 12
        if ahead == 0:
            return ref.year
        if ahead <= 4:
            return ref.year if month > ref.month else ref.year + 1
        return ref.year if month < ref.month else ref.year - 1
    # Tense only overrides the nearest reading when the date is well on the wrong side:
    # a reported-speech verb ("said ... on Nov. 19") often governs a future date.
    delta = (cand - ref).days
    if ctx.tense == "past":
        return ref.year - 1 if delta > 90 else ref.year
    if ctx.tense == "future":
        return ref.year + 1 if delta < -90 else ref.year
    if delta > 182:
        return ref.year - 1
    if delta < -182:
        return ref.year + 1
    return ref.year


def year2(text: str) -> int:
    """A year from "1998" or "'98"."""
    y = int(text.lstrip("'"))
    if len(text.lstrip("'")) <= 2:
        y += 1900 if y > 30 else 2000
    return y


@cache
def patterns() -> dict[str, re.Pattern[str]]:
    """The rules' regexes, compiled once (placeholders filled from the lexicon)."""
    lex = lexicon()
    mon, wd, num = lex.month_re, lex.weekday_re, lex.number_re
    part, unit, ordn = lex.day_part_re, lex.unit_re, lex.ordinal_re
    day = r"(\d{1,2})(?:st|nd|rd|th)?"
    year = r"(\d{4}|'\d\d)"
    rel = r"(this past|this coming|last|this|next|past|coming|the following|the previous)"
    return {
        "iso": re.compile(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:t[\d:]+)?$"),
        "numeric": re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$"),
        "wd_prefix": re.compile(rf"^(?:{wd})\.?,? (.+)$"),
        "mdy": re.compile(rf"^({mon})\.? {day},? {year}$"),
        "dmy": re.compile(rf"^(?:the )?{day} (?:of )?({mon})\.?,? {year}$"),
        "my": re.compile(rf"^({mon})\.?,? (?:of )?{year}$"),
        "md": re.compile(rf"^({mon})\.? {day}$"),
        "day_range": re.compile(
            rf"^(?:({mon})\.? {day} ?- ?{day}|{day} ?- ?{day} (?:of )?({mon})\.?)(?:,? {year})?$"
        ),
        "day_only": re.compile(r"^the (\d{1,2})(?:st|nd|rd|th)$"),
        "dm": re.compile(rf"^(?:the )?{day} (?:of )?({mon})\.?$"),
        "month": re.compile(rf"^(?:{rel} )?({mon})\.?(?: (?:of )?(this|last|next) year)?$"),
        "year": re.compile(
            r"^(?:(?:the )?(?:fiscal|calendar|financial|model|year|fy) ?)?"
            r"(?:year )?(\d{4})(?: (?:fiscal )?year)?$"
        ),
        "decade": re.compile(r"^(?:the )?(\d{3}0|'\d0)'?s$"),
        "decade_words": re.compile(
            r"^(?:the )?(nineteen |twenty )?(twenties|thirties|forties|fifties|sixties|"
            r"seventies|eighties|nineties)$"
        ),
        "century": re.compile(rf"^(?:the )?(\d{{1,2}}(?:st|nd|rd|th)?|{ordn}) century$"),
        "quarter": re.compile(
            rf"^(?:(this|last|next) year'?s? )?(?:(?:the|its|a|this|that) )?"
            rf"(?:(?:fiscal|calendar) )?(?:(\d{{4}}) )?({ordn}|q[1-4]) (?:fiscal )?"
            rf"(quarter|half)(?: (?:of )?(?:fiscal )?(?:(\d{{4}})|(this|last|next) year))?"
            rf"(?: of (?:the|this) (?:fiscal )?year)?$"
        ),
        "compare": re.compile(
            rf"^(?:the |its |a )?(?:comparable |corresponding |same |flat )?"
            rf"(?:(year ago|year earlier|prior year|previous year|last year'?s?|(\d{{4}})) )"
            rf"(?:({ordn}) (?:fiscal )?)?(quarter|period)$"
            rf"|^(?:the )?(?:comparable |corresponding |same )?(quarter|period) "
            rf"(?:a year (?:ago|earlier)|last year|of last year|the year before)$"
        ),
        "qshort": re.compile(r"^(?:(\d{4}) )?([qh])([1-4])(?: (\d{4}))?$"),
        "season": re.compile(
            rf"^(?:{rel} |the )?({lex.season_re})(?: (?:of )?(?:{year}|(this|last|next) year))?$"
        ),
        "deictic": re.compile(rf"^(today|tonight|yesterday|tomorrow|this|last)(?: ({part}))?$"),
        "weekday": re.compile(rf"^(?:{rel} )?({wd})\.?(?: ({part}))?(?:,? ({mon})\.? {day})?$"),
        "part_weekday": re.compile(rf"^({part}) (?:on )?({wd})$"),
        "rel_unit": re.compile(
            r"^(this past|this coming|last|this|next|the past|the previous|the coming|"
            r"the current fiscal|the current|the fiscal|the financial|"
            r"the next|the following|the same|that|the latest|"
            r"the full|the whole|the entire|the prior|"
            r"the preceding|the last|the most recent|past|previous|coming|current|"
            r"the|same|earlier this|later this|early this|late this)"
            r" (day|week|weekend|month|quarter|year|decade|century|period)$"
        ),
        "rel_part": re.compile(
            rf"^(the next|the following|that|the same|the previous|the preceding) ({part})$"
        ),
        "unit_after": re.compile(r"^the (day|week|month|year) (before|after|earlier|later|prior)$"),
        "shifted": re.compile(
            rf"^({num}|{unit}) ?({unit})? (ago|earlier|later|from now|hence|"
            rf"back|before that|after that|previously)$"
        ),
        "duration": re.compile(
            rf"^(?:(?:the|a|an|his|her|its|their|that|this) )?(?:(past|last|next|first|"
            rf"coming|previous|final|latest|initial|recent|remaining|following|preceding|"
            rf"other|entire|full|whole|same|subsequent|ensuing|additional|further|another)"
            rf" )?(?:({num}) (?:(?:more|additional|further|straight|consecutive) )?)?"
            rf"({unit})(?: and a half)?(?: (long|period|span|stretch|"
            rf"time|term|history|run|low|high))?$"
        ),
        "duration_range": re.compile(
            rf"^(?:the (?:past|last|next|first|coming) )?(?:between ({num}) and |({num})"
            rf"(?: to | or |-))({num}) ({unit})$"
        ),
        "set_every": re.compile(rf"^(?:every|each|per) (other )?(?:({num}) )?({unit})$"),
        "set_times": re.compile(
            rf"^(?:once|twice|thrice|{num} times) (?:a|an|per|every|each) ({unit})$"
        ),
        "set_season": re.compile(rf"^(?:every|each) ({lex.season_re}|{mon})$"),
        "set_weekday": re.compile(rf"^(?:every |each |on )?({wd})s?(?: ({part}))?$"),
        "clock": re.compile(
            r"^(?:(.+?),? )?(?:at )?(\d{1,2})(?:[:.](\d{2}))? ?(a\.?m\.?|p\.?m\.?|o'clock|"
            r"(?<=\d\d)(?= (?:gmt|utc|[a-z]{2}t|local time)))"
            r"(?: (?:gmt|utc|[a-z]{2,3}t|local time))?(?:,? (.+))?$"
        ),
        "clock_words": re.compile(
            r"^(?:(.+?),? )?(?:at )?(\d{1,2})(?: o'clock)? (in the morning|in the afternoon|"
            r"in the evening|at night)(?:,? (.+))?$"
        ),
        "noon": re.compile(r"^(?:(.+?) )?(noon|midnight|midday)(?: (.+))?$"),
        "words_year": re.compile(
            r"^(?:the year )?(nineteen|two thousand)(?: and)?((?: [a-z]+){0,2})$"
        ),
    }
