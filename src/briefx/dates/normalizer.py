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

from briefx.dates.calendar import (
    Point,
    Timex,
    bounds,
    day_range,
    out_of_range_is_none,
    parse_value,
)
from briefx.dates.context import Ctx, Rule, make_date, phrases, tables
from briefx.dates.lexicon import lexicon, parse_number, rule_data
from briefx.dates.rules_clock import rule_clock
from briefx.dates.rules_holiday import rule_holiday
from briefx.dates.rules_named import (
    rule_absolute,
    rule_compare,
    rule_day_range,
    rule_month,
    rule_month_day,
    rule_named_from_a_date,
    rule_numeric,
    rule_part_of_year,
    rule_quarter,
    rule_season,
    rule_written_day,
)
from briefx.dates.rules_offset import rule_in_offset, rule_offset_from
from briefx.dates.rules_range import rule_range
from briefx.dates.rules_relative import (
    rule_anaphoric_part,
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

# Longest cleaned phrase read (characters): a date expression is a few words; a longer
# "phrase" is a sentence the finder handed over whole, and regexes need not scan it.
MAX_PHRASE_CHARS = 80


def _clean(text: str) -> str:
    """Lower-case, unify quotes and dashes, and apply the rewrites of ``normalize.json``:
    "Mid-afternoon yesterday's" -> "mid yesterday afternoon"."""
    s = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-")
    s = re.sub(r"\s+", " ", s).strip(' ,;:()"')
    s = re.sub(r"(?<=[a-z])-|-(?=[a-z])", " ", s)
    for pattern, replacement in _rewrites():  # "midmorning", "'s", "by year-end"...
        s = pattern.sub(replacement, s).strip()
    last_part_of, parts = _last_part_of()
    s = last_part_of.sub(lambda m: parts[m[1]] + " of", s)
    part_then_day, order = _part_then_day()
    s = part_then_day.sub(order, s)
    if "nineteen " in s or "two thousand " in s:
        s = _word_year_re().sub(_word_year, s)
    return s


@cache
def _rewrites() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(r["regex"]), r["replace"]) for r in rule_data()["rewrites"])


@cache
def _last_part_of() -> tuple[re.Pattern[str], dict[str, str]]:
    """ "the last half of 1989" is its second half ("the last quarter" alone is the one
    before)."""
    data = rule_data()["last_part_of"]
    return re.compile(data["regex"]), data["parts"]


@cache
def _part_then_day() -> tuple[re.Pattern[str], str]:
    """ "mid-afternoon yesterday" reads as "mid yesterday afternoon"."""
    data = rule_data()["part_then_day"]
    return re.compile(data["regex"]), data["replace"]


@cache
def _word_year_re() -> re.Pattern[str]:
    data = rule_data()["word_year"]
    regex = data["regex"].replace("{TENS}", data["tens"]).replace("{TEENS}", data["teens"])
    return re.compile(regex)


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
    lex, ph = lexicon(), phrases()
    mod = None
    if ph["the_before_mod"].match(s):
        s = s[4:]
    m = _mod_re().match(s)
    if m and s[m.end() :]:
        mod = lex.mods[m.group(0).strip()]
        s = s[m.end() :]
    if " or so " in s:
        s, mod = s.replace(" or so ", " "), mod or "APPROX"
    tail = ph["tail_mod"].search(s)
    if tail:
        s = s[: tail.start()]
        mods = tables()["tail_mods"]
        mod = mod or mods.get(tail.group(0).split()[-1], tables()["tail_mod_default"])
    return s, mod


def rule_period_length(s: str, ctx: Ctx) -> Timex | None:
    """ "the year ended March 31": the accounting year as a length of time.

    The finder appends the verb: "the fiscal year ended" -> DURATION ``P1Y``.
    """
    if not phrases()["period_length"].match(s):
        return None
    return Timex("DURATION", "P1Y", ctx.mod, None, "absolute")


def rule_ref(s: str, ctx: Ctx) -> Timex | None:
    """A reference word of the lexicon: "nowadays" -> ``PRESENT_REF``, "the past" ->
    ``PAST_REF``."""
    value = lexicon().refs.get(s)
    return Timex("DATE", value, ctx.mod, None, "reference_date") if value else None


def rule_week_of(s: str, ctx: Ctx) -> Timex | None:
    """ "the week of March 6": the (ISO) week that holds the day (``2026-W10``)."""
    m = phrases()["week_of"].match(s)
    if not m:
        return None
    for rule in (rule_month_day, rule_absolute):
        day = rule(m[1], ctx)
        if day is not None and day.type == "DATE" and len(day.value) == 10:
            point = Point(dt.date.fromisoformat(day.value), "week")
            return make_date(point, ctx, anchor=day.anchor)
    return None


def rule_week_of_month(s: str, ctx: Ctx) -> Timex | None:
    """ "the first week of October", "the last week of May 2024": the (ISO) week that
    holds the month's 4th day, 11th, 18th, 25th or 4th from its end (the week whose most
    days lie in the month; ``week_of_month_days``), not "the last week" before the
    publication date. "The first weekend of August" is the week of its first Saturday."""
    m = phrases()["week_of_month"].match(s)
    if not m:
        return None
    which, unit, of = m.groups()
    for rule in (rule_month, rule_absolute, rule_rel_unit):  # "May", "May 2024", "next month"
        month = rule(of, ctx)
        point = parse_value(month.value) if month is not None else None
        if month is not None and point is not None and point.gran == "month":
            break
    else:
        return None
    day = tables()["week_of_month_days"][which]
    first, last = bounds(point)
    if unit == "weekend":  # the month's n-th (or last) Saturday
        saturday = first + dt.timedelta(days=(_SATURDAY - first.weekday()) % 7)
        # The table's days 4, 11, 18, 25 are the first to fourth: weeks after the first.
        held = saturday + dt.timedelta(weeks=(day - 4) // 7) if day > 0 else saturday
        while day < 0 and held + dt.timedelta(weeks=1) <= last:
            held += dt.timedelta(weeks=1)
    elif day > 0:
        held = first + dt.timedelta(days=day - 1)
    else:
        held = last + dt.timedelta(days=day + 1)
    return make_date(Point(held, "week"), ctx, anchor=month.anchor)


# ``date.weekday()`` of a Saturday.
_SATURDAY = 5


RULES: tuple[Rule, ...] = (
    rule_period_length,
    rule_week_of,
    rule_week_of_month,
    rule_absolute,
    rule_month_day,
    rule_written_day,
    rule_numeric,
    rule_part_of_year,
    rule_day_range,
    rule_deictic,
    rule_set,
    rule_weekday,
    rule_named_from_a_date,
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
    rule_offset_from,
    rule_range,
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
    if not s or len(s) > MAX_PHRASE_CHARS:
        return None
    ctx = Ctx(reference, parse_value(previous) if previous else None, tense, None, read_phrase)
    ref = rule_ref(s, ctx)
    if ref:
        return ref
    found = rule_in_offset(s, ctx)  # before "in" is dropped: "in 7 days" is a day
    if found is not None:
        return found
    s = phrases()["leading_prep"].sub("", s)
    body, mod = _peel_mod(s)
    body = phrases()["prep_after_mod"].sub("", body) if mod else body
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


def read_phrase(text: str, ctx: Ctx) -> Timex | None:
    """Normalise a part of a phrase with the phrase's reference and tense ("july" of "may
    to july"); what rules reading parts get as ``Ctx.read``."""
    return normalize(text, reference=ctx.reference, tense=ctx.tense)


def _fallback(s: str, ctx: Ctx) -> Timex | None:
    """dateparser for absolute dates the rules above do not read (needs a 4-digit year)."""
    if not re.search(r"\b\d{4}\b", s) or not re.search(lexicon().month_re, s):
        return None
    # "the Aug. 7, 1998 [meeting]": the rules read it without the determiner, and the
    # dateparser costs a second to warm up in each process.
    bare = phrases()["article"].sub("", s)
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
    return make_date(Point(day, gran), ctx, anchor="absolute")
