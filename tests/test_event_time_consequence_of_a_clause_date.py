"""A consequence takes the day its event took from a clause of time (issue 25, rule 2).

"A plane skidded off a runway while landing in heavy rain on Tuesday evening, injuring
11 people, aviation officials said" gave "skidded" Tuesday evening (the day of its
"while" clause) and "injuring" no time. A participle clause with no date of its own took
its governor's time at the document pass only when that came from the scene
(``_with_their_governors``); without the report it took the sentence's date as an event
of the main line, which a reported clause is not. What an event brought about happened
with it, wherever the event's day came from: its sentence or its scene.

Capability table of invented sentences, published 2025-12-05 (a Friday); before the rule
10 of the 16 consequences had no time, 1 after (xfail: a misparse); the 3 controls
passed before and after.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-12-05"

# (text, the consequence, its value)
TABLE = [
    (
        "A plane skidded off a runway while landing at Lagos on Tuesday evening, injuring 11 "
        "people, officials said.",
        "injuring",
        "2025-12-02TEV",
    ),
    (
        "The bridge collapsed when a truck hit it on Monday, killing two drivers, police said.",
        "killing",
        "2025-12-01",
    ),
    pytest.param(
        "A bus overturned as it rounded a bend on Sunday, trapping 20 passengers, the ministry "
        "said.",
        "trapping",
        "2025-11-30",
        marks=pytest.mark.xfail(
            strict=True, reason="the parse hangs the bus and the participle on 'said'"
        ),
    ),
    (
        "A gas tank exploded while workers were welding on Friday, setting the warehouse ablaze, "
        "witnesses said.",
        "setting",
        "2025-12-05",
    ),
    (
        "The ferry sank while crossing the strait on Wednesday, leaving 30 people missing, state "
        "media reported.",
        "leaving",
        "2025-12-03",
    ),
    (
        "A crane toppled when strong winds hit the city on Thursday, crushing three cars, a "
        "spokesman said.",
        "crushing",
        "2025-12-04",
    ),
    (
        "The roof caved in while pupils were inside on Tuesday, injuring nine, rescuers said.",
        "injuring",
        "2025-12-02",
    ),
    (
        "A train derailed while rounding a curve on Sunday night, sending two carriages into a "
        "river, the fire service said.",
        "sending",
        "2025-11-30TNI",
    ),
    (
        "The dam failed when heavy rain fell on Saturday, flooding three villages, officials said.",
        "flooding",
        "2025-11-29",
    ),
    (
        "The boat capsized as it neared the shore on Friday, drowning four migrants, police said.",
        "drowning",
        "2025-12-05",
    ),
    (
        "A tree fell while the parade passed on Monday, hurting a child, the ministry said.",
        "hurting",
        "2025-12-01",
    ),
    (
        "Thieves broke in while the owners slept on Sunday, taking jewels worth $1 million, "
        "witnesses said.",
        "taking",
        "2025-11-30",
    ),
    (
        "The striker collapsed while training on Thursday, prompting fears for his health, state "
        "media reported.",
        "prompting",
        "2025-12-04",
    ),
    (
        "A wall gave way when floodwater rose on Wednesday, burying two houses, a spokesman said.",
        "burying",
        "2025-12-03",
    ),
    (
        "A fire broke out while the family slept on Saturday, forcing them onto the roof, "
        "rescuers said.",
        "forcing",
        "2025-11-29",
    ),
    (
        "The lift fell when a cable snapped on Tuesday, injuring six workers, the fire service "
        "said.",
        "injuring",
        "2025-12-02",
    ),
]

# (text, the consequence, its value or None): told with no report, or by an event with a
# date of its own, the consequence has its event's day as before; an event with no time
# lends none
CONTROLS = [
    (
        "The dam failed when heavy rain fell on Saturday, flooding three villages.",
        "flooding",
        "2025-11-29",
    ),
    ("A quake struck on Sunday, killing 14 people, officials said.", "killing", "2025-11-30"),
    ("A plane skidded off a runway, injuring 11 people, police said.", "injuring", None),
]


@pytest.mark.parametrize(("text", "word", "value"), TABLE + CONTROLS)
def test_a_consequence_takes_its_events_day(text: str, word: str, value: str | None) -> None:
    frame = frames_of(text, PUBLISHED)[word]
    assert (frame.time and frame.time.value) == value, frame.time
