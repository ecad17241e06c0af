"""A past perfect that a report tells is a look back too (issue 25, rule 3): after "A fire
destroyed the school on Tuesday", the sentence "Parents said staff had complained about
the wiring in September" made September the scene, and "The mayor visited the site" took
it. A date of a past perfect in what a reporting verb says, lying wholly before the scene
told so far, dates its own event but sets no scene; what follows stays in the scene
before it (as for a past perfect that is the sentence's main verb,
tests/test_event_time_flashbacks.py). With no scene before it, it still sets one.
Capability table of invented texts (published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import time_of

# (text, the look back's event, its value, an act after it, the scene's value)
TABLE = [
    (
        "A fire destroyed the school on Tuesday. Parents said staff had complained about the "
        "wiring in September. The mayor visited the site.",
        "complained",
        "2025-09",
        "visited",
        "2025-11-18",
    ),
    (
        "Floods hit the valley on Sunday. Residents said the river had burst its banks in 2019 "
        "as well. Soldiers evacuated 300 people.",
        "burst",
        "2019",
        "evacuated",
        "2025-11-16",
    ),
    (
        "The ferry sank on Friday. Officials said it had failed an inspection in March. Divers "
        "recovered two bodies.",
        "failed",
        "2025-03",
        "recovered",
        "2025-11-14",
    ),
    (
        "Rebels seized the town on Saturday. Witnesses said the army had left it in August. Aid "
        "workers fled the area.",
        "left",
        "2025-08",
        "fled",
        "2025-11-15",
    ),
    (
        "The bank cut rates on Thursday. Analysts noted it had raised them in 2023. Bond yields "
        "dropped.",
        "raised",
        "2023",
        "dropped",
        "2025-11-13",
    ),
    (
        "The dam burst on Wednesday. Engineers said they had spotted cracks in April. Villagers "
        "climbed onto roofs.",
        "spotted",
        "2025-04",
        "climbed",
        "2025-11-12",
    ),
    (
        "The coach was sacked on Sunday. The club said he had signed a new deal in June. Fans "
        "cheered the decision.",
        "signed",
        "2025-06",
        "cheered",
        "2025-11-16",
    ),
    (
        "The plant closed on Friday. Workers said the owners had pledged in May to keep it "
        "open. The union called a protest.",
        "pledged",
        "2025-05",
        "called",
        "2025-11-14",
    ),
    (
        "A bridge collapsed on Monday. Inspectors said they had flagged rust in 2021. Rescuers "
        "pulled four people from the river.",
        "flagged",
        "2021",
        "pulled",
        "2025-11-17",
    ),
    (
        "The court freed the activist on Tuesday. Her lawyers said she had been arrested in "
        "January. She thanked her supporters.",
        "arrested",
        "2025-01",
        "thanked",
        "2025-11-18",
    ),
    (
        "The storm reached the coast on Saturday. Forecasters said it had formed in early "
        "November. It knocked out power to 9,000 homes.",
        "formed",
        "2025-11",
        "knocked",
        "2025-11-15",
    ),
    (
        "The airline grounded its fleet on Thursday. Pilots said they had reported faults in "
        "October. Passengers waited for hours.",
        "reported",
        "2025-10",
        "waited",
        "2025-11-13",
    ),
    (
        "The president vetoed the bill on Friday. Senators said he had backed it in March. The "
        "house overrode the veto.",
        "backed",
        "2025-03",
        "overrode",
        "2025-11-14",
    ),
    (
        "The museum reopened on Sunday. Staff said thieves had taken three paintings in 2022. "
        "Visitors queued for hours.",
        "taken",
        "2022",
        "queued",
        "2025-11-16",
    ),
    (
        "Police charged a driver on Monday. Witnesses said he had run a red light in October. "
        "The victim's family welcomed the charge.",
        "run",
        "2025-10",
        "welcomed",
        "2025-11-17",
    ),
    (
        "The minister quit on Monday. Aides told reporters she had considered leaving in July. "
        "The premier named a successor.",
        "leaving",
        "2025-07",
        "named",
        "2025-11-17",
    ),
]


@pytest.mark.parametrize(("text", "back", "back_value", "act", "value"), TABLE)
def test_a_reported_look_back_sets_no_scene(
    text: str, back: str, back_value: str, act: str, value: str
) -> None:
    assert time_of(text, back) == back_value
    assert time_of(text, act) == value


# With no scene told before it, a reported past perfect's date is the scene; so is one that
# is no look back (a simple past).
SCENE = [
    (
        "Officials said the ship had sunk on Friday. Divers recovered two bodies.",
        "recovered",
        "2025-11-14",
    ),
    (
        "A fire destroyed the school on Tuesday. Parents said staff complained in September. "
        "The mayor visited the site.",
        "visited",
        "2025-09",
    ),
]


@pytest.mark.parametrize(("text", "act", "value"), SCENE)
def test_a_reported_date_with_no_scene_before_sets_one(text: str, act: str, value: str) -> None:
    assert time_of(text, act) == value
