"""What an event named with its date did, told in a relative clause, happened then (issue
25, event time).

"The dispute was the longest since a 2019 stoppage that lasted five days" dated the
lasting by the scene (the day before), and "the worst since last year's blaze, which
killed four people" gave the killing no time: the date of a noun after "since", "than" or
"from" sets no scene and is lent to no event, and a relative clause takes no date of its
noun. A date told before an event noun or as its possessive ("the 2023 strike", "last
year's blaze") is the event's time, and a clause in the past whose subject is that event
("which grounded flights", "that damaged the cathedral") tells what it did then, as a
participle does ("the Feb. 2 pact signed by both leaders"). A clause told of now ("which
still weighs on growth") or whose subject is another ("which residents remember") keeps
its own reading.

Capability table of invented sentences, published 2025-12-05 (a Friday); before the rule
16 of the 16 acts had no time (one, "Police compared the blast with the 2017 bombing,
which injured 40 people", only since the recalled dates of the previous rule), and the
4 controls passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-12-05"

# (text, the act in the clause, its time)
DID = [
    ("The dispute was the longest since a 2019 stoppage that lasted five days.", "lasted", "2019"),
    ("The fire was the worst since last year's blaze, which killed four people.", "killed", "2024"),
    (
        "It was the biggest drop since the March crash, which wiped out $2 trillion.",
        "wiped",
        "2025-03",
    ),
    (
        "The outage was longer than last week's failure, which lasted two hours.",
        "lasted",
        "2025-W48",
    ),
    (
        "The airline has not recovered from the 2023 strike, which grounded flights for a month.",
        "grounded",
        "2023",
    ),
    ("The quake was stronger than the 2011 tremor that damaged the cathedral.", "damaged", "2011"),
    (
        "The flood was the worst since the 2014 storm, which cut power to 9,000 homes.",
        "cut",
        "2014",
    ),
    (
        "Turnout was higher than in the 2019 election, which returned a hung parliament.",
        "returned",
        "2019",
    ),
    (
        "The deal is the largest since the 2021 merger that created the region's biggest lender.",
        "created",
        "2021",
    ),
    (
        "The protest was smaller than Sunday's march, which drew 20,000 people.",
        "drew",
        "2025-11-30",
    ),
    (
        "Police compared the blast with the 2017 bombing, which injured 40 people.",
        "injured",
        "2017",
    ),
    ("The crowd was the biggest since the 2010 final, which ended in a draw.", "ended", "2010"),
    (
        "The loss was heavier than after the 2015 spill, which closed the bay for weeks.",
        "closed",
        "2015",
    ),
    (
        "Shares have risen since Tuesday's sell-off, which erased $40 billion.",
        "erased",
        "2025-12-02",
    ),
    ("The storm was weaker than the 2005 hurricane that flooded the city.", "flooded", "2005"),
    ("The heat was worse than the 2003 heatwave, which killed thousands.", "killed", "2003"),
]

# (text, the act in the clause, its time): told of now, or done by another
KEEPS = [
    ("Analysts still blame the 2008 crisis, which still weighs on growth.", "weighs", None),
    ("The village marked the 1998 flood, which residents remember.", "remember", None),
    ("The race was faster than the 2019 edition, which Rovers won.", "won", None),
    (
        "The talks resumed on Monday after the 2023 walkout, which lasted a week.",
        "resumed",
        "2025-12-01",
    ),
]


@pytest.mark.parametrize(("text", "act", "value"), DID)
def test_what_the_named_event_did_happened_then(text, act, value):
    frame = frames_of(text, PUBLISHED)[act]
    if value is None:
        assert frame.time is None, frame.time
    else:
        assert frame.time is not None and frame.time.value == value, frame.time


@pytest.mark.parametrize(("text", "act", "value"), KEEPS)
def test_a_clause_of_now_or_of_another_keeps_its_reading(text, act, value):
    frame = frames_of(text, PUBLISHED)[act]
    found = frame.time.value if frame.time is not None else None
    assert found == value, frame.time
