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
