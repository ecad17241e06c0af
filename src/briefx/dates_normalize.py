"""Pure normalisation of one date/time expression into a TIMEX3 value.

``normalize`` cleans the text, peels off a modifier ("early", "almost", "the end of"),
then tries small rules in turn, most specific first. Each rule is a function
``(text, ctx) -> Timex | None`` over the cleaned lower-case text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from briefx.dates_calendar import (
    UNIT_GRAN,
    Anchor,
    Point,
    Timex,
    add_months,
    day_range,
    fmt,
    parse_value,
    safe_date,
    shift,
)
from briefx.dates_words import lexicon, parse_number

GRAN_ORDER = {g: i for i, g in enumerate(
    ("day", "week", "month", "quarter", "season", "half", "year", "decade", "century"))}


@dataclass(frozen=True)
class Ctx:
    """What a rule may use besides the text."""

    reference: dt.date
    previous: Point | None
    tense: str | None
    mod: str | None


Rule = Callable[[str, Ctx], "Timex | None"]


def _date(point: Point, ctx: Ctx, anchor: Anchor, kind: str = "DATE") -> Timex:
    return Timex(kind, fmt(point), ctx.mod, day_range(point, ctx.mod), anchor)


def _clean(text: str) -> str:
    s = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-")
    s = re.sub(r"\s+", " ", s).strip(" ,;:()\"")
    s = re.sub(r"(?<=[a-z])-|-(?=[a-z])", " ", s)
    s = re.sub(r"'s$", "", s).strip()
    return s


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
    if m and s[m.end():]:
        mod = lex.mods[m.group(0).strip()]
        s = s[m.end():]
    tail = re.search(r" or (?:so|more|later|earlier|longer|less)$", s)
    if tail:
        s = s[: tail.start()]
        mod = mod or {"later": "ON_OR_AFTER", "earlier": "ON_OR_BEFORE"}.get(
            tail.group(0).split()[-1], "APPROX")
    return s, mod


# ---------------------------------------------------------------- year choice


def _pick_year(month: int, day: int | None, ctx: Ctx) -> int:
    """The year for a month (and day) written without one, guided by tense."""
    ref = ctx.reference
    cand = safe_date(ref.year, month, day or 15)
    if day is None:
        if ctx.tense == "past" and month > ref.month:
            return ref.year - 1
        if ctx.tense == "future" and month < ref.month:
            return ref.year + 1
        return ref.year
    delta = (cand - ref).days
    if ctx.tense == "past" and delta > 14:
        return ref.year - 1
    if ctx.tense == "future" and delta < -14:
        return ref.year + 1
    if delta > 240:
        return ref.year - 1
    if delta < -240:
        return ref.year + 1
    return ref.year


def _weekday_date(weekday: int, ctx: Ctx, which: str | None) -> dt.date:
    """The date of a weekday (1 = Monday) relative to the reference."""
    ref = ctx.reference
    back = (ref.isoweekday() - weekday) % 7
    fwd = (weekday - ref.isoweekday()) % 7
    if which in ("last", "this past", "past"):
        return ref - dt.timedelta(days=back or 7)
    if which in ("next", "this coming", "coming"):
        return ref + dt.timedelta(days=fwd or 7)
    if ctx.tense == "future" or (ctx.tense is None and which == "this"):
        return ref + dt.timedelta(days=fwd or 7) if ctx.tense == "future" else (
            ref + dt.timedelta(days=fwd))
    if ctx.tense == "present" and fwd < back:
        return ref + dt.timedelta(days=fwd)
    return ref - dt.timedelta(days=back)


def _year2(text: str) -> int:
    y = int(text.lstrip("'"))
    if len(text.lstrip("'")) <= 2:
        y += 1900 if y > 30 else 2000
    return y


# ---------------------------------------------------------------- rules


def _rule_ref(s: str, ctx: Ctx) -> Timex | None:
    value = lexicon().refs.get(s)
    return Timex("DATE", value, ctx.mod, None, "reference_date") if value else None


@cache
def _res() -> dict[str, re.Pattern[str]]:
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
        "dm": re.compile(rf"^(?:the )?{day} (?:of )?({mon})\.?$"),
        "month": re.compile(
            rf"^(?:{rel} )?({mon})\.?(?: (?:of )?(this|last|next) year)?$"),
        "year": re.compile(r"^(?:(?:the )?(?:fiscal|calendar|financial|model|year) )?"
                           r"(?:year )?(\d{4})(?: (?:fiscal )?year)?$"),
        "decade": re.compile(r"^(?:the )?(\d{3}0|'\d0)'?s$"),
        "century": re.compile(rf"^(?:the )?(\d{{1,2}}(?:st|nd|rd|th)?|{ordn}) century$"),
        "quarter": re.compile(
            rf"^(?:(this|last|next) year'?s? )?(?:(?:the|its|a|this|that) )?"
            rf"(?:(?:fiscal|calendar) )?(?:(\d{{4}}) )?({ordn}|q[1-4]) (?:fiscal )?"
            rf"(quarter|half)(?: (?:of )?(?:fiscal )?(?:(\d{{4}})|(this|last|next) year))?$"),
        "qshort": re.compile(r"^(?:(\d{4}) )?q([1-4])(?: (\d{4}))?$"),
        "season": re.compile(
            rf"^(?:{rel} |the )?({lex.season_re})(?: (?:of )?(?:{year}|(this|last|next) year))?$"),
        "deictic": re.compile(
            rf"^(today|tonight|yesterday|tomorrow|this|last)(?: ({part}))?$"),
        "weekday": re.compile(
            rf"^(?:{rel} )?({wd})\.?(?: ({part}))?(?:,? ({mon})\.? {day})?$"),
        "part_weekday": re.compile(rf"^({part}) (?:on )?({wd})$"),
        "rel_unit": re.compile(
            r"^(this past|this coming|last|this|next|the past|the previous|the coming|"
            r"the current|the next|the following|the same|that|the latest|the prior|"
            r"the preceding|the last|the most recent|past|previous|coming|current|"
            r"the|same|earlier this|later this|early this|late this)"
            r" (day|week|weekend|month|quarter|year|decade|century|period)$"),
        "shifted": re.compile(
            rf"^({num}|{unit}) ?({unit})? (ago|earlier|later|before|after|from now|hence|"
            rf"back|before that|after that|previously|since|prior)$"),
        "duration": re.compile(
            rf"^(?:(?:the|a|an|his|her|its|their|that|this) )?(?:(past|last|next|first|"
            rf"coming|previous|final|latest|initial|recent|remaining|following|preceding|"
            rf"other|entire|full|whole|same|subsequent|ensuing|additional|further|another)"
            rf" )?(?:({num}) )?({unit})(?: and a half)?(?: (old|long|period|span|stretch|"
            rf"time|term|history|run|low|high))?$"),
        "set_every": re.compile(rf"^(?:every|each|per|a) (other )?(?:({num}) )?({unit})$"),
        "set_weekday": re.compile(rf"^(?:every |each |on )?({wd})s?(?: ({part}))?$"),
        "clock": re.compile(
            r"^(?:(.+?),? )?(?:at )?(\d{1,2})(?:[:.](\d{2}))? ?(a\.?m\.?|p\.?m\.?|o'clock)"
            r"(?: [a-z]{2,4}t)?(?:,? (.+))?$"),
        "noon": re.compile(r"^(?:(.+?) )?(noon|midnight)(?: (.+))?$"),
        "words_year": re.compile(
            r"^(?:the year )?(nineteen|two thousand)(?: and)?((?: [a-z]+){0,2})$"),
    }


def _rule_absolute(s: str, ctx: Ctx) -> Timex | None:
    lex, r = lexicon(), _res()
    m = r["iso"].match(s)
    if m:
        if m.group(3):
            return _date(Point(safe_date(int(m[1]), int(m[2]), int(m[3])), "day"), ctx, "absolute")
        return _date(Point(safe_date(int(m[1]), int(m[2]), 1), "month"), ctx, "absolute")
    m = r["numeric"].match(s)
    if m and 1 <= int(m[1]) <= 12 and 1 <= int(m[2]) <= 31:
        return _date(Point(safe_date(_year2(m[3]), int(m[1]), int(m[2])), "day"), ctx, "absolute")
    m = r["wd_prefix"].match(s)
    if m:
        inner = _rule_absolute(m[1], ctx) or _rule_month_day(m[1], ctx)
        if inner and inner.value[:1].isdigit() and len(inner.value) == 10:
            return inner
    m = r["mdy"].match(s)
    if m and 1 <= int(m[2]) <= 31:
        month = lex.months[m[1]]
        return _date(Point(safe_date(_year2(m[3]), month, int(m[2])), "day"), ctx, "absolute")
    m = r["dmy"].match(s)
    if m and 1 <= int(m[1]) <= 31:
        month = lex.months[m[2]]
        return _date(Point(safe_date(_year2(m[3]), month, int(m[1])), "day"), ctx, "absolute")
    m = r["my"].match(s)
    if m:
        return _date(Point(safe_date(_year2(m[2]), lex.months[m[1]], 1), "month"), ctx, "absolute")
    m = r["year"].match(s)
    if m and 1000 <= int(m[1]) <= 2200:
        return _date(Point(dt.date(int(m[1]), 1, 1), "year"), ctx, "absolute")
    m = r["decade"].match(s)
    if m:
        y = _year2(m[1][:3]) if m[1].startswith("'") else int(m[1])
        return _date(Point(dt.date(y, 1, 1), "decade"), ctx, "absolute")
    m = r["century"].match(s)
    if m:
        n = lex.ordinals.get(m[1]) or int(re.sub(r"\D", "", m[1]) or 0)
        if 1 <= n <= 21:
            return _date(Point(dt.date(max((n - 1) * 100, 1), 1, 1), "century"), ctx, "absolute")
    m = r["words_year"].match(s)
    if m:
        rest = parse_number(m[2].strip()) if m[2].strip() else 0
        if rest is not None and rest < 100:
            y = (1900 if m[1] == "nineteen" else 2000) + int(rest)
            return _date(Point(dt.date(y, 1, 1), "year"), ctx, "absolute")
    return None


def _rule_month_day(s: str, ctx: Ctx) -> Timex | None:
    lex, r = lexicon(), _res()
    m = r["md"].match(s)
    if m:
        month, day = lex.months[m[1]], int(m[2])
    else:
        m = r["dm"].match(s)
        if not m:
            return None
        month, day = lex.months[m[2]], int(m[1])
    if not 1 <= day <= 31:
        return None
    year = _pick_year(month, day, ctx)
    return _date(Point(safe_date(year, month, day), "day"), ctx, "reference_date")


def _rule_month(s: str, ctx: Ctx) -> Timex | None:
    lex = lexicon()
    m = _res()["month"].match(s)
    if not m:
        return None
    which, month, year_rel = m[1], lex.months[m[2]], m[3]
    ref = ctx.reference
    if year_rel:
        year = ref.year + {"this": 0, "last": -1, "next": 1}[year_rel]
    elif which in ("last", "past", "this past", "the previous"):
        year = ref.year if month < ref.month else ref.year - 1
    elif which in ("next", "coming", "this coming", "the following"):
        year = ref.year if month > ref.month else ref.year + 1
    elif which == "this":
        year = ref.year
    else:
        year = _pick_year(month, None, ctx)
    return _date(Point(dt.date(year, month, 1), "month"), ctx, "reference_date")


def _rule_quarter(s: str, ctx: Ctx) -> Timex | None:
    lex = lexicon()
    m = _res()["quarter"].match(s)
    ref = ctx.reference
    if m:
        rel_pre, year_pre, ordw, kind, year_post, rel_post = m.groups()
        n = lex.ordinals.get(ordw) or int(ordw[1])
        limit = 4 if kind == "quarter" else 2
        if n > limit:
            return None
        rel = rel_pre or rel_post
        year = int(year_pre or year_post or 0) or (
            ref.year + {"this": 0, "last": -1, "next": 1}[rel] if rel else ref.year)
        anchor: Anchor = "absolute" if (year_pre or year_post) else "reference_date"
    else:
        m = _res()["qshort"].match(s)
        if not m:
            return None
        kind, n = "quarter", int(m[2])
        year = int(m[1] or m[3] or ref.year)
        anchor = "absolute" if (m[1] or m[3]) else "reference_date"
    month = (n - 1) * (3 if kind == "quarter" else 6) + 1
    gran = "quarter" if kind == "quarter" else "half"
    return _date(Point(dt.date(year, month, 1), gran), ctx, anchor)


def _rule_season(s: str, ctx: Ctx) -> Timex | None:
    lex = lexicon()
    m = _res()["season"].match(s)
    if not m:
        return None
    which, season, year_txt, year_rel = m[1], lex.seasons[m[2]], m[3], m[4]
    ref = ctx.reference
    start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[season]
    if year_txt:
        year, anchor = _year2(year_txt), "absolute"
    else:
        anchor = "reference_date"
        if year_rel:
            year = ref.year + {"this": 0, "last": -1, "next": 1}[year_rel]
        elif which in ("last", "past", "this past", "the previous"):
            year = ref.year if start + 2 < ref.month else ref.year - 1
        elif which in ("next", "coming", "this coming", "the following"):
            year = ref.year if start > ref.month else ref.year + 1
        elif ctx.tense == "past" and start > ref.month:
            year = ref.year - 1
        else:
            year = ref.year
    return _date(Point(dt.date(year, start, 1), "season", season), ctx, anchor)  # type: ignore[arg-type]


def _rule_deictic(s: str, ctx: Ctx) -> Timex | None:
    lex = lexicon()
    m = _res()["deictic"].match(s)
    if not m:
        return None
    word, part = m[1], m[2]
    if word in ("this", "last") and not part:
        return None
    offset = lex.deictic_days.get(word, -1 if word == "last" else 0)
    day = ctx.reference + dt.timedelta(days=offset)
    if word == "tonight":
        part = part or "night"
    if not part:
        return _date(Point(day, "day"), ctx, "reference_date")
    return _time(day, lex.day_parts[part], ctx, "reference_date")


def _time(day: dt.date, part: str, ctx: Ctx, anchor: Anchor) -> Timex:
    suffix = part if part.startswith("T") else "T" + part
    r = (day.isoformat(), day.isoformat())
    return Timex("TIME", day.isoformat() + suffix, ctx.mod, r, anchor)


def _rule_weekday(s: str, ctx: Ctx) -> Timex | None:
    lex = lexicon()
    m = _res()["weekday"].match(s)
    if m:
        which, wd, part, mon, dom = m.groups()
    else:
        m = _res()["part_weekday"].match(s)
        if not m:
            return None
        which, part, wd, mon, dom = None, m[1], m[2], None, None
    if mon and dom:
        year = _pick_year(lex.months[mon], int(dom), ctx)
        day = safe_date(year, lex.months[mon], int(dom))
    else:
        day = _weekday_date(lex.weekdays[wd], ctx, which)
    if part:
        return _time(day, lex.day_parts[part], ctx, "reference_date")
    return _date(Point(day, "day"), ctx, "reference_date")


_REL_STEP = {
    "last": -1, "the past": -1, "the previous": -1, "past": -1, "previous": -1, "the last": -1,
    "the prior": -1, "the preceding": -1, "this past": -1, "the most recent": -1,
    "next": 1, "the coming": 1, "the next": 1, "the following": 1, "coming": 1,
    "this coming": 1,
}
_ANAPHORIC = {"the next", "the following", "the previous", "the same", "that", "the prior",
              "the preceding", "same"}


def _rule_rel_unit(s: str, ctx: Ctx) -> Timex | None:
    m = _res()["rel_unit"].match(s)
    if not m:
        return None
    which, unit = m[1], m[2]
    if which.startswith(("earlier", "early")):
        which, ctx = "this", replace(ctx, mod=ctx.mod or "START")
    elif which.startswith(("later", "late")):
        which, ctx = "this", replace(ctx, mod=ctx.mod or "END")
    code = {"day": "D", "week": "W", "weekend": "WE", "month": "M", "quarter": "Q",
            "year": "Y", "decade": "DE", "century": "CE", "period": "Q"}[unit]
    gran = UNIT_GRAN[code]
    step = _REL_STEP.get(which, 0)
    prev = ctx.previous
    if which in _ANAPHORIC or (which == "the" and unit in ("quarter", "period")):
        if prev is None or GRAN_ORDER.get(prev.gran, 9) > GRAN_ORDER[gran]:
            if which == "the" and unit in ("quarter", "period"):
                base = add_months(ctx.reference, -3)
                return _date(Point(base, "quarter"), ctx, "reference_date")
            return None
        point = Point(shift(prev.day, code, step), gran)
        return _date(point, ctx, "previous")
    if which == "the" or (which == "the latest" and unit not in ("quarter", "period")):
        return None
    if which in ("the past", "the last", "the next", "the coming") and unit in (
            "decade", "century"):
        return Timex("DURATION", "P1" + code, ctx.mod, None, "reference_date")
    if which == "the latest":
        return _date(Point(add_months(ctx.reference, -3), "quarter"), ctx, "reference_date")
    if unit == "day":
        return None
    point = Point(shift(ctx.reference, code, step), gran)
    if unit == "weekend":
        value = fmt(point) + "-WE"
        return Timex("DATE", value, ctx.mod, day_range(point, ctx.mod), "reference_date")
    return _date(point, ctx, "reference_date")


def _rule_shifted(s: str, ctx: Ctx) -> Timex | None:
    lex = lexicon()
    m = _res()["shifted"].match(s)
    if not m:
        return None
    num_txt, unit_txt, direction = m[1].strip(), m[2], m[3]
    if unit_txt is None:
        if num_txt not in lex.units:
            return None
        unit_txt, num_txt = num_txt, "a"
    code = lex.units[unit_txt]
    if code in ("PERIOD", "H2"):
        return None
    n = parse_number(num_txt)
    back = direction in ("ago", "earlier", "before", "back", "before that", "previously",
                         "prior", "since")
    if n is None or n != int(n):
        return Timex("DATE", "PAST_REF" if back else "FUTURE_REF", ctx.mod, None,
                     "reference_date")
    step = -int(n) if back else int(n)
    gran = UNIT_GRAN[code]
    if code in ("H", "MIN", "S"):
        return None
    anaphoric = direction not in ("ago", "from now", "hence", "back")
    prev = ctx.previous
    if anaphoric and prev is not None:
        if GRAN_ORDER.get(prev.gran, 9) <= GRAN_ORDER[gran]:
            gran = prev.gran
        point = Point(shift(prev.day, code, step), gran, prev.season)
        return _date(point, ctx, "previous")
    if code == "WE":
        return None
    return _date(Point(shift(ctx.reference, code, step), gran), ctx, "reference_date")


def _duration_value(n: float | None, code: str) -> str:
    if code == "FN":
        code, n = "W", None if n is None else n * 2
    amount = "X" if n is None else (str(int(n)) if n == int(n) else str(n))
    if code in ("H", "MIN", "S"):
        return f"PT{amount}{'M' if code == 'MIN' else code}"
    return f"P{amount}{code}"


def _rule_duration(s: str, ctx: Ctx) -> Timex | None:
    lex = lexicon()
    m = _res()["duration"].match(s)
    if not m:
        return None
    det, num_txt, unit_txt = m[1], m[2], m[3]
    code = lex.units[unit_txt]
    if code in ("PERIOD", "H2"):
        return None
    plural = unit_txt.endswith("s")
    if num_txt is None:
        if not plural and det not in ("past", "last", "next", "first", "coming", "entire",
                                      "full", "whole", "previous", "following"):
            return None
        n = None if plural else 1.0
    else:
        num_txt = num_txt.strip()
        n = None if num_txt in lex.vague else parse_number(num_txt)
        if n is None and num_txt not in lex.vague:
            return None
    if s.endswith(" and a half") and n is not None:
        n += 0.5
    return Timex("DURATION", _duration_value(n, code), ctx.mod, None, "absolute")


def _rule_set(s: str, ctx: Ctx) -> Timex | None:
    lex = lexicon()
    if s in lex.set_adverbs:
        return Timex("SET", lex.set_adverbs[s], ctx.mod, None, "absolute")
    m = _res()["set_every"].match(s)
    if m:
        code = lex.units[m[3]]
        if code in ("PERIOD", "H2"):
            return None
        n = parse_number(m[2].strip()) if m[2] else 1.0
        if n is None:
            return None
        n = n * 2 if m[1] else n
        return Timex("SET", _duration_value(n, code), ctx.mod, None, "absolute")
    m = _res()["set_weekday"].match(s)
    plural = s.split()[0].endswith("s") or bool(m and m[2] and m[2].endswith("s"))
    if m and (s.startswith(("every", "each")) or plural):
        value = f"XXXX-WXX-{lex.weekdays[m[1]]}"
        if m[2]:
            value += "T" + lex.day_parts[m[2]]
        return Timex("SET", value, ctx.mod, None, "absolute")
    return None


def _clock_day(text: str | None, ctx: Ctx) -> tuple[dt.date, Anchor] | None:
    if not text:
        return ctx.reference, "reference_date"
    text = re.sub(r"^(?:on|of) ", "", text.strip(" ,"))
    for rule in (_rule_deictic, _rule_weekday, _rule_month_day, _rule_absolute):
        t = rule(text, replace(ctx, mod=None))
        if t and re.match(r"^\d{4}-\d{2}-\d{2}$", t.value):
            return dt.date.fromisoformat(t.value), t.anchor
    return None


def _rule_clock(s: str, ctx: Ctx) -> Timex | None:
    m = _res()["clock"].match(s)
    if m:
        hour, minute = int(m[2]), int(m[3] or 0)
        ampm = (m[4] or "").replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour > 24 or minute > 59:
            return None
        text_day = m[1] or m[5]
        clock = f"T{hour:02d}:{minute:02d}"
    else:
        m = _res()["noon"].match(s)
        if not m:
            return None
        text_day = m[1] or m[3]
        clock = "T12:00" if m[2] == "noon" else "T24:00"
    found = _clock_day(text_day, ctx)
    if found is None:
        return None
    day, anchor = found
    return Timex("TIME", day.isoformat() + clock, ctx.mod, (day.isoformat(), day.isoformat()),
                 anchor)


def _rule_holiday(s: str, ctx: Ctx) -> Timex | None:
    lex = lexicon()
    m = re.match(r"^(.+?)(?:,? (\d{4}))?$", s)
    if not m or m[1] not in lex.holidays:
        return None
    month, day = lex.holidays[m[1]]
    year = int(m[2]) if m[2] else _pick_year(month, day, ctx)
    anchor: Anchor = "absolute" if m[2] else "reference_date"
    return _date(Point(safe_date(year, month, day), "day"), ctx, anchor)


RULES: tuple[Rule, ...] = (
    _rule_absolute, _rule_month_day, _rule_deictic, _rule_set, _rule_weekday, _rule_month,
    _rule_quarter, _rule_season, _rule_rel_unit, _rule_shifted, _rule_duration,
    _rule_clock, _rule_holiday,
)


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
    ref = _rule_ref(s, ctx)
    if ref:
        return ref
    body, mod = _peel_mod(s)
    body = re.sub(r"^(?:in|on|at|during|of) ", "", body) if mod else body
    ctx = replace(ctx, mod=mod)
    for rule in RULES:
        found = rule(body, ctx)
        if found is not None:
            return found
    if body != s:
        found = _rule_ref(body, ctx)
        if found:
            return found
    return _fallback(body, ctx)


def _fallback(s: str, ctx: Ctx) -> Timex | None:
    """dateparser for absolute dates the rules above do not read (needs a 4-digit year)."""
    if not re.search(r"\b\d{4}\b", s) or not re.search(lexicon().month_re, s):
        return None
    from briefx.dates_parser import parse_absolute

    found = parse_absolute(s)
    if found is None:
        return None
    day, period = found
    gran = {"day": "day", "month": "month", "year": "year"}.get(period)
    if gran is None:
        return None
    return _date(Point(day, gran), ctx, "absolute")
