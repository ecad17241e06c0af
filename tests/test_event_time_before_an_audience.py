"""An act done before someone takes the date that follows them (issue 25, rule 1):
"testified before the panel on Jan. 9", "appeared before a magistrate on Monday". "Before"
puts the act in front of a body, a crowd or a name there, not before a time
(``presence_preps``, ``audiences`` in ``models/events/time.json``). Before an event it
still places the act only relative to it: "quit before the hearing on Monday" did not
happen on Monday. Capability table of invented sentences (published 2025-11-18, a
Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import time_of, time_or_none

# (text, event word, its time): the date after the audience is the act's own.
IN_FRONT_OF = [
    (
        "The chairman asked the banker to testify before the panel on Jan. 9.",
        "testify",
        "2026-01-09",
    ),
    ("The minister appeared before the select committee on Thursday.", "appeared", "2025-11-13"),
    ("The suspect appeared before a magistrate on Monday.", "appeared", "2025-11-17"),
    ("The envoy testified before Congress on Wednesday.", "testified", "2025-11-12"),
    ("The striker will appear before a disciplinary panel on Friday.", "appear", "2025-11-21"),
    ("Lawyers for the port argued before the court in March.", "argued", "2025-03"),
    ("The general will testify before the Senate next Tuesday.", "testify", "2025-11-25"),
    ("The former minister was brought before a judge on Saturday.", "brought", "2025-11-15"),
    ("The mayor apologised before reporters on Sunday.", "apologised", "2025-11-16"),
    ("The two brothers appeared before the jury in October.", "appeared", "2025-10"),
    ("The coach was summoned before the league's board on Tuesday.", "summoned", "2025-11-18"),
    ("The band performed before 40,000 fans in Lisbon on Saturday.", "performed", "2025-11-15"),
    ("The prime minister spoke before parliament on Wednesday.", "spoke", "2025-11-12"),
    ("The governor pleaded before the state assembly last week.", "pleaded", "2025-W46"),
    ("Nurses protested before the health ministry on Friday.", "protested", "2025-11-14"),
    ("The singer knelt before the crowd at the end of the show on Sunday.", "knelt", "2025-11-16"),
]

# (text, event word): before an event, the event's date is not the act's.
BEFORE_AN_EVENT = [
    ("Shares rose before the announcement on Friday.", "rose"),
    ("The board met before the deadline on Friday.", "met"),
    ("The minister quit before the hearing on Monday.", "quit"),
]


@pytest.mark.parametrize(("text", "word", "value"), IN_FRONT_OF)
def test_an_act_before_an_audience_takes_the_date(text: str, word: str, value: str) -> None:
    assert time_of(text, word) == value


@pytest.mark.parametrize(("text", "word"), BEFORE_AN_EVENT)
def test_an_act_before_an_event_is_not_within_its_date(text: str, word: str) -> None:
    assert time_or_none(text, word) is None
