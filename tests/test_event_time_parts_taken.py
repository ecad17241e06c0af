"""An act that takes part in an occasion dated by a possessive happened then, wherever the
parse hangs its clause (event time, rule 1): in "the opposition won Sunday's election,
officials said on Monday" the win was on Sunday, but "won" is what the report says, and
it had no time; under "official results showed on Monday" it took Monday. A verb whose
subject or object is the dated noun ("won Sunday's election", "Monday's blackout left
...") or that lies within it ("fell in Friday's trading"; ``occasion_preps``) takes its
day. Acts on the occasion from outside it keep their own day ("condemned Sunday's attack
on Monday", "asked about Friday's robbery"). Capability table of invented texts
(published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import time_of

# (text, the act, its time's value)
TABLE = [
    ("The opposition won Sunday's election, officials said on Monday.", "won", "2025-11-16"),
    (
        "The opposition won Sunday's election by a wide margin, official results showed on Monday.",
        "won",
        "2025-11-16",
    ),
    ("Rovers lost Saturday's final, the club confirmed on Sunday.", "lost", "2025-11-15"),
    ("The senator missed Thursday's vote, her office said on Friday.", "missed", "2025-11-13"),
    ("Protesters disrupted Friday's parade, police said on Saturday.", "disrupted", "2025-11-14"),
    ("Shares fell in Friday's trading, data showed on Monday.", "fell", "2025-11-14"),
    (
        "The striker scored twice in Sunday's match, the league said on Monday.",
        "scored",
        "2025-11-16",
    ),
    ("Thousands attended Saturday's rally, organisers said on Sunday.", "attended", "2025-11-15"),
    (
        "Monday's blackout left 40,000 homes without power, the utility said on Tuesday.",
        "left",
        "2025-11-17",
    ),
    ("Voters rejected Sunday's referendum, results showed on Monday.", "rejected", "2025-11-16"),
    (
        "Two riders crashed during Saturday's stage, the team said on Sunday.",
        "crashed",
        "2025-11-15",
    ),
    ("The champion won Sunday's race, her coach told reporters on Monday.", "won", "2025-11-16"),
    (
        "The veteran umpired Friday's final, the federation said on Saturday.",
        "umpired",
        "2025-11-14",
    ),
    ("Fans booed throughout Thursday's game, the club admitted on Friday.", "booed", "2025-11-13"),
    (
        "Rain delayed Wednesday's launch, the agency said on Thursday.",
        "delayed",
        "2025-11-12",
    ),
    # Acts on the occasion from outside keep their own day.
    ("The mayor condemned Sunday's attack on Monday.", "condemned", "2025-11-17"),
    ("Police asked two men about Friday's robbery on Sunday.", "asked", "2025-11-16"),
    ("The coach praised Saturday's win on Monday.", "praised", "2025-11-17"),
]


@pytest.mark.parametrize(("text", "word", "value"), TABLE)
def test_an_act_in_a_dated_occasion_happened_then(text: str, word: str, value: str) -> None:
    assert time_of(text, word) == value
