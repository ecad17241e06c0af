"""An act done at, during or in a dated occasion happened then (issue 25, rule 2).

"said the board would review its forecasts at a meeting on Jan. 29": the date hangs on
the meeting, and the review, below a reporting verb, took none of it (the main line's
acts took it as a date of their sentence the parse put elsewhere). An act whose phrase of
``occasion_preps`` names an event noun with a date of its own lies within that event,
wherever its clause hangs; not an act placed before or after the occasion.
Capability table of invented texts, published 2025-11-18 (a Tuesday).
"""

from __future__ import annotations

import pytest

from tests.event_times import time_or_none

CASES = [
    # Below a reporting verb.
    (
        "Ilves said the board would review its forecasts at a meeting on Jan. 29.",
        "review",
        "2026-01-29",
    ),
    (
        "The ministry said the two leaders would sign the accord at a summit on Friday.",
        "sign",
        "2025-11-21",
    ),
    (
        "Police said three soldiers were killed in an attack on a checkpoint on Sunday.",
        "killed",
        "2025-11-16",
    ),
    (
        "Aalto said she would raise the matter at a cabinet meeting on Thursday.",
        "raise",
        "2025-11-20",
    ),
    (
        "The firm said it would unveil the phone at an event in Orvik on Dec. 3.",
        "unveil",
        "2025-12-03",
    ),
    (
        "Officials said the striker was hurt during a match against Brask on Saturday.",
        "hurt",
        "2025-11-15",
    ),
    ("The club said the striker scored twice in a friendly on Sunday.", "scored", "2025-11-16"),
    # In a relative clause, a complement, a clause of purpose.
    (
        "The singer, who collapsed during a concert on Saturday, is recovering.",
        "collapsed",
        "2025-11-15",
    ),
    ("The mayor, who spoke at a rally on Sunday, resigned on Tuesday.", "spoke", "2025-11-16"),
    (
        "The minister plans to announce the budget at a press conference on Monday.",
        "announce",
        "2025-11-24",
    ),
    ("Analysts expect the bank to cut rates at its meeting in March.", "cut", "2026-03"),
    # The main line, as before.
    ("The two leaders signed the accord at a summit in Orvik on Friday.", "signed", "2025-11-14"),
    ("Two fans were arrested at a protest in the capital last Thursday.", "arrested", "2025-11-13"),
    # Talked over at the occasion; placed before or after it.
    (
        "The mayor said the council would discuss the plan at a meeting on Friday.",
        "discuss",
        "2025-11-21",
    ),
    ("Sorensen said she was arrested after a protest on Monday.", "arrested", None),
    ("Police said the suspect fled before a raid on Friday.", "fled", None),
    ("The mayor said the council would discuss the plan before a vote on Friday.", "discuss", None),
]


@pytest.mark.parametrize(("text", "word", "expected"), CASES)
def test_an_act_at_a_dated_occasion_happened_then(text: str, word: str, expected: str | None):
    assert time_or_none(text, word) == expected
