"""Capability tables for the kinds of error fresh news showed (issues 28 and 25).

One table per kind, each of invented sentences (CheckList-style minimum-functionality
cases): dateline cities, towns and regions, places joined by "and", names of things
(products, chips, software, models), common acronyms, clubs named by their city, compact
clock times with a zone, ordinal goals, names that hold numbers, bare lengths of time and
Greenwich times without "Z". Published date of every case: 2025-11-18 (a Tuesday).
"""

from __future__ import annotations

import pytest

from briefx import extract
from briefx.schema import Document

PUBLISHED = "2025-11-18"


def _doc(text: str) -> Document:
    return extract(text, published=PUBLISHED)


def names(text: str) -> dict[str, str]:
    """Every mention's text -> its entity type (PERSON, PLACE, ORG)."""
    return {m.text: e.type for e in _doc(text).entities for m in e.mentions}


def dates(text: str) -> dict[str, tuple[str, str]]:
    """Every date's text -> (TIMEX3 type, value)."""
    return {d.text: (d.type, d.value) for d in _doc(text).dates}


def amounts(text: str) -> list[str]:
    """The texts of every quantity found."""
    return [q.text for q in _doc(text).quantities]


# --- 1. dateline cities: a place, whole, never an organisation or a speaker ---------------
DATELINES = [
    ("MADRID, June 2 - Spain's cabinet met on Tuesday.", "MADRID"),
    ("SAN SEBASTIAN, June 2 - Fishermen blocked the port.", "SAN SEBASTIAN"),
    ("NAIROBI, Kenya - Rains eased on Monday.", "NAIROBI"),
    ("BUENOS AIRES, March 3 (Reuters) - The peso slid.", "BUENOS AIRES"),
    ("RIO DE JANEIRO, May 9 - Samba schools rehearsed.", "RIO DE JANEIRO"),
    ("TORONTO, Oct 1 - The central bank held rates.", "TORONTO"),
    ("OSAKA, Japan, April 4 - Exporters cheered the yen.", "OSAKA"),
    ("KARACHI, Feb 7 - Traders shut their shops.", "KARACHI"),
    ("CAPE TOWN, Dec 2 - Water levels rose.", "CAPE TOWN"),
    ("LAGOS, Aug 8 - Fuel queues lengthened.", "LAGOS"),
    ("HAMBURG, Germany - Dock workers walked out.", "HAMBURG"),
    ("KHARKIV, Ukraine, Nov 3 - Sirens sounded overnight.", "KHARKIV"),
    ("TAIPEI, Jan 5 - Chip shares rallied.", "TAIPEI"),
    ("LOS ANGELES, July 1 - Studios resumed filming.", "LOS ANGELES"),
    ("KUALA LUMPUR, Sept 9 - Palm oil prices fell.", "KUALA LUMPUR"),
    ("ANKARA, Turkey - Lawmakers debated the bill.", "ANKARA"),
]


@pytest.mark.parametrize(("text", "city"), DATELINES)
def test_dateline_city_is_a_place(text: str, city: str) -> None:
    assert names(text).get(city) == "PLACE"


# --- 2. towns and regions the hand list never held -----------------------------------------
TOWNS = [
    ("Police in Walsall arrested two men.", "Walsall"),
    ("Floods cut roads across Kerala.", "Kerala"),
    ("Shelling hit homes near Pokrovsk.", "Pokrovsk"),
    ("The plant outside Tromso closed.", "Tromso"),
    ("Wildfires spread in Alentejo on Monday.", "Alentejo"),
    ("Farmers in Podlaskie protested.", "Podlaskie"),
    ("A bridge collapsed in Mangaluru.", "Mangaluru"),
    ("Voters in Sichuan queued early.", "Sichuan"),
    ("Snow fell across Bavaria overnight.", "Bavaria"),
    ("A mine flooded near Potosi.", "Potosi"),
    ("Schools shut in Khyber Pakhtunkhwa.", "Khyber Pakhtunkhwa"),
    ("Rescuers worked in Antakya all night.", "Antakya"),
    ("Prices rose in Rotterdam.", "Rotterdam"),
    ("The strike spread to Gdansk and beyond.", "Gdansk"),
    ("Storms hit Queensland on Sunday.", "Queensland"),
    ("A ferry sank near Cebu.", "Cebu"),
]


@pytest.mark.parametrize(("text", "place"), TOWNS)
def test_towns_and_regions_are_places(text: str, place: str) -> None:
    assert names(text).get(place) == "PLACE"


# --- 3. two places joined by "and": two places, never one organisation ----------------------
JOINED = [
    ("Floods hit Kerala and Tamil Nadu, officials said.", "Kerala", "Tamil Nadu"),
    ("Police in Wolverhampton and Walsall arrested two men.", "Wolverhampton", "Walsall"),
    ("The storm reached Nova Scotia and New Brunswick.", "Nova Scotia", "New Brunswick"),
    ("Troops moved near Pokrovsk and Kostiantynivka.", "Pokrovsk", "Kostiantynivka"),
    ("Trains between Leeds and Bradford stopped.", "Leeds", "Bradford"),
    ("Fires burned in Attica and Evia.", "Attica", "Evia"),
    ("Talks in Doha and Cairo stalled.", "Doha", "Cairo"),
    ("Rain lashed Bavaria and Saxony.", "Bavaria", "Saxony"),
    ("Exports from Santos and Paranagua fell.", "Santos", "Paranagua"),
    ("Voting in Punjab and Haryana was calm.", "Punjab", "Haryana"),
    ("Flights from Lyon and Marseille were cancelled.", "Lyon", "Marseille"),
    ("Protests spread in Oaxaca and Chiapas.", "Oaxaca", "Chiapas"),
    pytest.param(
        "Schools in Kent and Sussex closed.",
        "Kent",
        "Sussex",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'Kent' is a first name (gender_guesser): the town rule leaves first names "
            "alone, and 'Sussex' (East / West Sussex) is in no library",
        ),
    ),
    ("Roads between Osaka and Kobe were shut.", "Osaka", "Kobe"),
    ("Shelling hit Kherson and Mykolaiv.", "Kherson", "Mykolaiv"),
]


@pytest.mark.parametrize(("text", "left", "right"), JOINED)
def test_places_joined_by_and_stay_two_places(text: str, left: str, right: str) -> None:
    found = names(text)
    assert (found.get(left), found.get(right)) == ("PLACE", "PLACE")


# --- 4. names of things: products, chips, software and AI models are no people or orgs ------
PRODUCTS = [
    ("The company unveiled the Pixel 9 on Monday.", "Pixel"),
    ("Nvidia said its Blackwell chips sold out.", "Blackwell"),
    ("OpenAI released GPT-5 to paying users.", "GPT-5"),
    ("Samsung will ship the Galaxy S25 in March.", "Galaxy"),
    ("Apple cut the price of the iPhone 16.", "iPhone"),
    ("Sony said the PlayStation 5 outsold rivals.", "PlayStation"),
    ("Microsoft ends support for Windows 10 next year.", "Windows"),
    ("Meta trained Llama 4 on public data.", "Llama"),
    ("Google's Gemini chatbot gained users.", "Gemini"),
    ("The new Snapdragon chips run cooler.", "Snapdragon"),
    ("Users praised the Xbox 360 revival.", "Xbox"),
    ("Qualcomm's Snapdragon 8 chip powers the phone.", "Snapdragon"),
    ("Anthropic's Claude models answered faster.", "Claude"),
    ("Tesla delivered more Model 3 cars.", "Model"),
    ("The Switch 2 sold out in an hour.", "Switch"),
    ("Its Tensor chips are made in Korea.", "Tensor"),
]


@pytest.mark.parametrize(("text", "thing"), PRODUCTS)
def test_products_are_no_people_or_organisations(text: str, thing: str) -> None:
    found = names(text)
    assert not any(thing in mention for mention in found)


# --- 5. common acronyms: no places, people or organisations ---------------------------------
ACRONYMS = [
    "AI will change how banks lend, Lee said.",
    "Firms spent heavily on AI last year.",
    "The GDP figures surprised traders.",
    "The CEO resigned on Friday.",
    "Its IPO raised $2 billion.",
    "EV sales rose 20% in October.",
    "GPU demand kept prices high.",
    "Referees used VAR twice.",
    "Patients filled the ICU.",
    "DNA tests named the suspect.",
    "LNG cargoes left the port.",
    "The ETF tracks gold.",
    "Drivers rely on GPS.",
    "The MP voted against.",
    "The TV debate drew millions.",
    "The AI boom lifted shares.",
]


@pytest.mark.parametrize("text", ACRONYMS)
def test_common_acronyms_are_no_names(text: str) -> None:
    found = names(text)
    acronyms = {"AI", "GDP", "CEO", "IPO", "EV", "GPU", "VAR", "ICU", "DNA", "LNG", "ETF"}
    acronyms |= {"GPS", "MP", "TV"}
    assert not acronyms.intersection(found)


# --- 6. a club named by its city after host / beat / face / play / visit --------------------
CLUBS = [
    ("Arsenal host Liverpool on Sunday.", "Liverpool"),
    ("Madrid face Barcelona on Saturday.", "Barcelona"),
    ("Madrid face Barcelona on Saturday.", "Madrid"),
    ("Leeds beat Norwich 2-1.", "Leeds"),
    ("Leeds visit Norwich on Saturday.", "Norwich"),
    ("Leeds visit Norwich on Saturday.", "Leeds"),
    pytest.param(
        "Celtic play Aberdeen at home.",
        "Aberdeen",
        marks=pytest.mark.xfail(
            strict=True, reason="the model tags no 'Aberdeen' here; untagged sides are not added"
        ),
    ),
    ("Milan host Napoli next week.", "Napoli"),
    ("Milan host Napoli next week.", "Milan"),
    ("Lyon face Marseille in the derby.", "Lyon"),
    ("Lyon face Marseille in the derby.", "Marseille"),
    ("Everton beat Brighton at home.", "Brighton"),
    ("Porto meet Lisbon rivals on Friday.", "Porto"),
    ("Chelsea entertain Newcastle tonight.", "Newcastle"),
    ("Valencia play Sevilla on Sunday.", "Valencia"),
    ("Glasgow face Edinburgh in the cup.", "Edinburgh"),
]
# A city with the singular verb of a place stays a place.
CITIES_HOSTING = [
    ("Paris hosts the summit.", "Paris"),
    ("Moscow hosts talks on Friday.", "Moscow"),
    ("Geneva welcomes the delegates.", "Geneva"),
]


@pytest.mark.parametrize(("text", "club"), CLUBS)
def test_clubs_named_by_their_city_are_organisations(text: str, club: str) -> None:
    assert names(text).get(club) == "ORG"


@pytest.mark.parametrize(("text", "city"), CITIES_HOSTING)
def test_a_city_that_hosts_stays_a_place(text: str, city: str) -> None:
    assert names(text).get(city) == "PLACE"


# --- 7. compact clock times with a zone -----------------------------------------------------
CLOCKS = [
    ("The plane landed at 1530 GMT.", "1530 GMT", "2025-11-18T15:30"),
    ("The talks ended at 0815 local time.", "0815 local time", "2025-11-18T08:15"),
    ("The quake struck at 0230 GMT on Sunday.", "0230 GMT on Sunday", "2025-11-16T02:30"),
    ("Polls closed at 2200 UTC.", "2200 UTC", "2025-11-18T22:00"),
    ("Flights resume at 0600 hours.", "0600 hours", "2025-11-18T06:00"),
    (
        "The market opens at 0900 local time tomorrow.",
        "0900 local time tomorrow",
        "2025-11-19T09:00",
    ),
    (
        "Shelling began at 0430 local time on Monday.",
        "0430 local time on Monday",
        "2025-11-17T04:30",
    ),
    ("The ship docked at 1145 GMT yesterday.", "1145 GMT yesterday", "2025-11-17T11:45"),
    ("The curfew starts at 2000 local time.", "2000 local time", "2025-11-18T20:00"),
    ("The launch is set for 1310 UTC.", "1310 UTC", "2025-11-18T13:10"),
    ("Trading halted at 1405 GMT.", "1405 GMT", "2025-11-18T14:05"),
    ("The storm made landfall at 0300 local time.", "0300 local time", "2025-11-18T03:00"),
    ("The vote starts at 0700 GMT on Friday.", "0700 GMT on Friday", "2025-11-21T07:00"),
    ("The ceasefire began at 0001 local time.", "0001 local time", "2025-11-18T00:01"),
    ("The rocket lifted off at 1759 UTC.", "1759 UTC", "2025-11-18T17:59"),
    ("The alarm sounded at 2330 hours.", "2330 hours", "2025-11-18T23:30"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), CLOCKS)
def test_compact_clock_times_are_times(text: str, phrase: str, value: str) -> None:
    assert dates(text).get(phrase) == ("TIME", value)
    assert not any(phrase.split()[0] in q for q in amounts(text))


# --- 8. ordinal goals: no duration ---------------------------------------------------------
GOALS = [
    "Kane added a third before the break.",
    "Kane scored a second before half-time.",
    "Rivera netted a fourth late on.",
    "Silva headed in a second from a corner.",
    "The hosts made it a third after the restart.",
    "Lee grabbed a second with ten minutes left.",
    "Okafor slotted in a third from close range.",
    "Diaz pulled back a second for the visitors.",
    "Moreno converted a fourth from the spot.",
    "Hall struck a second into the top corner.",
    "Patel bagged a third to seal it.",
    "Sato fired in a second just after the hour.",
    "Costa added his second in stoppage time.",
    "Ngata tapped in a fifth at the far post.",
    "Ruiz hit a third off the crossbar and in.",
]


@pytest.mark.parametrize("text", GOALS)
def test_ordinal_goals_are_no_durations(text: str) -> None:
    found = dates(text)
    assert not [d for d in found if d.endswith(("second", "third", "fourth", "fifth"))]
    assert not [d for d, (_, v) in found.items() if v in ("PT1S",) or "second" in d]


def test_a_second_of_time_stays_a_duration() -> None:
    assert dates("The engine fired for a second.") == {"a second": ("DURATION", "PT1S")}


# --- 9. names that hold numbers: no years, no counts -----------------------------------------
NUMBERED = [
    ("The Russell 2000 index fell 1.2%.", "2000"),
    ("The S&P 500 rose on Friday.", "500"),
    ("The FTSE 100 closed up 0.4%.", "100"),
    ("The Nikkei 225 slipped overnight.", "225"),
    ("The CAC 40 ended flat.", "40"),
    ("The Euro Stoxx 50 gained.", "50"),
    ("Airbus delivered its last A380.", "A380"),
    ("The Boeing 747 made its final flight.", "747"),
    ("Microsoft will retire Windows 11 version 21H2.", "11"),
    ("Windows 2000 was released long ago.", "2000"),
    ("Apple sold more iPhone 16 units.", "16"),
    ("The F-35 jets arrived.", "35"),
    ("Covid-19 cases rose.", "19"),
    ("The Nasdaq 100 hit a record.", "100"),
    ("The ASX 200 fell 2%.", "200"),
    ("Formula 1 returns to Las Vegas.", "1"),
]


@pytest.mark.parametrize(("text", "number"), NUMBERED)
def test_numbers_in_names_are_no_dates_or_counts(text: str, number: str) -> None:
    assert not [d for d in dates(text) if number in d]
    assert not [q for q in amounts(text) if number in q]


def test_a_maker_before_a_year_keeps_the_year() -> None:
    assert dates("Boeing 2024 deliveries fell.") == {"2024": ("DATE", "2024")}


# --- 10. bare lengths of time are durations, not points ------------------------------------
DURATIONS = [
    ("He was jailed for five years.", "five years", "P5Y"),
    ("Prices doubled in a decade.", "a decade", "P10Y"),
    ("The ceasefire held for 100 days.", "100 days", "P100D"),
    ("The trial lasted three weeks.", "three weeks", "P3W"),
    ("She served two terms over eight years.", "eight years", "P8Y"),
    ("The mission will take six months.", "six months", "P6M"),
    ("It took 48 hours to restore power.", "48 hours", "PT48H"),
    ("The drought lasted a year.", "a year", "P1Y"),
    ("Talks dragged on for two decades.", "two decades", "P20Y"),
    ("The rescue took nine days.", "nine days", "P9D"),
    ("He spent a week in hospital.", "a week", "P1W"),
    ("The strike lasted 10 weeks.", "10 weeks", "P10W"),
    ("The siege lasted five months.", "five months", "P5M"),
    ("The flight took 14 hours.", "14 hours", "PT14H"),
    ("They waited 30 minutes.", "30 minutes", "PT30M"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), DURATIONS)
def test_bare_lengths_of_time_are_durations(text: str, phrase: str, value: str) -> None:
    # The phrase may carry its preposition ("over eight years"): the value is what counts.
    found = [tv for d, tv in dates(text).items() if d.endswith(phrase)]
    assert found == [("DURATION", value)]


# --- 11. Greenwich times carry no "Z" (TimeML values do not) --------------------------------
GREENWICH = [
    ("Trading resumes at 14:00 GMT.", "2025-11-18T14:00"),
    ("The bomb went off at 3 p.m. GMT.", "2025-11-18T15:00"),
    ("Polls closed at 2200 UTC.", "2025-11-18T22:00"),
    ("The launch is at 10:30 UTC.", "2025-11-18T10:30"),
    # A schedule in the present simple: the coming Monday (tests/test_dates_news.py SCHEDULES).
    ("Talks begin at 9 a.m. GMT on Monday.", "2025-11-24T09:00"),
    ("The quake struck at 0230 GMT.", "2025-11-18T02:30"),
    ("The deadline is 1700 GMT.", "2025-11-18T17:00"),
    ("The vote closes at 8 p.m. UTC.", "2025-11-18T20:00"),
    ("Markets reopen at 07:00 GMT tomorrow.", "2025-11-19T07:00"),
    ("The ship sank at 1530 GMT on Monday.", "2025-11-17T15:30"),
    ("The ban starts at midnight GMT.", "2025-11-18T24:00"),
    ("The rocket flew at 11:15 UTC.", "2025-11-18T11:15"),
    ("Fighting stopped at 0600 GMT.", "2025-11-18T06:00"),
    ("The results come at 4 p.m. GMT.", "2025-11-18T16:00"),
    ("Flights resumed at 18:45 GMT.", "2025-11-18T18:45"),
]


@pytest.mark.parametrize(("text", "value"), GREENWICH)
def test_greenwich_times_carry_no_z(text: str, value: str) -> None:
    values = [v for _, v in dates(text).values()]
    assert value in values
    assert not any(v.endswith("Z") for v in values)


def test_other_zones_keep_their_offset() -> None:
    assert ("TIME", "2025-11-18T09:00-05:00") in dates("Trading opens at 9 a.m. ET.").values()


# --- wire openings: "CITY, Region (Outlet) -": the place a place, the outlet an organisation
WIRE_OPENINGS = [
    (
        "NEW YORK (Marketline) — U.S. stocks fell on Monday as yields rose.",
        "NEW YORK",
        "Marketline",
    ),
    ("LAGOS (Wirenet) — Nigeria's central bank raised its main rate.", "LAGOS", "Wirenet"),
    ("KYIV, Ukraine (Dispatch) — Air raid sirens sounded overnight.", "KYIV", "Dispatch"),
    ("BRUSSELS (Newsline) - European ministers met on energy prices.", "BRUSSELS", "Newsline"),
    ("SANTIAGO (Agency) — Rescuers searched the rubble for survivors.", "SANTIAGO", "Agency"),
    ("MUMBAI (Paxton News) — Indian shares closed higher on Friday.", "MUMBAI", "Paxton News"),
    ("NAIROBI, Kenya (Courier Wire) — Parliament passed the budget.", "NAIROBI", "Courier Wire"),
    ("TOKYO (Orbis) — The yen weakened past 150 per dollar.", "TOKYO", "Orbis"),
    ("CAIRO (Meridian) — Egypt reopened the border crossing on Sunday.", "CAIRO", "Meridian"),
    ("LIMA, Peru (Andes Press) — Protesters blocked a highway.", "LIMA", "Andes Press"),
    ("OTTAWA (Maplewire) — Canada's jobless rate held steady.", "OTTAWA", "Maplewire"),
    (
        "SYDNEY (Southern Cross Media) — Fires forced thousands to flee.",
        "SYDNEY",
        "Southern Cross Media",
    ),
    ("BERLIN (Spreewire) — German factory orders fell unexpectedly.", "BERLIN", "Spreewire"),
    ("MEXICO CITY (Zocalo) — The president unveiled a security plan.", "MEXICO CITY", "Zocalo"),
    ("JAKARTA (Harbor Post) — Indonesia banned exports of nickel ore.", "JAKARTA", "Harbor Post"),
    ("ATHENS, Greece (Aegean Wire) — Firefighters battled a wildfire.", "ATHENS", "Aegean Wire"),
    ("DAKAR (Sahel Report) — The opposition called for protests.", "DAKAR", "Sahel Report"),
    ("MANILA (Rivera) — A typhoon made landfall overnight.", "MANILA", "Rivera"),
    (
        "Headline on the rates\n\nOSLO (Fjordline) — The central bank held rates.",
        "OSLO",
        "Fjordline",
    ),
]


@pytest.mark.parametrize(("text", "place", "outlet"), WIRE_OPENINGS)
def test_wire_opening_place_and_outlet(text: str, place: str, outlet: str) -> None:
    found = names(text)
    assert (found.get(place), found.get(outlet)) == ("PLACE", "ORG")


# --- a plural noun that opens a sentence is no person ("Schools will stay closed") --------
# (second sentence of an invented report, word, its type or None)
OPENING_PLURALS = [
    ("Schools will stay closed until Wednesday.", "Schools", None),
    ("Landslides buried two villages.", "Landslides", None),
    ("Wildfires spread overnight.", "Wildfires", None),
    ("Shoppers queued before dawn.", "Shoppers", None),
    ("Floods cut roads across the north.", "Floods", None),
    ("Teachers walked out on Monday.", "Teachers", None),
    ("Hospitals ran short of oxygen.", "Hospitals", None),
    ("Farmers blocked the motorway.", "Farmers", None),
    ("Looters raided shops.", "Looters", None),
    ("Mourners gathered outside the church.", "Mourners", None),
    pytest.param(
        "Bushfires forced thousands to flee.",
        "Bushfires",
        None,
        marks=pytest.mark.xfail(strict=True, reason="'bushfire' is not in the model's nouns"),
    ),
    # Names stay names: a surname the report gave in full, a first name's plural form.
    ("Mayor Tilda Banks spoke first. Banks said the bridge would reopen.", "Banks", "PERSON"),
    ("The coach is Marten Woods. Woods said his side deserved the win.", "Woods", "PERSON"),
    ("Roberts said the vote would be held in May.", "Roberts", "PERSON"),
    ("Adams told reporters the plan was dead.", "Adams", "PERSON"),
    ("Peters resigned from the board on Monday.", "Peters", "PERSON"),
    ("Senator Ivo Fields objected. Fields said the bill was rushed.", "Fields", "PERSON"),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), OPENING_PLURALS)
def test_a_plural_noun_opening_a_sentence_is_no_person(
    sentence: str, word: str, expected: str | None
) -> None:
    found = names("A storm hit the coast of Norvalia on Sunday.\n\n" + sentence)
    assert found.get(word) == expected


# --- a product line in a hyphenated modifier is a thing ("Snapdragon-powered phones") -----
# (sentence, the name, its type or None)
HYPHENATED_THINGS = [
    ("The Snapdragon-powered phones were handed out by volunteers.", "Snapdragon", None),
    ("A Ryzen-powered laptop went on sale.", "Ryzen", None),
    ("The Xeon-based servers crashed on Monday.", "Xeon", None),
    ("The Exynos-powered handset ran hot.", "Exynos", None),
    ("Starlink-connected terminals reached the villages.", "Starlink", None),
    ("A Radeon-equipped desktop topped the test.", "Radeon", None),
    ("The Epyc-based cluster doubled its speed.", "Epyc", None),
    ("Several Xbox-exclusive games were delayed.", "Xbox", None),
    ("The Gemini-powered assistant answered in Spanish.", "Gemini", None),
    ("An iPad-only version ships in May.", "iPad", None),
    ("The Kindle-style reader costs less.", "Kindle", None),
    ("Patriot-armed batteries guarded the port.", "Patriot", None),
    # Makers, states and alliances before a hyphen stay what they are.
    ("A Google-funded study found the opposite.", "Google", "ORG"),
    ("Iran-backed militias fired rockets.", "Iran", "PLACE"),
    ("The NATO-led mission ended in May.", "NATO", "ORG"),
    ("A Samsung-designed chip powers the device.", "Samsung", "ORG"),
]


@pytest.mark.parametrize(("text", "name", "expected"), HYPHENATED_THINGS)
def test_a_product_line_before_a_hyphen_is_a_thing(
    text: str, name: str, expected: str | None
) -> None:
    assert names(text).get(name) == expected


# --- a half or quarter of a match before a match noun is no date ("a first-half penalty") --
# (sentence, the date's text or None when it is no date, its value)
MATCH_HALVES = [
    ("Rovers had led through a first-half penalty from their captain.", None, None),
    ("A second-half header sealed the win for the visitors.", None, None),
    ("Her first-half goal was the only one of the night.", None, None),
    ("A second-half red card left them with ten men.", None, None),
    ("The hosts made two second-half substitutions.", None, None),
    ("A first-half try put the Lions ahead.", None, None),
    ("A fourth-quarter touchdown won it for Denver.", None, None),
    ("His second-half equaliser silenced the crowd.", None, None),
    ("A first-half hat-trick from the winger settled the tie.", None, None),
    ("The keeper made three first-half saves.", None, None),
    ("A third-quarter run gave the Hawks the lead.", None, None),
    ("Their first-half display drew boos from the fans.", None, None),
    # Halves and quarters of a year stay dates.
    ("The firm's first-half profit rose 5%.", "first-half", "2025-H1"),
    ("Second-half sales are expected to slow.", "Second-half", "2025-H2"),
    ("Third-quarter earnings beat forecasts.", "Third-quarter", "2025-Q3"),
    ("First-half revenue fell to $2 billion.", "First-half", "2025-H1"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), MATCH_HALVES)
def test_a_half_of_a_match_is_no_date(text: str, phrase: str | None, value: str | None) -> None:
    found = {
        d: v for d, (_, v) in dates(text).items() if "half" in d.lower() or "quarter" in d.lower()
    }
    assert found == ({} if phrase is None else {phrase: value})


# --- a company named again by its first word is the company ("Corvane said") ---------------
# (text, short form, its type, the name of the entity it belongs to)
SHORT_COMPANY_NAMES = [
    (
        "Corvane Systems cut its forecast. Corvane said demand was weak.",
        "Corvane",
        "Corvane Systems",
    ),
    ("Velmora Bank raised rates. Velmora said deposits grew.", "Velmora", "Velmora Bank"),
    (
        "Brenna Technologies hired 300 engineers. Brenna plans a new lab.",
        "Brenna",
        "Brenna Technologies",
    ),
    ("Ostra Airlines cancelled 40 flights. Ostra blamed the strike.", "Ostra", "Ostra Airlines"),
    ("Kelvar Motors recalled 9,000 cars. Kelvar said no one was hurt.", "Kelvar", "Kelvar Motors"),
    (
        "Tamsin Industries closed a plant. Tamsin employs 4,000 people.",
        "Tamsin",
        "Tamsin Industries",
    ),
    (
        "Rovik Pharmaceuticals won approval for a drug. Rovik shares rose.",
        "Rovik",
        "Rovik Pharmaceuticals",
    ),
    ("Halvern Energy found gas offshore. Halvern will drill again.", "Halvern", "Halvern Energy"),
    (
        "Quellis Airways added routes to Lisbon. Quellis said demand was strong.",
        "Quellis",
        "Quellis Airways",
    ),
    (
        "Drummond Securities fined a trader. Drummond denied wrongdoing.",
        "Drummond",
        "Drummond Securities",
    ),
    ("Lorcan Capital bought the hotel chain. Lorcan paid $2 billion.", "Lorcan", "Lorcan Capital"),
    ("Nordlys Group bought two ferries. Nordlys said the deal closed.", "Nordlys", "Nordlys Group"),
    (
        "Tarsk Holdings Inc. sold its stake. Tarsk will keep the ferries.",
        "Tarsk",
        "Tarsk Holdings Inc.",
    ),
    ("Pellow Partners advised the buyer. Pellow earned a fee.", "Pellow", "Pellow Partners"),
    ("Marven Telecom lost subscribers. Marven blamed the price war.", "Marven", "Marven Telecom"),
    ("Astley Foods raised prices. Astley said costs had soared.", "Astley", "Astley Foods"),
]


@pytest.mark.parametrize(("text", "short", "company"), SHORT_COMPANY_NAMES)
def test_a_company_named_by_its_first_word_is_the_company(
    text: str, short: str, company: str
) -> None:
    doc = _doc(text)
    owner = [e for e in doc.entities for m in e.mentions if m.text == short]
    assert [(e.name, e.type) for e in owner] == [(company, "ORG")]


# A town a club or a company is named after stays a town where it is named alone.
def test_a_known_town_named_alone_stays_a_town() -> None:
    found = names("Bristol Motors opened a plant. The plant is near Bristol.")
    assert found.get("Bristol") == "PLACE"


# --- a town's name before a club word is the club ("Halden United") ------------------------
# (text, the club's name, its type or None when no club)
CLUB_NAMES = [
    ("Halden United beat Rovers on Saturday.", "Halden United", "ORG"),
    ("Tromso Athletic lost at home.", "Tromso Athletic", "ORG"),
    ("Bergen Wanderers drew 1-1.", "Bergen Wanderers", "ORG"),
    ("Gdansk Rovers signed a goalkeeper.", "Gdansk Rovers", "ORG"),
    ("Aarhus Albion sacked their manager.", "Aarhus Albion", "ORG"),
    ("Varna Rangers won the cup.", "Varna Rangers", "ORG"),
    ("Lahti FC topped the table.", "Lahti FC", "ORG"),
    ("Kassel United host Halden on Sunday.", "Kassel United", "ORG"),
    ("Fans of Potosi United marched to the stadium.", "Potosi United", "ORG"),
    ("Antalya Athletic appointed a new coach.", "Antalya Athletic", "ORG"),
    ("Bilbao Wanderers were relegated.", "Bilbao Wanderers", "ORG"),
    ("Coimbra Rovers beat Braga 3-0.", "Coimbra Rovers", "ORG"),
    ("Moss United drew with Halden.", "Moss United", "ORG"),
    ("Larvik Wanderers beat Hamar 3-1.", "Larvik Wanderers", "ORG"),
    # A city whose name ends in such a word stays a city.
    ("Flooding hit Mexico City on Monday.", "Mexico City", "PLACE"),
    ("Prices rose in Kansas City.", "Kansas City", "PLACE"),
    ("Water ran short in Cape Town.", "Cape Town", "PLACE"),
    ("The United Nations met in Geneva.", "Geneva", "PLACE"),
]


@pytest.mark.parametrize(("text", "club", "expected"), CLUB_NAMES)
def test_a_town_before_a_club_word_is_the_club(text: str, club: str, expected: str) -> None:
    assert names(text).get(club) == expected
