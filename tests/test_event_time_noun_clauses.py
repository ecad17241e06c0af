"""An event noun whose own clause tells when it happened takes that date (issue 25, rule 1):
"the strike that shut the ports last week" happened last week, "the fire, which broke out
on Friday" on Friday, "the election, which took place in May" in May. The clause tells the
noun's time when the noun does its verb ("the quake that struck on Sunday", "the storm
that swept the coast in March") or when its verb carries or begins it ("which was
completed in June", "held in Geneva on Sunday"; ``support_verbs`` and ``aspectual`` of
``models/events/words.json``). A clause that only reacts to the event or puts it off
("which was postponed on Monday", "which was condemned on Monday") tells the time of that
act, not of the noun. Capability table of invented sentences (published 2025-11-18, a
Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import frame_of, time_of

# (text, event noun, its time's value)
TABLE = [
    ("Ministers met on Thursday to discuss the strike that shut the ports last week.",
     "strike", "2025-W46"),
    ("Police are investigating the attack that killed 12 people on Monday.", "attack",
     "2025-11-17"),
    ("Aid groups are still reaching villages hit by the quake that struck on Sunday.",
     "quake", "2025-11-16"),
    ("The fire, which broke out on Friday, destroyed 40 homes.", "fire", "2025-11-14"),
    ("The storm that swept the coast in March cost insurers $2 billion.", "storm",
     "2025-03"),
    ("Investors cheered the merger, which was completed in June.", "merger", "2025-06"),
    ("Residents recalled the flood that devastated the town in 2019.", "flood", "2019"),
    ("The talks held in Geneva on Sunday ended without a deal.", "talks", "2025-11-16"),
    ("The protest that began on Friday spread to three cities.", "protest", "2025-11-14"),
    ("The raid, which was carried out on Thursday, killed two.", "raid", "2025-11-13"),
    ("The election, which took place in May, returned a hung parliament.", "election",
     "2025-05"),
    ("The riots that erupted in August left 20 dead.", "riots", "2025-08"),
    ("The collapse, which occurred on Monday, trapped 30 miners.", "collapse", "2025-11-17"),
    # A clause that reacts to the event or puts it off tells no time of it.
    ("The vote, which was postponed on Monday, angered the opposition.", "vote", None),
    ("The attack, which was condemned on Monday by the UN, killed 12.", "attack", None),
    ("The flood, which insurers discussed on Monday, cost $1 billion.", "flood", None),
    ("The merger that analysts predicted in March never happened.", "merger", None),
]


@pytest.mark.parametrize(("text", "noun", "value"), TABLE)
def test_an_event_noun_takes_the_date_its_clause_tells(
    text: str, noun: str, value: str | None
) -> None:
    assert time_of(text, noun) == value


def test_an_event_its_clause_dates_in_the_past_is_past() -> None:
    """"Villages hit by the quake that struck on Sunday": the quake is over."""
    text = "Aid groups are still reaching villages hit by the quake that struck on Sunday."
    assert frame_of(text, "quake").when == "past"
