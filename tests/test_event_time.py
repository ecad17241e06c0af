"""When each event happened: capability tables per kind of expression (invented sentences,
published 2025-11-18, a Tuesday), the word lists, and the seeds' expectations.

Each row names an event word of the text and the time its frame should carry (the value's
start: a finer value is right), the time's source, and ``when``.
"""

from __future__ import annotations

import pytest

import briefx
from briefx.events.time import TimeCues, time_words, when_of
from briefx.schema import EventTime

PUBLISHED = "2025-11-18"


def _frame(text: str, word: str, nth: int = 0):
    doc = briefx.extract(text, published=PUBLISHED)
    frames = [e for f in doc.facts for e in f.events if e.text == word]
    found = [e.text for f in doc.facts for e in f.events]
    assert len(frames) > nth, f"no frame {word!r} in {found}"
    return frames[nth], doc


def _check(text: str, word: str, value: str | None, source: str | None, when: str) -> None:
    frame, doc = _frame(text, word)
    got = None if frame.time is None else (frame.time.value, frame.time.source)
    if value is None:
        assert frame.time is None, f"{word}: {got}"
    else:
        assert frame.time is not None, f"{word}: no time"
        assert frame.time.value.startswith(value) and frame.time.source == source, got
        if source == "publication":
            assert frame.time.date is None
        else:
            d = doc.dates[frame.time.date]
            assert (d.value, tuple(d.range)) == (frame.time.value, tuple(frame.time.range))
    assert frame.when == when


# Rule 1: a date in the event's clause or its temporal modifier.
ATTACHED = [
    ("Police arrested the suspect on Monday.", "arrested", "2025-11-17", "past"),
    ("The minister will visit Paris on Nov. 25.", "visit", "2025-11-25", "future"),
    ("The company opened a plant in Ohio in March.", "opened", "2025-03", "past"),
    ("Rebels seized the town last week.", "seized", "2025-W46", "past"),
    ("The council voted on Thursday to approve the budget.", "voted", "2025-11-13", "past"),
    ("Firefighters extinguished the blaze yesterday.", "extinguished", "2025-11-17", "past"),
    ("The trial opens on Dec. 3.", "opens", "2025-12-03", "future"),
    ("Two trains collided early on Sunday.", "collided", "2025-11-16", "past"),
    ("The bank raised interest rates in October.", "raised", "2025-10", "past"),
    ("Voters elected a new mayor in 2023.", "elected", "2023", "past"),
    ("The ferry sank on Nov. 2, 2024.", "sank", "2024-11-02", "past"),
    ("The leaders will meet next month.", "meet", "2025-12", "future"),
    ("The airline cancelled 40 flights today.", "cancelled", "2025-11-18", "past"),
    ("The team will play its last match tomorrow.", "play", "2025-11-19", "future"),
    ("Her visit on Nov. 20 was postponed.", "visit", "2025-11-20", "future"),
    ("The museum reopened on Saturday after repairs.", "reopened", "2025-11-15", "past"),
    ("On Friday, the court acquitted the driver.", "acquitted", "2025-11-14", "past"),
    ("In 2019 the firm moved its headquarters to Oslo.", "moved", "2019", "past"),
]


@pytest.mark.parametrize(("text", "word", "value", "when"), ATTACHED)
def test_attached_date(text, word, value, when) -> None:
    _check(text, word, value, "sentence", when)


# Rule 4: the publication date for the present perfect, the present progressive and a
# present-tense headline (a line of its own with no final stop).
PUBLICATION = [
    ("The president has resigned.", "resigned", "past"),
    ("Protesters are marching through the capital.", "marching", "ongoing"),
    ("The government has raised fuel taxes.", "raised", "past"),
    ("Rescue teams are searching for survivors.", "searching", "ongoing"),
    ("Floods have forced thousands from their homes.", "forced", "past"),
    ("The central bank has cut its main rate.", "cut", "past"),
    ("Workers are building a new bridge over the river.", "building", "ongoing"),
    ("Police have arrested three men.", "arrested", "past"),
    ("Shares of the carmaker are falling sharply.", "falling", "ongoing"),
    ("The company has fired its chief executive.", "fired", "past"),
    ("Doctors are treating dozens of injured people.", "treating", "ongoing"),
    ("Two climbers have died on the mountain.", "died", "past"),
    ("Negotiators are drafting a new agreement.", "drafting", "ongoing"),
    ("The storm has destroyed hundreds of homes.", "destroyed", "past"),
    ("Earthquake hits southern Peru\nA strong quake struck the region.", "hits", "past"),
    ("Court frees jailed reporter\nA court released the reporter.", "frees", "past"),
    ("Mayor quits over budget row\nThe mayor stepped down.", "quits", "past"),
]


@pytest.mark.parametrize(("text", "word", "when"), PUBLICATION)
def test_publication_date(text, word, when) -> None:
    _check(text, word, PUBLISHED, "publication", when)


# Past or future tense with nothing to date it: no time, and when from the tense.
NOTHING_TELLS = [
    ("The mayor resigned.", "resigned", "past"),
    ("The ministers will meet in Rome.", "meet", "future"),
    ("A court in the capital released the reporter.", "released", "past"),
    ("The company plans to close two plants.", "close", "future"),
]


@pytest.mark.parametrize(("text", "word", "when"), NOTHING_TELLS)
def test_nothing_tells(text, word, when) -> None:
    _check(text, word, None, None, when)


def test_seed_visit_and_swap(seed_docs) -> None:
    doc = seed_docs["000_e2240c5e00b7e2d5"]
    visit = next(e for f in doc.facts for e in f.events if e.lemma == "visit" and e.dates)
    assert visit.time is not None
    assert (visit.time.value, visit.time.source, visit.when) == ("2025-11-19", "sentence", "future")
    assert doc.dates[visit.time.date].text == "Nov. 19"
    swap = next(
        e
        for f in doc.facts
        for e in f.events
        if e.lemma == "exchange" and e.time is not None and e.time.value.startswith("2025-10")
    )
    assert swap.time.value == "2025-10" and swap.when == "past"
    assert doc.dates[swap.time.date].text == "early October"


def test_when_from_the_time_before_the_tense() -> None:
    past = EventTime(
        value="2025-11-10", range=("2025-11-10", "2025-11-10"), source="sentence", date=0
    )
    coming = EventTime(
        value="2025-12", range=("2025-12-01", "2025-12-31"), source="sentence", date=0
    )
    today = EventTime(
        value=PUBLISHED, range=(PUBLISHED, PUBLISHED), source="publication", date=None
    )
    assert when_of(past, "future", "planned", PUBLISHED) == "past"
    assert when_of(coming, "past", "actual", PUBLISHED) == "future"
    assert when_of(today, "progressive", "actual", PUBLISHED) == "ongoing"
    assert when_of(today, "perfect", "actual", PUBLISHED) == "past"
    assert when_of(None, "none", "planned", PUBLISHED) == "future"


def test_cues_move_with_their_piece() -> None:
    cues = TimeCues(own=(0, 2), inherited=(1,), tense="past", timeless=None)
    assert cues.moved(5) == TimeCues(own=(5, 7), inherited=(6,), tense="past", timeless=None)
    assert cues.moved(0) is cues


def test_time_word_lists_are_lower_case_and_documented() -> None:
    from briefx.resources import load_json

    data = load_json("events/time.json")
    assert "_doc" in data
    for name, values in data.items():
        if name.startswith("_"):
            continue
        assert values and all(v == v.lower() for v in values), name
        assert name in data["_doc"], f"{name} is not described in the _doc"
    assert "after" in time_words().relative_marks


# Rule 2: an event with no date of its own takes the date of the event that governs it:
# a participle or infinitive clause, a complement, a coordinated verb.
INHERITED = [
    ("A strong earthquake struck the coast on Sunday, killing 14 people.", "killing", "2025-11-16"),
    ("The council agreed on Monday to release the funds.", "release", "2025-11-17"),
    ("Rebels attacked the base on Friday and seized weapons.", "seized", "2025-11-14"),
    ("Police raided the house on Wednesday, arresting two men.", "arresting", "2025-11-12"),
    ("The army withdrew on Oct. 4, leaving the town empty.", "leaving", "2025-10-04"),
    ("Workers walked out on Monday to protest the layoffs.", "protest", "2025-11-17"),
    ("In March the government sold the airline and closed two mines.", "closed", "2025-03"),
    ("The storm hit the island on Saturday, destroying homes.", "destroying", "2025-11-15"),
    ("The storm hit the island on Saturday, cutting power to thousands.", "cutting", "2025-11-15"),
    ("Voters went to the polls on Sunday to elect a new parliament.", "elect", "2025-11-16"),
    ("The company decided in June to close the plant.", "close", "2025-06"),
    ("Troops crossed the border on Nov. 3 and occupied the village.", "occupied", "2025-11-03"),
    ("The minister resigned yesterday, ending a long career.", "ending", "2025-11-17"),
    ("On Saturday fans gathered outside the stadium, chanting slogans.", "chanting", "2025-11-15"),
    ("The bank cut rates in September, lowering borrowing costs.", "lowering", "2025-09"),
    ("The senators voted last week to approve the treaty.", "approve", "2025-W46"),
    (
        "Firefighters battled the blaze on Thursday and rescued three people.",
        "rescued",
        "2025-11-13",
    ),
    ("A bus overturned on Friday, injuring 20 passengers.", "injuring", "2025-11-14"),
    ("A truck crashed on Friday, blocking the highway.", "blocking", "2025-11-14"),
]


@pytest.mark.parametrize(("text", "word", "value"), INHERITED)
def test_inherited_from_the_governing_event(text, word, value) -> None:
    frame, _ = _frame(text, word)
    assert frame.time is not None and frame.time.source == "sentence", frame.time
    assert frame.time.value.startswith(value), frame.time
    assert frame.dates == []  # the date is the governing event's, not attached to this one


# Rule 3: no date in the sentence: the last date that set the scene in an earlier sentence
# (HeidelTime's news strategy: across paragraphs too) while the tense agrees; a sentence
# whose main verb changes the tense (a present perfect or progressive) ends it.
CONTEXT = [
    (
        "On Monday, protesters gathered in the square. They marched to the parliament.",
        "marched",
        "2025-11-17",
        "context",
    ),
    (
        "The fire broke out on Saturday night. Crews fought it for hours.",
        "fought",
        "2025-11-15",
        "context",
    ),
    (
        "In March, the company opened a new plant. It hired 200 workers.",
        "hired",
        "2025-03",
        "context",
    ),
    (
        "Police arrested the suspect on Oct. 3. He was charged with theft.",
        "charged",
        "2025-10-03",
        "context",
    ),
    (
        "The leaders will meet on Dec. 2. They will sign a trade deal.",
        "sign",
        "2025-12-02",
        "context",
    ),
    (
        "Last week the storm reached the coast. It flooded several towns.",
        "flooded",
        "2025-W46",
        "context",
    ),
    ("The vote took place in 2020. The opposition won a majority.", "won", "2020", "context"),
    (
        "On Friday the rebels entered the city. They seized the airport. They freed prisoners.",
        "freed",
        "2025-11-14",
        "context",
    ),
    (
        "The plane landed in Rome on Nov. 10. The passengers left the aircraft.",
        "left",
        "2025-11-10",
        "context",
    ),
    (
        "The museum will reopen on Jan. 5. Visitors will see the restored hall.",
        "see",
        "2026-01-05",
        "context",
    ),
    ("On Sunday the team lost the final. The coach resigned.", "resigned", "2025-11-16", "context"),
    (
        "On Monday the strike began. On Wednesday the workers returned.",
        "returned",
        "2025-11-12",
        "sentence",
    ),
    (
        "On Monday, protesters gathered in the square.\n\nThey marched to the parliament.",
        "marched",
        "2025-11-17",
        "context",
    ),
    (
        "On Monday, protesters gathered.\n\nThe union has called a strike. It chose a leader.",
        "chose",
        None,
        None,
    ),
    (
        "On Monday, protesters gathered. Police are guarding the square. They arrested a man.",
        "arrested",
        None,
        None,
    ),
    ("The ministers will meet on Dec. 2. They cancelled a trip.", "cancelled", None, None),
    (
        "On Monday, protesters gathered in the square. Police are guarding the building.",
        "guarding",
        PUBLISHED,
        "publication",
    ),
    ("On Monday the mayor resigned. He left after the vote.", "left", None, None),
    ("On Monday the market reopened. It usually closes early.", "closes", None, None),
]


@pytest.mark.parametrize(("text", "word", "value", "source"), CONTEXT)
def test_paragraph_focus(text, word, value, source) -> None:
    frame, _ = _frame(text, word)
    got = None if frame.time is None else (frame.time.value, frame.time.source)
    if value is None:
        assert frame.time is None, got
    else:
        assert frame.time is not None and frame.time.value.startswith(value), got
        assert frame.time.source == source, got


# Rule 5: no time for a generic statement, a habit, a negated or hypothetical event, or an
# event placed only before or after another one (even when the paragraph has a focus).
NONE = [
    pytest.param(
        "Volcanoes erupt without warning.",
        "erupt",
        "generic",
        marks=pytest.mark.xfail(
            reason="the small parser reads 'erupt' as an adjective", strict=True
        ),
    ),
    ("Storms damage crops.", "damage", "generic"),
    ("Hurricanes destroy homes.", "destroy", "generic"),
    ("Lions attack weak animals.", "attack", "generic"),
    ("Earthquakes kill thousands of people every year.", "kill", "habitual"),
    ("A referee controls the match.", "controls", "generic"),
    pytest.param(
        "Tigers hunt at night.",
        "hunt",
        "generic",
        marks=pytest.mark.xfail(reason="the small parser reads 'hunt' as a noun", strict=True),
    ),
    ("The committee usually meets on Mondays.", "meets", "habitual"),
    ("He often travels to Berlin.", "travels", "habitual"),
    pytest.param(
        "The ferry sails every Friday.",
        "sails",
        "habitual",
        marks=pytest.mark.xfail(reason="the small parser reads 'sails' as a noun", strict=True),
    ),
    ("The ferry leaves every Friday.", "leaves", "habitual"),
    ("The mayor always opens the festival.", "opens", "habitual"),
    ("If the union strikes, the factory will close.", "strikes", "hypothetical"),
    ("The deal would have collapsed without the vote.", "collapsed", "hypothetical"),
    ("The army could not have won the war.", "won", "hypothetical"),
    pytest.param(
        "Unless the court intervenes, the plant will close.",
        "intervenes",
        "hypothetical",
        marks=pytest.mark.xfail(
            reason="the small parser reads 'intervenes' as a noun", strict=True
        ),
    ),
    ("Unless the judge intervenes, the plant will close.", "intervenes", "hypothetical"),
    ("The bank would not lend money to the firm.", "lend", "hypothetical"),
    ("The mayor resigned after the vote.", "resigned", "relative"),
    ("Troops withdrew before the ceasefire.", "withdrew", "relative"),
    ("Prices rose after the central bank cut rates.", "rose", "relative"),
    ("Police searched the area until Friday.", "searched", "relative"),
    ("The plant has made cars since 1990.", "made", "relative"),
]


@pytest.mark.parametrize(("text", "word", "why"), NONE)
def test_no_time(text, word, why) -> None:
    prefix = "On Monday, the city council met. "  # a focus the event must not take
    frame, _ = _frame(prefix + text, word)
    assert frame.time is None, frame.time


@pytest.mark.parametrize(("text", "word", "why"), NONE)
def test_timeless_reason_from_the_parse(nlp, text, word, why) -> None:
    from briefx.events.time import tense, timeless
    from briefx.events.words import find_events

    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    raw = next(f for f in find_events(doc[:]) if f.trigger == token.i)
    found, verbal = tense(token, raw.modality)
    assert timeless(token, found if verbal else "none", raw.polarity, raw.modality) == why


# Event nouns get frames with their time and participants.
EVENT_NOUNS = [
    ("The minister's trip to Kenya on Monday was cut short.", "trip", "2025-11-17", "minister"),
    ("His surgery on Friday went well.", "surgery", "2025-11-14", "His"),
    ("The arrival of the president on Sunday drew crowds.", "arrival", "2025-11-16", "president"),
    ("Talks on Wednesday ended without a deal.", "Talks", "2025-11-12", None),
    ("The election in May returned the government to power.", "election", "2025-05", None),
    ("A strike on Thursday closed the port.", "strike", "2025-11-13", None),
    ("The ceasefire of Oct. 10 held for a week.", "ceasefire", "2025-10-10", None),
    ("The attack on Saturday killed five soldiers.", "attack", "2025-11-15", None),
    ("Her visit last week surprised officials.", "visit", "2025-W46", "Her"),
    ("The briefing yesterday lasted an hour.", "briefing", "2025-11-17", None),
    ("The company's loss in the third quarter widened.", "loss", "2025-Q3", "company"),
    ("The investigation last year found no fraud.", "investigation", "2024", None),
    ("Trading on Friday was heavy.", "Trading", "2025-11-14", None),
    ("The inauguration on Jan. 20 will draw crowds.", "inauguration", "2026-01-20", None),
    ("The launch of the rocket on Sunday failed.", "launch", "2025-11-16", None),
    ("The evacuation on Monday moved 300 residents.", "evacuation", "2025-11-17", None),
    ("The meeting on Thursday ended early.", "meeting", "2025-11-13", None),
    ("The inquiry in June heard 40 witnesses.", "inquiry", "2025-06", None),
]


@pytest.mark.parametrize(("text", "noun", "value", "agent"), EVENT_NOUNS)
def test_event_nouns(text, noun, value, agent) -> None:
    frame, _ = _frame(text, noun)
    assert frame.time is not None and frame.time.value.startswith(value), frame.time
    if agent is not None:
        assert frame.agent is not None and agent in frame.agent.text, frame.agent


def test_focus_can_end_with_its_paragraph() -> None:
    from briefx.events.time import Placed, assign_times
    from briefx.schema import DateMention

    monday = DateMention(
        start=3,
        end=9,
        text="Monday",
        sentence=0,
        type="DATE",
        value="2025-11-17",
        mod=None,
        range=("2025-11-17", "2025-11-17"),
        anchor="reference_date",
    )
    past = TimeCues(own=(0,), tense="past", verbal=True, main=True)
    later = TimeCues(tense="past", verbal=True, main=True)
    events = [Placed(0, past, "actual"), Placed(1, later, "actual")]
    kept = assign_times(events, [monday], reference=PUBLISHED, breaks=[True, True], headline=False)
    ended = assign_times(
        events,
        [monday],
        reference=PUBLISHED,
        breaks=[True, True],
        headline=False,
        keep_across_paragraphs=False,
    )
    assert kept[1][0] is not None and kept[1][0].source == "context"
    assert ended[1][0] is None and ended[1][1] == "past"


# "today" and its like are dates of the text: the publication day, with the date's index.
TODAY = [
    ("The airline cancelled 40 flights today.", "cancelled", "today", "past"),
    ("Parliament votes on the budget today.", "votes", "today", "ongoing"),
    ("Firefighters are battling a blaze in the hills today.", "battling", "today", "ongoing"),
    ("The minister will address the nation tonight.", "address", "tonight", "future"),
    ("Police arrested two men this morning.", "arrested", "this morning", "past"),
]


@pytest.mark.parametrize(("text", "word", "said", "when"), TODAY)
def test_today_is_the_publication_day(text, word, said, when) -> None:
    frame, doc = _frame(text, word)
    assert frame.time is not None and frame.time.value.startswith(PUBLISHED), frame.time
    assert frame.time.source == "sentence" and doc.dates[frame.time.date].text == said
    assert frame.when == when
