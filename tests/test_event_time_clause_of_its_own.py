"""A date that ends a clause with a subject of its own is that clause's (issue 25, rule 2).

"The ferry sank, and divers found the wreck on Saturday" put the sinking on Saturday: the
date that closes a coordination was lent to its first member, as it is in "arrested the
driver and charged him on Friday". There the verbs share a subject and are one line of
acts; after "and" or "but" a finite verb with a subject of its own ("divers found") tells
another clause, and a date inside it is its own. A member left without its verb
("ten people were killed and dozens wounded on Wednesday") and one that shares the
subject keep the closing date.

Capability table of invented sentences, published 2025-11-18 (a Tuesday); counts of the
failing rows before the rule are in the commit message.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-11-18"

# (text, the first clause's verb, the dated clause's verb, the date's value)
APART = [
    ("The ferry sank, and divers found the wreck on Saturday.", "sank", "found", "2025-11-15"),
    ("The plant closed, and its owner sold the site in March.", "closed", "sold", "2025-03"),
    (
        "Police questioned the driver, and prosecutors charged him on Friday.",
        "questioned",
        "charged",
        "2025-11-14",
    ),
    (
        "The storm knocked out power, and crews restored it on Sunday.",
        "knocked",
        "restored",
        "2025-11-16",
    ),
    ("Talks stalled, but the two sides met again in October.", "stalled", "met", "2025-10"),
    ("The bank raised rates, and inflation slowed in the spring.", "raised", "slowed", "2025-SP"),
    (
        "The company lost money, and its chief executive resigned on Monday.",
        "lost",
        "resigned",
        "2025-11-17",
    ),
    ("Fans booed the team, and the coach quit on Thursday.", "booed", "quit", "2025-11-13"),
    ("The rebels seized the town, and the army retook it in July.", "seized", "retook", "2025-07"),
    (
        "The union rejected the offer, and members walked out on Wednesday.",
        "rejected",
        "walked",
        "2025-11-12",
    ),
    (
        "The bridge collapsed, and engineers inspected the others in August.",
        "collapsed",
        "inspected",
        "2025-08",
    ),
    ("Shares fell, and the firm cut its forecast on Tuesday.", "fell", "cut", "2025-11-18"),
    (
        "The minister resigned, and her deputy took over in January.",
        "resigned",
        "took",
        "2025-01",
    ),
    ("Prices rose, and the central bank acted in June.", "rose", "acted", "2025-06"),
    (
        "Power lines were blamed for the fire, and the utility paid $1 billion in 2019.",
        "blamed",
        "paid",
        "2019",
    ),
    ("The levee broke, and floods reached the city on Sunday.", "broke", "reached", "2025-11-16"),
]

# (text, the first verb, the other, the date's value they share)
SHARED = [
    ("Police arrested the driver and charged him on Friday.", "arrested", "charged", "2025-11-14"),
    ("Ten people were killed and dozens wounded on Wednesday.", "killed", "wounded", "2025-11-12"),
    ("The firm cut jobs and closed two plants in March.", "cut", "closed", "2025-03"),
    ("Rebels attacked the base and seized weapons on Monday.", "attacked", "seized", "2025-11-17"),
]


def _value(frame):
    return frame.time.value if frame.time is not None else None


@pytest.mark.parametrize(("text", "first", "dated", "value"), APART, ids=[r[1] for r in APART])
def test_a_date_of_a_clause_with_its_own_subject_stays_in_it(text, first, dated, value):
    frames = frames_of(text, PUBLISHED)
    assert _value(frames[dated]) == value
    assert _value(frames[first]) is None


@pytest.mark.parametrize(("text", "first", "other", "value"), SHARED, ids=[r[1] for r in SHARED])
def test_members_of_one_line_of_acts_share_the_closing_date(text, first, other, value):
    frames = frames_of(text, PUBLISHED)
    assert (_value(frames[first]), _value(frames[other])) == (value, value)
