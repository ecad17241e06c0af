""" "Between 10 and 20 people were hurt": a count, whatever the model tags (quantities).

Opening a sentence, "Between 10 and 20" is a DATE to the model (a day range of some
month); the dates step reads no date there, but the numbers inside the model's date were
held to be a date's, so the low bound was dropped and "20 people" stood alone, exact. A
number of a range whose phrase ends in a plural common noun that is no unit of time
("people", "homes"; not "days", nor a month: "Between 10 and 20 March") is no date's: the
range is one quantity again.

Capability table of invented sentences, published 2026-03-06; before the rule 13 of the 15
ranges lost their low bound ("schools" and "ships", which the model tags otherwise,
passed), and the 2 dates passed.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-03-06"

# (text, (low, high), unit)
RANGES = [
    ("Between 10 and 20 people were hurt.", (10, 20), "people"),
    ("Between 5 and 8 people died.", (5, 8), "people"),
    ("Between 12 and 15 homes burned down.", (12, 15), "homes"),
    ("Between 30 and 40 boats sank in the storm.", (30, 40), "boats"),
    ("Between 3 and 4 million people voted.", (3000000, 4000000), "people"),
    ("Between 20 and 25 workers were trapped.", (20, 25), "workers"),
    ("Between 6 and 9 villages were cut off.", (6, 9), "villages"),
    ("Between 15 and 18 cars were damaged.", (15, 18), "cars"),
    ("Between 4 and 7 schools closed.", (4, 7), "schools"),
    ("Between 11 and 14 climbers were rescued.", (11, 14), "climbers"),
    ("Between 2 and 3 ships ran aground.", (2, 3), "ships"),
    ("Between 50 and 60 flights were cancelled.", (50, 60), "flights"),
    ("Between 8 and 10 soldiers were wounded.", (8, 10), "soldiers"),
    ("Between 25 and 30 shops were looted.", (25, 30), "shops"),
    ("Between 16 and 20 miners were missing.", (16, 20), "miners"),
]

# Dates stay dates: (text, the date's text)
DATES = [
    ("Between 10 and 20 March, prices rose.", "20 March"),
    ("Between 2 and 3 days later, the water receded.", "3 days later"),
]


@pytest.mark.parametrize(("text", "bounds", "unit"), RANGES)
def test_a_count_range_opening_a_sentence(text: str, bounds: tuple[int, int], unit: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    assert [(q.low, q.high, q.unit) for q in doc.quantities] == [(*bounds, unit)]


@pytest.mark.parametrize(("text", "date"), DATES)
def test_a_date_range_stays_a_date(text: str, date: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    assert date in [d.text for d in doc.dates]
    assert not doc.quantities
