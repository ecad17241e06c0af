"""Event nouns of the news get frames with a time (issue 25, event coverage): "an
interview on Friday", "the embargo of 1962", "a debate last week". Capability table of
invented sentences (published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-18"

# (text, event noun, its time's value)
NOUNS = [
    ("In an interview on Friday, the mayor defended the budget.", "interview", "2025-11-14"),
    # "before the committee" places nothing before an event (rule 5 is for "before the vote").
    ("Her appearance before the committee on Monday lasted two hours.", "appearance", "2025-11-17"),
    pytest.param(
        "The embargo of 1962 cut trade between the two countries.",
        "embargo",
        "1962",
        marks=pytest.mark.xfail(
            reason="the small parser reads 'cut' as a compound of 'trade'", strict=True
        ),
    ),
    ("The broadcast on Sunday drew ten million viewers.", "broadcast", "2025-11-16"),
    ("In a speech on Thursday, the president promised new roads.", "speech", "2025-11-13"),
    ("The candidates clashed in a debate last week.", "debate", "2025-W46"),
    ("The firm's bankruptcy in 2020 left 900 people without work.", "bankruptcy", "2020"),
    ("The drought of 2022 ruined the harvest.", "drought", "2022"),
    ("The lockdown in March 2020 closed every school.", "lockdown", "2020-03"),
    ("The boycott in May hurt the chain's sales.", "boycott", "2025-05"),
    ("An airstrike on Saturday destroyed a bridge.", "airstrike", "2025-11-15"),
    pytest.param(
        "The recount in December confirmed the result.",
        "recount",
        "2025-12",
        marks=pytest.mark.xfail(
            reason="the small parser hangs 'in December' on 'confirmed'", strict=True
        ),
    ),
    ("The festival in July drew large crowds.", "festival", "2025-07"),
    ("The parade on Sunday closed the main avenue.", "parade", "2025-11-16"),
    ("The coup of 1973 ended civilian rule.", "coup", "1973"),
    ("The court's ruling on Monday cleared the way for the project.", "ruling", "2025-11-17"),
    ("The decision in October surprised investors.", "decision", "2025-10"),
    ("The voyage in 1999 ended in tragedy.", "voyage", "1999"),
]


@pytest.mark.parametrize(("text", "noun", "value"), NOUNS)
def test_news_event_nouns_are_timed_frames(text: str, noun: str, value: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    frames = [e for f in doc.facts for e in f.events if e.text == noun]
    assert frames, f"no frame {noun!r} in {[e.text for f in doc.facts for e in f.events]}"
    time = frames[0].time
    assert time is not None and time.value == value
