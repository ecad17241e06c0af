"""A relative clause's date yields the scene to another date of its sentence (issue 25,
rule 3).

"Ostria said on Thursday it would free fishermen who were detained in May. The UN
welcomed the decision.": with no scene told yet, the relative clause's date (May) set the
scene, so the welcome was dated May. The relative clause tells of its noun; a date of the
sentence that is neither a relative clause's nor to come (the report's Thursday, the
act's Monday) sets the scene instead. Alone in its sentence, or beside a date to come, the
relative clause's date still does (tests/test_event_time_relative_scene.py,
tests/test_event_time_relative_told.py).

Capability table of invented texts, published 2025-12-05 (a Friday); before the rule
6 of the 16 cases failed (the reports, and one act whose date the parse hung elsewhere;
a main act's own date was the scene already).
"""

from __future__ import annotations

import pytest

from tests.event_times import time_of

PUBLISHED = "2025-12-05"

# (text, an event of the second sentence, its time)
BESIDE_A_DATE = [
    (
        "Ostria said on Thursday it would free fishermen who were detained in May. "
        "The UN welcomed the decision.",
        "welcomed",
        "2025-12-04",
    ),
    (
        "Prosecutors announced on Tuesday that they charged a man who escaped from jail in 2019. "
        "He appeared in court.",
        "appeared",
        "2025-12-02",
    ),
    (
        "The club on Monday sacked the coach, who joined in March. "
        "Fans protested outside the stadium.",
        "protested",
        "2025-12-01",
    ),
    (
        "Rescuers on Wednesday found a climber who went missing in October. "
        "He was flown to hospital.",
        "flown",
        "2025-12-03",
    ),
    (
        "A court on Thursday freed a journalist who was jailed in 2021. "
        "Her family thanked supporters.",
        "thanked",
        "2025-12-04",
    ),
    (
        "Villagers on Sunday reopened the bridge that floods destroyed in April. Traffic resumed.",
        "resumed",
        "2025-11-30",
    ),
    (
        "The carmaker said on Monday it would recall cars that it built in 2023. "
        "Owners received letters.",
        "received",
        "2025-12-01",
    ),
    (
        "Troops on Tuesday retook a town that rebels captured in August. Residents returned.",
        "returned",
        "2025-12-02",
    ),
    (
        "The bank said on Wednesday it had hired a trader who left a rival in January. "
        "Its shares rose.",
        "rose",
        "2025-12-03",
    ),
    (
        "The council on Saturday reopened a library that closed in 2020. "
        "Readers queued at the door.",
        "queued",
        "2025-11-29",
    ),
    (
        "Divers on Thursday raised a boat that sank in September. Investigators examined the hull.",
        "examined",
        "2025-12-04",
    ),
    (
        "Voters on Sunday rejected a plan that the mayor proposed in February. "
        "She conceded defeat.",
        "conceded",
        "2025-11-30",
    ),
    (
        "The airline said on Tuesday it had grounded jets that it bought in 2022. "
        "Passengers were rebooked.",
        "rebooked",
        "2025-12-02",
    ),
    (
        "The museum on Monday returned a mask that soldiers looted in 1897. "
        "Elders received it in a ceremony.",
        "received",
        "2025-12-01",
    ),
    (
        "Prosecutors on Wednesday charged a doctor who treated the victims in June. "
        "Her lawyers denied wrongdoing.",
        "denied",
        "2025-12-03",
    ),
    (
        "Rebels on Friday released a nurse who was kidnapped in July. She phoned her mother.",
        "phoned",
        "2025-12-05",
    ),
]


@pytest.mark.parametrize(("text", "word", "value"), BESIDE_A_DATE)
def test_the_other_date_of_the_sentence_sets_the_scene(text: str, word: str, value: str) -> None:
    assert time_of(text, word, PUBLISHED) == value
