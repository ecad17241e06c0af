"""Capability tables for quantities in news nobody tuned for (issue 15), one per kind.

Every sentence is invented. Each row names the quantity it checks by the text it must
start with, then value, low, high, qualifier, unit and per; ``None`` as the whole
expectation means no quantity may start there (a score, a label, a year).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

APPROX = "approx"
Expected = tuple[object, object, object, str, str | None, str | None] | None


def _check(nlp: Language, text: str, start: str, expected: Expected) -> None:
    doc = nlp(text)
    found = doc._.briefx_quantities
    for q in found:
        assert doc.text[q["start"] : q["end"]] == q["text"]
    at = [q for q in found if q["text"].startswith(start)]
    if expected is None:
        assert at == [], at
        return
    assert at, found
    q = at[0]
    got = (q["value"], q["low"], q["high"], q["qualifier"], q["unit"], q["per"])
    assert _same(got, expected), (got, expected)


def _same(got: tuple, expected: tuple) -> bool:
    for g, e in zip(got, expected, strict=True):
        if isinstance(e, float) and g is not None:
            if abs(g - e) > 1e-9 * max(1.0, abs(e)):
                return False
        elif g != e:
            return False
    return True


def _x(value: float, unit: str | None, *, qualifier: str = "exact", per: str | None = None):
    """An exact single value: low = high = value."""
    bounds = {
        "exact": (value, value),
        "approx": (value, value),
        "more_than": (value, None),
        "at_least": (value, None),
        "less_than": (None, value),
        "at_most": (None, value),
    }[qualifier]
    return (value, *bounds, qualifier, unit, per)


MAGNITUDES = [
    ("Fans signed a petition with 25k names.", "25k", _x(25000, "names")),
    ("The charity raised 40K for the shelter.", "40K", _x(40000, None)),
    ("Organisers expect 12k runners on Sunday.", "12k", _x(12000, "runners")),
    ("The clip drew 300K views overnight.", "300K", _x(300000, "views")),
    ("The app reached 2.7m users last month.", "2.7m", _x(2700000, "users")),
    ("The deal is worth $3bn.", "$3bn", _x(3000000000, "$")),
    ("The fund holds EUR1.2tn in assets.", "EUR1.2tn", _x(1200000000000, "EUR")),
    ("The film earned Rs 5 crore on day one.", "Rs 5 crore", _x(50000000, "Rs")),
    ("The state paid 3 lakh to each family.", "3 lakh", _x(300000, None)),
    ("Nearly 2 lakh pilgrims arrived.", "Nearly 2 lakh", _x(200000, "pilgrims", qualifier=APPROX)),
    ("The club spent £45m on a striker.", "£45m", _x(45000000, "£")),
    ("The city borrowed $1.5bn from banks.", "$1.5bn", _x(1500000000, "$")),
    ("Debt reached 2.1tn yen.", "2.1tn", _x(2100000000000, "yen")),
    ("The group sold 1.4bn shares.", "1.4bn", _x(1400000000, "shares")),
    ("The council lost €300k in fees.", "€300k", _x(300000, "€")),
    ("Around 50K people marched.", "Around 50K", _x(50000, "people", qualifier=APPROX)),
]

AGES = [
    ("The 44-year-old was arrested at home.", "44-year-old", _x(44, "year-old")),
    ("Ruth Okafor, 44, said the bridge was unsafe.", "44", _x(44, "year-old")),
    ("The singer, aged 65, retired.", "aged 65", _x(65, "year-old")),
    ("A 60-year-old driver was hurt.", "60-year-old", _x(60, "year-old")),
    ("The man is 72 years old.", "72 years old", _x(72, "year-old")),
    ("A 3-month-old baby was rescued.", "3-month-old", _x(3, "month-old")),
    ("Police named the victim as Tom Reyes, 19, of Leeds.", "19", _x(19, "year-old")),
    ("The striker, 31, signed a new deal.", "31", _x(31, "year-old")),
    ("A woman aged 83 died in the fire.", "aged 83", _x(83, "year-old")),
    ("The 27-year-old midfielder scored twice.", "27-year-old", _x(27, "year-old")),
    ("Her 9-year-old son was unhurt.", "9-year-old", _x(9, "year-old")),
    ("A two-year-old girl went missing.", "two-year-old", _x(2, "year-old")),
    ("The pilot was 58 years old.", "58 years old", _x(58, "year-old")),
    ("Mayor Lena Fischer, 61, won again.", "61", _x(61, "year-old")),
    ("A 6-week-old puppy was found.", "6-week-old", _x(6, "week-old")),
    ("Voters aged 18 took part.", "aged 18", _x(18, "year-old")),
    ("The victims, aged 12 and 14, were hurt.", "14", _x(14, "year-old")),
    (
        "Adults aged 18 to 25 were polled.",
        "aged 18 to 25",
        (None, 18, 25, "exact", "year-old", None),
    ),
    ("Children aged 5-11 can get the jab.", "aged 5-11", (None, 5, 11, "exact", "year-old", None)),
    ("Divers found a 2,900-year-old wreck.", "2,900-year-old", _x(2900, "year-old")),
    ("A 150 year-old oak fell.", "150 year-old", _x(150, "year-old")),
    ("Twins aged between 5 and 7 were found.", "5 and 7", (None, 5, 7, "exact", "year-old", None)),
]

SIGNED = [
    ("Nikkei -0.6%, Hang Seng +1.2%, Sensex -1.1%.", "-0.6%", _x(-0.6, "%")),
    ("Nikkei -0.6%, Hang Seng +1.2%, Sensex -1.1%.", "+1.2%", _x(1.2, "%")),
    ("Nikkei -0.6%, Hang Seng +1.2%, Sensex -1.1%.", "-1.1%", _x(-1.1, "%")),
    ("DAX -0.4%, CAC +0.9%.", "-0.4%", _x(-0.4, "%")),
    ("DAX -0.4%, CAC +0.9%.", "+0.9%", _x(0.9, "%")),
    ("FTSE -1.3%, IBEX +0.2%.", "-1.3%", _x(-1.3, "%")),
    ("FTSE -1.3%, IBEX +0.2%.", "+0.2%", _x(0.2, "%")),
    ("Gold +0.5%, silver -2.4%.", "+0.5%", _x(0.5, "%")),
    ("Gold +0.5%, silver -2.4%.", "-2.4%", _x(-2.4, "%")),
    ("Oil -3.1% on the week.", "-3.1%", _x(-3.1, "%")),
    ("Copper +4% and zinc -1%.", "+4%", _x(4, "%")),
    ("Copper +4% and zinc -1%.", "-1%", _x(-1, "%")),
    ("KOSPI -0.8%, TAIEX +0.3%.", "-0.8%", _x(-0.8, "%")),
    ("KOSPI -0.8%, TAIEX +0.3%.", "+0.3%", _x(0.3, "%")),
    ("Bonds +0.15%, the dollar -0.2%.", "-0.2%", _x(-0.2, "%")),
]

LEVELS = [
    ("The index closed at 13,176 on Friday.", "13,176", _x(13176, None)),
    ("The gauge fell to 7,425.81 points.", "7,425.81", _x(7425.81, "points")),
    ("Shares ended at $145.89.", "$145.89", _x(145.89, "$")),
    ("The benchmark finished at 3,902.5.", "3,902.5", _x(3902.5, None)),
    ("Brent settled at $81.40 a barrel.", "$81.40", _x(81.4, "$", per="a barrel")),
    ("The yield stood at 4.25%.", "4.25%", _x(4.25, "%")),
    ("The stock opened at 212.3 pence.", "212.3", _x(212.3, "pence")),
    ("The Dow rose to 38,150 points.", "38,150", _x(38150, "points")),
    ("The rand traded at 18.6 per dollar.", "18.6", _x(18.6, None, per="per dollar")),
    ("Bitcoin hit $67,000 on Tuesday.", "$67,000", _x(67000, "$")),
    ("The index slipped to 1,845.2.", "1,845.2", _x(1845.2, None)),
    ("Gold was quoted at $2,310 an ounce.", "$2,310", _x(2310, "$", per="an ounce")),
    ("The shares were priced at £4.10 each.", "£4.10", _x(4.1, "£", per="each")),
    ("The Nasdaq ended the day at 16,020.", "16,020", _x(16020, None)),
    ("The euro fell to $1.072.", "$1.072", _x(1.072, "$")),
]

MULTIPLIERS = [
    ("Exports rose sixfold in a decade.", "sixfold", _x(6, "fold")),
    ("Claims grew threefold last year.", "threefold", _x(3, "fold")),
    ("Fees rose 10-fold.", "10-fold", _x(10, "fold")),
    ("Sales are 2.5 times higher.", "2.5 times", _x(2.5, "times")),
    ("Rents are four times what they were.", "four times", _x(4, "times")),
    ("A third of the staff left.", "A third", _x(1 / 3, "staff")),
    ("Half of the voters stayed home.", "Half", _x(0.5, "voters")),
    ("One in five voters stayed home.", "One in five", _x(0.2, "voters")),
    ("Two thirds of the farms flooded.", "Two thirds", _x(2 / 3, "farms")),
    ("A quarter of the trains ran late.", "A quarter", _x(0.25, "trains")),
    ("A fifth of the crops failed.", "A fifth", _x(0.2, "crops")),
    ("One of four programmes was cut.", "One", None),
    ("One of three bridges closed.", "One", None),
    ("One of 12 schools shut.", "One", None),
    ("Prices jumped fivefold.", "fivefold", _x(5, "fold")),
    ("Output is 1.5 times the target.", "1.5 times", _x(1.5, "times")),
    ("One in ten homes lacks heat.", "One in ten", _x(0.1, "homes")),
    ("Output tripled in two years.", "tripled", _x(3, "times")),
    ("Sales halved last year.", "halved", _x(0.5, "times")),
    ("Profits doubled to $4bn.", "doubled", _x(2, "times")),
    ("One of the five suspects fled.", "One", None),
]

MEASURES = [
    ("Temperatures rose 2.1 degrees F.", "2.1", _x(2.1, "degrees F")),
    ("It was 1.2C colder overnight.", "1.2C", _x(1.2, "C")),
    ("Lows of -5 deg C are expected.", "-5", _x(-5, "deg C")),
    ("A magnitude 6.2 earthquake struck the coast.", "magnitude 6.2", _x(6.2, "magnitude")),
    ("A magnitude-5.1 quake shook the town.", "magnitude-5.1", _x(5.1, "magnitude")),
    ("The car hit 80 km/h.", "80", _x(80, "km/h")),
    ("The flat covers 570 sq m.", "570", _x(570, "sq m")),
    ("Homes get 30Mbps broadband.", "30Mbps", _x(30, "Mbps")),
    ("The panel gives 5kW of power.", "5kW", _x(5, "kW")),
    ("Each bottle holds 250ml.", "250ml", _x(250, "ml")),
    ("The phone has 60GB of storage.", "60GB", _x(60, "GB")),
    ("The line offers 1Gbps speeds.", "1Gbps", _x(1, "Gbps")),
    ("The plant makes 400MW of power.", "400MW", _x(400, "MW")),
    ("It reached 38.5 degrees Celsius.", "38.5", _x(38.5, "degrees Celsius")),
    ("The storm brought 120mm of rain.", "120mm", _x(120, "mm")),
    ("The trucks drove at 60mph.", "60mph", _x(60, "mph")),
    ("The bridge is a 40m (131ft)-long span.", "131ft", _x(131, "ft")),
    ("A 5.8-magnitude quake struck.", "5.8-magnitude", _x(5.8, "magnitude")),
]

TOLERANCES = [
    ("Support is 45%, plus or minus 2%.", "plus or minus 2%", _x(2, "%", qualifier=APPROX)),
    ("The crowd was 500, give or take 10.", "give or take 10", _x(10, None, qualifier=APPROX)),
    ("The margin of error is ±3%.", "±3%", _x(3, "%", qualifier=APPROX)),
    ("Roughly 200 homes lost power.", "Roughly 200", _x(200, "homes", qualifier=APPROX)),
    ("Some 40 boats joined the search.", "Some 40", _x(40, "boats", qualifier=APPROX)),
    ("Nearly 90 flights were cancelled.", "Nearly 90", _x(90, "flights", qualifier=APPROX)),
    ("About 15 schools closed.", "About 15", _x(15, "schools", qualifier=APPROX)),
    ("Almost 30 towns flooded.", "Almost 30", _x(30, "towns", qualifier=APPROX)),
    (
        "The poll has a margin of plus or minus 4 points.",
        "plus or minus 4",
        _x(4, "points", qualifier=APPROX),
    ),
    ("Around 70 riders finished.", "Around 70", _x(70, "riders", qualifier=APPROX)),
    ("The vote was 52%, give or take 1%.", "give or take 1%", _x(1, "%", qualifier=APPROX)),
    ("Approximately 600 jobs are at risk.", "Approximately 600", _x(600, "jobs", qualifier=APPROX)),
    ("Close to 80 cars were damaged.", "Close to 80", _x(80, "cars", qualifier=APPROX)),
    ("An estimated 2,000 people fled.", "An estimated 2,000", _x(2000, "people", qualifier=APPROX)),
    ("Turnout was 61%, plus or minus 3%.", "plus or minus 3%", _x(3, "%", qualifier=APPROX)),
]

NOT_COUNTS = [
    ("Arsenal beat them 3-1 on Sunday.", "3-1", None),
    ("The visitors won 2-0 away.", "2-0", None),
    ("They lost 4-2 at home.", "4-2", None),
    ("City beat United 5-3.", "5-3", None),
    ("He wore the number 23 jersey.", "23", None),
    ("Under Section 427 of the code, he was charged.", "427", None),
    ("The 2019 report was withdrawn.", "2019", None),
    ("Flight 370 vanished.", "370", None),
    ("Route 66 reopened.", "66", None),
    ("He joined in 1998 and left.", "1998", None),
    ("Article 50 was triggered.", "Article", None),
    ("The Boeing 737 landed safely.", "737", None),
    ("Chapter 11 protection was sought.", "11", None),
    ("The team won 1-0 in extra time.", "1-0", None),
    ("The hosts triumphed 6-1.", "6-1", None),
    ("The council voted 7-2 to approve the budget.", "7-2", None),
    ("By a 5-4 vote, the court struck the law down.", "5-4", None),
]

CURRENCIES = [
    ("The hotel paid RM50,000 in fines.", "RM50,000", _x(50000, "RM")),
    ("Tickets cost HK$300.", "HK$300", _x(300, "HK$")),
    ("The firm made C$12 million.", "C$12 million", _x(12000000, "C$")),
    ("The bill was A$8.5 million.", "A$8.5 million", _x(8500000, "A$")),
    ("He earned R$2 million.", "R$2 million", _x(2000000, "R$")),
    ("The port handled INR 400 crore of cargo.", "INR 400 crore", _x(4000000000, "INR")),
    ("The fare rose to 1,200 yen.", "1,200 yen", _x(1200, "yen")),
    ("The firm lost 30 million yuan.", "30 million yuan", _x(30000000, "yuan")),
    ("Streaming costs $14.95 a month.", "$14.95", _x(14.95, "$", per="a month")),
    ("The plan costs $14.95/month.", "$14.95", _x(14.95, "$", per="/month")),
    ("Petrol costs Rs 95 per litre.", "Rs 95", _x(95, "Rs", per="per litre")),
    ("A meal costs Rs 250.", "Rs 250", _x(250, "Rs")),
    ("The loan is RM2.5 billion.", "RM2.5 billion", _x(2500000000, "RM")),
    ("Rent is HK$18,000 a month.", "HK$18,000", _x(18000, "HK$", per="a month")),
    ("The prize is 500,000 rupees.", "500,000 rupees", _x(500000, "rupees")),
    ("The fee is ¥3,000 per person.", "¥3,000", _x(3000, "¥", per="per person")),
    ("Investors put in 2 billion yuan.", "2 billion yuan", _x(2000000000, "yuan")),
    ("The phone sells for C$899.", "C$899", _x(899, "C$")),
]

HEADLINES = [
    ("Death toll rises to 112\n\nJAKARTA (Reuters) - Rescuers dug on.", "112", _x(112, None)),
    ("Quake kills 40\n\nKATHMANDU - Aid arrived.", "40", _x(40, None)),
    ("Shares jump 8%\n\nLONDON - Traders cheered.", "8%", _x(8, "%")),
    ("Strike enters day 3\n\nPARIS - Trains stood still.", "3", None),
    ("Floods displace 5,000\n\nDHAKA - Rivers rose.", "5,000", _x(5000, None)),
    ("Storm leaves 12 dead\n\nMANILA - Power was cut.", "12", _x(12, None)),
    ("Exports fall 3.5%\n\nSEOUL - Demand weakened.", "3.5%", _x(3.5, "%")),
    ("Club signs 3\n\nMADRID - The coach smiled.", "3", _x(3, None)),
    ("Blast injures 27\n\nKARACHI - Police sealed the area.", "27", _x(27, None)),
    ("Rates held at 5.25%\n\nOTTAWA - The bank waited.", "5.25%", _x(5.25, "%")),
    ("Fire destroys 60 homes\n\nATHENS - Crews fought on.", "60", _x(60, "homes")),
    ("Rally draws 10,000\n\nBERLIN - Marchers sang.", "10,000", _x(10000, None)),
    ("Unemployment hits 7%\n\nROME - Youth were hit hardest.", "7%", _x(7, "%")),
    ("Bus crash kills 14\n\nLIMA - Rescuers searched.", "14", _x(14, None)),
    ("Inflation eases to 2.9\nMOSCOW - Prices cooled.", "2.9", _x(2.9, None)),
    ("Death toll rises to 112 JAKARTA (Reuters) - Rescuers dug on.", "112", _x(112, None)),
    ("Quake kills 40 KATHMANDU, Nepal (AP) - Aid arrived.", "40", _x(40, None)),
    ("Bus crash kills 9 LIMA - Rescuers searched.", "9", _x(9, None)),
]


@pytest.mark.parametrize(("text", "start", "expected"), MAGNITUDES)
def test_magnitude_suffixes(nlp: Language, text: str, start: str, expected: Expected) -> None:
    _check(nlp, text, start, expected)


@pytest.mark.parametrize(("text", "start", "expected"), AGES)
def test_ages(nlp: Language, text: str, start: str, expected: Expected) -> None:
    _check(nlp, text, start, expected)


@pytest.mark.parametrize(("text", "start", "expected"), SIGNED)
def test_signed_values_in_lists(nlp: Language, text: str, start: str, expected: Expected) -> None:
    _check(nlp, text, start, expected)


@pytest.mark.parametrize(("text", "start", "expected"), LEVELS)
def test_levels_and_prices(nlp: Language, text: str, start: str, expected: Expected) -> None:
    _check(nlp, text, start, expected)


@pytest.mark.parametrize(("text", "start", "expected"), MULTIPLIERS)
def test_multipliers_and_ratios(nlp: Language, text: str, start: str, expected: Expected) -> None:
    _check(nlp, text, start, expected)


@pytest.mark.parametrize(("text", "start", "expected"), MEASURES)
def test_measures(nlp: Language, text: str, start: str, expected: Expected) -> None:
    _check(nlp, text, start, expected)


@pytest.mark.parametrize(("text", "start", "expected"), TOLERANCES)
def test_tolerances(nlp: Language, text: str, start: str, expected: Expected) -> None:
    _check(nlp, text, start, expected)


@pytest.mark.parametrize(("text", "start", "expected"), NOT_COUNTS)
def test_not_counts(nlp: Language, text: str, start: str, expected: Expected) -> None:
    _check(nlp, text, start, expected)


@pytest.mark.parametrize(("text", "start", "expected"), CURRENCIES)
def test_currencies(nlp: Language, text: str, start: str, expected: Expected) -> None:
    _check(nlp, text, start, expected)


@pytest.mark.parametrize(("text", "start", "expected"), HEADLINES)
def test_headlines(nlp: Language, text: str, start: str, expected: Expected) -> None:
    _check(nlp, text, start, expected)


MOVES = [
    ("Nikkei -0.6%, Hang Seng +1.2%.", "-0.6%", "down"),
    ("Nikkei -0.6%, Hang Seng +1.2%.", "+1.2%", "up"),
    ("Shares closed 3% higher.", "3%", "up"),
    ("The Dow ended 120 points lower.", "120 points", "down"),
    ("The index closed 0.8 points higher at 6,950.", "0.8 points", "up"),
    ("The index closed 0.8 points higher at 6,950.", "6,950", None),
    ("The tower is 30 metres higher than the old one.", "30 metres", None),
    ("Profits tripled last year.", "tripled", "up"),
    ("Sales halved last year.", "halved", "down"),
    ("It was minus 12C in the capital.", "minus 12C", None),
]


@pytest.mark.parametrize(("text", "start", "change"), MOVES)
def test_signs_and_comparatives_are_moves(
    nlp: Language, text: str, start: str, change: str | None
) -> None:
    found = [q for q in nlp(text)._.briefx_quantities if q["text"].startswith(start)]
    assert [q["change"] for q in found[:1]] == [change], found
