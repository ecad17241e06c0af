"""A verb with a hyphenated prefix is of its stem's kind (issue 25).

"Voters re-elected President Ilse Maren on Sunday. Maren had 54% of the vote." gave the
vote no time: a noun that names again an event told by another word of its kind takes
that event's time ("elected ... the vote": ``equivalents.json``), but "re-elect" was a
kind of its own. A verb kept whole with its prefix (``verb_prefixes``: "re-elected",
"re-hired") is now of its stem's kind, in the story and in the brief.

Capability table of invented leads, published 2026-11-24 (a Tuesday).
"""

from __future__ import annotations

import pytest

from tests.event_times import time_of

PUBLISHED = "2026-11-24"

# (lead and a noun that names its act again, the noun, the act's day)
NAMED_AGAIN = [
    (
        "Voters re-elected President Ilse Maren on Sunday. Maren had 54% of the vote.",
        "vote",
        "2026-11-22",
    ),
    (
        "The party re-elected its leader on Saturday. Turnout in the election was low.",
        "election",
        "2026-11-21",
    ),
    (
        "Police re-arrested the suspect on Monday. The arrest was made in Leeds.",
        "arrest",
        "2026-11-23",
    ),
    (
        "The board re-appointed its chair on Friday. The appointment was approved by shareholders.",
        "appointment",
        "2026-11-20",
    ),
    (
        "The company re-launched its phone on Tuesday. The launch drew big crowds.",
        "launch",
        "2026-11-24",
    ),
    (
        "The club re-signed the striker on Thursday. The deal was worth $2 million.",
        "deal",
        "2026-11-19",
    ),
    (
        "The army re-deployed troops to the border on Friday. "
        "The deployment angered its neighbour.",
        "deployment",
        "2026-11-20",
    ),
    (
        "The court re-sentenced the banker on Wednesday. The sentencing took an hour.",
        "sentencing",
        "2026-11-18",
    ),
    (
        "Officials re-evacuated the village on Monday. The evacuation took six hours.",
        "evacuation",
        "2026-11-23",
    ),
    (
        "The firm re-hired 200 workers on Tuesday. The hiring was welcomed by unions.",
        "hiring",
        "2026-11-24",
    ),
    ("The council re-elected the mayor on Thursday. The vote was unanimous.", "vote", "2026-11-19"),
    (
        "Police re-captured the inmate on Friday. The capture ended a long search.",
        "capture",
        "2026-11-20",
    ),
    (
        "The band re-released the album on Monday. The release sold 10,000 copies.",
        "release",
        "2026-11-23",
    ),
    (
        "The club re-hired its old coach on Monday. The appointment surprised fans.",
        "appointment",
        "2026-11-23",
    ),
    (
        "The union re-negotiated the contract on Friday. The talks lasted ten hours.",
        "talks",
        "2026-11-20",
    ),
    (
        "The regulator re-approved the drug on Tuesday. The approval came after a new trial.",
        "approval",
        "2026-11-24",
    ),
]


@pytest.mark.parametrize(("text", "noun", "day"), NAMED_AGAIN)
def test_a_prefixed_verb_is_named_again_by_its_kind(text: str, noun: str, day: str) -> None:
    assert time_of(text, noun, PUBLISHED) == day
