"""One row per rule function of ``briefx.dates``: the rule alone, on the invented example
of its docstring, against a fixed reference date (Tuesday 18 November 2025)."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from briefx.dates import normalize
from briefx.dates.calendar import iso_weeks, parse_value
from briefx.dates.context import Ctx, patterns, phrases
from briefx.dates.lexicon import fill, rule_data
from briefx.dates.normalizer import (
    RULES,
    read_phrase,
    rule_period_length,
    rule_ref,
    rule_week_of,
)
from briefx.resources import models_dir

REF = dt.date(2025, 11, 18)

# (rule name, cleaned lower-case text, previous value, expected (type, value))
RULE_TABLE = [
    ("rule_period_length", "the fiscal year ended", None, ("DURATION", "P1Y")),
    ("rule_week_of", "the week of march 4", None, ("DATE", "2026-W10")),
    ("rule_week_of_month", "the first week of october", None, ("DATE", "2025-W40")),
    ("rule_absolute", "april 9, 2031", None, ("DATE", "2031-04-09")),
    ("rule_month_day", "april 9", None, ("DATE", "2026-04-09")),
    ("rule_day_range", "dec. 3-4", None, ("DATE", "2025-12-03")),
    ("rule_deictic", "yesterday", None, ("DATE", "2025-11-17")),
    ("rule_set", "every other week", None, ("SET", "P2W")),
    ("rule_weekday", "last tuesday", None, ("DATE", "2025-11-11")),
    ("rule_named_from_a_date", "that autumn", "2021-03", ("DATE", "2021-FA")),
    ("rule_month", "last april", None, ("DATE", "2025-04")),
    ("rule_quarter", "q3 2031", None, ("DATE", "2031-Q3")),
    ("rule_compare", "the year ago quarter", None, ("DATE", "2024-Q3")),
    ("rule_season", "summer 2031", None, ("DATE", "2031-SU")),
    ("rule_anaphoric_part", "the next morning", "2025-11-03", ("TIME", "2025-11-04TMO")),
    ("rule_part_with_mod", "afternoon", None, None),  # no "early"/"late": too often habitual
    ("rule_rel_unit", "last week", None, ("DATE", "2025-W46")),
    ("rule_shifted", "three weeks ago", None, ("DATE", "2025-W44")),
    ("rule_duration_range", "two to three weeks", None, ("DURATION", "P2W")),
    ("rule_vague_lengths", "weeks or months", None, ("DURATION", "PXW")),
    ("rule_duration", "the past two years", None, ("DURATION", "P2Y")),
    ("rule_clock", "noon tomorrow", None, ("TIME", "2025-11-19T12:00")),
    ("rule_holiday", "easter 2031", None, ("DATE", "2031-04-13")),
    ("rule_written_day", "june 25 next year", None, ("DATE", "2026-06-25")),
    ("rule_numeric", "15.02.2013", None, ("DATE", "2013-02-15")),
    ("rule_offset_from", "a week from friday", None, ("DATE", "2025-11-28")),
    ("rule_range", "march to june 2026", None, ("DATE", "2026-03")),
    ("rule_part_of_year", "the first six months of 2031", None, ("DATE", "2031-H1")),
]


def _rule(name):
    return next(r for r in RULES if r.__name__ == name)


@pytest.mark.parametrize(("name", "text", "previous", "expected"), RULE_TABLE)
def test_each_rule_reads_its_docstring_example(name, text, previous, expected):
    ctx = Ctx(REF, parse_value(previous) if previous else None, None, None, read_phrase)
    found = _rule(name)(text, ctx)
    assert (None if found is None else (found.type, found.value)) == expected


def test_every_rule_has_a_row_and_an_invented_example():
    assert {r.__name__ for r in RULES} == {row[0] for row in RULE_TABLE}
    for rule in (*RULES, rule_ref):
        doc = rule.__doc__ or ""
        assert doc.count('"') >= 2, rule.__name__


def test_rule_ref_and_period_length_alone():
    from briefx.dates.rules_offset import rule_in_offset

    ctx = Ctx(REF, None, None, None)
    assert rule_in_offset("in two weeks", ctx).value == "2025-W49"
    assert rule_in_offset("in two weeks", Ctx(REF, None, "past", None)) is None
    assert rule_ref("nowadays", ctx).value == "PRESENT_REF"
    assert rule_period_length("the year ends", ctx).value == "P1Y"
    assert rule_week_of("week beginning 5 january 2026", ctx).value == "2026-W02"


def test_mod_narrows_part_of_day_rule():
    ctx = Ctx(REF, None, None, "END")
    assert _rule("rule_part_with_mod")("afternoon", ctx).value == "2025-11-18TAF"


# ------------------------------------------------------------------ ISO week 53


@pytest.mark.parametrize(
    ("text", "previous", "value"),
    [
        ("the following week", "2026-W53", "2027-W01"),
        ("the previous week", "2026-W53", "2026-W52"),
        ("the same week", "2026-W53", "2026-W53"),
        ("the following week", "2020-W53", "2021-W01"),
        ("the following week", "2025-W52", "2026-W01"),  # 2025 has 52 weeks
    ],
)
def test_iso_week_53_is_kept(text, previous, value):
    assert normalize(text, reference=dt.date(2027, 2, 1), previous=previous).value == value


@pytest.mark.parametrize(("year", "weeks"), [(2020, 53), (2025, 52), (2026, 53), (2027, 52)])
def test_iso_weeks(year, weeks):
    assert iso_weeks(year) == weeks


# ------------------------------------------------------------------ the data files


def test_normalize_json_placeholders_are_all_known():
    data = rule_data()
    for section in ("patterns", "phrases"):
        for name, regex in data[section].items():
            filled = fill(regex)
            assert not re.search(r"\{[A-Z_]+\}", filled), name
            re.compile(filled)
    assert set(patterns()) == set(data["patterns"])
    assert set(phrases()) == set(data["phrases"])


def test_context_json_regexes_compile():
    data = json.loads((models_dir() / "dates" / "context.json").read_text(encoding="utf-8"))
    for name, regex in data["regexes"].items():
        assert re.compile(regex, re.IGNORECASE), name
    for key in ("future_aux", "future_heads", "deadline_verbs", "title_words"):
        assert data[key] and all(w == w.lower() for w in data[key]), key


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the first six months of 2024", "2024-H1"),
        ("the last three months of 2024", "2024-Q4"),
        ("the first 2 quarters of 2024", "2024-H1"),
        ("the first four months of 2024", None),
    ],
)
def test_part_of_a_year(text, value):
    found = normalize(text, reference=REF)
    assert (found.value if found and found.type == "DATE" else None) == value


def test_a_count_glued_to_a_article_is_not_read():
    assert normalize("three a month ago", reference=REF) is None
    assert normalize("a month ago", reference=REF).value == "2025-10"
