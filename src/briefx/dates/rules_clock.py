"""Clock times: "10:30 a.m. Tuesday", "15:30", "1800 hours", "15h00", "a quarter past six",
"3:15 in the afternoon", "8 tonight", "noon tomorrow", with a time zone when one is
written ("9 a.m. ET" -> ``T09:00-05:00`` in November; Greenwich time as TimeML writes it,
without a zone: "14:00 GMT" and "1530 GMT" -> ``T14:00``, ``T15:30``)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from zoneinfo import ZoneInfo

from briefx.dates.calendar import Anchor, Timex
from briefx.dates.context import Ctx, patterns, phrases, tables
from briefx.dates.lexicon import lexicon, parse_number
from briefx.dates.rules_named import rule_absolute, rule_month_day
from briefx.dates.rules_relative import rule_deictic, rule_weekday

# Hours before this, read "at night", are after midnight ("2 at night" is 02:00).
NIGHT_AM_BEFORE = 6
# The last hour of a 12-hour clock; "12 p.m." is noon, "12 a.m." midnight.
HALF_DAY = 12
# Minutes run 0..59.
LAST_MINUTE = 59
# Marks a 12-hour clock time said without a.m. / p.m., left to the part of day around it.
FREE_HOUR = -99
# A part-of-day kind as the clock_parts table words it.
_PART_WORDS = {"am": "in the morning", "pm": "in the afternoon", "night": "at night"}
_CLOCK_AT = re.compile(r"^.+,? at \d")
_OFFSET = re.compile(r"^(?:gmt|utc) ?([+-]) ?(\d{1,2})(?::?(\d\d))?$")
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _clock_day(text: str | None, ctx: Ctx) -> tuple[dt.date, Anchor, str | None] | None:
    """The day a clock time is on, and the part of day said with it: the words around it
    ("Tuesday", "on Nov. 19", "tomorrow morning" -> MO), else the day the story is about
    (the one just mentioned), else the reference."""
    if not text:
        # "at 10:35 a.m." is on the day the story is about: the one just mentioned.
        if ctx.previous is not None and ctx.previous.gran == "day":
            return ctx.previous.day, "previous", None
        return ctx.reference, "reference_date", None
    text = phrases()["clock_day_prep"].sub("", text.strip(" ,"))
    text = phrases()["clock_day_at"].sub("", text)  # "next Tuesday at [noon]"
    for rule in (rule_deictic, rule_weekday, rule_month_day, rule_absolute):
        t = rule(text, replace(ctx, mod=None))
        if t and _DAY_VALUE.match(t.value):
            return dt.date.fromisoformat(t.value), t.anchor, None
        if t and t.type == "TIME" and _DAY_VALUE.match(t.value[:10]) and t.value[10:11] == "T":
            part = t.value[11:]  # "tomorrow morning": the day, and the part of it
            if part in tables()["part_hours"]:
                return dt.date.fromisoformat(t.value[:10]), t.anchor, part
    return None


def zone_suffix(zone: str | None, day: dt.date, clock: str) -> str:
    """The ISO 8601 offset a zone word gives a clock time on a day: ("et", 2025-11-18,
    "T09:00") -> "-05:00"; "gmt+8" -> "+08:00"; "gmt", "utc" (TimeML writes no "Z") and
    unknown -> ""."""
    if not zone:
        return ""
    m = _OFFSET.match(zone)
    if m:
        hours, minutes = int(m[2]), int(m[3] or 0)
        if hours == 0 and minutes == 0:
            return ""  # Greenwich time: TimeML values carry no "Z"
        return f"{m[1]}{hours:02d}:{minutes:02d}"
    known = lexicon().time_zones.get(zone, "")
    if "/" not in known:
        return known
    hour, minute = (int(x) for x in clock[1:].split(":"))
    moment = dt.datetime.combine(day, dt.time(min(hour, 23), minute), ZoneInfo(known))
    offset = moment.strftime("%z")  # "-0500"
    return f"{offset[:3]}:{offset[3:]}"


def _apply_part(hour: int, part: str | None) -> tuple[int, int] | None:
    """An hour of a 12-hour clock read with its part of day ("3", "in the afternoon") ->
    (15, days from the reference); None for an hour no clock has."""
    kind, days = tables()["clock_parts"].get(part or "", ["", 0])
    if kind and not 1 <= hour <= HALF_DAY:
        return None
    if kind == "am":
        hour = 0 if hour == HALF_DAY else hour
    elif kind == "pm" or (kind == "night" and hour >= NIGHT_AM_BEFORE):
        hour = hour if hour == HALF_DAY and kind == "pm" else hour % HALF_DAY + HALF_DAY
    return hour, days


def _hour_word(text: str) -> int | None:
    """ "6", "six", "noon" (12), "midnight" (0) -> the hour."""
    if text in ("noon", "midnight"):
        return HALF_DAY if text == "noon" else 0
    n = parse_number(text)
    return int(n) if n is not None and n == int(n) and 0 <= n <= HALF_DAY else None


def _past_to(m: re.Match[str]) -> tuple[int, int, int, str | None, str | None] | None:
    """ "a quarter past six" -> (6, 15, 0 days, part, day text)."""
    amount = m[2]
    minutes = tables()["clock_minutes"].get(amount)
    if minutes is None:
        n = parse_number(amount.removesuffix(" minutes").removesuffix(" minute"))
        minutes = int(n) if n is not None and n == int(n) and 0 < n < 60 else None
    hour = _hour_word(m[4])
    if minutes is None or hour is None:
        return None
    if m[3] in ("to", "before"):
        hour, minutes = (hour - 1) % 24, 60 - minutes
    read = _apply_part(hour, m[5]) if m[5] else (hour, 0)
    if read is None:
        return None
    before = None if m[1] == "a" else m[1]  # "a quarter past": the article, not a day
    return read[0], minutes, read[1], m[5], before or m[6]


def _counted_to(before: str | None) -> bool:
    """The words before an hour count minutes to or past it ("half past", "ten to")."""
    return before is not None and before.rsplit(" ", 1)[-1] in ("past", "after", "to", "before")


def _read(s: str) -> tuple[str, str | None, str | None, int] | None:
    """The clock of a phrase: ("T15:30", zone word, day text, days from the reference)."""
    r = patterns()
    m = r["clock_words"].match(s)
    # "4 in the morning", "8 o'clock in the evening" (before "clock" reads the part as a
    # day); not the hour of "half past three in the afternoon" (``clock_past_to``)
    if m and (hour := _hour_word(m[2])) is not None and not _counted_to(m[1]):
        read = _apply_part(hour, m[4])
        if read is None or int(m[3] or 0) > 59:
            return None
        return f"T{read[0]:02d}:{int(m[3] or 0):02d}", None, m[1] or m[5], read[1]
    m = r["clock"].match(s)
    if m and (hour := _hour_word(m[2])) is not None:  # "3 o'clock", "three o'clock"
        minute = int(m[3] or 0)
        ampm = (m[4] or "").replace(".", "")
        if ampm == "pm" and hour < HALF_DAY:
            hour += HALF_DAY
        elif ampm == "am" and hour == HALF_DAY:
            hour = 0
        if hour > 24 or minute > 59:
            return None
        free = ampm == "o'clock"  # "10 o'clock": a.m. or p.m. left to the day's part
        return f"T{hour:02d}:{minute:02d}", m[5], m[1] or m[6], FREE_HOUR if free else 0
    for name in ("clock_24h", "clock_military"):
        m = r[name].match(s)
        if m:
            return f"T{int(m[2]):02d}:{m[3]}", m[4], m[1] or m[5], 0
    m = r["clock_past_to"].match(s)
    if m:
        found = _past_to(m)
        if found is None:
            return None
        hour, minute, days, _, day_text = found
        return f"T{hour:02d}:{minute:02d}", None, day_text, days
    m = r["noon"].match(s)
    if m:
        return ("T24:00" if m[2] == "midnight" else "T12:00"), None, m[1] or m[3], 0
    m = r["clock_at_part"].match(s)
    if m and int(m[2]) <= HALF_DAY and int(m[3] or 0) <= LAST_MINUTE:
        # "Monday morning at 9": an hour read with the part of day named before it
        return f"T{int(m[2]):02d}:{int(m[3] or 0):02d}", None, m[1], FREE_HOUR
    return None


def rule_clock(s: str, ctx: Ctx) -> Timex | None:
    """A clock time with its day: "10:30 a.m. Tuesday", "5 in the afternoon", "noon
    tomorrow" ("noon tomorrow" on 2025-11-18 -> TIME ``2025-11-19T12:00``; "14:00 GMT"
    -> ``2025-11-18T14:00``)."""
    read = _read(s)
    if read is None:
        return None
    clock, zone, text_day, days = read
    found = _clock_day(text_day, ctx)
    if found is None:
        return None
    day, anchor, part = found
    if days == FREE_HOUR:
        if part is None and _CLOCK_AT.match(s):
            return None  # "Tuesday at 9" with no part of day: a.m. or p.m. is not known
        days = 0
        if part is not None:
            hour = _apply_part(int(clock[1:3]), _PART_WORDS[tables()["part_hours"][part]])
            if hour is None:
                return None
            clock = f"T{hour[0]:02d}{clock[3:]}"
    if days:
        day, anchor = ctx.reference + dt.timedelta(days=days), "reference_date"
    value = day.isoformat() + clock + zone_suffix(zone, day, clock)
    return Timex("TIME", value, ctx.mod, (day.isoformat(), day.isoformat()), anchor)
