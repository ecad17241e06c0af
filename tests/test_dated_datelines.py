"""A wire dateline with its day ("LONDON, Nov. 17 (Wire) - ") takes no part in the
sentence's events (capability table, issue 25).

Its day is when the story was filed: no event's date, which comes from the sentence
("reported a loss on Sunday": Sunday). Its place is where it was filed: not the doer the
parse may take it for ("LONDON ... Corvane Mining reported": Corvane Mining). The
opening is read by ``briefx.text.dateline`` (``models/dates/dateline.json``). Sentences
invented for this table; published Tuesday 2025-11-18, filed Monday the 17th.
"""

from __future__ import annotations

import pytest

import briefx
from tests.event_times import PUBLISHED

# (sentence, event word, its doer as written)
TABLE = [
    (
        "LONDON, Nov. 17 (Newsline) - Corvane Mining reported a loss on Sunday.",
        "reported",
        "Corvane Mining",
    ),
    ("OSLO, Nov. 17 (Wirecast) - The government resigned on Sunday.", "resigned", "The government"),
    (
        "BEND, Ore., Nov. 17 (Wirecast) - A wildfire forced 300 families from home on Sunday.",
        "forced",
        "A wildfire",
    ),
    (
        "LIMA, Peru, Nov. 17 (Wirecast) - An earthquake struck southern Peru on Sunday.",
        "struck",
        "An earthquake",
    ),
    (
        "NAIROBI, Nov. 17 (Newsline) - Kenyan police arrested 12 protesters on Sunday.",
        "arrested",
        "Kenyan police",
    ),
    (
        "TOKYO, Nov. 17 (Wirecast) - Tarsk Motors recalled 40,000 cars on Sunday.",
        "recalled",
        "Tarsk Motors",
    ),
    (
        "PARIS, Nov. 17 (Newsline) - Lawmakers approved the budget on Sunday.",
        "approved",
        "Lawmakers",
    ),
    (
        "BERLIN, Nov. 17, 2025 (Wirecast) - The coalition agreed a deal on Sunday.",
        "agreed",
        "The coalition",
    ),
    (
        "MADRID, Nov. 17 (Newsline) - Firefighters fought a blaze near Toledo on Sunday.",
        "fought",
        "Firefighters",
    ),
    (
        "CAIRO, Nov. 17 (Wirecast) - Egypt reopened a border crossing on Sunday.",
        "reopened",
        "Egypt",
    ),
    (
        "SYDNEY, Nov. 17 (Newsline) - Halden Bank raised its forecast on Sunday.",
        "raised",
        "Halden Bank",
    ),
    (
        "ROME, Nov. 17 (Wirecast) - The Pope visited a children's hospital on Sunday.",
        "visited",
        "The Pope",
    ),
    (
        "KESWICK, England, Nov. 17 (Wirecast) - Floodwater swept through the town on Sunday.",
        "swept",
        "Floodwater",
    ),
    ("DENVER, Nov. 17 (Newsline) - Snow closed the main highway on Sunday.", "closed", "Snow"),
    (
        "MUMBAI, Nov. 17 (Wirecast) - Shares of Orvell Bank fell 4% on Sunday.",
        "fell",
        "Shares of Orvell Bank",
    ),
    (
        "SAN FRANCISCO, Calif., Nov. 17 (Newsline) - Quillon Labs cut 200 jobs on Sunday.",
        "cut",
        "Quillon Labs",
    ),
]


def _frame(text: str, word: str):
    document = briefx.extract(text, published=PUBLISHED)
    frame = next(e for f in document.facts for e in f.events if e.text == word)
    filed = [i for i, d in enumerate(document.dates) if d.text.startswith("Nov. 17")]
    return frame, filed


@pytest.mark.parametrize(("text", "word", "doer"), TABLE)
def test_the_dateline_is_neither_the_doer_nor_the_time(text: str, word: str, doer: str) -> None:
    frame, filed = _frame(text, word)
    assert frame.agent is not None and frame.agent.text == doer
    assert frame.time is not None and frame.time.value == "2025-11-16"
    assert not set(filed) & set(frame.dates)


def test_an_undated_event_does_not_take_the_filing_day() -> None:
    frame, filed = _frame("LONDON, Nov. 17 (Newsline) - Corvane Mining closed two mines.", "closed")
    assert frame.agent is not None and frame.agent.text == "Corvane Mining"
    assert filed and not set(filed) & set(frame.dates)
    assert frame.time is None or frame.time.source != "sentence"


# (sentence, speaker as written, the speech's own dates as written)
SPEECH = [
    (
        "LONDON, Nov. 17 (Newsline) - Corvane Mining said on Sunday it would close two mines.",
        "Corvane Mining",
        ["Sunday"],
    ),
    (
        "LONDON, Nov. 17 (Newsline) - Corvane Mining said it would close two mines.",
        "Corvane Mining",
        [],
    ),
    (
        "BEND, Ore., Nov. 17 (Wirecast) - Fire officials said the blaze was contained.",
        "Fire officials",
        [],
    ),
    (
        "OSLO, Nov. 17 (Wirecast) - The prime minister told parliament she would resign.",
        "The prime minister",
        [],
    ),
]


@pytest.mark.parametrize(("text", "speaker", "days"), SPEECH)
def test_the_dateline_is_neither_the_speaker_nor_the_speech_day(text, speaker, days) -> None:
    document = briefx.extract(text, published=PUBLISHED)
    said = document.facts[0].attribution
    assert said is not None and said.speaker_text == speaker
    assert [document.dates[i].text for i in said.dates] == days
