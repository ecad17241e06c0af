"""A date in the possessive dates its noun, not whatever verb stands near it (issue 25,
rule 1): "Mills was taken to hospital and will miss Tuesday's game" does not put the
taking on Tuesday, nor "printed extra ballots for Sunday's vote" the printing on Sunday.
It still dates an act that takes part in what the noun names, as its subject or object
("Monday's blackout left 40,000 homes without power", "won Sunday's race"), or that lies
within it ("rose in Friday's trading"; ``occasion_preps`` in ``models/events/time.json``).
Capability table of invented sentences (published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import time_or_none

# (text, event word): the possessive date is another noun's, so no time.
NOT_LENT = [
    ("Mills was taken to hospital and will miss Tuesday's game.", "taken"),
    ("Officials printed extra ballots for Sunday's vote.", "printed"),
    ("Police closed three roads for Saturday's marathon.", "closed"),
    ("The president flew to Rome for Wednesday's summit.", "flew"),
    ("Investors sold shares before Friday's jobs report.", "sold"),
    ("The coach named his side for Thursday's match against Leeds.", "named"),
    ("Security was tightened ahead of Monday's visit by the pope.", "tightened"),
    ("Voters registered in record numbers for March's election.", "registered"),
    ("Fans queued for hours for Friday's concert.", "queued"),
    ("Workers set up a stage for Sunday's rally in the square.", "set"),
    ("The airline added flights for next week's holiday.", "added"),
    ("Students marched to protest last week's tuition rise.", "marched"),
    ("The club signed a keeper after Saturday's defeat.", "signed"),
    ("Engineers checked the rocket twice before Thursday's launch.", "checked"),
    ("Traders bought the dollar ahead of Wednesday's rate decision.", "bought"),
    ("The party picked its candidate for last month's election.", "picked"),
]

# (text, event word, its time): the act takes part in the dated occasion.
LENT = [
    ("Monday's blackout left 40,000 homes without power.", "left", "2025-11-17"),
    ("Last year's drought cut the wheat harvest by a third.", "cut", "2024"),
    ("In Sunday's final, Okafor scored twice.", "scored", "2025-11-16"),
    ("Saturday's storm killed two people in the north.", "killed", "2025-11-15"),
    ("Okafor won Sunday's race in Lagos.", "won", "2025-11-16"),
    ("Shares of the miner rose 4% in Friday's trading.", "rose", "2025-11-14"),
]


@pytest.mark.parametrize(("text", "word"), NOT_LENT)
def test_a_possessive_date_is_its_nouns(text: str, word: str) -> None:
    assert time_or_none(text, word) is None


@pytest.mark.parametrize(("text", "word", "value"), LENT)
def test_an_act_that_takes_part_keeps_the_date(text: str, word: str, value: str) -> None:
    assert time_or_none(text, word) == value
