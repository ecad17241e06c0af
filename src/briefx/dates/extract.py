"""Dates: find date/time expressions in a Doc and resolve them to TIMEX3 values.

- :func:`normalize` (pure): one expression + reference date -> :class:`Timex`.
- :func:`find_dates` (pure over a parsed Doc): every expression, in document order, as
  frozen :class:`DateFinding` records.
- The ``briefx_dates`` component writes their plain dicts (``DateFinding.as_dict``:
  ``{"start", "end", "text", "type", "value", "mod", "range", "anchor"}``) to
  ``doc._.briefx_dates``, resolving
  against ``doc._.briefx_reference`` (ISO date; today's date only when it is missing).

Anchors: ``"reference_date"`` (resolved against the publication date), ``"date:<i>"``
(resolved against record ``i`` of the same list: "a day earlier", "the next day") or
``"absolute"`` (the text says it all: "19 November 2025", "four months").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache, lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

import briefx.extensions  # noqa: F401  (registers doc._.briefx_reference / briefx_dates)
from briefx.dates.calendar import (
    Timex,
    bounds,
    day_range,
    fmt,
    parse_value,
    safe_date,
    whole_length,
)
from briefx.dates.find import (
    drop_leading_words,
    drop_modifier_determiner,
    find_spans,
    is_ordinal_before_noun,
    opens_a_clause,
    period_ending,
)
from briefx.dates.lexicon import (
    context_data,
    context_words,
    event_nouns,
    evidence_verbs,
    lexicon,
    misread_past,
    reporting_verbs,
    taking_up_verbs,
)
from briefx.dates.normalizer import normalize as _normalize
from briefx.dates.records import DateFinding
from briefx.dates.rules_holiday import holiday_a_year_back
from briefx.dates.tense import bare_present, looks_back, report_day_of, tense_of
from briefx.extensions import text_of
from briefx.reference import default_reference, parse_date
from briefx.resources import load_json
from briefx.text import ends_without_a_stop, timex

__all__ = ["DateFinding", "DatesComponent", "Timex", "find_dates", "make_dates", "normalize"]

# Distinct phrases kept by the normaliser's cache: a long batch of news repeats a few
# thousand phrases ("Monday", "last year"); more only costs memory.
NORMALIZE_CACHE_SIZE = 4096
# Longest candidate (tokens) whose sub-spans are tried when the whole does not normalise:
# the search is quadratic in the length, and NER DATE spans are rarely longer.
MAX_SUBSPAN_TOKENS = 12
_IN_BEFORE = re.compile(r"(?:^|\W)[Ii]n\s$")
# Tokens after a half or quarter searched for "of the match" / "of the game".
MATCH_AFTER_TOKENS = 4
# len("2025-11-19"): a value naming one day; len("2025-11"): one month.
DAY_VALUE_LENGTH = 10
MONTH_VALUE_LENGTH = 7


# The public normaliser: the pure rules of ``normalizer``, cached (pure, so safe).
normalize = lru_cache(maxsize=NORMALIZE_CACHE_SIZE)(_normalize)


def _has_parse(doc: Doc) -> bool:
    return len(doc) > 0 and doc.has_annotation("DEP") and doc.has_annotation("TAG")


def find_dates(doc: Doc, *, reference: dt.date) -> list[DateFinding]:
    """Find and resolve every date/time expression in a parsed Doc.

    "Talks resume on Nov. 19." (reference 2025-11-18) -> one finding "Nov. 19",
    ``2025-11-19``.

    Args:
        doc: a Doc; NER DATE/TIME entities are used when present, rules always.
        reference: the publication date relative expressions resolve against.

    Returns:
        :class:`DateFinding` records in document order, ``doc.text[start:end] == text``;
        ``DateFinding.as_dict`` gives the plain record the Doc carries.
    """
    records: list[DateFinding] = []
    previous: tuple[int, str] | None = None
    # The last of those that is not ahead of the report: what a past narration counts
    # from ("The ship ran aground on Saturday. The salvage will last until April. It had
    # left port a day earlier": from Saturday, not April).
    behind: tuple[int, str] | None = None
    # (sentence start, record) of the last quarter, half or month told: the period a results
    # sentence compares a year back ("first-quarter revenue on Monday, up 5% from a year ago")
    period: tuple[int, int] | None = None
    report_days: set[int] = set()  # records of the day a report came out
    # (end of sentence, previous to restore) while "the nine months" sets the context
    to_date: tuple[int, tuple[int, str] | None, tuple[int, str] | None] | None = None
    parsed = _has_parse(doc)
    text_all = text_of(doc)  # Doc.text and Doc.ents are rebuilt on every access
    for first, last in find_spans(doc, text_all, ents=tuple(doc.ents)):
        span = doc.char_span(first, last, alignment_mode="expand")
        if span is None or not len(span):
            continue
        if _is_title(span) or (parsed and (_is_ordinal_second(span) or _is_match_part(span))):
            continue
        if parsed and (
            _no_night(span) or _kind_of_thing(span) or _a_procession(span) or _a_drop(span)
        ):
            continue
        rate = parsed and _is_rate(span)
        if parsed:
            span = drop_modifier_determiner(span)
            if len(span) > 1 and opens_a_clause(span[0]):
                span = span[1:]  # "said that June sales fell": no date "that June"
            first, last = max(first, span.start_char), min(last, span.end_char)
        if to_date is not None and first >= to_date[0]:
            # the sentence of "the nine months" ended
            previous, behind, to_date = to_date[1], to_date[2], None
        tense = tense_of(span) if parsed else None
        if tense == "present" and _is_schedule(span):
            tense = "future"
        # A past narration counts from the last date not ahead of the report.
        told = behind if tense == "past" and behind is not None else previous
        found = _resolve(
            text_all,
            span,
            bounds=(first, last),
            reference=reference,
            previous=told[1] if told else None,
            tense=tense,
        )
        if found is None:
            continue
        start, end, timex = found
        if parsed and tense == "future" and previous is not None:
            # "said on Monday flights would run on Tuesday": the Tuesday after that Monday
            timex = _after_the_report(span, text_all[start:end], timex, records[previous[0]])
        if is_ordinal_before_noun(text_all, start, end):
            continue  # what is left of "the 12th minute" once "minute" did not read
        text = text_all[start:end]
        if rate and timex.type == "DURATION":
            timex = Timex("SET", timex.value, timex.mod, None, "absolute")
        if (
            timex.anchor == "previous"
            and previous is not None
            and _context_res()["year_back"].search(text)
            and _context_res()["year_back"].search(records[previous[0]].text)
        ):
            # "from $5 million a year ago ... compared with $7 million a year earlier":
            # both name the same comparison period; the second does not step back again.
            base = records[previous[0]]
            timex = Timex(timex.type, base.value, timex.mod, base.range, "previous")
        if parsed and previous is not None and timex.anchor != "previous":
            timex = _year_back_quarter(timex, text, previous[1], text_all, span, first)
        if parsed and records and tense != "future":
            timex = _in_the_framing_year(timex, text, span, records)
        if parsed and tense == "past":
            timex = _behind_its_past_verb(timex, span, reference)
        listed = _listed_after(text_all, start, text, timex, records, reference, tense)
        if listed is not None:  # "next Thursday and Friday": the Friday after that Thursday
            timex = listed
        if timex.anchor == "previous" and told is not None:
            anchor = f"date:{told[0]}"
        else:
            anchor = "reference_date" if timex.anchor == "previous" else timex.anchor
        if (
            parsed
            and period is not None
            and period[1] < len(records) - 1  # a day told between: "on Monday"
            and (
                period[0] == span.sent.start_char
                # the figure's sentence just before, and only the report's day since ("Sales
                # rose in November, a survey showed on Monday. ... from a year earlier")
                or (
                    _sentence_before(span) == period[0]
                    and all(k in report_days for k in range(period[1] + 1, len(records)))
                )
            )
        ):
            back = _a_year_before_the_period(text, records[period[1]].value, text_all, span, first)
            if back is not None:
                timex, anchor = back, f"date:{period[1]}"
        if records and timex.type == "DATE":
            _name_the_period_ended(records, text_all, start, timex.value)
        records.append(
            DateFinding(start, end, text, timex.type, timex.value, timex.mod, timex.range, anchor)
        )
        if parsed and (_reports_on(span) is not None or _shown_on(span)):
            report_days.add(len(records) - 1)  # "the office said on Monday"
        if parsed and _PERIOD_VALUE.match(timex.value or ""):
            period = (span.sent.start_char, len(records) - 1)
        # Only a day reached from the previous date moves the story's time ("two days
        # later"); a comparison ("a year earlier", "the year-ago quarter", "that night")
        # does not: the next "a year earlier" still compares with the same period.
        compared = timex.anchor == "previous" and len(timex.value) != DAY_VALUE_LENGTH
        if timex.type in ("DATE", "TIME") and timex.range is not None and not compared:
            if not (parsed and previous is not None and _report_after(span, timex, previous[1])):
                previous = (len(records) - 1, timex.value)
                if timex.range[0] <= reference.isoformat():
                    behind = previous
        elif timex.type == "DURATION" and _context_res()["to_date"].match(text):
            # "For the nine months, profit rose from a year earlier": the period runs from
            # the start of the year, so what follows compares whole years.
            year = previous[1][:4] if previous and previous[1][:4].isdigit() else None
            if parsed:
                to_date = (span.sent.end_char, previous, behind)
            previous = behind = (len(records) - 1, year or str(reference.year))
    if parsed and records:
        _nights_before_their_days(doc, records)
        _headline_days_as_told(doc, records)
    return records


def _headline_days_as_told(doc: Doc, records: list[DateFinding]) -> None:
    """A headline's date that its lead tells again in the same words is the lead's day:
    "Vell Rovers play Orla on Saturday" above "Vell Rovers play Orla on Saturday without
    their captain" (the headline's present was read by itself, the lead's as a schedule).
    The lead is the sentences of the first paragraph after the headline. Replaces the
    first record in place."""
    record = records[0]  # a headline is the first line: only the Doc's first date can be in it
    span = doc.char_span(record.start, record.end, alignment_mode="expand")
    if span is None or not _in_headline(span):
        return
    lead_end = _first_paragraph_end(doc, span.sent.end_char)
    again = next(
        (
            (k, other)
            for k, other in enumerate(records)
            if span.sent.end_char <= other.start < lead_end
            and other.text.lower() == record.text.lower()
        ),
        None,
    )
    if again is not None and again[1].value != record.value:
        k, told = again
        records[0] = replace(record, value=told.value, range=told.range, anchor=f"date:{k}")


def _first_paragraph_end(doc: Doc, start: int) -> int:
    """Where the first paragraph after ``start`` ends: the next blank line after its text,
    or the Doc's end."""
    text = text_of(doc)
    body = len(text) - len(text[start:].lstrip())
    found = text.find("\n\n", body)
    return len(text) if found < 0 else found


def _listed_after(
    text_all: str,
    start: int,
    text: str,
    timex: Timex,
    records: Sequence[DateFinding],
    reference: dt.date,
    tense: str | None,
) -> Timex | None:
    """A bare weekday listed right after another day's date ("next Thursday and Friday",
    "on Wednesday, Thursday and Friday") that its own reading set before that day: the
    first such weekday after it. None when it is no such weekday, when its reading is
    already after the day, or when a past event would move past the publication day."""
    weekday = lexicon().weekdays.get(text.lower().removeprefix("on ").strip(". "))
    if weekday is None or not records or timex.type != "DATE":
        return None
    before = records[-1]
    if len(before.value or "") != DAY_VALUE_LENGTH or len(timex.value) != DAY_VALUE_LENGTH:
        return None
    if before.type != "DATE" or not before.value[:4].isdigit():
        return None  # "every Friday and Friday": a set ("XXXX-WXX-5") is no day
    if text_all[before.end : start].strip().lower() not in _list_joiners():
        return None
    if timex.value >= before.value:
        return None  # in order already
    day = dt.date.fromisoformat(before.value)
    moved = day + dt.timedelta(days=(weekday - day.isoweekday() - 1) % 7 + 1)
    if tense == "past" and moved > reference:
        return None  # "attacked the town on Thursday and Monday": both behind
    value = moved.isoformat()
    return Timex("DATE", value, timex.mod, (value, value), timex.anchor)


@cache
def _list_joiners() -> frozenset[str]:
    """What joins a day to the next in a list ("Thursday and Friday", "Wednesday,
    Thursday"): ``list_joiners`` in models/dates/patterns.json."""
    return frozenset(load_json("dates/patterns.json")["list_joiners"])


# The auxiliaries of a future told in the past ("said it would close").
_FUTURE_IN_THE_PAST = frozenset({"would", "'d"})


def _after_the_report(span: Span, text: str, found: Timex, report: DateFinding) -> Timex:
    """A bare weekday of a "would" clause that a past reporting verb with a day of its own
    carries is the first such weekday after the report's day ("The airline said on Monday
    that flights would run normally on Tuesday", told on Thursday: the Tuesday after that
    Monday), not the coming one; ``report`` is the date told just before (the report's
    day, in the same sentence)."""
    if found.type != "DATE" or found.value is None or not _weekday_re().fullmatch(text):
        return found
    if not timex.DAY.match(report.value or "") or report.start < span.sent.start_char:
        return found
    verb = span.root
    for _ in range(len(span.doc)):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if not any(c.dep_ == "aux" and c.lower_ in _FUTURE_IN_THE_PAST for c in verb.children):
        return found
    said = verb.head
    if verb.dep_ != "ccomp" or said.tag_ != "VBD" or said.lemma_.lower() not in reporting_verbs():
        return found
    after = _normalize(text, reference=dt.date.fromisoformat(report.value[:10]), tense="future")
    if after is None or after.value is None or after.value >= found.value:
        return found
    return after


@cache
def _weekday_re() -> re.Pattern[str]:
    """A weekday's name alone ("Tuesday", "Tues.")."""
    return re.compile(rf"(?:{lexicon().weekday_re})", re.IGNORECASE)


def _nights_before_their_days(doc: Doc, records: list[DateFinding]) -> None:
    """A night word alone beside a day of its sentence is the night before that day:
    "swept the coast overnight, leaving homes without power on Friday morning", "queued
    overnight for Friday's concert" (Thursday night), not the night before publication.
    Replaces the records in place."""
    nights = lexicon().deictic_nights
    for n, night in enumerate(records):
        if night.text.lower() not in nights:
            continue
        sentence = doc.char_span(night.start, night.end, alignment_mode="expand")
        if sentence is None:
            continue
        bounds = sentence.sent.start_char, sentence.sent.end_char
        day = next(
            (
                (k, other)
                for k, other in enumerate(records)
                if k != n
                and bounds[0] <= other.start < bounds[1]
                and other.type in ("DATE", "TIME")
                and timex.DAY.match(other.value)
                and not _in_another_clause(doc, other, sentence.root)
            ),
            None,
        )
        if day is None:
            continue
        before = dt.date.fromisoformat(day[1].value[:10]) - dt.timedelta(days=1)
        value = f"{before.isoformat()}T{lexicon().day_parts[night.text.lower()]}"
        records[n] = replace(
            night, value=value, range=(before.isoformat(),) * 2, anchor=f"date:{day[0]}"
        )


def _in_another_clause(doc: Doc, day: DateFinding, night: Token) -> bool:
    """The day lies in a relative clause that does not hold the night word: "continued
    overnight near the town, where shelling killed three civilians on Sunday" (Sunday is
    the shelling's)."""
    span = doc.char_span(day.start, day.end, alignment_mode="expand")
    if span is None:
        return False
    current = span.root
    for _ in range(len(doc)):
        if current.dep_ in ("relcl", "acl"):
            return not current.left_edge.i <= night.i <= current.right_edge.i
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _name_the_period_ended(records: list[DateFinding], text: str, start: int, end: str) -> None:
    """ "the quarter ended June 30", "the quarter ending in June", "the week ended Friday":
    the period the date closes, not the one a bare "the quarter" or "the week" would be
    by the publication date. Three months up to a day or a month are the calendar quarter
    of their middle month ("the quarter ended July 31" is mostly May to July: the second;
    "ending in January" closes November to January: the fourth). A quarter named by its
    number keeps it ("its fourth quarter ended on June 29" is a fiscal one). A week that
    ended on a day is that day's ISO week. Replaces the last of ``records`` in place."""
    last = records[-1]
    ending = _context_res()["period_ending"].match(text, last.end)
    if ending is None or text[ending.end() : start].strip():
        return  # not "the quarter ended <day>"
    if _QUARTER_VALUE.match(last.value) and len(end) in (DAY_VALUE_LENGTH, MONTH_VALUE_LENGTH):
        if any(word in lexicon().ordinals for word in re.split(r"[\s-]+", last.text.lower())):
            return
        value = _quarter_closed_by(end)
    elif _ANY_WEEK.match(last.value) and len(end) == DAY_VALUE_LENGTH:
        year, week, _ = dt.date.fromisoformat(end).isocalendar()
        value = f"{year:04d}-W{week:02d}"
    else:
        return
    point = parse_value(value)
    if point is None:
        return
    first, final = bounds(point)
    records[-1] = replace(last, value=value, range=(first.isoformat(), final.isoformat()))


def _quarter_closed_by(end: str) -> str:
    """The calendar quarter of the three months up to a day or a month ("2025-06-30",
    "2025-06" -> "2025-Q2"): the quarter of their middle month."""
    if len(end) == MONTH_VALUE_LENGTH:
        last_month = dt.date.fromisoformat(f"{end}-01")
    else:
        day = dt.date.fromisoformat(end)
        # The last month is the day's, or the one before for a day early in its month
        # (retail quarters end on a Saturday: "ended Aug. 2" closes May to July).
        last_month = day.replace(day=1) if day.day >= _LATE_IN_MONTH else _month_before(day)
    middle = _month_before(last_month)
    return f"{middle.year:04d}-Q{(middle.month - 1) // 3 + 1}"


# "the week" as its rule gives it ("2025-WXX") or with its number.
_ANY_WEEK = re.compile(r"^\d{4}-W(\d{2}|XX)$")


# From this day of the month on, a quarter that ends on it ends in that month.
_LATE_IN_MONTH = 15


def _month_before(day: dt.date) -> dt.date:
    """The first day of the month before ``day``'s."""
    return (day.replace(day=1) - dt.timedelta(days=1)).replace(day=1)


# How long before a report the day it tells of may lie and still be the story's day.
_REPORT_LAG = dt.timedelta(days=7)


def _report_after(span: Span, timex: Timex, previous: str) -> bool:
    """The date is the day a report was made ("officials said on Monday", "told reporters
    Monday") within a week after the day the story told of (``previous``): that day stays
    the story's, for "at 11:42 p.m.", "that night", "the next day" that follow."""
    story, said = parse_value(previous), parse_value(timex.value[:10])
    if story is None or said is None or story.gran != "day" or said.gran != "day":
        return False
    if not dt.timedelta(0) < said.day - story.day <= _REPORT_LAG:
        return False
    head = span.root.head
    if head.dep_ == "prep" and head.head.i != head.i:
        head = head.head  # "said on Monday"
    return head.pos_ == "VERB" and head.lemma_.lower() in reporting_verbs()


def _year_back_quarter(
    timex: Timex, text: str, previous: str, text_all: str, span: Span, first: int
) -> Timex:
    """ "compared with $4 million last year" after "the latest quarter" (a
    results story): the same quarter a year back, as "a year ago" is, not the whole year."""
    quarter = _QUARTER_VALUE.match(previous)
    res = _context_res()
    if quarter is None or not res["last_year"].fullmatch(text.strip()):
        return timex
    if not res["comparison_before"].search(text_all[span.sent.start_char : first]):
        return timex
    back = _period_a_year_back(previous)
    if back is None:
        return timex
    return Timex(timex.type, back[0], timex.mod, back[1], "previous")


_QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")
_PERIOD_VALUE = re.compile(r"^(\d{4})-([QH][1-4]|\d{2})$")


def _period_a_year_back(period: str) -> tuple[str, tuple[str, str]] | None:
    """The value and day range of a quarter, a half or a month a year back ("2026-Q1":
    "2025-Q1", "2026-11": "2025-11")."""
    found = _PERIOD_VALUE.match(period)
    if found is None:
        return None
    value = f"{int(found[1]) - 1:04d}-{found[2]}"
    point = parse_value(value)
    if point is None:
        return None
    start, end = bounds(point)
    return value, (start.isoformat(), end.isoformat())


def _shown_on(span: Span) -> bool:
    """The day a source showed its figures: "a survey showed on Monday", "data showed on
    Tuesday" (a verb of ``evidence_verbs`` in the past, ``models/events/time.json``)."""
    prep = span.root.head
    verb = prep.head if span.root.dep_ == "pobj" and prep.dep_ == "prep" else prep
    return verb.tag_ == "VBD" and verb.lemma_.lower() in evidence_verbs()


def _sentence_before(span: Span) -> int | None:
    """Where the sentence before ``span``'s starts, or None for the first."""
    first = span.sent.start
    return span.doc[first - 1].sent.start_char if first else None


def _a_year_before_the_period(
    text: str, period: str, text_all: str, span: Span, first: int
) -> Timex | None:
    """ "up 5% from a year ago", "compared with $3 million a year earlier" after a quarter
    or a half its sentence told and a day the report names between them ("first-quarter
    revenue of $2 billion on Monday, ..."): that period a year back, not the day's; else
    None."""
    res = _context_res()
    if not res["year_back"].fullmatch(text.strip()):
        return None
    before = text_all[span.sent.start_char : first]
    # "up from", "compared with"; or "from" right before it ("up 5% from a year ago")
    if not (res["comparison_before"].search(before) or before.rstrip().lower().endswith(" from")):
        return None
    back = _period_a_year_back(period)
    return None if back is None else Timex("DATE", back[0], None, back[1], "previous")


# A month, or a day of one, as its rules give it: the year read from the publication date.
_MONTH_VALUE = re.compile(r"^\d{4}(-\d{2}(?:-\d{2})?)$")
_YEAR_VALUE = re.compile(r"^\d{4}$")
# A year written out ("2019", "'19"): the month's own year, which nothing overrides.
_WRITTEN_YEAR = re.compile(r"\d{4}|'\d\d")


def _in_the_framing_year(timex: Timex, text: str, span: Span, records: list[DateFinding]) -> Timex:
    """A month or day named without a year ("in March", "on May 12"), not told as to
    come, in the year that sets its sentence: a year date before it that opens the
    sentence before any verb ("In 2019, the river flooded the town in March", "Last
    year, ... in February") or whose "when" clause holds it ("lost money in 2023, when a
    fire shut its mill in May"). Else the year the rules read from the publication date.
    """
    month = _MONTH_VALUE.match(timex.value)
    if (
        timex.type != "DATE"
        or month is None
        or timex.anchor != "reference_date"
        or _WRITTEN_YEAR.search(text)
        or not any(w in lexicon().months for w in re.findall(r"[a-z]+", text.lower()))
    ):
        return timex
    sent = span.sent
    for record in reversed(records):
        if record.start < sent.start_char:
            break
        if record.type != "DATE" or not _YEAR_VALUE.match(record.value or ""):
            continue
        year = span.doc.char_span(record.start, record.end, alignment_mode="expand")
        if year is None or not (_opens(year) or _in_when_clause(span, year)):
            continue
        if record.value == timex.value[:4]:
            return timex
        value = record.value + month[1]
        point = parse_value(value)
        if point is None:  # Feb. 29 of a year without one
            return timex
        return Timex(timex.type, value, timex.mod, day_range(point, timex.mod), timex.anchor)
    return timex


def _behind_its_past_verb(timex: Timex, span: Span, reference: dt.date) -> Timex:
    """A month or a day ahead of the report that hangs on a past verb, a verb of an event
    of its own ("Exports fell in May", "The plant closed on May 2", "The mine was flooded
    in April", "Rovers lost the final in May", told in March; "Troops last held it in
    April", ``looks_back``), or that dates the subject of one ("The vote in May gave the
    party a majority": ``_dated_subject``): last year's. Not a verb of saying,
    foretelling, expecting or planning, whose date may be its news to come, nor one with a
    clause of its own ("agreed to sell the unit in May"), nor one that books, moves or
    awaits the occasion its object names ("called an election in May": ``booking_verbs``,
    ``deadline_verbs``, ``awaiting_verbs``), or takes up an event its object names
    ("sought a hearing on Dec. 9": ``taking_up_verbs``, ``event_nouns``)."""
    month = re.fullmatch(r"(\d{4})-(\d{2})(-\d{2})?", timex.value)
    if (
        timex.type != "DATE"
        or month is None
        or timex.anchor != "reference_date"
        or timex.value <= reference.isoformat()[: len(timex.value)]  # not ahead
    ):
        return timex
    report = _reports_on(span)
    if report is not None:
        return _a_year_back(timex, month, span.text) if report.tag_ == "VBD" else timex
    # The date's noun: its root, or a range's first end ("from [April] to May").
    noun = (
        span.root
        if span.root.dep_ == "pobj"
        else next((t for t in span if t.dep_ == "pobj"), span.root)
    )
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return timex
    subject = None
    if verb.pos_ not in ("VERB", "AUX"):
        # "The vote in May gave the party a majority", "Her withdrawal from the race in
        # April angered her backers": the month dates the subject of a past verb.
        subject = _dated_subject(verb)
        if subject is None:
            return timex
        verb = subject.head
    words = context_words()
    phase = (
        verb.tag_ in ("VB", "VBG")
        and verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() in words["phase_verbs"] | words["implicative_verbs"]
    )
    if phase:
        verb = verb.head  # "Exports began to recover in May": the beginning's tense
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    told_past = (
        verb.tag_ == "VBD"
        or (verb.tag_ == "VBN" and any(a.tag_ == "VBD" for a in auxes))  # "was flooded"
        or (not auxes and misread_past(verb))  # "The factory reopened in May" read as VBN
    )
    lemma = verb.lemma_.lower()
    if (
        not told_past
        or (
            not phase
            and any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
            and not looks_back(verb)
        )
        or (
            subject is None
            and any(c.dep_ == "dobj" for c in verb.children)
            # "called an election in May", "postponed the vote to May": the occasion's
            and lemma in words["booking_verbs"] | words["deadline_verbs"] | words["awaiting_verbs"]
        )
        or (
            # "sought a hearing on Dec. 9": the event it takes up may be still to come
            lemma in taking_up_verbs()
            and any(c.dep_ == "dobj" and c.lemma_.lower() in event_nouns() for c in verb.children)
        )
        or lemma in reporting_verbs()
        or lemma in words["foretelling_verbs"] | words["expecting_verbs"] | words["plan_verbs"]
        # "The summit in May was cancelled", "The final in May was moved": what the verb
        # does to the occasion may come before it
        or (
            subject is not None
            and subject.dep_ == "nsubjpass"
            and lemma
            in taking_up_verbs()
            | words["booking_verbs"]
            | words["deadline_verbs"]
            | words["awaiting_verbs"]
        )
    ):
        return timex
    return _a_year_back(timex, month, span.text)


# Phrases between the noun a date hangs on and the subject whose phrase it is in.
SUBJECT_PHRASE_HOPS = 1


def _dated_subject(noun: Token) -> Token | None:
    """The subject of a verb that a date's noun is, or lies in: "The vote [in May]",
    "Sales [in May]"; "Her withdrawal from the race [in April]", "Protests in the capital
    [in April]" (an event noun whose ``subject_phrase_preps`` phrase holds the date's noun).
    None for a hope or a plan ("Plans for a vote in May", ``future_heads``), a subject with
    a "for" phrase ("Tickets for the match in May": the occasion is another's,
    ``plan_preps``), and a word of no subject."""
    words = context_words()
    hops = 0
    while noun.dep_ not in ("nsubj", "nsubjpass"):
        prep = noun.head
        if (
            hops == SUBJECT_PHRASE_HOPS
            or noun.dep_ != "pobj"
            or prep.dep_ != "prep"
            or prep.lower_ not in words["subject_phrase_preps"]
        ):
            return None
        noun, hops = prep.head, hops + 1
        if _lemma(noun) not in event_nouns():
            return None
    if noun.pos_ not in ("NOUN", "PROPN") or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    if _lemma(noun) in words["future_heads"] or noun.lower_ in words["future_heads"]:
        return None
    if any(c.dep_ == "prep" and c.lower_ in words["plan_preps"] for c in noun.children):
        return None
    return noun


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _reports_on(span: Span) -> Token | None:
    """The reporting verb whose own day the date is: right after it or its object ("said
    on May 2 it would cut jobs", "told reporters on April 14 that"), or where the parse hung
    the day on the clause it carries (``report_day_of``); else None."""
    found = report_day_of(span.root)
    if found is not None:
        return found
    prep = span.root.head
    verb = prep.head
    if span.root.dep_ != "pobj" or prep.dep_ != "prep" or verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() not in reporting_verbs():
        return None
    before = span.doc[prep.left_edge.i - 1] if prep.left_edge.i else None
    if before is not None and before.dep_ in ("dobj", "dative") and before.head.i == verb.i:
        before = verb  # "told reporters on April 14"
    return verb if before is not None and before.i == verb.i else None


def _a_year_back(timex: Timex, month: re.Match[str], said: str = "") -> Timex:
    """The month or day of ``timex`` (``month``: its year, month and day) a year earlier;
    a range ("between April and May") moves as a whole; a named day counted from a weekday
    (``said``: "Thanksgiving", "Black Friday") is that year's own day."""
    named = holiday_a_year_back(said, int(month[1]) - 1) if said else None
    if named is not None:
        day = named.isoformat()
        return Timex(timex.type, day, timex.mod, (day, day), timex.anchor)
    point = parse_value(f"{int(month[1]) - 1}-{month[2]}{month[3] or ''}")
    if point is None:
        return timex
    own = parse_value(timex.value)
    if timex.range is not None and own is not None and timex.range != day_range(own, timex.mod):
        first, last = (_a_year_earlier(day) for day in timex.range)
        return Timex(timex.type, fmt(point), timex.mod, (first, last), timex.anchor)
    return Timex(timex.type, fmt(point), timex.mod, day_range(point, timex.mod), timex.anchor)


def _a_year_earlier(day: str) -> str:
    """An ISO day a year earlier (Feb. 29 becomes Feb. 28)."""
    year, month, date = (int(x) for x in day.split("-"))
    return safe_date(year - 1, month, date).isoformat()


def _opens(year: Span) -> bool:
    """The year opens its sentence: no verb before it ("In 2016 she moved ...")."""
    return not any(t.pos_ in ("VERB", "AUX") for t in year.doc[year.sent.start : year.start])


def _in_when_clause(span: Span, year: Span) -> bool:
    """``span`` is in a clause opened by a mark of ``year_clause_marks`` that hangs on the
    year or on the year's verb right after it ("in 2023, when a fire shut its mill in May",
    "in 2022 after a fire shut its plant in May")."""
    marks = context_words()["year_clause_marks"]
    for token in (span.root, *span.root.ancestors):
        if token.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("advmod", "mark") and c.lower_ in marks and c.i < token.i
            for c in token.children
        ):
            opening = token.left_edge.i
            between = year.doc[year.end : opening]
            return token.head.i in range(year.start, year.end) or (
                token.head.i < year.start and all(t.is_punct for t in between)
            )
    return False


@cache
def _context_res() -> dict[str, re.Pattern[str]]:
    """The context regexes of ``models/dates/context.json``, case-insensitive, compiled once:
    ``year_back`` (one year back from the period in view, the comparison base of results
    stories), ``to_date`` (a definite run of months inside a year: "the nine months"),
    ``rate_unit`` ("a week" in "700 seats a week")."""
    return {
        name: re.compile(regex, re.IGNORECASE) for name, regex in context_data()["regexes"].items()
    }


@cache
def _title_words() -> frozenset[str]:
    return frozenset(context_data()["title_words"])


def _is_title(span: Span) -> bool:
    """A date phrase that is a name: "USA Today", ABC's "This Week" (capitalised in the
    middle of a sentence, after a name or an opening quote)."""
    first = span[0]
    if first.lower_ not in _title_words() or first.is_sent_start or span.start == 0:
        return False
    if not all(t.is_title for t in span if t.is_alpha):
        return False
    doc = span.doc
    before = doc[span.start - 1]
    if before.pos_ == "PROPN" and before.is_upper:  # "USA Today", "VOA Today"
        return True
    # An opening quote inside the sentence: ABC's "This Week" (not a quotation that opens
    # the sentence, ``Today, I'm here...'', nor one that closes before it).
    opening = (
        before.is_quote
        and not before.whitespace_
        and not before.is_sent_start
        and (span.start < 2 or bool(doc[span.start - 2].whitespace_))
    )
    return opening


@cache
def _sport_words() -> frozenset[str]:
    return frozenset(context_data()["sport_words"])


@cache
def _match_nouns() -> frozenset[str]:
    return frozenset(context_data()["match_nouns"])


def _is_match_part(span: Span) -> bool:
    """ "scored in the second half", "led after the first quarter of the game", "was booked
    in the first half of Sunday's final": a part of a match (a half or quarter named
    without a year in a sentence about sport: ``sport_words``, ``sport_passive``)."""
    words = {t.lower_ for t in span}
    if not words & {"half", "quarter"} or any(t.like_num and len(t) == 4 for t in span):
        return False
    # After the half or quarter: the candidate may run on ("the third quarter of Friday").
    unit = max(t.i for t in span if t.lower_ in {"half", "quarter"}) + 1
    after = span.doc[unit : unit + MATCH_AFTER_TOKENS].text
    if _context_res()["match_after"].match(" " + after):
        return True  # "the first quarter of the game"
    if span.end < len(span.doc) and span.doc[span.end].lower_ in _match_nouns():
        return True  # "a first-half penalty", "a fourth-quarter touchdown"
    sentence = span.sent
    if _context_res()["sport_passive"].search(sentence.text):
        return True  # "was booked in the second half", "were sent off"
    # A word of a game, not a verb's base form ("to match forecasts in the second half"),
    # in the sentence or the one before it: a match report goes on in sentences of its own
    # ("Moss scored in stoppage time. Corlin had levelled early in the second half").
    told = [sentence]
    if sentence.start > 0:
        told.append(span.doc[sentence.start - 1].sent)
    return any(
        t.lower_ in _sport_words() and t.tag_ not in {"VB", "VBP"} for part in told for t in part
    )


def _is_schedule(span: Span) -> bool:
    """A weekday, or a month without a year, that a verb in the present simple governs, in
    a report's body: what is scheduled ("the trial resumes on Monday" is the coming Monday,
    "the cuts take effect in November" the coming November). A headline's present tells
    what happened ("Quake hits Chile on Sunday"): no schedule there; nor a month under a
    verb of a figure or a state ("inflation stands at 3% in February",
    ``schedule_state_verbs``) or of a habit ("usually peak in December",
    ``schedule_habit_adverbs``)."""
    lex = lexicon()
    day = next((t for t in span if t.lower_ in lex.weekdays), None)
    month = None
    if day is None and not any(t.like_num and len(t) == len("2025") for t in span):
        month = next((t for t in span if t.lower_ in lex.months and t.text[:1].isupper()), None)
    word = day or month
    if word is None or word.dep_ == "poss":
        return False  # "follows Tuesday's decision": a day of something told
    if day is not None:
        verb = day.head.head if day.dep_ == "pobj" and day.head.lower_ == "on" else day.head
    else:
        verb = _verb_of_a_phrase(word)
    # The verb itself in the present simple: not a participle on the way ("statements
    # made Friday"), not a verb with an auxiliary ("has risen since Monday").
    if not (verb.tag_ in ("VBZ", "VBP") or bare_present(verb)) or any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    ):
        return False
    if verb.tag_ in ("VBP", "VB") and verb.lower_ in _same_past():
        return False  # "Rebels hit the town on Monday": a past written as a present
    if month is not None:
        words = context_words()
        if (
            verb.lemma_.lower() in words["schedule_state_verbs"] and not _an_occasion_is(verb)
        ) or any(
            c.dep_ == "advmod" and c.lower_ in words["schedule_habit_adverbs"]
            for c in verb.children
        ):
            return False
    return not _in_headline(span)


def _an_occasion_is(verb: Token) -> bool:
    """The copula of an occasion: "The election is in November" (an event noun for
    subject, ``event_nouns``, and no figure or state told of it: not "inflation is 3% in
    November") tells what is scheduled, not a state of the month."""
    if verb.lemma_.lower() != "be" or any(c.dep_ in _TOLD_OF_A_SUBJECT for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in event_nouns() for c in verb.children)


# What a copula tells of its subject: a figure, a state ("is 3%", "is up 4%", "is high").
_TOLD_OF_A_SUBJECT = frozenset({"attr", "acomp", "npadvmod", "dobj", "oprd"})


def _verb_of_a_phrase(word: Token) -> Token:
    """The word a date's phrase hangs on, up through the nouns of prepositional phrases
    ("comes into force in January": "comes"); the phrase's head when no verb is near."""
    current = word.head
    for _ in range(_PHRASE_HOPS):
        if current.pos_ in ("VERB", "AUX") or current.head.i == current.i:
            return current
        if current.dep_ not in ("prep", "pobj"):
            return current
        current = current.head
    return current


# How many words a month's phrase climbs to find its verb ("in January" -> "force" ->
# "into" -> "comes").
_PHRASE_HOPS = 4


@cache
def _same_past() -> frozenset[str]:
    return frozenset(context_data()["same_past"])


def _in_headline(span: Span) -> bool:
    """The span is in a headline: the document's first sentence, a line of its own with
    no final stop."""
    sent = span.sent
    doc = span.doc
    if any(not t.is_space for t in doc[: sent.start]):
        return False
    text = sent.text.rstrip()
    if not ends_without_a_stop(text):
        return False
    rest = doc.text[sent.end_char : sent.end_char + 3] if sent.end < len(doc) else "\n"
    return "\n" in rest or sent.end == len(doc)


def _no_night(span: Span) -> bool:
    """A night word alone that names no night: before a noun ("an overnight stay", "the
    overnight rate") or meaning "all at once" ("became a star overnight", "did not happen
    overnight", "cannot be cut overnight"; ``all_at_once_verbs`` in context.json)."""
    if len(span) != 1 or span[0].lower_ not in lexicon().deictic_nights:
        return False
    word = span[0]
    if word.dep_ in {"amod", "compound", "nmod"}:
        return True
    verb = word.head
    return verb.lemma_.lower() in context_words()["all_at_once_verbs"] or any(
        c.dep_ == "neg" for c in verb.children
    )


def _kind_of_thing(span: Span) -> bool:
    """A season word before the name of a thing: "winter coats", "spring water", "summer
    clothing" name kinds, not a time; "the summer break", "a winter storm" do
    (``season_occasions`` in context.json)."""
    word = span[-1]
    if word.lower_ not in lexicon().seasons or word.dep_ not in {"compound", "amod", "nmod"}:
        return False
    head = word.head
    return (
        head.i > word.i
        and head.pos_ in {"NOUN", "PROPN"}
        and head.lower_ not in context_words()["season_occasions"]
        and head.lemma_.lower() not in context_words()["season_occasions"]
    )


def _a_drop(span: Span) -> bool:
    """ "the fall of the regime", "the fall in prices", "the fall to third place": a season
    word that also names a drop (``season_drops``), with "the" and before one of
    ``season_drop_followers`` (context.json), is the drop, not the autumn."""
    words = context_words()
    last = span[-1]
    return (
        last.lower_ in words["season_drops"]
        and span[0].lower_ == "the"
        and last.i + 1 < len(last.doc)
        and last.doc[last.i + 1].lower_ in words["season_drop_followers"]
    )


def _a_procession(span: Span) -> bool:
    """ "the yearly Harvest March", "the Women's March", "a Climate March": a month's name
    that is a procession (``procession_months``), after a determiner, a possessive or a
    capitalised word (``procession_openers``) and before no number and no lower-case noun;
    not "in March", "March 25", "the March figures"."""
    words = context_words()
    if len(span) != 1 or span[0].lower_ not in words["procession_months"] or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    opened = (
        before.lower_ in words["procession_openers"]
        or before.tag_ == "POS"  # "the Women's March"
        or (before.is_title and not before.is_sent_start and before.pos_ != "ADP")
    )
    if not opened:
        return False
    if span.end >= len(span.doc):
        return True
    after = span.doc[span.end]
    return not (after.like_num or (after.pos_ == "NOUN" and after.is_lower))


def _is_ordinal_second(span: Span) -> bool:
    """ "two titles, one in 1994 and a second lately": the ordinal of an elided noun."""
    return (
        span.text.lower() == "a second"
        and span.start > 0
        and span.doc[span.start - 1].pos_ == "CCONJ"
    )


def _is_rate(span: Span) -> bool:
    """ "700 seats a week", "$500 million a year": the time unit of a rate, a SET (how
    often), not a length of time."""
    if span.start == 0 or not _context_res()["rate_unit"].fullmatch(span.text):
        return False
    before = span.doc[span.start - 1]
    if before.tag_ == "CD":
        return True  # "$40 a day"
    if before.pos_ not in context_data()["rate_head_pos"]:
        return False
    # "halted exports a day after talks collapsed": between two events, unless the noun
    # is counted ("2 million barrels a day after the upgrade").
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return (
        following is None
        or following.lower_ not in context_data()["offset_marks"]
        or any(c.dep_ == "nummod" or c.tag_ == "CD" for c in before.children)
    )


def _resolve(
    text: str,
    span: Span,
    *,
    bounds: tuple[int, int],
    reference: dt.date,
    previous: str | None,
    tense: str | None,
) -> tuple[int, int, Timex] | None:
    """Normalise a candidate; if it fails, its longest sub-span that normalises
    ("the period ended Sept. 30" -> "Sept. 30").

    Args:
        text: the document text.
        span: the candidate's tokens.
        bounds: the candidate's character offsets (may be narrower than the span's).
        reference: the publication date.
        previous: TIMEX3 value of the date just before, for "the next day".
        tense: tense of the governing verb, or None.

    Returns:
        (start, end, Timex) of what was read, or None.
    """
    start, end = bounds
    ending = period_ending(text, end)
    if ending:  # "the year [ended March 31]": a length of time, read with its verb
        timex = normalize(f"{text[start:end]} {ending}", reference=reference)
        if timex is not None:
            return start, end, timex
    if _IN_BEFORE.search(text[max(0, start - len(" in ")) : start]) and not _counts_back(
        span, tense
    ):
        # "will decide in 7 days": the day it lands on (TimeML), unless told in the past,
        # or counted back from a first or a record ("the highest level in 15 years").
        timex = normalize(f"in {text[start:end]}", reference=reference, tense=tense)
        if timex is not None and timex.type == "DATE":
            return start, end, timex
    timex = normalize(text[start:end], reference=reference, previous=previous, tense=tense)
    if timex is not None:
        return start, end, timex
    n = len(span)
    if n > MAX_SUBSPAN_TOKENS:
        return None
    for size in range(n - 1, 0, -1):
        for i in range(n - size, -1, -1):  # rightmost first: the head of a date NP
            # "of 1989" is read as "1989", and its offsets should say so
            sub = drop_leading_words(span[i : i + size])
            if sub is None or sub[0].is_punct or sub[-1].is_punct:
                continue
            s, e = sub.start_char, sub.end_char
            timex = normalize(text[s:e], reference=reference, previous=previous, tense=tense)
            if timex is not None:
                return s, e, timex
    return None


# Dependency hops from "in" up to a first or a record ("the second to hit the area in a
# month": in -> hit -> second).
RECORD_HOPS = 3


def _counts_back(span: Span, tense: str | None) -> bool:
    """ "the first visit by a pope in 25 years", "the highest level in 15 years", "the
    second to hit the area in a month": "in" a span under an ordinal or a superlative
    counts back from the story (a length), where "will reopen in a month" lands ahead.
    The record may also be the verb's object or complement ("is holding its first
    election in 12 years"), never its subject ("the first shipment arrives in 10 days").
    Told ahead, a superlative there still counts back ("will face its worst drought in 50
    years", "to fight the highest inflation in three decades"); an ordinal does over
    ``record_years_ahead`` years or more ("will post its first loss in 12 years"), where
    a plan nearer ahead lands ("will open its first store in two years")."""
    if span.start == 0 or span.doc[span.start - 1].lower_ != "in":
        return False
    tok = span.doc[span.start - 1]
    for _ in range(RECORD_HOPS):
        if tok.head is tok:
            break
        tok = tok.head
        if _record(tok) or any(_record(c) for c in tok.children if c.dep_ in _MARKS):
            return True
    verb = span.doc[span.start - 1].head  # the verb "in" hangs on, not one above it
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    complements = [c for c in verb.children if c.dep_ in _COMPLEMENTS]
    complements += [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]
    records = [
        m
        for c in complements
        for m in (c, *(m for m in c.children if m.dep_ in _MARKS))
        if _record(m)
    ]
    if tense != "future" or not records:
        return bool(records)
    return any(m.tag_ in {"JJS", "RBS"} for m in records) or _years_long(span) >= int(
        context_data()["record_years_ahead"]
    )


def _years_long(span: Span) -> float:
    """The length ``span`` tells in years ("12 years": 12, "a decade": 10; 0 if none)."""
    timex = normalize(span.text, reference=dt.date(2000, 1, 1))
    found = whole_length(timex.value) if timex is not None else None
    if found is None:
        return 0
    count, unit = found
    return count / _PER_YEAR[unit]


_PER_YEAR = {"Y": 1, "M": 12, "W": 52, "D": 365}


# How a first or a record is written on its word ("the first election", "most recent").
_MARKS = frozenset({"amod", "advmod"})
# A verb's complements that may hold the record ("is the fifth fire", "holding its first
# election", "are at their highest level"); not its subject.
_COMPLEMENTS = frozenset({"attr", "dobj", "acomp", "oprd"})


def _record(token: Token) -> bool:
    """An ordinal ("first", "fifth") or a superlative ("highest", "most")."""
    return token.tag_ in {"JJS", "RBS"} or token.lower_ in lexicon().ordinals


def reference_of(doc: Doc) -> dt.date:
    """The Doc's reference date (``doc._.briefx_reference``, an ISO date).

    A Doc that nobody gave a reference (the component used on its own) resolves against
    today through ``briefx.reference.default_reference``, the one place that reads the clock.
    """
    value = doc._.briefx_reference
    if value is None:
        return parse_date(default_reference()[0].value)
    return parse_date(value)


class DatesComponent:
    """spaCy component: writes :func:`find_dates` records to ``doc._.briefx_dates``."""

    def __init__(self, name: str = "briefx_dates") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        # Plain dicts only: a Doc must pickle for nlp.pipe(n_process=2).
        findings = find_dates(doc, reference=reference_of(doc))
        doc._.briefx_dates = [f.as_dict() for f in findings]
        return doc


@Language.factory("briefx_dates")
def make_dates(nlp: Language, name: str) -> DatesComponent:
    """Build the ``briefx_dates`` component (after ``ner``, before quantities)."""
    return DatesComponent(name)
