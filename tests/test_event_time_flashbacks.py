"""A sentence told in the past perfect is a look back: its dates set no scene (event time,
rule 3). After "a rocket lifted off on Wednesday evening", the sentence "the launch had
originally been planned for Nov. 10" (an invented launch report) made Nov. 10 the scene,
and the satellite's separation in the next sentence took it. A date of a sentence whose
main verb is a past perfect dates its own events but sets no scene for what follows,
which stays in the scene before it. A date told in the simple past still moves the
scene. Capability table of invented texts (published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import time_of

# (text, an event after the look back, its time's value)
TABLE = [
    (
        "A rocket lifted off on Wednesday evening. The launch had been planned for Nov. 10. "
        "The satellite separated 38 minutes later.",
        "separated",
        "2025-11-12TEV",
    ),
    (
        "Talks resumed on Monday. The two sides had last met in March. They agreed to meet again.",
        "agreed",
        "2025-11-17",
    ),
    (
        "The firm cut 300 jobs on Friday. It had hired 500 people in 2023. Workers staged a "
        "protest.",
        "protest",
        "2025-11-14",
    ),
    (
        "Police arrested a man on Sunday. He had been released from prison in July. Officers "
        "found a knife in his car.",
        "found",
        "2025-11-16",
    ),
    (
        "The ferry docked on Saturday. It had left port on Thursday. Passengers were taken to "
        "hotels.",
        "taken",
        "2025-11-15",
    ),
    (
        "Rovers won on Saturday. They had lost at home on Tuesday. The striker scored twice.",
        "scored",
        "2025-11-15",
    ),
    (
        "The senate passed the bill on Thursday. The house had approved it in October. The "
        "president signed it.",
        "signed",
        "2025-11-13",
    ),
    (
        "The museum reopened on Tuesday. It had closed in 2020 for repairs. Visitors queued "
        "outside.",
        "queued",
        "2025-11-18",
    ),
    (
        "The minister resigned on Monday. She had been appointed in June. Her deputy took over.",
        "took",
        "2025-11-17",
    ),
    (
        "The plane landed safely on Friday. It had lost an engine over the sea on Thursday "
        "night. The crew praised the pilot.",
        "praised",
        "2025-11-14",
    ),
    (
        "Troops entered the town on Sunday. Rebels had seized it in May. Residents cheered the "
        "soldiers.",
        "cheered",
        "2025-11-16",
    ),
    (
        "The strike ended on Wednesday. Unions had walked out on Nov. 3. Trains returned to "
        "the tracks.",
        "returned",
        "2025-11-12",
    ),
    (
        "Shares rose on Tuesday. The company had reported a loss on Monday. Traders bought the "
        "stock.",
        "bought",
        "2025-11-18",
    ),
    (
        "The vote took place on Sunday. Polls had closed at 8 p.m. on Saturday in the east. "
        "Turnout rose.",
        "rose",
        "2025-11-16",
    ),
    (
        "The bridge reopened on Monday. It had been shut since a crash in August. Drivers "
        "welcomed the news.",
        "welcomed",
        "2025-11-17",
    ),
    # The look back's own events keep its dates.
    ("The museum reopened on Tuesday. It had closed in 2020 for repairs.", "closed", "2020"),
    ("Rovers won on Saturday. They had lost at home on Wednesday.", "lost", "2025-11-12"),
    # A date told in the simple past moves the scene.
    (
        "The museum reopened on Tuesday. Workers painted the hall in May. Visitors praised "
        "the colours.",
        "praised",
        "2025-05",
    ),
]


@pytest.mark.parametrize(("text", "word", "value"), TABLE)
def test_a_look_back_sets_no_scene(text: str, word: str, value: str) -> None:
    assert time_of(text, word) == value
