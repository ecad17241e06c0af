"""Event nouns that WordNet's sense-tagged corpus never met are events too when all their
senses are acts, events or processes (issue 25, event coverage): "the crackdown on
Monday", "the selloff on Friday", "the airlift on Thursday" name the act of a verb as
"the decision" does, and get a frame with their time. Like every WordNet nominal
(``models/events/nominals.json``, built by ``tools/build_event_nominals.py``) they are
events only when the text tells them for a time. Capability table of invented sentences
(published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import frames_of, time_of

# (text, noun, its time's value)
DATED = [
    ("The flooding on Sunday cut off three villages.", "flooding", "2025-11-16"),
    ("Last week's pullout of troops left the town exposed.", "pullout", "2025-W46"),
    ("Monday's crackdown on street vendors drew protests.", "crackdown", "2025-11-17"),
    ("The March purge of party officials shocked observers.", "purge", "2025-03"),
    ("The selloff on Friday wiped $40 billion off the index.", "selloff", "2025-11-14"),
    ("The October buyback lifted the shares.", "buyback", "2025-10"),
    ("Saturday's lockout at the port stranded six ships.", "lockout", "2025-11-15"),
    ("The airlift on Thursday carried 300 people to safety.", "airlift", "2025-11-13"),
    ("The handover of the keys on Wednesday ended the dispute.", "handover", "2025-11-12"),
    ("A jail breakout on Sunday freed 40 inmates.", "breakout", "2025-11-16"),
    ("The clampdown in September closed 20 clubs.", "clampdown", "2025-09"),
    ("The looting on Saturday emptied dozens of shops.", "looting", "2025-11-15"),
    ("Last month's shakeup of the cabinet removed four ministers.", "shakeup", "2025-10"),
    ("The carjacking on Monday was caught on camera.", "carjacking", "2025-11-17"),
    ("The mugging in the park on Friday alarmed residents.", "mugging", "2025-11-14"),
    ("The 2019 buyout of the brewer cost $3 billion.", "buyout", "2019"),
]

# Told for no time, such a noun names no event.
UNDATED = [
    ("Smuggling is a problem on the border.", "Smuggling"),
    ("The clampdown worried club owners.", "clampdown"),
]


@pytest.mark.parametrize(("text", "noun", "value"), DATED)
def test_an_untagged_event_noun_is_an_event_with_its_time(text: str, noun: str, value: str) -> None:
    assert time_of(text, noun) == value


@pytest.mark.parametrize(("text", "noun"), UNDATED)
def test_an_untagged_event_noun_without_a_time_is_no_event(text: str, noun: str) -> None:
    assert noun not in frames_of(text)
