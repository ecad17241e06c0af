"""A participle clause of an act that lies in the scene lies there too (issue 25, rules 2
and 3).

"An earthquake struck on Sunday. It flattened a village, killing 14": the flattening has
no date of its sentence and takes Sunday from the scene; the killing, a participle clause
of it, happened with it, as it would had the sentence named the day. A participle takes
the time its verb was given, whatever gave it; when the verb has none (placed after
another event, a habit), neither has the clause. Capability table of invented texts,
published 2025-11-18 (a Tuesday).
"""

from __future__ import annotations

import pytest

from tests.event_times import time_of

# (text, participle, its time's value)
TABLE = [
    # After the act.
    (
        "An earthquake struck the coast on Sunday. It flattened a fishing village, "
        "killing 14 people.",
        "killing",
        "2025-11-16",
    ),
    (
        "The storm hit the island on Monday. It knocked down power lines, leaving 40,000 "
        "homes in the dark.",
        "leaving",
        "2025-11-17",
    ),
    (
        "Rovers beat United on Saturday. They came from behind, scoring twice in the final "
        "minutes.",
        "scoring",
        "2025-11-15",
    ),
    (
        "Farmers blocked the motorway on Thursday. They dumped manure at the toll gates, "
        "forcing drivers to turn back.",
        "forcing",
        "2025-11-13",
    ),
    (
        "The central bank cut rates on Thursday. The move lifted the currency, sending "
        "bond yields lower.",
        "sending",
        "2025-11-13",
    ),
    (
        "Fire swept through the market on Friday. The blaze destroyed 300 stalls, "
        "causing damage worth millions.",
        "causing",
        "2025-11-14",
    ),
    (
        "Miners walked out on Monday. They marched to the company offices, demanding higher pay.",
        "demanding",
        "2025-11-17",
    ),
    (
        "Rebels attacked the convoy on Sunday. They fired rockets at the trucks, "
        "wounding six drivers.",
        "wounding",
        "2025-11-16",
    ),
    # Before the act.
    (
        "Lawmakers rejected the budget on Wednesday. Speaking at a rally, the premier "
        "vowed to try again.",
        "Speaking",
        "2025-11-12",
    ),
    (
        "An earthquake struck the coast on Sunday. Digging with bare hands, rescuers "
        "pulled two children from the rubble.",
        "Digging",
        "2025-11-16",
    ),
    (
        "The striker joined the club on Friday. Smiling for the cameras, he held up his new shirt.",
        "Smiling",
        "2025-11-14",
    ),
    (
        "Protesters marched on the ministry on Saturday. Chanting slogans, they blocked "
        "the main road.",
        "Chanting",
        "2025-11-15",
    ),
    (
        "Rovers beat United on Saturday. Trailing at half-time, they scored twice late on.",
        "Trailing",
        "2025-11-15",
    ),
    (
        "The storm hit the island on Monday. Ripping roofs from houses, it cut power to "
        "40,000 homes.",
        "Ripping",
        "2025-11-17",
    ),
    (
        "The ferry sank on Thursday. Battered by high waves, it capsized near the harbour.",
        "Battered",
        "2025-11-13",
    ),
    (
        "Police raided the flat on Tuesday. Acting on a tip, officers broke down the door.",
        "Acting",
        "2025-11-18",
    ),
    # An act to come lends its time to come.
    (
        "The council will meet on Friday. It will vote on the plan, ending months of debate.",
        "ending",
        "2025-11-21",
    ),
    # Controls: the verb has no time, nor has its clause.
    (
        "The vote was held on Sunday. Two days after the vote, the premier resigned, "
        "ending a decade in power.",
        "ending",
        None,
    ),
    (
        "The ferry sank on Thursday. It usually sails at dawn, carrying 300 passengers.",
        "carrying",
        None,
    ),
]


@pytest.mark.parametrize(("text", "participle", "value"), TABLE)
def test_a_participle_clause_takes_its_verbs_time(
    text: str, participle: str, value: str | None
) -> None:
    assert time_of(text, participle) == value
