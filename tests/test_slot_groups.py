"""Counts of one slot across reports (issue 26): a further count adds to an earlier one,
and counts of different times are different tolls. A capability table over
``briefx.crossdoc.slots.slot_groups`` on invented two-report pairs."""

from __future__ import annotations

import pytest

import briefx
from briefx.canonical import merge_entities
from briefx.crossdoc.slots import slot_groups, slot_values

MAR, JUN = "2025-03-01", "2025-06-10"
# ((published, text), (published, text), one group?)
CASES = [
    # A further count is not the earlier one.
    (
        (MAR, "The company will cut 1,200 jobs."),
        (MAR, "The company will cut another 800 jobs."),
        False,
    ),
    (
        (MAR, "Twelve people died in the flood."),
        (MAR, "Three more people died in the flood."),
        False,
    ),
    (
        (MAR, "The army sent 3,000 troops."),
        (MAR, "The army sent an additional 2,000 troops."),
        False,
    ),
    ((MAR, "Forty people were injured."), (MAR, "Another 15 people were injured."), False),
    ((MAR, "The firm cut 300 jobs."), (MAR, "The firm cut a further 200 jobs."), False),
    ((MAR, "The firm cut 300 jobs."), (MAR, "The firm cut 200 extra jobs."), False),
    # The same slot told again, in other words or another number.
    ((MAR, "The company will cut 1,200 jobs."), (MAR, "The firm plans to cut 1,200 jobs."), True),
    ((MAR, "Twelve people died in the flood."), (MAR, "The flood killed 14 people."), True),
    ((MAR, "Forty people were injured."), (MAR, "More than 40 people were hurt."), True),
    # Counts of other times are other tolls.
    (
        (MAR, "Twelve people died in the flood on Friday."),
        (JUN, "Fourteen people died in the flood on Friday."),
        False,
    ),
    ((MAR, "The quake killed 40 people."), (JUN, "The quake killed 12 people."), False),
    ((MAR, "The firm cut 500 jobs in 2024."), (JUN, "The firm cut 300 jobs in 2025."), False),
    (
        (MAR, "The storm killed 30 people in January."),
        (JUN, "The storm killed 30 people in May."),
        False,
    ),
    # ... and counts of one time one toll.
    ((MAR, "The quake killed 40 people."), ("2025-03-05", "The quake killed 42 people."), True),
    (
        (MAR, "The storm killed 30 people in May 2024."),
        (JUN, "The storm killed 30 people on May 12, 2024."),
        True,
    ),
    (
        (MAR, "Twelve people died in the flood on Friday."),
        (MAR, "Fourteen people died in the flood on Friday."),
        True,
    ),
]


@pytest.mark.parametrize(("first", "second", "expected"), CASES)
def test_one_slot_group(first, second, expected: bool) -> None:
    docs = [
        briefx.extract(text, published=published, doc_id=f"r{n}")
        for n, (published, text) in enumerate((first, second))
    ]
    _, mapping = merge_entities(docs)
    slots = {
        (d, sentence): values
        for d, doc in enumerate(docs)
        for sentence, values in slot_values(d, doc, mapping).items()
    }
    groups = slot_groups(slots, [0, 0])
    assert any({d for d, _ in group} == {0, 1} for group in groups) is expected, slots
