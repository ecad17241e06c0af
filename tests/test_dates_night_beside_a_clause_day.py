"""A night word is the night before a day of its own clause, not of a relative clause
(dates): in "Fighting continued overnight near the town of Tarsk, where shelling killed
three civilians on Sunday" the fighting went on last night; Sunday is the shelling's.

A night word alone ("overnight") beside a day of its sentence is the night before that
day ("swept the coast overnight, leaving homes without power on Friday morning"), else
the night before publication. A day inside a relative clause ("where ...", "which ...",
"who ...") that does not hold the night word tells of another event: it no longer moves
the night.

Capability table of invented sentences, published 2025-11-20 (a Thursday, so last night
is 2025-11-19TNI); before the change all 15 took the night before the clause's day;
the 2 days of the night's own clause passed.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-20"
LAST_NIGHT = "2025-11-19TNI"

RELATIVE_DAY = [
    "Fighting continued overnight near the town of Tarsk, where shelling killed two on Sunday.",
    "Rescuers worked overnight at the mine, which collapsed on Monday.",
    "Police patrolled the streets overnight in the district where a man was stabbed on Saturday.",
    "Protesters camped overnight outside the court, which will rule on Friday.",
    "Firefighters battled the blaze overnight near the village that was evacuated on Monday.",
    "Talks dragged on overnight in the hotel where the leaders met on Tuesday.",
    "Power was restored overnight to homes that lost it on Sunday.",
    "The river rose overnight in the town, which flooded on Saturday.",
    "Crews cleared the road overnight near the bridge that closed on Tuesday.",
    "The minister flew overnight to the capital, where talks open on Friday.",
    "Troops shelled the hills overnight around the village that rebels seized on Sunday.",
    "Volunteers searched overnight for the hiker who went missing on Monday.",
    "Heavy rain fell overnight on the region that the storm hit on Sunday.",
    "Engineers worked overnight on the line, which has been shut since Saturday.",
    "Divers searched the lake overnight for the boat that sank on Monday.",
]

# (sentence, the night's value): a day of the night's own clause.
OWN_DAY = [
    ("Fans queued overnight for the concert on Saturday.", "2025-11-14TNI"),
    (
        "The storm swept the coast overnight, leaving homes without power on Friday morning.",
        "2025-11-13TNI",
    ),
]


def _night(sentence: str) -> str | None:
    dates = briefx.extract(sentence, published=PUBLISHED).dates
    found = [d.value for d in dates if d.text == "overnight"]
    assert found, [d.text for d in dates]
    return found[0]


@pytest.mark.parametrize("sentence", RELATIVE_DAY)
def test_a_day_of_a_relative_clause_moves_no_night(sentence: str) -> None:
    assert _night(sentence) == LAST_NIGHT


@pytest.mark.parametrize(("sentence", "value"), OWN_DAY)
def test_a_day_of_the_nights_clause_moves_it(sentence: str, value: str) -> None:
    assert _night(sentence) == value
