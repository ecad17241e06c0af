"""The period a forecast, a target or a budget covers is not the time of the act on it
(issue 25, rule 1): "the bank raised its growth outlook for 2026" was done now, not in
2026, and is past, not future; "Helix on Wednesday cut its forecast for the rest of the
year" was done on Wednesday; "parliament approved the 2026 budget on Friday" on Friday,
the year naming the budget's period. ``outlook_nouns`` in ``models/events/time.json``. What
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

# (text, event word, its time): a year that names a plan's period ("the 2026 budget").
NAMED_PERIODS = [
    ("Parliament approved the 2026 budget on Friday.", "approved", "2025-11-14"),
    ("The board adopted its 2026 spending plan.", "adopted", None),
    ("The cabinet unveiled the 2027 budget draft on Monday.", "unveiled", "2025-11-17"),
    ("The firm issued its 2026 guidance.", "issued", None),
    ("Analysts cut their 2026 forecasts.", "cut", None),
    ("The council passed the 2026 budget late on Thursday.", "passed", "2025-11-13"),
    (
        "The government presented its 2026 deficit target to parliament on Wednesday.",
        "presented",
        "2025-11-12",
    ),
    ("Lawmakers rejected the 2026 budget in a vote on Tuesday.", "rejected", "2025-11-18"),
    ("The miner lowered its 2026 output forecast.", "lowered", None),
    ("The bank raised its 2026 growth forecast to 1.2%.", "raised", None),
    ("The ministry revised the 2025 budget in June.", "revised", "2025-06"),
    ("Senators debated the 2026 spending plan for hours.", "debated", None),
    ("The airline scrapped its 2030 emissions target.", "scrapped", None),
    ("The chipmaker reaffirmed its 2026 revenue target on Thursday.", "reaffirmed", "2025-11-13"),
    ("The city approved its 2026 budget after a long debate.", "approved", None),
]

# (text, event word, its time): within the period.
WITHIN_THE_PERIOD = [
    ("The company lost $5 million for the quarter.", "lost", "2025-Q3"),
    ("Sales rose 5% for the year.", "rose", "2025"),
    ("Copper exports beat the government's target for 2024.", "beat", "2024"),
    ("The senate will vote on the 2026 budget next week.", "vote", "2025-W48"),
    ("The president won the 2019 election by a wide margin.", "won", "2019"),
    ("The minister attended the 2024 summit in Rome.", "attended", "2024"),
]


@pytest.mark.parametrize(("text", "word", "value"), ACTS_ON_A_PLAN + NAMED_PERIODS)
def test_an_act_on_a_plan_is_not_within_its_period(text: str, word: str, value: str | None) -> None:
    frame = frame_of(text, word)
    assert (frame.time.value if frame.time else None) == value
    assert frame.when == "past"


@pytest.mark.parametrize(("text", "word", "value"), WITHIN_THE_PERIOD)
def test_what_happened_in_the_period_keeps_it(text: str, word: str, value: str) -> None:
    frame = frame_of(text, word)
    assert frame.time is not None and frame.time.value == value
