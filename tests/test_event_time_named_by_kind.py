"""A noun that names again an event told by another word of its kind takes that event's
time, even when a look back moved the scene in between (issue 25, rule 3).

"Norland and Tavria agreed on Thursday to reopen the crossings. The crossings closed in
August after a shooting. The deal was welcomed by traders." dated the deal August: a noun
that points back found the event told before only by its own word ("ruled ... the
ruling"), and only when the scene gave it no time. It now finds it by its kind too
(``event_kind``: one group of models/events/equivalents.json, the same groups the brief
matches events by: agree / deal, detain / arrest, collide / crash, quit / resignation,
beat / victory), and the event told before wins over the scene's day. What the noun did,
it did then ("The crash killed three passengers": Monday). A noun of a new event
("another arrest") or with a date of its own keeps its own.

Capability table of invented three-sentence stories (the news, a look back with a date,
the noun), published 2025-12-05 (a Friday); before the rule all 15 nouns took the look
back's date or none, and the 2 others passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-12-05"

# (story, the noun, its time)
NAMED_AGAIN = [
    (
        "Norland and Tavria agreed on Thursday to reopen the crossings. The crossings closed "
        "in August after a shooting. The deal was welcomed by traders.",
        "deal",
        "2025-12-04",
    ),
    (
        "Valdheim bought its rival Orsk on Monday. Orsk posted a loss in July. The takeover "
        "created the region's largest carmaker.",
        "takeover",
        "2025-12-01",
    ),
    (
        "Police detained two men on Tuesday. The men arrived in the city in October. The "
        "arrests followed a tip-off.",
        "arrests",
        "2025-12-02",
    ),
    (
        "Rebels freed four hostages on Sunday. The four were seized in September. The release "
        "was brokered by Qatar.",
        "release",
        "2025-11-30",
    ),
    (
        "Two trains collided near Lyon on Monday. The line opened in July. The crash killed "
        "three passengers.",
        "crash",
        "2025-12-01",
    ),
    (
        "The minister quit on Thursday. She was appointed in May. Her resignation stunned the "
        "party.",
        "resignation",
        "2025-12-04",
    ),
    (
        "Fans rallied outside parliament on Saturday. A similar march took place in October. "
        "The protest ended peacefully.",
        "protest",
        "2025-11-29",
    ),
    (
        "Thieves stole four paintings on Monday. The museum reopened in August. The theft was "
        "discovered by a guard.",
        "theft",
        "2025-12-01",
    ),
    (
        "The firm laid off 300 workers on Tuesday. It hired 500 people in April. The layoffs "
        "hit its Lenby plant.",
        "layoffs",
        "2025-12-02",
    ),
    (
        "Rovers beat Ostrava on Wednesday. Ostrava won the cup in May. The victory lifted "
        "Rovers to third.",
        "victory",
        "2025-12-03",
    ),
    (
        "Rebels attacked a convoy on Tuesday. The road was reopened in October. The assault "
        "killed four soldiers.",
        "assault",
        "2025-12-02",
    ),
    (
        "The navy rescued 40 migrants on Sunday. Their boat left Libya in November. The "
        "rescue took six hours.",
        "rescue",
        "2025-11-30",
    ),
    (
        "The club sacked its coach on Monday. He arrived in July. The dismissal ended a "
        "run of nine defeats.",
        "dismissal",
        "2025-12-01",
    ),
    (
        "A bomb exploded in a market on Wednesday. A similar attack hit the city in June. "
        "The blast wounded 12 people.",
        "blast",
        "2025-12-03",
    ),
    (
        "Oil prices rose 4% on Monday. Prices last peaked in September. The increase lifted "
        "energy shares.",
        "increase",
        "2025-12-01",
    ),
]

# (story, the noun, its time): a new event of the kind, or one with a date of its own
OWN = [
    (
        "Police detained two men on Tuesday. Another arrest was made in October.",
        "arrest",
        "2025-10",
    ),
    (
        "Valdheim bought Orsk on Monday. Its purchase of Lenby Motors in 2019 was smaller.",
        "purchase",
        "2019",
    ),
]


@pytest.mark.parametrize(("text", "noun", "value"), NAMED_AGAIN)
def test_a_noun_of_the_kind_takes_the_told_events_time(text: str, noun: str, value: str) -> None:
    frame = frames_of(text, PUBLISHED)[noun]
    assert frame.time is not None and frame.time.value == value, frame.time


@pytest.mark.parametrize(("text", "noun", "value"), OWN)
def test_a_new_or_dated_noun_keeps_its_own(text: str, noun: str, value: str) -> None:
    frame = frames_of(text, PUBLISHED)[noun]
    assert frame.time is not None and frame.time.value == value, frame.time
