""" "The plane crashed on Thursday evening. It had taken off about 40 minutes earlier": a
past perfect placed minutes or hours from the scene lies in the scene's day (issue 25,
rule 3).

A past perfect with no date of its own tells what happened some time before the scene, so
it takes none ("Rovers won on Saturday. They had lost three of the previous four"). One
placed a few minutes or hours before or after the scene ("about 40 minutes earlier", "an
hour before", "two hours later") happened on the scene's day, as one placed after minutes
of a match does ("had taken the lead after 12 minutes"). A count of days or more still
moves it off the day ("had been serviced two weeks earlier").

Capability table of invented stories, published 2026-02-06 (a Friday): before the rule 16
of the 16 rows failed (the act had no time).
"""

from __future__ import annotations

import pytest

from tests.event_times import time_or_none

PUBLISHED = "2026-02-06"

# (text, the act placed minutes or hours from the scene, the scene's day)
MINUTES_AWAY = [
    (
        "The plane crashed on Thursday. It had taken off about 40 minutes earlier.",
        "taken",
        "2026-02-05",
    ),
    ("The ferry sank on Sunday. It had left port two hours earlier.", "left", "2026-02-01"),
    (
        "The suspect was arrested on Monday. He had been seen near the bank an hour before.",
        "seen",
        "2026-02-02",
    ),
    (
        "The bridge collapsed on Tuesday. Engineers had inspected it three hours earlier.",
        "inspected",
        "2026-02-03",
    ),
    (
        "The fire broke out on Wednesday. Staff had left the building 20 minutes before.",
        "left",
        "2026-02-04",
    ),
    (
        "The train derailed on Thursday. It had passed a signal a few minutes earlier.",
        "passed",
        "2026-02-05",
    ),
    (
        "The dam burst on Sunday. Villagers had been warned six hours before.",
        "warned",
        "2026-02-01",
    ),
    ("The climber fell on Monday. He had called his wife an hour earlier.", "called", "2026-02-02"),
    (
        "The tanker exploded on Tuesday. Crews had refuelled it two hours before.",
        "refuelled",
        "2026-02-03",
    ),
    (
        "The gunman was shot on Wednesday. He had fired at police 15 minutes earlier.",
        "fired",
        "2026-02-04",
    ),
    (
        "The boat capsized on Thursday. It had sent a distress call half an hour before.",
        "sent",
        "2026-02-05",
    ),
    (
        "The roof gave way on Sunday. Fans had filled the hall an hour earlier.",
        "filled",
        "2026-02-01",
    ),
    (
        "The bus crashed on Monday. The driver had started his shift three hours before.",
        "started",
        "2026-02-02",
    ),
    (
        "The tower fell on Tuesday. Workers had cleared the site minutes earlier.",
        "cleared",
        "2026-02-03",
    ),
    (
        "The jet landed safely on Wednesday. It had lost an engine 30 minutes earlier.",
        "lost",
        "2026-02-04",
    ),
    ("The mine flooded on Thursday. The shift had ended an hour before.", "ended", "2026-02-05"),
]


@pytest.mark.parametrize(("text", "act", "day"), MINUTES_AWAY)
def test_an_act_minutes_from_the_scene_lies_on_its_day(text, act, day):
    assert time_or_none(text, act, PUBLISHED) == day


def test_an_act_days_from_the_scene_leaves_its_day():
    text = "The plane crashed on Thursday. It had been serviced two weeks earlier."
    assert time_or_none(text, "serviced", PUBLISHED) == "2026-01-22"
