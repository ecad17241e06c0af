"""Pure normalisation of one date/time expression into a TIMEX3 value.

``normalize`` cleans the text, peels off a modifier ("early", "almost", "the end of"),
then tries small rules in turn, most specific first. Each rule is a function
``(text, ctx) -> Timex | None`` over the cleaned lower-case text (see
``briefx.dates.rules_named`` and ``briefx.dates.rules_relative``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache

from briefx.dates.calendar import Point, Timex, day_range, out_of_range_is_none, parse_value
from briefx.dates.context import Ctx, Rule, make_date
from briefx.dates.lexicon import lexicon, parse_number
from briefx.dates.rules_named import (
    rule_absolute,
    rule_compare,
    rule_day_range,
    rule_holiday,
    rule_month,
    rule_month_day,
    rule_quarter,
    rule_season,
)
from briefx.dates.rules_relative import (
    rule_anaphoric_part,
    rule_clock,
    rule_deictic,
    rule_duration,
    rule_duration_range,
    rule_part_with_mod,
    rule_rel_unit,
    rule_set,
    rule_shifted,
    rule_vague_lengths,
    rule_weekday,
)


def _clean(text: str) -> str:
    s = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-")
    s = re.sub(r"\s+", " ", s).strip(' ,;:()"')
    s = re.sub(r"(?<=[a-z])-|-(?=[a-z])", " ", s)
    s = re.sub(r"^mid(morning|afternoon|evening)$", r"mid \1", s)
    s = re.sub(r"'s$", "", s).strip()
    s = re.sub(r"^(this|last|next) (year|month|week)s$", r"\1 \2", s)  # "last years [profit]"
    s = _YEAR_END.sub(r"the end of the \1year", s)
    s = _LAST_PART_OF.sub(lambda m: _LAST_PART[m[1]] + " of", s)
    s = _PART_THEN_DAY.sub(r"\1\3 \2", s)
    if "nineteen " in s or "two thousand " in s:
        s = _WORD_YEAR.sub(_word_year, s)
    return s


# "by year-end", "around year's end": the end of the year (an "around" is not kept: the
# value carries one mod, and END says more).
_YEAR_END = re.compile(
    r"^(?:around |about |at |by )?(?:the )?((?:fiscal |calendar )?)year(?:'s)? end$"
)
# "the last half of 1989" is its second half ("the last quarter" alone is the one before).
_LAST_PART_OF = re.compile(r"\b(?:last|latter|final) (half|quarter) of\b")
_LAST_PART = {"half": "second half", "quarter": "fourth quarter"}
# "mid-afternoon yesterday" reads as "mid yesterday afternoon".
_PART_THEN_DAY = re.compile(
    r"^((?:early |late |mid )?)(morning|afternoon|evening|night) (yesterday|today|tomorrow)$"
)
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?: [a-z]+)?"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_WORD_YEAR = re.compile(
    rf"\b(nineteen|two thousand)(?: and)? ({_TENS}|{_TEENS}|hundred|one|two|three|four|five|"
    rf"six|seven|eight|nine)\b"
)


def _word_year(m: re.Match[str]) -> str:
    """ "nineteen ninety seven" -> "1997" (broadcast transcripts spell years out)."""
    rest = 0.0 if m.group(2) == "hundred" else parse_number(m.group(2))
    if rest is None or rest >= 100 or (m.group(1) == "nineteen" and rest < 10 and rest != 0):
        return m.group(0)
    return str((1900 if m.group(1) == "nineteen" else 2000) + int(rest))


@cache
def _mod_re() -> re.Pattern[str]:
    return re.compile(r"^(?:" + lexicon().mod_re + r")(?: |$)")


def _peel_mod(s: str) -> tuple[str, str | None]:
    """Split a leading modifier off ("early october" -> "october", START)."""
    lex = lexicon()
    mod = None
    if re.match(r"^the (?:early|late|mid|middle) ", s):
        s = s[4:]
    m = _mod_re().match(s)
    if m and s[m.end() :]:
        mod = lex.mods[m.group(0).strip()]
        s = s[m.end() :]
    if " or so " in s:
        s, mod = s.replace(" or so ", " "), mod or "APPROX"
    tail = re.search(r" or (?:so|more|later|earlier|longer|less)$", s)
    if tail:
        s = s[: tail.start()]
        mod = mod or {"later": "ON_OR_AFTER", "earlier": "ON_OR_BEFORE"}.get(
            tail.group(0).split()[-1], "APPROX"
        )
    return s, mod


_PERIOD_LENGTH = re.compile(r"^(?:the |its |a )?(?:fiscal |financial )?year end(?:ed|ing|s)$")


def rule_period_length(s: str, ctx: Ctx) -> Timex | None:
    """ "the year ended March 31": the accounting year as a length of time."""
    return Timex("DURATION", "P1Y", ctx.mod, None, "absolute") if _PERIOD_LENGTH.match(s) else None


def rule_ref(s: str, ctx: Ctx) -> Timex | None:
    value = lexicon().refs.get(s)
    return Timex("DATE", value, ctx.mod, None, "reference_date") if value else None


_WEEK_OF = re.compile(r"^(?:the )?week (?:of|beginning|starting|ending) (.+)$")


def rule_week_of(s: str, ctx: Ctx) -> Timex | None:
    """ "the week of March 6": the (ISO) week that holds the day."""
    m = _WEEK_OF.match(s)
    if not m:
        return None
    for rule in (rule_month_day, rule_absolute):
        day = rule(m[1], ctx)
        if day is not None and day.type == "DATE" and len(day.value) == 10:
            point = Point(dt.date.fromisoformat(day.value), "week")
            return make_date(point, ctx, day.anchor)
    return None


_LEADING_PREP = re.compile(
    r"^(?:on|in|at(?! least| most)|during|since|until|till|by|from|for|of|through) "
)

RULES: tuple[Rule, ...] = (
    rule_period_length,
    rule_week_of,
    rule_absolute,
    rule_month_day,
    rule_day_range,
    rule_deictic,
    rule_set,
    rule_weekday,
    rule_month,
    rule_quarter,
    rule_compare,
    rule_season,
    rule_anaphoric_part,
    rule_part_with_mod,
    rule_rel_unit,
    rule_shifted,
    rule_duration_range,
    rule_vague_lengths,
    rule_duration,
    rule_clock,
    rule_holiday,
)


@out_of_range_is_none
def normalize(
    text: str,
    *,
    reference: dt.date,
    previous: str | None = None,
    tense: str | None = None,
) -> Timex | None:
    """Normalise one date/time expression into a TIMEX3 value.

    Args:
        text: the expression as written ("Nov. 19", "almost four months ago").
        reference: the publication date that deictic expressions resolve against.
        previous: TIMEX3 value of the date mentioned just before, for anaphoric
            expressions ("a day earlier", "the next day"); None if there is none.
        tense: "past", "present" or "future" (the governing verb), or None.

    Returns:
        The TIMEX3 reading, or None when the text is not understood.
    """
    s = _clean(text)
    if not s or len(s) > 80:
        return None
    ctx = Ctx(reference, parse_value(previous) if previous else None, tense, None)
    ref = rule_ref(s, ctx)
    if ref:
        return ref
    s = _LEADING_PREP.sub("", s)
    body, mod = _peel_mod(s)
    body = re.sub(r"^(?:in|on|at|during|of) ", "", body) if mod else body
    ctx = replace(ctx, mod=mod)
    for rule in RULES:
        found = rule(body, ctx)
        if found is not None:
            point = parse_value(found.value) if s.startswith("earlier ") else None
            if point is not None and found.range is not None:
                # "earlier this year" has happened: from the start of the period that holds
                # the reference date up to that date (not the period's first third).
                first, last = day_range(point)
                if first <= ctx.reference.isoformat() <= last:
                    found = replace(found, range=(first, ctx.reference.isoformat()))
            return found
    if body != s:
        found = rule_ref(body, ctx)
        if found:
            return found
    return _fallback(body, ctx)


def _fallback(s: str, ctx: Ctx) -> Timex | None:
    """dateparser for absolute dates the rules above do not read (needs a 4-digit year)."""
    if not re.search(r"\b\d{4}\b", s) or not re.search(lexicon().month_re, s):
        return None
    # "the Aug. 7, 1998 [meeting]": the rules read it without the determiner, and the
    # dateparser costs a second to warm up in each process.
    bare = re.sub(r"^(?:the|an?) ", "", s)
    if bare != s:
        found_rule = rule_absolute(bare, ctx)
        if found_rule is not None:
            return found_rule
    from briefx.dates.fallback import parse_absolute

    found = parse_absolute(s)
    if found is None:
        return None
    day, period = found
    gran = {"day": "day", "month": "month", "year": "year"}.get(period)
    if gran is None:
        return None
    return make_date(Point(day, gran), ctx, "absolute")
