"""A perfect infinitive tells a past, not the news of now (issue 25, rules 3 and 4): in "A
fire swept through the warehouse on Monday. It is believed to have started in the
kitchen", the start took the publication date, as a present perfect ("has started")
would. "To have started", "to have fled", "to have lost control" under a verb of belief,
report or seeming lie before it: past, in the scene the story told when there is one,
else with no time. Capability table of invented texts (published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import frame_of

# (text, the perfect infinitive's event, the told scene's value)
IN_A_SCENE = [
    (
        "A fire swept through the warehouse on Monday. It is believed to have started in the "
        "kitchen.",
        "started",
        "2025-11-17",
    ),
    (
        "Two climbers went missing on Sunday. They are thought to have fallen into a crevasse.",
        "fallen",
        "2025-11-16",
    ),
    (
        "The gang robbed the bank on Friday. The men are said to have fled to the coast.",
        "fled",
        "2025-11-14",
    ),
    ("A ship ran aground on Monday. It is understood to have hit a reef.", "hit", "2025-11-17"),
    ("A jet crashed on Saturday. The pilot appears to have lost control.", "lost", "2025-11-15"),
    ("Prisoners escaped on Thursday. They seem to have bribed a guard.", "bribed", "2025-11-13"),
    (
        "The dam burst on Wednesday. Heavy rain is believed to have weakened its wall.",
        "weakened",
        "2025-11-12",
    ),
    ("A boy vanished in October. He is feared to have drowned.", "drowned", "2025-10"),
    (
        "Troops entered the village on Sunday. They are alleged to have burned homes.",
        "burned",
        "2025-11-16",
    ),
    (
        "The bridge fell on Friday. Floodwater is thought to have undermined its piers.",
        "undermined",
        "2025-11-14",
    ),
]

# (text, the perfect infinitive's event): no scene told: past, with no time.
NO_SCENE = [
    ("The striker is reported to have signed a new contract.", "signed"),
    ("The virus is believed to have spread from bats.", "spread"),
    ("The suspect is thought to have left the country.", "left"),
    ("The minister is said to have offered her resignation.", "offered"),
    ("The thieves appear to have escaped through a window.", "escaped"),
    ("The company seems to have ignored the warnings.", "ignored"),
]


@pytest.mark.parametrize(("text", "event", "value"), IN_A_SCENE)
def test_a_perfect_infinitive_lies_in_the_told_scene(text: str, event: str, value: str) -> None:
    frame = frame_of(text, event)
    assert frame.time is not None and frame.time.source != "publication"
    assert frame.time.value == value
    assert frame.when == "past"


@pytest.mark.parametrize(("text", "event"), NO_SCENE)
def test_a_perfect_infinitive_is_past_with_no_time_of_its_own(text: str, event: str) -> None:
    frame = frame_of(text, event)
    assert frame.time is None
    assert frame.when == "past"
