"""A march is no month (dates): "Thousands joined the yearly Harvest March on Friday"
dated the march March 2026.

"March" as the name of a procession has a determiner, a possessive or a name's word
before it ("the yearly Harvest March", "the Women's March", "a Climate March") and no
day number or noun after it; the month has neither ("in March", "Last March", "March 3"),
or modifies a noun ("the March figures", "the March quarter"). The words are data:
``procession_months`` and ``procession_openers`` in ``models/dates/context.json``.

Capability table of invented sentences, published 2026-03-18; before the rule 11 of the
15 marches were dated March 2026 (the model read the other 4 as names); the 6 months
passed.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-03-18"

MARCHES = [
    "Thousands joined the yearly Harvest March through the capital on Friday.",
    "Organisers of the March for Peace said 20,000 people took part.",
    "The Women's March drew large crowds in 2017.",
    "Veterans of the March on Washington gathered on Sunday.",
    "Protesters held a March Against Hunger on Saturday.",
    "The Salt March is remembered every year.",
    "A Climate March filled the streets on Sunday.",
    "The Pride March will pass the town hall on Saturday.",
    "Police escorted the March of the Living to the square.",
    "The Freedom March ended peacefully.",
    "Thousands attended the Unity March in Harwell.",
    "The Great March of Return began in 2018.",
    "Farmers staged a Tractor March on the capital.",
    "The Hunger March reached the city on Friday.",
    "Miners led a Jobs March through the valley.",
]

# (sentence, the month's value)
MONTHS = [
    ("Sales rose in March for the third year.", "2026-03"),
    ("Prices fell in March on weak demand.", "2026-03"),
    ("The March figures showed a rise.", "2026-03"),
    ("Exports in the March quarter rose.", "2026-03"),
    ("The vote is set for March 25.", "2026-03-25"),
    ("Last March, the river flooded the town.", "2025-03"),
]


@pytest.mark.parametrize("sentence", MARCHES)
def test_a_march_is_no_month(sentence: str) -> None:
    doc = briefx.extract(sentence, published=PUBLISHED)
    assert [d.text for d in doc.dates if "March" in d.text] == []


@pytest.mark.parametrize(("sentence", "value"), MONTHS)
def test_the_month_stays(sentence: str, value: str) -> None:
    doc = briefx.extract(sentence, published=PUBLISHED)
    assert [d.value for d in doc.dates if "March" in d.text] == [value]
