"""A participle clause that tells a dated act again keeps its day, though an "after" phrase
places it: "held its rate on Tuesday, pausing after five increases" paused on Tuesday
(event time, kind "a participle placed after").

An "after" or "before" phrase or clause makes an event relative (placed only against
another event, rule 5), and a relative event took no date from the verb above it, so the
participle that says what the dated act was ("pausing", "capsizing", "stepping down")
had no time. A present participle with no auxiliary, an adverbial clause of a verb whose
date it inherits, is that act: what it follows came before, the act is still that day's.
A perfect participle ("having fled after the robbery") and a participle of a noun
("founded after the war") stay placed before.

Capability table of invented sentences, published 2026-03-13 (a Friday): before the
change 14 of the 18 participles had no time (those whose phrase names an event); the 4
others, and the 3 controls, passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import times_of

PUBLISHED = "2026-03-13"

# (sentence, the participle, its time)
ROWS = [
    (
        "The bank held its main rate at 4% on Tuesday, pausing after five increases.",
        "pausing",
        "2026-03-10",
    ),
    (
        "The ferry sank on Sunday, capsizing after striking rocks off the coast.",
        "capsizing",
        "2026-03-08",
    ),
    (
        "Police raided the warehouse on Monday, acting after a tip from a neighbour.",
        "acting",
        "2026-03-09",
    ),
    (
        "Shares in Volta jumped 9% on Wednesday, rebounding after two weeks of losses.",
        "rebounding",
        "2026-03-11",
    ),
    (
        "The striker returned on Saturday, playing for the first time since his injury.",
        "playing",
        "2026-03-07",
    ),
    (
        "The airline resumed flights on Thursday, restarting after a three-day halt.",
        "restarting",
        "2026-03-12",
    ),
    (
        "The council approved the plan on Monday, voting after a long debate.",
        "voting",
        "2026-03-09",
    ),
    (
        "The river burst its banks on Friday, flooding after days of heavy rain.",
        "flooding",
        "2026-03-13",
    ),
    (
        "The envoy flew home on Tuesday, leaving after talks with the prime minister.",
        "leaving",
        "2026-03-10",
    ),
    (
        "The firm cut its forecast on Wednesday, blaming weak demand after the holidays.",
        "blaming",
        "2026-03-11",
    ),
    (
        "The minister quit on Thursday, stepping down after a row over spending.",
        "stepping",
        "2026-03-12",
    ),
    ("Markets steadied on Monday, recovering after a sharp fall.", "recovering", "2026-03-09"),
    (
        "Firefighters reached the village on Saturday, arriving after a six-hour drive.",
        "arriving",
        "2026-03-07",
    ),
    (
        "The singer cancelled the show on Friday, pulling out after falling ill.",
        "pulling",
        "2026-03-13",
    ),
    (
        "The plant reopened on Monday, restarting production after repairs.",
        "restarting",
        "2026-03-09",
    ),
    (
        "The union suspended the strike on Tuesday, calling it off after a new pay offer.",
        "calling",
        "2026-03-10",
    ),
    (
        "Rescuers found the climbers on Sunday, reaching them after a night-long search.",
        "reaching",
        "2026-03-08",
    ),
    (
        "The court freed the reporter on Wednesday, ruling after a two-day hearing.",
        "ruling",
        "2026-03-11",
    ),
]


def _times(text: str) -> dict[str, str | None]:
    return times_of(text, PUBLISHED)


@pytest.mark.parametrize(("text", "word", "value"), ROWS)
def test_the_participle_happens_on_the_day_of_the_act_it_tells(text, word, value):
    assert _times(text).get(word) == value


# What came before the dated act keeps no date of it.
BEFORE = [
    ("The man was charged on Monday, having fled after the robbery.", "fled"),
    ("The company, founded after the war, closed on Monday.", "founded"),
    ("Prices rose on Tuesday, extending gains made after the vote.", "made"),
]


@pytest.mark.parametrize(("text", "word"), BEFORE)
def test_a_perfect_participle_or_a_noun_s_participle_stays_before(text, word):
    times = _times(text)
    assert word in times
    assert times[word] is None
