"""Rules for dates relative to the reference or to the date just mentioned ("Friday",
"last week", "three days ago", "the next day"), durations and sets."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from briefx.dates.calendar import UNIT_GRAN, Anchor, Point, Timex, fmt, safe_date, shift
from briefx.dates.context import (
    GRAN_ORDER,
    Ctx,
    make_date,
    make_time,
    patterns,
    phrases,
    pick_year,
    tables,
)
from briefx.dates.lexicon import lexicon, parse_number
from briefx.dates.rules_named import (
    completed_quarter,
    last_complete_quarter,
    reported_quarter,
)

# Digits of a 24-hour clock time written as a count of hours ("0600 hours").
MILITARY_DIGITS = 4


def _weekday_date(weekday: int, ctx: Ctx, *, which: str | None) -> dt.date:
    """The date of a weekday (1 = Monday) relative to the reference."""
    ref = ctx.reference
    back = (ref.isoweekday() - weekday) % 7
    fwd = (weekday - ref.isoweekday()) % 7
    if which in tables()["weekday_back"]:
        return ref - dt.timedelta(days=back or 7)
    if which in tables()["weekday_ahead"]:
        return ref + dt.timedelta(days=fwd or 7)
    if fwd == 0 and which is None:
        # "Monday" in a story published on a Monday is the publication day itself.
        return ref
    if ctx.tense == "future":
        return ref + dt.timedelta(days=fwd)
    if (ctx.tense is None and which == "this") or (ctx.tense == "present" and fwd < back):
        return ref + dt.timedelta(days=fwd)
    return ref - dt.timedelta(days=back)  # news mostly reports what happened


def rule_deictic(s: str, ctx: Ctx) -> Timex | None:
    """Today and its neighbours: "yesterday", "tomorrow evening", "last night",
    "the day after tomorrow" ("yesterday" on 2025-11-18 -> ``2025-11-17``), "overnight"
    (told in the past on 2025-11-18 -> ``2025-11-17TNI``)."""
    lex = lexicon()
    if s in lex.deictic_days:  # also "the day after tomorrow"
        day = ctx.reference + dt.timedelta(days=lex.deictic_days[s])
        if s != "tonight":
            return make_date(Point(day, "day"), ctx, anchor="reference_date")
    if s in lex.deictic_nights:  # "overnight": the night just past, or the one to come
        offset = 0 if ctx.tense == "future" else lex.deictic_nights[s]
        night = ctx.reference + dt.timedelta(days=offset)
        return make_time(night, lex.day_parts[s], ctx=ctx, anchor="reference_date")
    m = patterns()["deictic"].match(s)
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
        return make_date(Point(day, "day"), ctx, anchor="reference_date")
    return make_time(day, lex.day_parts[part], ctx=ctx, anchor="reference_date")


def rule_weekday(s: str, ctx: Ctx) -> Timex | None:
    """A weekday: "Tuesday", "last Tuesday", "Tuesday night", "Tuesday, Nov. 25", "the
    following Tuesday" (from the day just named); news mostly reports the one just past."""
    lex = lexicon()
    m = patterns()["weekday"].match(s)
    if m:
        which, wd, part, mon, dom = m.groups()
    else:
        m = patterns()["part_weekday"].match(s)
        if not m:
            return None
        which, part, wd, mon, dom = None, m[1], m[2], None, None
    anchor: Anchor = "reference_date"
    prev = ctx.previous
    if mon and dom:
        year = pick_year(lex.months[mon], int(dom), ctx=ctx)
        day = safe_date(year, lex.months[mon], int(dom))
    elif which in tables()["anchored_weekday"] and prev is not None and prev.gran == "day":
        # "the previous Friday": the one before the day just named, not before today.
        weekday = lex.weekdays[wd]
        if which == "the previous":
            day = prev.day - dt.timedelta(days=(prev.day.isoweekday() - weekday) % 7 or 7)
        else:
            day = prev.day + dt.timedelta(days=(weekday - prev.day.isoweekday()) % 7 or 7)
        anchor = "previous"
    else:
        day = _weekday_date(lex.weekdays[wd], ctx, which=which)
    if part:
        return make_time(day, lex.day_parts[part], ctx=ctx, anchor=anchor)
    return make_date(Point(day, "day"), ctx, anchor=anchor)


def rule_part_with_mod(s: str, ctx: Ctx) -> Timex | None:
    """ "late afternoon", "mid-morning": part of the day just named, else of the reference
    day. A part of day without "early", "mid" or "late" is too often habitual to read."""
    m = phrases()["part_alone"].match(s)
    if not m or ctx.mod not in ("START", "MID", "END"):
        return None
    prev = ctx.previous
    if prev is not None and prev.gran == "day":
        return make_time(prev.day, lexicon().day_parts[m[1]], ctx=ctx, anchor="previous")
    return make_time(ctx.reference, lexicon().day_parts[m[1]], ctx=ctx, anchor="reference_date")


def rule_anaphoric_part(s: str, ctx: Ctx) -> Timex | None:
    """ "the next morning", "that night", "the day before": from the date just mentioned."""
    prev = ctx.previous
    m = patterns()["unit_after"].match(s)
    if m and m[1] != "day" and m[2] in ("before", "after"):
        # "the year before": a step from the date just named, or from the reference
        # ("the year-earlier quarter" is a modifier, read by the comparison rules).
        code = tables()["unit_codes"][m[1]]
        gran = UNIT_GRAN[code]
        n = -1 if m[2] == "before" else 1
        if prev is not None and GRAN_ORDER.get(prev.gran, 9) <= GRAN_ORDER[gran]:
            return make_date(Point(shift(prev.day, code, n), gran), ctx, anchor="previous")
        if prev is None:
            return make_date(
                Point(shift(ctx.reference, code, n), gran), ctx, anchor="reference_date"
            )
        return None
    if prev is None or prev.gran != "day":
        return None
    m = patterns()["rel_part"].match(s)
    if m:
        day = prev.day + dt.timedelta(days=tables()["part_steps"].get(m[1], 0))
        return make_time(day, lexicon().day_parts[m[2]], ctx=ctx, anchor="previous")
    m = patterns()["unit_after"].match(s)
    if m:
        code = tables()["unit_codes"][m[1]]
        n = -1 if m[2] in tables()["before_words"] else 1
        return make_date(Point(shift(prev.day, code, n), UNIT_GRAN[code]), ctx, anchor="previous")
    return None


def rule_rel_unit(s: str, ctx: Ctx) -> Timex | None:
    """A unit counted from the reference or the date just named: "last week", "this
    month", "the following year", "the coming weekend" ("last week" on 2025-11-18 ->
    ``2025-W46``)."""
    m = patterns()["rel_unit"].match(s)
    if not m:
        return None
    which, unit = m[1], m[2]
    if which == "the" and ctx.mod in ("START", "MID", "END"):
        which = "this"  # "earlier in the year"
    if which in tables()["whole_unit"]:
        which = "this" if unit in tables()["whole_units"] else which
    if which.startswith(("earlier", "early")):
        which, ctx = "this", replace(ctx, mod=ctx.mod or "START")
    elif which.startswith(("later", "late")):
        which, ctx = "this", replace(ctx, mod=ctx.mod or "END")
    code = tables()["unit_codes"][unit]
    gran = UNIT_GRAN[code]
    step = tables()["rel_steps"].get(which, 0)
    prev = ctx.previous
    if unit in tables()["quarter_units"] and which == "the latest":
        # "the latest quarter": the last one reported, whatever was named before it.
        day = last_complete_quarter(ctx.reference)
        return make_date(Point(day, "quarter"), ctx, anchor="reference_date")
    if unit in tables()["quarter_units"] and which in tables()["reported_quarter_words"]:
        day, anchor = reported_quarter(ctx)
        return make_date(Point(day, "quarter"), ctx, anchor=anchor)
    if which in tables()["anaphoric"]:
        if prev is None or GRAN_ORDER.get(prev.gran, 9) > GRAN_ORDER[gran]:
            if which in tables()["same_words"]:
                return None
            # No date to lean on: "the next day" counts from the publication day.
            return make_date(
                Point(shift(ctx.reference, code, step), gran), ctx, anchor="reference_date"
            )
        point = Point(shift(prev.day, code, step), gran)
        return make_date(point, ctx, anchor="previous")
    if which == "the latest" and unit not in tables()["quarter_units"]:
        return None
    if which in tables()["span_words"] and unit in tables()["long_units"]:
        return Timex("DURATION", _duration_value(1.0, code), ctx.mod, None, "reference_date")
    if unit == "day":
        return None
    if which == "the" and unit == "weekend":
        # "the weekend": the coming one in future sentences, else the one just past.
        ahead = ctx.tense == "future" or ctx.reference.isoweekday() >= 6
        step = 0 if ahead else -1
    elif which in tables()["story_year_words"] and unit == "year":
        # "for the year, volume was flat": the year the story is about, the one just
        # named if it was a year, else the reference's.
        if prev is not None and prev.gran == "year":
            return make_date(Point(prev.day, "year"), ctx, anchor="previous")
        step = 0
    elif which == "the" and unit == "week":
        # "For the week, the index fell": a week of the story's year that the text does not
        # pin down (TimeBank writes it underspecified).
        return Timex("DATE", f"{ctx.reference.year:04d}-WXX", ctx.mod, None, "reference_date")
    elif which in tables()["story_year_words"]:
        return None
    point = Point(shift(ctx.reference, code, step), gran)
    if unit == "weekend":
        saturday = point.day + dt.timedelta(days=5 - point.day.weekday())
        weekend = (saturday.isoformat(), (saturday + dt.timedelta(days=1)).isoformat())
        return Timex("DATE", fmt(point) + "-WE", ctx.mod, weekend, "reference_date")
    return make_date(point, ctx, anchor="reference_date")


def rule_shifted(s: str, ctx: Ctx) -> Timex | None:
    """A step back or ahead: "three weeks ago", "two years earlier" (from the date just
    named), "a month from now" ("three weeks ago" on 2025-11-18 -> ``2025-W44``). Some
    units, uncounted: "weeks later" is the date just named with the mod AFTER ("weeks
    earlier": BEFORE) and no days; "years ago" is PAST_REF."""
    lex = lexicon()
    m = patterns()["shifted"].match(s)
    if not m:
        return None
    num_txt, unit_txt, direction = m[1].strip(), m[2], m[3]
    some = False  # "weeks later": some units, how many untold
    if unit_txt is None:
        if num_txt not in lex.units:
            return None
        some = num_txt.endswith("s") and lex.units[num_txt] not in ("H", "MIN", "S")
        unit_txt, num_txt = num_txt, "a"
    code = lex.units[unit_txt]
    if code in ("PERIOD", "H2"):
        return None
    n = parse_number(num_txt)
    if n is None and len(num_txt.split()) > 1 and num_txt.split()[-1] in ("a", "an"):
        return None  # "[4 wins,] three a month ago": the count is "a", read without it
    back = direction in tables()["back_directions"]
    anaphoric = direction not in tables()["from_reference_directions"]
    if some and anaphoric and ctx.previous is not None:
        # "Weeks later": some time after the date just named (TIMEX3's mod), no day of it
        mod = "BEFORE" if back else "AFTER"
        return Timex("DATE", fmt(ctx.previous), mod, None, "previous")
    if some or n is None or n != int(n):
        return Timex("DATE", "PAST_REF" if back else "FUTURE_REF", ctx.mod, None, "reference_date")
    step = -int(n) if back else int(n)
    # "a decade ago" is a year ten years back (TimeBank: 1989), not the 1980s.
    gran = "year" if code in ("DE", "CE") else UNIT_GRAN[code]
    if code in ("H", "MIN", "S"):
        return None
    prev = ctx.previous
    if code == "Y" and completed_quarter(ctx) is not None:
        # Company results: "profit rose from $5 million a year ago" compares quarters.
        anaphoric = True
    if anaphoric and prev is not None:
        if GRAN_ORDER.get(prev.gran, 9) <= GRAN_ORDER[gran]:
            gran = prev.gran
        point = Point(shift(prev.day, code, step), gran, prev.season)
        return make_date(point, ctx, anchor="previous")
    if code == "WE":
        return None
    return make_date(Point(shift(ctx.reference, code, step), gran), ctx, anchor="reference_date")


def _duration_value(n: float | None, code: str) -> str:
    # TimeBank writes quarters as months and decades as years: "three quarters" P9M.
    scale, smaller = tables()["unit_scale"], tables()["smaller_units"]
    if code in scale and n is not None:
        code, factor = scale[code]
        n = n * factor
    elif code == "DE":
        code = "Y"  # "decades" -> PXY, as TimeBank writes it
    elif code == "Q":
        code = "M"  # "recent quarters" -> PXM, like "three quarters" -> P9M
    if n is not None and n != int(n) and code in smaller:
        # "2 1/2 years" -> P2Y6M, "a minute and a half" -> PT1M30S
        small, factor = smaller[code]
        whole, rest = int(n), round((n - int(n)) * factor)
        head = _duration_value(float(whole), code) if whole else ("PT" if code in "HMINS" else "P")
        tail = _duration_value(float(rest), small)
        return head + tail[tail.index("T") + 1 if "T" in tail and "T" in head else 1 :]
    amount = "X" if n is None else (str(int(n)) if n == int(n) else str(n))
    if code in ("H", "MIN", "S"):
        return f"PT{amount}{'M' if code == 'MIN' else code}"
    return f"P{amount}{code}"


def rule_duration_range(s: str, ctx: Ctx) -> Timex | None:
    """ "two to three weeks", "10-12 days": a length of at least the lower figure (a
    TIMEX3 duration holds one amount; the mod says the upper one may be reached)."""
    m = patterns()["duration_range"].match(s)
    if not m:
        return None
    low, high = parse_number((m[1] or m[2]).strip()), parse_number(m[3].strip())
    if (m[1] or m[2]).strip() in ("a", "an") or m[3].strip() in ("a", "an"):
        return None  # "2007 and a second": not a range
    code = lexicon().units[m[4]]
    if low is None or high is None or not 0 < low < high < 1000 or code in ("PERIOD", "H2"):
        return None
    return Timex("DURATION", _duration_value(low, code), "EQUAL_OR_MORE", None, "absolute")


def rule_vague_lengths(s: str, ctx: Ctx) -> Timex | None:
    """ "weeks or months": one vague length, at least the first unit."""
    m = phrases()["vague_lengths"].match(s)
    if not m:
        return None
    code = lexicon().units[m[1]]
    return Timex("DURATION", _duration_value(None, code), "EQUAL_OR_MORE", None, "absolute")


def rule_duration(s: str, ctx: Ctx) -> Timex | None:
    """A length of time: "six weeks", "the past two years", "a decade", "several months"
    ("the past two years" -> DURATION ``P2Y``)."""
    lex = lexicon()
    m = patterns()["duration"].match(s)
    if not m:
        return None
    det, num_txt, unit_txt = m[1], m[2], m[3]
    code = lex.units[unit_txt]
    if code in ("PERIOD", "H2"):
        return None
    plural = unit_txt.endswith("s")
    if num_txt is None and det is None and re.match(r"^the ", s):
        return None  # "the years 2019 to 2024", "the days": not a length of time
    if num_txt is None:
        article = re.match(r"^an? ", s) is not None
        if not plural and not article and det not in tables()["bare_unit_determiners"]:
            return None
        n = None if plural else 1.0
    else:
        num_txt = num_txt.strip()
        n = None if num_txt in lex.vague else parse_number(num_txt)
        # Digits in the thousands are amounts more often than lengths of time; spelt
        # out ("two thousand years") they are a length.
        big = n is not None and n >= 1000 and not num_txt[0].isalpha()
        # "0600 hours" is a clock time on the 24-hour clock, not 600 hours.
        big = big or (num_txt.startswith("0") and len(num_txt) == MILITARY_DIGITS)
        if (n is None and num_txt not in lex.vague) or big:
            return None
    if s.endswith(" and a half") and n is not None:
        n += 0.5
    return Timex("DURATION", _duration_value(n, code), ctx.mod, None, "absolute")


def rule_set(s: str, ctx: Ctx) -> Timex | None:
    """How often: "every other week", "twice a month", "each spring", "Tuesdays",
    "weekly" ("every other week" -> SET ``P2W``)."""
    lex = lexicon()
    if s in lex.set_adverbs:
        return Timex("SET", lex.set_adverbs[s], ctx.mod, None, "absolute")
    m = patterns()["set_every"].match(s)
    if m:
        code = lex.units[m[3]]
        if code in ("PERIOD", "H2"):
            return None
        vague = bool(m[2]) and m[2].strip() in lex.vague
        n = None if vague else (parse_number(m[2].strip()) if m[2] else 1.0)
        if n is None and not vague:
            return None
        n = n * 2 if (m[1] and n is not None) else n
        return Timex("SET", _duration_value(n, code), ctx.mod, None, "absolute")
    m = patterns()["set_times"].match(s)
    if m:
        code = lex.units[m[1]]
        return (
            Timex("SET", _duration_value(1.0, code), ctx.mod, None, "absolute")
            if code not in ("PERIOD", "H2")
            else None
        )
    m = patterns()["set_season"].match(s)
    if m:
        value = (
            f"XXXX-{lex.seasons[m[1]]}" if m[1] in lex.seasons else f"XXXX-{lex.months[m[1]]:02d}"
        )
        return Timex("SET", value, ctx.mod, None, "absolute")
    m = patterns()["set_weekday"].match(s)
    plural = s.split()[0].endswith("s") or bool(m and m[2] and m[2].endswith("s"))
    if m and (s.startswith(("every", "each")) or plural):
        value = f"XXXX-WXX-{lex.weekdays[m[1]]}"
        if m[2]:
            value += "T" + lex.day_parts[m[2]]
        return Timex("SET", value, ctx.mod, None, "absolute")
    return None
