"""An event noun without a verb of its own takes the tense of the clause it is in, not of
the sentence's main verb (issue 25, ``when``): in "Staff who survived the attack will
receive compensation" the attack is past, though the sentence looks ahead; in "The
league will stage the match on Friday" the match is to come. Capability table of
invented sentences (published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import frame_of

# (text, event noun, its when)
TABLE = [
    ("The minister, who toured the valley after the storms, will chair a meeting on Friday.",
     "storms", "past"),
    pytest.param(
        "Rescuers who searched the rubble after the explosion will receive medals.",
        "explosion",
        "past",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the small parser reads 'after the explosion will receive' as a clause",
        ),
    ),
    ("Crews who cleared the road after a landslide on Monday will be honoured.", "landslide",
     "past"),
    ("The team that won the match will parade through the city on Friday.", "match", "past"),
    ("Staff who survived the attack will receive compensation.", "attack", "past"),
    ("The mayor, who attended the protest, plans to resign.", "protest", "past"),
    ("Voters who missed the election can register next week.", "election", "past"),
    ("Fans who saw the concert will get refunds.", "concert", "past"),
    ("Workers who joined the strike will lose a day's pay.", "strike", "past"),
    ("Pilots who staged the walkout face dismissal.", "walkout", "past"),
    ("Families who lost homes in the flood will be rehoused.", "flood", "past"),
    ("Doctors who treated victims of the crash will testify.", "crash", "past"),
    ("Residents who opposed the merger are planning a vote.", "merger", "past"),
    # Its own clause looks ahead, or the main verb carries it: the noun is to come.
    ("Delegates who will attend the summit arrived on Monday.", "summit", "future"),
    ("The league will stage the match on Friday.", "match", "future"),
    ("Ministers will hold talks in Rome.", "talks", "future"),
    ("The talks ended without a deal.", "talks", "past"),
]


@pytest.mark.parametrize(("text", "noun", "when"), TABLE)
def test_an_event_noun_takes_the_tense_of_its_clause(text: str, noun: str, when: str) -> None:
    assert frame_of(text, noun).when == when
