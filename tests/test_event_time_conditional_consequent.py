"""What a modal says would follow from a condition has no time (issue 25, rule 5).

"The dam held on Monday. If it bursts, the water could flood the valley": the flooding is
hypothetical, not an act of Monday, though "could" is also the past of "can" and the
sentence has no date of its own. A main clause told with a modal (``modal_aux``) that a
clause of ``conditional_marks`` conditions ("if", "unless", a bare "if" participle: "If
elected"), or a conditional inversion ("Should the levee break"), is hypothetical: no
time, not even a date of its own, and no scene gone by. Capability table of invented
texts, published 2025-11-18 (a Tuesday).
"""

from __future__ import annotations

import pytest

from tests.event_times import frame_of

# (text, event word, its time's value)
TABLE = [
    ("The dam held on Monday. If it bursts, the water could flood the valley.", "flood", None),
    (
        "The bank raised rates on Thursday. Unless inflation eases, it could raise them again.",
        "raise",
        None,
    ),
    (
        "The mayor spoke at noon. If elected, she would build new schools.",
        "build",
        None,
    ),
    (
        "Talks stalled on Friday. If they fail, workers would strike next month.",
        "strike",
        None,
    ),
    (
        "The reactor was shut on Sunday. If the pumps fail, the core could overheat.",
        "overheat",
        None,
    ),
    (
        "Prices rose in October. If the trend holds, the central bank could lift rates.",
        "lift",
        None,
    ),
    (
        "The club lost on Saturday. The coach could lose his job if results do not improve.",
        "lose",
        None,
    ),
    (
        "The volcano erupted on Wednesday. If the wind shifts, the ash could reach the capital.",
        "reach",
        None,
    ),
    (
        "The union met on Monday. It would call off the strike if the owners raised their offer.",
        "call",
        None,
    ),
    (
        "Rebels took the bridge on Friday. If they hold it, they could cut the city's supply line.",
        "cut",
        None,
    ),
    (
        "The storm hit on Saturday. Should the levee break, thousands could die.",
        "die",
        None,
    ),
    (
        "The firm warned on Thursday. Unless lenders agree, it could collapse.",
        "collapse",
        None,
    ),
    (
        "Ministers met on Monday. If parliament approves the plan, the tax would rise.",
        "rise",
        None,
    ),
    (
        "The river peaked on Sunday. If more rain falls, the town could flood again.",
        "flood",
        None,
    ),
    (
        "Shares slid on Monday. Unless buyers return, the index could fall further.",
        "fall",
        None,
    ),
    (
        "The ceasefire took hold on Tuesday. If it breaks, fighting could spread to the south.",
        "spread",
        None,
    ),
    # Controls: "could" of what could be done then; a condition with "will" keeps its
    # date.
    (
        "The building collapsed on Monday. Rescuers could hear voices under the rubble.",
        "hear",
        "2025-11-17",
    ),
    (
        "The union voted on Monday. It will strike on Friday if talks fail.",
        "strike",
        "2025-11-21",
    ),
]


@pytest.mark.parametrize(("text", "word", "value"), TABLE)
def test_a_consequent_of_a_condition_has_no_time(text: str, word: str, value: str | None) -> None:
    frame = frame_of(text, word)
    assert (frame.time.value if frame.time is not None else None) == value
    if value is None:
        assert frame.when != "past"
