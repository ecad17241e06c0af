"""What an event leaves another to do is still to be done (issue 25, frames and when).

"The result left Prime Minister Elena Varga to seek a coalition partner" told the
seeking as done, in the past. "Leave" with an object and a "to" clause hands that
object a task: like an order, the task is planned and to come (``object_control`` of
models/events/words.json: "leave" planned), and its doer is the object.

Capability table of invented sentences, published 2025-12-05; before the rule all 15
tasks were told as done. The small parser reads some "to" clauses as clauses of purpose
(advcl, not xcomp): an object-control verb's object does those too.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-12-05"

# (text, the task's verb, its doer)
TASKS = [
    (
        "The result left Prime Minister Elena Varga to seek a coalition partner.",
        "seek",
        "Prime Minister Elena Varga",
    ),
    ("The ruling left the council to decide the fate of the bridge.", "decide", "the council"),
    ("The collapse of the talks left the mediators to start again.", "start", "the mediators"),
    ("The storm left residents to clean up the damage.", "clean", "residents"),
    ("The cuts left schools to find the money elsewhere.", "find", "schools"),
    ("The merger left shareholders to vote on the deal in March.", "vote", "shareholders"),
    ("The resignation left the deputy to run the ministry.", "run", "the deputy"),
    ("The flood left farmers to rebuild their fences.", "rebuild", "farmers"),
    ("The verdict left prosecutors to weigh an appeal.", "weigh", "prosecutors"),
    ("The vote left the party to choose a new leader.", "choose", "the party"),
    ("The delay left passengers to find their own way home.", "find", "passengers"),
    ("The strike left parents to care for their children.", "care", "parents"),
    ("The fire left the museum to restore the paintings.", "restore", "the museum"),
    ("The decision left the league to rewrite its calendar.", "rewrite", "the league"),
    ("The outage left engineers to trace the fault.", "trace", "engineers"),
]


@pytest.mark.parametrize(("text", "verb", "doer"), TASKS)
def test_a_task_left_to_another_is_to_come(text, verb, doer):
    frame = frames_of(text, PUBLISHED)[verb]
    assert (frame.modality, frame.when) == ("planned", "future")
    assert frame.agent is not None and frame.agent.text == doer
