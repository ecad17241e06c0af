"""The period a forecast, a target or a budget covers is not the time of the act on it
(issue 25, rule 1): "the bank raised its growth outlook for 2026" was done now, not in
2026, and is past, not future; "Helix on Wednesday cut its forecast for the rest of the
year" was done on Wednesday. ``outlook_nouns`` in ``models/events/time.json``. What
happened measured against one lies in its period: "exports beat the target
for 2024" (``meeting_verbs``). Capability table of invented sentences (published
2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import frame_of

# (text, event word, its time): the act's own day, or none.
ACTS_ON_A_PLAN = [
    ("Helix on Wednesday cut its forecast for the rest of the year.", "cut", "2025-11-12"),
    ("The bank raised its growth outlook for 2026.", "raised", None),
    ("The council approved a budget for next year on Monday.", "approved", "2025-11-17"),
    ("The carmaker lowered its sales target for 2026.", "lowered", None),
    ("The retailer trimmed its profit guidance for the fourth quarter.", "trimmed", None),
    ("Economists revised their estimates for 2026 after the data.", "revised", None),
    ("The ministry unveiled spending plans for 2027 on Thursday.", "unveiled", "2025-11-13"),
    ("The airline reaffirmed its outlook for the year.", "reaffirmed", None),
    ("The central bank cut its inflation forecast for next year.", "cut", None),
    ("Opec lowered its demand forecast for 2026 on Tuesday.", "lowered", "2025-11-18"),
    ("The board set a dividend target for 2027.", "set", None),
    ("Analysts raised their price targets for the stock for next year.", "raised", None),
    ("The chipmaker cut its capital spending budget for 2026 by a fifth.", "cut", None),
    ("The IMF upgraded its growth forecast for the euro zone for 2026.", "upgraded", None),
    ("The utility withdrew its earnings guidance for the year.", "withdrew", None),
    ("The government lowered its deficit goal for next year.", "lowered", None),
]

# (text, event word, its time): within the period.
WITHIN_THE_PERIOD = [
    ("The company lost $5 million for the quarter.", "lost", "2025-Q3"),
    ("Sales rose 5% for the year.", "rose", "2025"),
    ("Copper exports beat the government's target for 2024.", "beat", "2024"),
]


@pytest.mark.parametrize(("text", "word", "value"), ACTS_ON_A_PLAN)
def test_an_act_on_a_plan_is_not_within_its_period(text: str, word: str, value: str | None) -> None:
    frame = frame_of(text, word)
    assert (frame.time.value if frame.time else None) == value
    assert frame.when == "past"


@pytest.mark.parametrize(("text", "word", "value"), WITHIN_THE_PERIOD)
def test_what_happened_in_the_period_keeps_it(text: str, word: str, value: str) -> None:
    frame = frame_of(text, word)
    assert frame.time is not None and frame.time.value == value
