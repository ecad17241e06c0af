"""When each event happened: what a dated report tells (issue 25, rule 3): capability
table of invented texts (published 2025-11-18, a Tuesday).

"A storm hit on Sunday. Two people died, officials said on Monday": the report's date is
the report's, and what it tells of the days just before lies in the paragraph's scene
(Sunday). A report long after the scene ("In March the plant shut. On Friday the company
said that sales fell") places nothing in it, and an act beside a dated report is the
report's (tests/test_event_time_results.py, BESIDE_A_REPORT).
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-18"

# (text, event word, its time's value)
JUST_BEFORE_THE_REPORT = [
    (
        "A storm hit the coast on Sunday. "
        "Two people died when a tree fell on their car, officials said on Monday.",
        "died",
        "2025-11-16",
    ),
    (
        "An earthquake struck the region on Saturday. "
        "At least 14 people were killed, the ministry said on Sunday.",
        "killed",
        "2025-11-15",
    ),
    (
        "Gunmen attacked a bus on Friday. Police said on Saturday that six passengers died.",
        "died",
        "2025-11-14",
    ),
    (
        "Fire broke out at the plant on Thursday night. "
        "Three workers were injured, the company said Friday.",
        "injured",
        "2025-11-13TNI",
    ),
    (
        "The river burst its banks on Sunday. "
        "Rescuers pulled 40 people from their homes, the army said on Monday.",
        "pulled",
        "2025-11-16",
    ),
    (
        "Protesters marched on Saturday. Officers arrested 12 people, police said Sunday.",
        "arrested",
        "2025-11-15",
    ),
    (
        "A train derailed near the border on Monday. "
        "The driver escaped unhurt, the operator said on Tuesday.",
        "escaped",
        "2025-11-17",
    ),
    (
        "Voters went to the polls on Sunday. "
        "The ruling party won 40 seats, officials said on Monday.",
        "won",
        "2025-11-16",
    ),
    (
        "A ferry sank off the island on Friday. "
        "Coast guards rescued 80 passengers, the navy said Saturday.",
        "rescued",
        "2025-11-14",
    ),
    (
        "The storm reached the capital on Thursday. "
        "It destroyed 300 homes, the mayor said on Friday.",
        "destroyed",
        "2025-11-13",
    ),
    (
        "Rebels seized the town on Saturday. They killed two soldiers, the army said on Sunday.",
        "killed",
        "2025-11-15",
    ),
    (
        "A plane crashed on landing on Sunday. "
        "All 90 passengers survived, the airline said on Monday.",
        "survived",
        "2025-11-16",
    ),
    (
        "The vote took place on Friday. "
        "Turnout reached 60 percent, the commission said on Saturday.",
        "reached",
        "2025-11-14",
    ),
    (
        "A landslide buried the village on Saturday. "
        "Crews recovered five bodies, officials said on Sunday.",
        "recovered",
        "2025-11-15",
    ),
    (
        "Hackers attacked the bank on Thursday. "
        "They stole customer records, the bank said on Friday.",
        "stole",
        "2025-11-13",
    ),
    (
        "The fire started on Monday. Flames destroyed 20 houses, the governor said on Tuesday.",
        "destroyed",
        "2025-11-17",
    ),
]

# A report more than a week after the scene: what it tells takes no earlier scene.
FAR_FROM_THE_SCENE = [
    ("In March the plant shut. On Friday the company said that sales fell.", "fell", None),
    ("The mine opened in 2019. The owner said on Monday that output dropped.", "dropped", None),
]


def _time(text: str, word: str) -> str | None:
    doc = briefx.extract(text, published=PUBLISHED)
    frames = [e for f in doc.facts for e in f.events if e.text == word]
    assert frames, f"no frame {word!r}"
    time = frames[0].time
    return time.value if time is not None else None


@pytest.mark.parametrize(("text", "word", "value"), JUST_BEFORE_THE_REPORT)
def test_what_a_report_tells_of_the_days_before_lies_in_the_scene(
    text: str, word: str, value: str
) -> None:
    assert _time(text, word) == value


@pytest.mark.parametrize(("text", "word", "value"), FAR_FROM_THE_SCENE)
def test_a_report_long_after_the_scene_places_nothing_in_it(
    text: str, word: str, value: None
) -> None:
    assert _time(text, word) is value


def test_the_told_event_is_in_the_scene_from_context() -> None:
    doc = briefx.extract(JUST_BEFORE_THE_REPORT[0][0], published=PUBLISHED)
    died = next(e for f in doc.facts for e in f.events if e.text == "died")
    assert died.time is not None and died.time.source == "context" and died.when == "past"
