"""A tally written high to low is two counts, not a range: "voted 88 to 71" (quantities).

"Lawmakers voted 88 to 71 in favour" gave one quantity, a range from 71 to 88, as "5 to
10 cm" is one: a brief would read it as "between 71 and 88 votes". A range is written
low to high; two numbers joined by "to", the first the larger, with no "from" or
"between" before them, are a tally (for, against): two counts. Ranges low to high stay
ranges ("5 to 10 cm of snow"), and so does "from 1,000 to 800" (a change: ``is_range``).

Capability table of invented sentences, published 2026-03-06; before the rule the 15
tallies were ranges, and the ranges passed.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-03-06"

# (text, the two counts' values)
TALLIES = [
    ("Lawmakers voted 88 to 71 in favour.", [88, 71]),
    ("Shareholders voted 60% to 40% for the merger.", [60, 40]),
    ("The assembly approved the law 102 to 45.", [102, 45]),
    ("Delegates backed the motion 230 to 190.", [230, 190]),
    ("The committee voted 9 to 4 to advance the bill.", [9, 4]),
    ("Union members rejected the offer 1,450 to 1,100.", [1450, 1100]),
    ("The board voted 6 to 3 against the plan.", [6, 3]),
    ("Residents chose the new name 540 to 212.", [540, 212]),
    ("The jury split 10 to 2.", [10, 2]),
    ("Parliament passed the measure 301 to 250 on Tuesday.", [301, 250]),
    ("Members voted 75% to 25% to strike.", [75, 25]),
    ("The senate confirmed him 64 to 35.", [64, 35]),
    ("Judges ruled 7 to 2 in her favour.", [7, 2]),
    ("The vote went 3,200 to 2,950 in favour of the union.", [3200, 2950]),
    ("Voters approved the levy 12,400 to 9,800.", [12400, 9800]),
]

# Ranges: (text, (low, high))
RANGES = [
    ("Police said between 10 and 20 people were hurt.", (10, 20)),
    ("The storm will bring 5 to 10 cm of snow.", (5, 10)),
    ("The plan cuts jobs from 1,000 to 800.", (800, 1000)),
]


@pytest.mark.parametrize(("text", "values"), TALLIES)
def test_a_tally_is_two_counts(text: str, values: list[int]) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    assert [q.value for q in doc.quantities] == values, doc.quantities


@pytest.mark.parametrize(("text", "bounds"), RANGES)
def test_a_range_stays_one(text: str, bounds: tuple[int, int]) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    assert [(q.low, q.high) for q in doc.quantities if q.value is None] == [bounds]
