"""What an event noun dated by a clause of its own did, it did then (issue 25, rule 2):
capability table of invented sentences, published 2025-11-18 (a Tuesday).

"The merger, which was completed in June, created the largest bank in the region" gave
the merger June and the creating no time: the date lies in the noun's relative clause or
participle aside, and reaches no verb above it. A verb told in the past whose subject is
an event noun dated inside such a clause of its own takes that date (an event noun with
no time already takes its verb's: tests/test_event_time_what_the_named_event_did.py). A
date of the clause that is not the noun's own ("The strike, called by the union on
Monday": the calling's) reaches no verb, and a verb's own date stays its own.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

# (sentence, the verb, its time)
DID_THEN = [
    ("The fire, started by a cigarette on Sunday, destroyed 40 homes.", "destroyed", "2025-11-16"),
    (
        "The merger, which was completed in June, created the largest bank in the region.",
        "created",
        "2025-06",
    ),
    (
        "The storm, which hit the coast on Friday, knocked out power to 80,000 homes.",
        "knocked",
        "2025-11-14",
    ),
    (
        "The strike, which began on Monday, closed every port in the country.",
        "closed",
        "2025-11-17",
    ),
    ("The protest, held outside parliament on Saturday, drew 20,000 people.", "drew", "2025-11-15"),
    (
        "The election, held on Sunday, gave the ruling party a narrow majority.",
        "gave",
        "2025-11-16",
    ),
    ("The landslide, which struck the village in March, buried 14 houses.", "buried", "2025-03"),
    ("The auction, held in Geneva on Tuesday, raised $40 million.", "raised", "2025-11-18"),
    ("The flood, which swept through the town in July, damaged 200 homes.", "damaged", "2025-07"),
    ("The ceremony, held at the palace on Thursday, lasted two hours.", "lasted", "2025-11-13"),
    (
        "The rally, staged in the capital on Sunday, ended in clashes with police.",
        "ended",
        "2025-11-16",
    ),
    ("The raid, carried out before dawn on Friday, freed six hostages.", "freed", "2025-11-14"),
    (
        "The concert, staged in the park on Saturday, attracted 40,000 fans.",
        "attracted",
        "2025-11-15",
    ),
    ("The vote, held in parliament on Wednesday, approved the budget.", "approved", "2025-11-12"),
    (
        "The eruption, which began in August, forced 3,000 people from their homes.",
        "forced",
        "2025-08",
    ),
    (
        "The attack, which took place on Monday night, killed four soldiers.",
        "killed",
        "2025-11-17TNI",
    ),
]

# (sentence, the verb, its time or None)
KEPT = [
    ("The strike, called by the union on Monday, shut the ports.", "shut", None),
    ("The deal, announced in March, collapsed on Friday.", "collapsed", "2025-11-14"),
]


@pytest.mark.parametrize(("text", "verb", "value"), DID_THEN)
def test_the_verb_takes_its_doers_date(text: str, verb: str, value: str) -> None:
    frame = frames_of(text)[verb]
    assert frame.time is not None and frame.time.value == value


@pytest.mark.parametrize(("text", "verb", "value"), KEPT)
def test_a_date_not_the_doers_own_stays_away(text: str, verb: str, value: str | None) -> None:
    frame = frames_of(text)[verb]
    assert (frame.time.value if frame.time is not None else None) == value
