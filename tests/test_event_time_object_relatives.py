"""A relative clause on an object tells of that thing: its date sets no scene (issue 25,
rule 3).

"Vasko released fishermen it detained in May. The UN welcomed the move.": with no scene
held, the relative clause's May became the scene and the welcome was dated May. A
relative clause on the subject of its sentence still frames what follows ("Veltor, which
lost money in the third quarter, cut 300 jobs. Sales fell.",
tests/test_event_time_relative_scene.py); one on an object or on a preposition's noun
tells the history of that thing, and its date sets no scene.

Capability table of invented texts, published 2025-12-05; before the rule 15 of the 16
cases took the relative clause's date.
"""

from __future__ import annotations

import pytest

from tests.event_times import time_of

PUBLISHED = "2025-12-05"

# (text, an event of the second sentence)
AFTER_AN_OBJECT_RELATIVE = [
    ("Vasko released fishermen it detained in May. The UN welcomed the move.", "welcomed"),
    ("Police charged a man who escaped from prison in 2019. His lawyer objected.", "objected"),
    (
        "The museum returned a mask that soldiers looted in 1897. Elders thanked the curators.",
        "thanked",
    ),
    ("Divers raised a boat that sank in September. Investigators examined the hull.", "examined"),
    ("Villagers rebuilt the bridge that floods destroyed in April. Traffic resumed.", "resumed"),
    ("The carmaker recalled cars that it built in 2023. Owners complained.", "complained"),
    ("Troops retook a town that rebels captured in August. Residents returned.", "returned"),
    ("The bank hired a trader who left a rival in January. Its shares rose.", "rose"),
    ("The council reopened a library that closed in 2020. Readers queued at the door.", "queued"),
    (
        "Voters rejected a plan which the mayor had drafted in February. She conceded defeat.",
        "conceded",
    ),
    (
        "The court freed a journalist who was jailed in 2021. Her family thanked supporters.",
        "thanked",
    ),
    ("Rebels released a nurse who was kidnapped in July. She phoned her mother.", "phoned"),
    (
        "The club sacked a coach who joined in March. Fans protested outside the ground.",
        "protested",
    ),
    (
        "Prosecutors charged a doctor who treated the victims in June. Her lawyers denied "
        "wrongdoing.",
        "denied",
    ),
    ("The airline grounded jets that it bought in 2022. Passengers were rebooked.", "rebooked"),
    (
        "Officials praised the crews who fought the fire in October. The mayor gave them medals.",
        "gave",
    ),
]


@pytest.mark.parametrize(("text", "word"), AFTER_AN_OBJECT_RELATIVE)
def test_a_relative_clause_on_an_object_sets_no_scene(text: str, word: str) -> None:
    assert time_of(text, word, PUBLISHED) is None
