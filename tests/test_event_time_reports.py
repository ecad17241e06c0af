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
from tests.event_times import time_of

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


@pytest.mark.parametrize(("text", "word", "value"), JUST_BEFORE_THE_REPORT)
def test_what_a_report_tells_of_the_days_before_lies_in_the_scene(
    text: str, word: str, value: str
) -> None:
    assert time_of(text, word) == value


@pytest.mark.parametrize(("text", "word", "value"), FAR_FROM_THE_SCENE)
def test_a_report_long_after_the_scene_places_nothing_in_it(
    text: str, word: str, value: None
) -> None:
    assert time_of(text, word) is value


def test_the_told_event_is_in_the_scene_from_context() -> None:
    doc = briefx.extract(JUST_BEFORE_THE_REPORT[0][0], published=PUBLISHED)
    died = next(e for f in doc.facts for e in f.events if e.text == "died")
    assert died.time is not None and died.time.source == "context" and died.when == "past"


# A modal a past report looks ahead with ("said he would appeal") is after the report: no
# scene that is not to come holds it, and it is told as to come; a scene or date of its own
# to come does.
FUTURE_IN_THE_PAST = [
    ("The trial opened in September. His lawyer said he would appeal.", "appeal", None),
    ("The talks began in March. The minister said she would resign.", "resign", None),
    (
        "Floods hit the town on Sunday. The mayor said the city would rebuild the bridge.",
        "rebuild",
        None,
    ),
    ("The strike started on Monday. Union leaders said they would meet the owners.", "meet", None),
    ("The company cut 500 jobs in June. Its chief said it would close two plants.", "close", None),
    (
        "The fire began on Saturday. Officials said crews would work through the night.",
        "work",
        None,
    ),
    ("The team lost the final on Sunday. The coach said he would stay.", "stay", None),
    ("Prices rose in October. Analysts said the bank would raise rates.", "raise", None),
    ("The bridge collapsed on Friday. Engineers said they could fix it.", "fix", None),
    ("The plane landed in Rome on Monday. The pilot said he would file a report.", "file", None),
    ("The vote failed on Thursday. The leader said the party would try again.", "try", None),
    ("The virus spread in August. Doctors said the outbreak would end soon.", "end", None),
    ("Rebels seized the town on Saturday. Their commander said they would hold it.", "hold", None),
    ("The firm missed its target in May. The board said it would cut costs.", "cut", None),
    ("The ship sank on Sunday. The navy said divers would search the wreck.", "search", None),
    ("The museum closed in January. The owner told reporters it would reopen.", "reopen", None),
]
AHEAD_OF_THE_REPORT = [
    ("The summit is set for December. Leaders said they would sign a pact.", "sign", "2025-12"),
    ("The minister said on Monday that she would resign on Friday.", "resign", "2025-11-21"),
]


@pytest.mark.parametrize(("text", "word", "value"), FUTURE_IN_THE_PAST)
def test_what_a_past_report_looks_ahead_to_takes_no_past_scene(
    text: str, word: str, value: None
) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    frame = next(e for f in doc.facts for e in f.events if e.text == word)
    assert frame.time is value
    assert frame.when == "future"


@pytest.mark.parametrize(("text", "word", "value"), AHEAD_OF_THE_REPORT)
def test_a_time_to_come_still_holds_what_a_report_looks_ahead_to(
    text: str, word: str, value: str
) -> None:
    assert time_of(text, word) == value
