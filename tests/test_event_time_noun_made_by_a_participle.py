"""An event noun made by a participle or a passive clause takes its date (issue 25).

"The agreement, reached late Tuesday, values the company at $42 a share" gave the
agreement no time, though "Negotiators reached an agreement late Tuesday" gives it
Tuesday: an event noun took the date of a clause below it only when the noun does the
clause's verb ("the quake that struck on Sunday") or the verb carries or begins it ("the
talks held on Sunday"). A verb that makes an agreement, a deal or an arranged occasion
(``making_verbs`` in models/events/words.json: reach, strike, sign, broker, seal...),
told of the noun as a participle or in a passive relative clause, dates it as it dates
its object. A verb that calls, approves or condemns what is there already lends nothing
(``taking_up`` and ``reacting`` of events/time.json).

Capability table of invented leads, published 2026-11-20 (a Friday).
"""

from __future__ import annotations

import pytest

from tests.event_times import time_of

PUBLISHED = "2026-11-20"

# (lead, the event noun, its time)
MADE_THEN = [
    (
        "The agreement, reached late Tuesday, values the company at $42 a share.",
        "agreement",
        "2026-11-17",
    ),
    ("The deal, signed on Monday, ends a long dispute.", "deal", "2026-11-16"),
    ("The accord, struck in March, gave the rebels seats in parliament.", "accord", "2026-03"),
    ("The truce, brokered by Egypt last week, collapsed.", "truce", "2026-W46"),
    ("The treaty, signed in 1995, bans such tests.", "treaty", "1995"),
    ("The settlement, reached on Thursday, ends the lawsuit.", "settlement", "2026-11-19"),
    ("The deal, which was signed on Monday, ends a long dispute.", "deal", "2026-11-16"),
    ("The agreement, which was reached in June, expires next year.", "agreement", "2026-06"),
    (
        "The ceasefire, which was agreed on Sunday, held through the night.",
        "ceasefire",
        "2026-11-15",
    ),
    (
        "The truce, negotiated by the United Nations in April, ended the fighting.",
        "truce",
        "2026-04",
    ),
    ("The swap, arranged by Qatar on Sunday, freed 40 prisoners.", "swap", "2026-11-15"),
    ("The deal, clinched in Geneva on Wednesday, lifts sanctions.", "deal", "2026-11-18"),
    (
        "The settlement, which was hammered out last month, pays each worker $5,000.",
        "settlement",
        "2026-10",
    ),
    (
        "The exchange, organised by the Red Cross on Tuesday, brought home 90 soldiers.",
        "exchange",
        "2026-11-17",
    ),
    ("The accord, which was signed in Oslo in 1993, set up a council.", "accord", "1993"),
    (
        "The settlement, signed by both sides on Wednesday, ends the strike.",
        "settlement",
        "2026-11-18",
    ),
]

# A verb that calls, approves or condemns the event: no date of its.
NOT_MADE = [
    ("The strike, called on Monday, will start next week.", "strike", "2026-W48"),
    ("The merger, approved by regulators on Friday, will close next month.", "merger", "2026-12"),
    ("The attack, condemned on Monday by the United Nations, killed 12 people.", "attack", None),
]


@pytest.mark.parametrize(("text", "noun", "value"), MADE_THEN + NOT_MADE)
def test_an_event_noun_takes_the_date_of_its_making(
    text: str, noun: str, value: str | None
) -> None:
    assert time_of(text, noun, PUBLISHED) == value
