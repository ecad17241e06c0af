"""An event noun named again as the doer of a reported act happened with it (issue 25).

"Fans arrived early on Saturday. Stewards said the match passed without trouble." gave
the match no time, though "passed" lay on Saturday: an event noun with "the" that is the
subject of a verb told as done, in the scene, happened when its verb did ("The attack
destroyed two warehouses"), but only under the sentence's main verb; under "said" the
noun's verb is a reported clause's. The verb a pointing event noun does is now the first
past act after it in its sentence, main or reported.

Capability table of invented stories, published 2025-11-18 (a Tuesday).
"""

from __future__ import annotations

import pytest

from tests.event_times import last_time_of

PUBLISHED = "2025-11-18"

# (story, the event noun, its time)
WITH_ITS_VERB = [
    (
        "Fans arrived early on Saturday. Stewards said the match passed without trouble.",
        "match",
        "2025-11-15",
    ),
    (
        "Dockers walked out on Monday. Managers said the shutdown cost $2 million.",
        "shutdown",
        "2025-11-17",
    ),
    (
        "Crowds gathered in the square on Sunday. Police said the rally ended peacefully.",
        "rally",
        "2025-11-16",
    ),
    (
        "Rescuers reached the village on Friday. Officials said the landslide buried 12 homes.",
        "landslide",
        "2025-11-14",
    ),
    (
        "Ministers met in Brussels on Monday. Aides said the summit produced no deal.",
        "summit",
        "2025-11-17",
    ),
    (
        "Shoppers queued on Saturday. Retailers said the sale drew record crowds.",
        "sale",
        "2025-11-15",
    ),
    (
        "Residents fled the coast on Sunday. Forecasters said the cyclone flattened crops.",
        "cyclone",
        "2025-11-16",
    ),
    (
        "Workers returned to the plant on Monday. The union said the strike won a 5% raise.",
        "strike",
        "2025-11-17",
    ),
    (
        "Traders sold banks on Friday. Analysts said the crash erased $40 billion.",
        "crash",
        "2025-11-14",
    ),
    (
        "Delegates voted on Sunday. Organisers said the election chose a new leader.",
        "election",
        "2025-11-16",
    ),
    (
        "Soldiers entered the town on Saturday. Witnesses said the raid lasted two hours.",
        "raid",
        "2025-11-15",
    ),
    (
        "Firefighters worked through Monday. The mayor said the blaze destroyed a warehouse.",
        "blaze",
        "2025-11-17",
    ),
    (
        "Thousands marched on Sunday. Police said the protest blocked the main bridge.",
        "protest",
        "2025-11-16",
    ),
    (
        "The ship docked on Friday. Officials said the voyage took 40 days.",
        "voyage",
        "2025-11-14",
    ),
    (
        "Pilots returned to work on Monday. The airline said the walkout grounded 300 flights.",
        "walkout",
        "2025-11-17",
    ),
    (
        "Leaders signed the accord on Saturday. Diplomats said the ceremony lasted an hour.",
        "ceremony",
        "2025-11-15",
    ),
]


@pytest.mark.parametrize(("text", "noun", "value"), WITH_ITS_VERB)
def test_the_doer_noun_lies_with_its_verb(text: str, noun: str, value: str) -> None:
    assert last_time_of(text, noun, PUBLISHED) == value
