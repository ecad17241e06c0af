"""A doer or what is acted on is a phrase without the time the parse hung on it
(capability table): "The village was evacuated by firefighters on Sunday" has the doer
"firefighters", not "firefighters on Sunday"; "hit by a tornado on Monday night", "a
tornado". A prepositional phrase whose object the model tags as a date or a time ends
the phrase (``briefx.events.frames``). Sentences invented for this table.
"""

from __future__ import annotations

import pytest

from tests.event_times import frame_of

# (sentence, event word, its doer as written, what it acts on as written)
TABLE = [
    (
        "The village was evacuated by firefighters on Sunday.",
        "evacuated",
        "firefighters",
        "The village",
    ),
    (
        "The bridge was inspected by engineers on Monday morning.",
        "inspected",
        "engineers",
        "The bridge",
    ),
    (
        "The suspect was questioned by detectives on Friday.",
        "questioned",
        "detectives",
        "The suspect",
    ),
    ("The plan was rejected by voters in March.", "rejected", "voters", "The plan"),
    ("The ship was boarded by pirates at dawn on Tuesday.", "boarded", "pirates", "The ship"),
    ("The museum was reopened by the mayor on Saturday.", "reopened", "the mayor", "The museum"),
    ("The law was signed by the president on Thursday.", "signed", "the president", "The law"),
    ("The match was won by Halden United on Sunday evening.", "won", "Halden United", "The match"),
    (
        "The report was published by the ministry on Wednesday.",
        "published",
        "the ministry",
        "The report",
    ),
    ("The town was hit by a tornado on Monday night.", "hit", "a tornado", "The town"),
    ("Police arrested a man on Saturday.", "arrested", "Police", "a man"),
    ("The council approved the plan on Monday.", "approved", "The council", "the plan"),
    ("Rescuers found the climbers on Tuesday.", "found", "Rescuers", "the climbers"),
    ("The company hired a new chief on Friday.", "hired", "The company", "a new chief"),
    ("Voters elected a new mayor in May.", "elected", "Voters", "a new mayor"),
    ("Troops seized the airport at dawn on Sunday.", "seized", "Troops", "the airport"),
    ("The road was blocked by protesters on Friday.", "blocked", "protesters", "The road"),
    ("The plant was flooded by heavy rain on Wednesday.", "flooded", "heavy rain", "The plant"),
    (
        "The fire was started by a lightning strike on Tuesday.",
        "started",
        "a lightning strike",
        "The fire",
    ),
    ("The convoy was attacked by gunmen on Saturday night.", "attacked", "gunmen", "The convoy"),
]


@pytest.mark.parametrize(("text", "word", "doer", "acted_on"), TABLE)
def test_the_phrase_ends_before_its_time(text: str, word: str, doer: str, acted_on: str) -> None:
    frame = frame_of(text, word)
    assert frame.agent is not None and frame.agent.text == doer
    assert frame.patient is not None and frame.patient.text == acted_on
