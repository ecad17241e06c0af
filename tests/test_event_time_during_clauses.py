"""What happened while, as or when a dated clause's event did happened then (issue 25,
rule 2).

"A passenger jet skidded off the runway while landing at Orvik airport in heavy rain on
Saturday evening, ..., airport officials said": the date hangs on "landing", and the
skid, below the reporting verb, took none of it (on the main line it took it as a date
of its sentence the parse put elsewhere). A verb with no date of its own takes the own
date of a clause of its opened by one of ``during_marks`` (models/events/time.json:
"while", "as", "when"). Not a clause placed before or after it, nor one of cause
("because", "after", "before", "since": ``relative_marks`` and the like). Capability
table of invented texts, published 2025-11-18 (a Tuesday).
"""

from __future__ import annotations

import pytest

from tests.event_times import time_or_none

CASES = [
    (
        "A jet skidded off the runway while landing at Orvik on Saturday evening, officials said.",
        "skidded",
        "2025-11-15TEV",
    ),
    ("The striker was injured while training on Monday, the club said.", "injured", "2025-11-17"),
    (
        "The roof collapsed while workers were repairing it on Friday, police said.",
        "collapsed",
        "2025-11-14",
    ),
    (
        "A fisherman drowned while trying to rescue his dog on Sunday, police said.",
        "drowned",
        "2025-11-16",
    ),
    (
        "The bridge collapsed when a truck hit it on Monday, officials said.",
        "collapsed",
        "2025-11-17",
    ),
    ("Shares fell as investors sold bank stocks on Friday, traders said.", "fell", "2025-11-14"),
    (
        "Two climbers died while descending the north face on Sunday, rescuers said.",
        "died",
        "2025-11-16",
    ),
    (
        "The minister fainted while giving a speech in Halden on Thursday, aides said.",
        "fainted",
        "2025-11-13",
    ),
    (
        "Police said they arrested the man as he boarded a ferry on Saturday.",
        "arrested",
        "2025-11-15",
    ),
    (
        "Witnesses said the crowd cheered as the mayor cut the ribbon on Wednesday.",
        "cheered",
        "2025-11-12",
    ),
    (
        "Lightning struck the tower while the choir was singing on Sunday evening, the "
        "priest said.",
        "struck",
        "2025-11-16TEV",
    ),
    ("The ship sank while sailing to Brask on Nov. 3, its owner said.", "sank", "2025-11-03"),
    ("Prices rose as demand climbed in October, the agency said.", "rose", "2025-10"),
    ("The child fell while climbing a fence on Saturday, police said.", "fell", "2025-11-15"),
    (
        "While landing at Orvik on Saturday evening, the jet skidded off the runway, "
        "officials said.",
        "skidded",
        "2025-11-15TEV",
    ),
    # A clause of cause, or one placed before or after: no date of its.
    ("The plant closed because demand fell in 2020, the owner said.", "closed", None),
    ("The company hired staff after sales rose in March, it said.", "hired", None),
    ("The rebels retreated before the army arrived on Friday, villagers said.", "retreated", None),
    # A date of the verb's own stays.
    (
        "The jet skidded on Sunday while landing in a storm that began on Saturday, "
        "officials said.",
        "skidded",
        "2025-11-16",
    ),
]


@pytest.mark.parametrize(("text", "word", "expected"), CASES)
def test_an_act_during_a_dated_clause_happened_then(
    text: str, word: str, expected: str | None
) -> None:
    assert time_or_none(text, word) == expected
