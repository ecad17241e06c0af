"""A noun that names the news again brings the story back to it: what follows lies in the
news's scene, not the look back's (issue 25, rule 3).

"Norland and Tavria agreed on Thursday to reopen the crossings. Trade collapsed in August
after a shooting. The deal was welcomed by traders. Truckers cheered." dated the cheering
August: the look back set the scene, and the deal, named again, took the agreement's day
(tests/test_event_time_named_by_kind.py) without moving the scene back. A noun that
takes the time of an event told before, away from the scene, now sets that time as the
scene for what follows (when its sentence sets none of its own); a noun of a new event
("another arrest") does not.

Capability table of invented four-sentence stories (the news, a look back with a date,
the noun named again, a plain past sentence), published 2025-12-05 (a Friday); before the
rule all 15 last events took the look back's date, and the 2 others passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-12-05"

# (story, the last sentence's event, its time)
BACK = [
    (
        "Norland and Tavria agreed on Thursday to reopen the crossings. Trade collapsed in "
        "August after a shooting. The deal was welcomed by traders. Truckers cheered.",
        "cheered",
        "2025-12-04",
    ),
    (
        "Two trains collided near Lyon on Monday. The line opened in July. The crash killed "
        "three passengers. Rescuers worked through the night.",
        "worked",
        "2025-12-01",
    ),
    (
        "The minister quit on Thursday. She was appointed in May. Her resignation stunned the "
        "party. Colleagues praised her record.",
        "praised",
        "2025-12-04",
    ),
    (
        "Rovers beat Ostrava on Wednesday. Ostrava won the cup in May. The victory lifted "
        "Rovers to third. Fans celebrated in the streets.",
        "celebrated",
        "2025-12-03",
    ),
    (
        "Police detained two men on Tuesday. The men arrived in the city in October. The "
        "arrests followed a tip-off. Officers searched a flat.",
        "searched",
        "2025-12-02",
    ),
    (
        "Rebels freed four hostages on Sunday. The four were seized in September. The release "
        "was brokered by Qatar. The hostages flew home.",
        "flew",
        "2025-11-30",
    ),
    (
        "Thieves stole four paintings on Monday. The museum reopened in August. The theft was "
        "discovered by a guard. Police sealed the building.",
        "sealed",
        "2025-12-01",
    ),
    (
        "The firm laid off 300 workers on Tuesday. It hired 500 people in April. The layoffs "
        "hit its Lenby plant. Unions called a meeting.",
        "called",
        "2025-12-02",
    ),
    (
        "Rebels attacked a convoy on Tuesday. The road was reopened in October. The assault "
        "killed four soldiers. The army closed the road.",
        "closed",
        "2025-12-02",
    ),
    (
        "The navy rescued 40 migrants on Sunday. Their boat left Libya in November. The "
        "rescue took six hours. Doctors treated two children.",
        "treated",
        "2025-11-30",
    ),
    (
        "The club sacked its coach on Monday. He arrived in July. The dismissal ended a run of "
        "nine defeats. Players trained as usual.",
        "trained",
        "2025-12-01",
    ),
    (
        "A bomb exploded in a market on Wednesday. A similar attack hit the city in June. The "
        "blast wounded 12 people. Shops closed early.",
        "closed",
        "2025-12-03",
    ),
    (
        "Valdheim bought its rival Orsk on Monday. Orsk posted a loss in July. The takeover "
        "created the region's largest carmaker. Orsk shares jumped 9%.",
        "jumped",
        "2025-12-01",
    ),
    (
        "Fans rallied outside parliament on Saturday. A similar march took place in October. "
        "The protest ended peacefully. Police made no arrests.",
        "arrests",
        "2025-11-29",
    ),
    (
        "Oil prices rose 4% on Monday. Prices last peaked in September. The increase lifted "
        "energy shares. Airline stocks fell.",
        "fell",
        "2025-12-01",
    ),
]

# (story, the last sentence's event, its time): a new event of the kind keeps the scene
# where the look back put it, and a date of its own wins.
OTHERS = [
    (
        "Police detained two men on Tuesday. Another arrest was made in October. Officers "
        "searched a flat.",
        "searched",
        "2025-10",
    ),
    (
        "Two trains collided near Lyon on Monday. The line opened in July. The crash killed "
        "three passengers. The line reopened on Wednesday.",
        "reopened",
        "2025-12-03",
    ),
]


@pytest.mark.parametrize(("text", "event", "value"), BACK + OTHERS)
def test_what_follows_the_news_named_again_lies_in_its_scene(
    text: str, event: str, value: str
) -> None:
    frames = frames_of(text, PUBLISHED)
    time = frames[event].time
    assert time is not None and time.value == value, time
