"""Rules for dates named on the calendar: "19 November 2025", "Nov. 19", "May", "Q3",
"the year-ago quarter", "last spring", "Thanksgiving"."""

from __future__ import annotations

import datetime as dt
import re

from briefx.dates.calendar import (
    SEASON_START,
    Anchor,
    Point,
    Timex,
    add_months,
    bounds,
    safe_date,
)
from briefx.dates.context import (
    GRAN_ORDER,
    UNTENSED_MONTHS_AHEAD,
    Ctx,
    make_date,
    patterns,
    pick_year,
    tables,
    year2,
)
from briefx.dates.lexicon import lexicon, parse_number, rule_data

# Days in the longest month, months in a year: bounds of figures read as a date.
MAX_DAY = 31
MONTHS = 12


def _absolute(day: dt.date, ctx: Ctx, *, gran: str) -> Timex:
    return make_date(Point(day, gran), ctx, anchor="absolute")


def rule_absolute(s: str, ctx: Ctx) -> Timex | None:
    """A date the text fixes whole: "2031-04-09", "4/9/31", "Fri., April 9, 2031",
    "9 April 2031", "April 2031", "fiscal 2031", "the 2030s", "the 21st century",
    "nineteen ninety" ("April 9, 2031" -> ``2031-04-09``, anchor absolute)."""
    lex, r = lexicon(), patterns()
    m = r["iso"].match(s)
    if m and 1 <= int(m[2]) <= 12:
        if m.group(3):
            return _absolute(safe_date(int(m[1]), int(m[2]), int(m[3])), ctx, gran="day")
        return _absolute(safe_date(int(m[1]), int(m[2]), 1), ctx, gran="month")
    m = r["numeric"].match(s)
    if m and 1 <= int(m[1]) <= 12 and 1 <= int(m[2]) <= 31:
        return _absolute(safe_date(year2(m[3]), int(m[1]), int(m[2])), ctx, gran="day")
    m = r["wd_prefix"].match(s)
    if m:
        inner = rule_absolute(m[1], ctx) or rule_month_day(m[1], ctx)
        if inner and inner.value[:1].isdigit() and len(inner.value) == 10:
            return inner
    m = r["mdy"].match(s)
    if m and 1 <= int(m[2]) <= 31:
        month = lex.months[m[1]]
        return _absolute(safe_date(year2(m[3]), month, int(m[2])), ctx, gran="day")
    m = r["dmy"].match(s)
    if m and 1 <= int(m[1]) <= 31:
        month = lex.months[m[2]]
        return _absolute(safe_date(year2(m[3]), month, int(m[1])), ctx, gran="day")
    m = r["my"].match(s)
    if m:
        return _absolute(safe_date(year2(m[2]), lex.months[m[1]], 1), ctx, gran="month")
    m = r["year"].match(s)
    if m and 1000 <= int(m[1]) <= 2200:
        return _absolute(dt.date(int(m[1]), 1, 1), ctx, gran="year")
    m = r["decade"].match(s)
    if m:
        y = year2(m[1][:3]) if m[1].startswith("'") else int(m[1])
        return _absolute(dt.date(y, 1, 1), ctx, gran="decade")
    m = r["decade_words"].match(s)
    if m:
        tens = rule_data()["tables"]["decade_words"].index(m[2]) * 10 + 20
        century = 2000 if (m[1] or "").strip() == "twenty" else 1900
        return _absolute(dt.date(century + tens, 1, 1), ctx, gran="decade")
    m = r["century"].match(s)
    if m:
        n = lex.ordinals.get(m[1]) or int(re.sub(r"\D", "", m[1]) or 0)
        if 1 <= n <= 21:
            return _absolute(dt.date(max((n - 1) * 100, 1), 1, 1), ctx, gran="century")
    m = r["words_year"].match(s)
    if m:
        rest = parse_number(m[2].strip()) if m[2].strip() else 0
        if rest is not None and rest < 100:
            y = (1900 if m[1] == "nineteen" else 2000) + int(rest)
            return _absolute(dt.date(y, 1, 1), ctx, gran="year")
    return None


def rule_month_day(s: str, ctx: Ctx) -> Timex | None:
    """A day of a month without a year: "April 9", "9th of April", "the 9th" (of the
    reference month); the year is the one nearest the reference, guided by tense."""
    lex, r = lexicon(), patterns()
    m = r["md"].match(s)
    if m:
        month, day = lex.months[m[1]], int(m[2])
    elif r["day_only"].match(s):  # "the 18th": a day of the reference month
        day = int(s[4:].rstrip("stndrh"))
        if not 1 <= day <= 31:
            return None
        return make_date(
            Point(safe_date(ctx.reference.year, ctx.reference.month, day), "day"),
            ctx,
            anchor="reference_date",
        )
    else:
        m = r["dm"].match(s)
        if not m:
            return None
        month, day = lex.months[m[2]], int(m[1])
    if not 1 <= day <= 31:
        return None
    year = pick_year(month, day, ctx=ctx)
    return make_date(Point(safe_date(year, month, day), "day"), ctx, anchor="reference_date")


def rule_day_range(s: str, ctx: Ctx) -> Timex | None:
    """ "Dec. 3-4", "3-4 December 2025": the first day, with a range over both days."""
    m = patterns()["day_range"].match(s)
    if not m:
        return None
    mon_a, first_a, last_a, first_b, last_b, mon_b, year_txt = m.groups()
    month = lexicon().months[mon_a or mon_b]
    first, last = int(first_a or first_b), int(last_a or last_b)
    if not 1 <= first < last <= 31:
        return None
    year = year2(year_txt) if year_txt else pick_year(month, first, ctx=ctx)
    start, end = safe_date(year, month, first), safe_date(year, month, last)
    anchor: Anchor = "absolute" if year_txt else "reference_date"
    return Timex("DATE", start.isoformat(), ctx.mod, (start.isoformat(), end.isoformat()), anchor)


def rule_month(s: str, ctx: Ctx) -> Timex | None:
    """A month without a day: "April", "last April", "April of next year" ("last April"
    said on 2025-11-18 -> ``2025-04``)."""
    lex = lexicon()
    m = patterns()["month"].match(s)
    if not m:
        return None
    which, month, year_rel = m[1], lex.months[m[2]], m[3]
    ref = ctx.reference
    if year_rel:
        year = ref.year + tables()["year_steps"][year_rel]
    elif which in tables()["back_words"]:
        year = ref.year if month < ref.month else ref.year - 1
    elif which in tables()["ahead_words"]:
        year = ref.year if month > ref.month else ref.year + 1
    elif which == "this":
        year = ref.year
    else:
        year = pick_year(month, None, ctx=ctx)
    return make_date(Point(dt.date(year, month, 1), "month"), ctx, anchor="reference_date")


def rule_quarter(s: str, ctx: Ctx) -> Timex | None:
    """A quarter or half: "the third quarter", "Q3 2031", "the second half of 2031",
    "next year's first quarter" ("Q3 2031" -> ``2031-Q3``)."""
    lex = lexicon()
    m = patterns()["quarter"].match(s)
    ref = ctx.reference
    if m:
        rel_pre, year_pre, ordw, kind, year_post, rel_post = m.groups()
        n = lex.ordinals.get(ordw) or int(ordw[1])
        limit = 4 if kind == "quarter" else 2
        if n > limit:
            return None
        rel = rel_pre or rel_post
        year = int(year_pre or year_post or 0) or (
            ref.year + tables()["year_steps"][rel] if rel else ref.year
        )
        months = 3 if kind == "quarter" else 6
        if not (rel or year_pre or year_post):
            if ctx.tense == "past" and (n - 1) * months + 1 > ref.month:
                year -= 1  # "profit fell in the fourth quarter", said in January: last year's
            elif (
                ctx.tense == "future" and ref.month - n * months > tables()["quarter_report_months"]
            ):
                year += 1  # "sales will fall in the first quarter", said in November: next year's
        anchor: Anchor = "absolute" if (year_pre or year_post) else "reference_date"
    else:
        m = patterns()["qshort"].match(s)
        if not m or (m[2] == "h" and int(m[3]) > 2):
            return None
        kind, n = ("quarter" if m[2] == "q" else "half"), int(m[3])
        year = int(m[1] or m[4] or ref.year)
        anchor = "absolute" if (m[1] or m[4]) else "reference_date"
    month = (n - 1) * (3 if kind == "quarter" else 6) + 1
    gran = "quarter" if kind == "quarter" else "half"
    return make_date(Point(dt.date(year, month, 1), gran), ctx, anchor=anchor)


def completed_quarter(ctx: Ctx) -> Point | None:
    """The quarter just mentioned, if it had ended by the reference date: the one a
    results story reports ("the fourth quarter" in October is a forecast, not it)."""
    prev = ctx.previous
    if prev is None or prev.gran != "quarter":
        return None
    start = dt.date(prev.day.year, 3 * ((prev.day.month - 1) // 3) + 1, 1)
    return prev if add_months(start, 3) <= ctx.reference else None


def last_complete_quarter(reference: dt.date) -> dt.date:
    """A day in the last quarter that had ended by the reference date."""
    return add_months(reference, -3)


def reported_quarter(ctx: Ctx) -> tuple[dt.date, Anchor]:
    """The quarter company news is about: the one just mentioned if it has ended, else
    the last complete one; with the anchor that says which."""
    done = completed_quarter(ctx)
    if done is not None:
        return done.day, "previous"
    return last_complete_quarter(ctx.reference), "reference_date"


def rule_compare(s: str, ctx: Ctx) -> Timex | None:
    """ "the year-ago quarter", "the 1988 period", "the quarter a year earlier"."""
    m = patterns()["compare"].match(s)
    if not m:
        return None
    base, anchor = reported_quarter(ctx)
    if m[3]:
        n = lexicon().ordinals.get(m[3], 0)
        if not 1 <= n <= 4:
            return None
        base = dt.date(ctx.reference.year, 3 * n - 2, 1)
    if m[2] and ctx.previous is not None and ctx.previous.gran == "year" and m[4] == "period":
        # "the 1988 period" after "the nine months": the same months of that year.
        return make_date(Point(dt.date(int(m[2]), 1, 1), "year"), ctx, anchor="absolute")
    if m[2]:
        point = Point(safe_date(int(m[2]), base.month, 1), "quarter")
        return make_date(point, ctx, anchor="absolute" if m[3] else anchor)
    return make_date(Point(add_months(base, -12), "quarter"), ctx, anchor=anchor)


def rule_season(s: str, ctx: Ctx) -> Timex | None:
    """A season: "last winter", "summer 2031", "the spring of next year" ("summer 2031"
    -> ``2031-SU``)."""
    lex = lexicon()
    m = patterns()["season"].match(s)
    if not m:
        return None
    which, season, year_txt, year_rel = m[1], lex.seasons[m[2]], m[3], m[4]
    ref = ctx.reference
    start = SEASON_START[season]
    anchor: Anchor = "absolute" if year_txt else "reference_date"
    # In January and February the winter under way is the one of last December.
    late_winter = start + 2 > 12 and ref.month + 12 <= start + 2
    if year_txt:
        year = year2(year_txt)
    else:
        if year_rel:
            year = ref.year + tables()["year_steps"][year_rel]
        elif which in tables()["back_words"]:
            year = ref.year if start + 2 < ref.month else ref.year - 1
            if late_winter:
                year -= 1  # in January, last winter began two Decembers ago
        elif which in tables()["ahead_words"]:
            year = ref.year if start > ref.month else ref.year + 1
        elif late_winter or (ctx.tense == "past" and start > ref.month):
            year = ref.year - 1
        elif ctx.tense == "future" and start + 2 < ref.month:
            year = ref.year + 1  # "will open in the spring", said in November: next spring
        elif (
            ctx.tense != "past"
            and start < ref.month
            and (start - ref.month) % 12 <= UNTENSED_MONTHS_AHEAD
        ):
            # With no past tense, as a month ("signals rate cut in spring", in November):
            # the coming one when it starts up to four months ahead.
            year = ref.year + 1
        else:
            year = ref.year
    return make_date(Point(dt.date(year, start, 1), "season", season), ctx, anchor=anchor)


def rule_named_from_a_date(s: str, ctx: Ctx) -> Timex | None:
    """A season or a month named from the date just told: "that autumn", "the following
    March", "the previous winter" (after "in March 2021", "that autumn" -> ``2021-FA``).

    "That" is the one of that date's year (the winter of a January began the December
    before); "the following" the first to start after the date; "the previous" the last to
    end before it. Told ahead of an older date ("will plant the following spring"), "the
    following" counts from the report (``rule_season``)."""
    m = patterns()["named_from_a_date"].match(s)
    prev = ctx.previous
    if not m or prev is None or GRAN_ORDER.get(prev.gran, 9) > GRAN_ORDER["year"]:
        return None
    lex = lexicon()
    step = tables()["named_from_a_date_steps"][m[1]]
    first, last = bounds(prev)
    if step > 0 and ctx.tense == "future" and last < ctx.reference:
        return None
    season = lex.seasons.get(m[2])
    start = SEASON_START[season] if season else lex.months[m[2]]
    months = 3 if season else 1

    def unit(year: int) -> tuple[dt.date, dt.date]:
        begin = safe_date(year, start, 1)
        return begin, add_months(begin, months) - dt.timedelta(days=1)

    if step == 0:
        # the winter that holds a January or February began the year before
        early = prev.gran != "year" and first.month < SEASON_START["SP"]
        year = first.year - 1 if season == "WI" and early else first.year
    elif step > 0:
        year = last.year - 1
        while unit(year)[0] <= last:
            year += 1
    else:
        year = first.year + 1
        while unit(year)[1] >= first:
            year -= 1
    point = Point(unit(year)[0], "season", season) if season else Point(unit(year)[0], "month")
    return make_date(point, ctx, anchor="previous")


def _day_word(text: str) -> int | None:
    """ "second" -> 2, "twenty first" -> 21, "3rd" -> 3 (a day of the month, or None)."""
    ordinals = lexicon().ordinals
    tens = {"twenty": 20, "thirty": 30}
    head, _, rest = text.partition(" ")
    n = tens[head] + ordinals.get(rest, 99) if rest and head in tens else ordinals.get(text)
    return n if n is not None and 1 <= n <= MAX_DAY else None


def _day_in_year(month: int, day: int, year_txt: str | None, rel: str | None, ctx: Ctx) -> Timex:
    """A day of a month in the year the text gives ("2021", "next year") or, without one,
    in the year nearest the reference."""
    if year_txt:
        return _absolute(safe_date(year2(year_txt), month, day), ctx, gran="day")
    if rel:
        year = ctx.reference.year + tables()["year_steps"][rel]
    else:
        year = pick_year(month, day, ctx=ctx)
    return make_date(Point(safe_date(year, month, day), "day"), ctx, anchor="reference_date")


def rule_written_day(s: str, ctx: Ctx) -> Timex | None:
    """A day written with words or a year word: "the second of December", "March the
    first", "June 25 next year", "the 3rd of May last year" ("June 25 next year" said in
    2025 -> ``2026-06-25``)."""
    r, months = patterns(), lexicon().months
    m = r["day_word_month"].match(s)
    if m:
        day = _day_word(m[1])
        return None if day is None else _day_in_year(months[m[2]], day, m[3], m[4], ctx)
    m = r["month_day_word"].match(s)
    if m:
        day = _day_word(m[2])
        return None if day is None else _day_in_year(months[m[1]], day, m[3], m[4], ctx)
    m = r["month_day_rel_year"].match(s)
    if m and 1 <= int(m[2]) <= MAX_DAY:
        return _day_in_year(months[m[1]], int(m[2]), None, m[3], ctx)
    m = r["day_month_rel_year"].match(s)
    if m and 1 <= int(m[1]) <= MAX_DAY:
        return _day_in_year(months[m[2]], int(m[1]), None, m[3], ctx)
    return None


def rule_numeric(s: str, ctx: Ctx) -> Timex | None:
    """A date in figures: "2025/11/20"; "15.02.2013" (dotted: day first, as written in
    Europe); "25/12/2024" (a first figure above 12 can only be the day); "2/15" (month
    first, as US news writes it, in the year nearest the reference)."""
    r = patterns()
    m = r["ymd_slash"].match(s)
    if m and 1 <= int(m[2]) <= MONTHS and 1 <= int(m[3]) <= MAX_DAY:
        return _absolute(safe_date(int(m[1]), int(m[2]), int(m[3])), ctx, gran="day")
    m = r["dotted"].match(s)
    if m and 1 <= int(m[1]) <= MAX_DAY and 1 <= int(m[2]) <= MONTHS:
        return _absolute(safe_date(year2(m[3]), int(m[2]), int(m[1])), ctx, gran="day")
    m = r["numeric"].match(s)
    if m and MONTHS < int(m[1]) <= MAX_DAY and 1 <= int(m[2]) <= MONTHS:
        return _absolute(safe_date(year2(m[3]), int(m[2]), int(m[1])), ctx, gran="day")
    m = r["month_slash_day"].match(s)
    if m and 1 <= int(m[1]) <= MONTHS and 1 <= int(m[2]) <= MAX_DAY:
        return _day_in_year(int(m[1]), int(m[2]), None, None, ctx)
    return None


def rule_part_of_year(s: str, ctx: Ctx) -> Timex | None:
    """The first or last three or six months of a year: "the first six months of 2031"
    -> ``2031-H1``, "the last three months of 2031" -> ``2031-Q4``."""
    m = patterns()["part_of_year"].match(s)
    if not m:
        return None
    n = parse_number(m[2].strip())
    year = rule_absolute(m[4], ctx)
    if n is None or year is None or len(year.value) != len("2031"):
        return None
    months = int(n) * (3 if m[3] == "quarters" else 1)
    gran = tables()["part_of_year_months"].get(str(months))
    if gran is None:
        return None
    first = 1 if m[1] == "first" else MONTHS - months + 1
    point = Point(dt.date(int(year.value), first, 1), gran)
    return make_date(point, ctx, anchor=year.anchor)
