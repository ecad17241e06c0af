"""An event noun that is the subject of a verb told as done happened when its verb did;
"the move", "the step" name again what the story told (issue 25, rules 2 and 3, and event
coverage).

"The bank cut its main rate on Thursday. The move surprised investors." gave the surprise
Thursday from the scene but left "the move" with no frame, and "The attack destroyed two
warehouses" (after "The army shelled the port on Tuesday") the attack with no time: a
noun takes the scene only when it names again an event by its own word ("attacked ...
the attack"). What an event did, it did while it happened: an event noun with no time
that is the subject of its sentence's main verb, told as done in the past with a time
of the story, takes that time. A shell noun (``shell_nouns`` in
models/events/words.json: "move", "step", "measure", "action", "incident", "episode")
with "the", "this" or a possessive, the subject or object of a verb after the first
sentence, is an event: it names again what was done. "The next move", "a move to cut
again" are new ones, and a noun with a date of its own keeps it.

Capability table of invented two-sentence stories, published 2025-12-05 (a Friday);
before the rule 13 of the 16 nouns failed (8 had no frame, 5 no time; the three that
passed name the event by its own verb, "collided ... the collision", or are in
nominals.json's verbs), and the 4 others passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-12-05"

# (story, the noun, its time value)
NAMED_AGAIN = [
    ("The bank cut its main rate on Thursday. The move surprised investors.", "move", "2025-12-04"),
    (
        "The board ruled on Wednesday that the plant must close by March. "
        "The decision drew protests from workers.",
        "decision",
        "2025-12-03",
    ),
    (
        "Police sealed off the square on Sunday. The step cost traders a day's business.",
        "step",
        "2025-11-30",
    ),
    (
        "A gas main exploded in the old town on Tuesday. The incident injured six people.",
        "incident",
        "2025-12-02",
    ),
    (
        "The government raised fuel taxes in October. The measure sparked protests.",
        "measure",
        "2025-10",
    ),
    (
        "The club sacked its manager on Saturday. The dismissal followed five straight defeats.",
        "dismissal",
        "2025-11-29",
    ),
    (
        "Two trains collided near Lyon on Sunday. The collision killed three passengers.",
        "collision",
        "2025-11-30",
    ),
    (
        "The president fired his chief of staff on Thursday. The decision stunned aides.",
        "decision",
        "2025-12-04",
    ),
    (
        "Firefighters pulled a boy from a well on Tuesday. The operation lasted nine hours.",
        "operation",
        "2025-12-02",
    ),
    (
        "The army shelled the port on Tuesday. The attack destroyed two warehouses.",
        "attack",
        "2025-12-02",
    ),
    (
        "The council closed the bridge to lorries in June. The move cut traffic by a third.",
        "move",
        "2025-06",
    ),
    (
        "The airline grounded its fleet on Sunday. The action stranded 20,000 passengers.",
        "action",
        "2025-11-30",
    ),
    (
        "Rebels seized the airport on Monday. The assault left 12 soldiers dead.",
        "assault",
        "2025-12-01",
    ),
    (
        "The senate passed the bill on Wednesday. Its passage ended a year of talks.",
        "passage",
        "2025-12-03",
    ),
    ("A crowd stormed the stadium in May. The episode cost the club a fine.", "episode", "2025-05"),
    (
        "The court froze the firm's assets on Monday. This step halted the sale of two hotels.",
        "step",
        "2025-12-01",
    ),
]

# (story, the noun, its time value or None, or False when it is no event)
OTHERS = [
    (
        "The mayor resigned on Monday. The decision to build the dam was taken in 2019.",
        "decision",
        "2019",
    ),
    (
        "The club sacked its manager on Saturday. The next move is to find a successor.",
        "move",
        False,
    ),
    (
        "The bank cut its main rate on Thursday. A move to cut again in January is likely.",
        "move",
        False,
    ),
    ("The move surprised investors.", "move", False),
]


@pytest.mark.parametrize(("text", "noun", "value"), NAMED_AGAIN)
def test_an_event_named_again_takes_its_time(text: str, noun: str, value: str) -> None:
    frames = frames_of(text, PUBLISHED)
    assert noun in frames, f"no frame {noun!r}"
    time = frames[noun].time
    assert time is not None and time.value == value, time
    assert frames[noun].when == "past"


@pytest.mark.parametrize(("text", "noun", "value"), OTHERS)
def test_a_new_or_dated_noun_keeps_its_own(text: str, noun: str, value: str | bool | None) -> None:
    frames = frames_of(text, PUBLISHED)
    if value is False:
        assert noun not in frames or frames[noun].time is None
        return
    time = frames[noun].time
    assert (time.value if time is not None else None) == value
