""" "Leaders agreed on Friday to cut fishing quotas by a third from next year": a change to
come, by an amount, starts on its "from" date (issue 25, rule 1).

The date an act to come starts on is the object of a "from" of its own, of its object or
of its length ("will close from Monday", "will strike for 48 hours from Thursday"). The
parse hangs the "from" of a change by an amount on the amount ("by a third from next
year"), so the cut took the agreeing's Friday instead. The "from" of any phrase of the act
("by 5% from January", "to 12% from April") now starts it; and a season after "from" or
"since" with "the" is a date ("from the autumn", ``season_with_the`` in
models/dates/patterns.json), as after "in" or "until".

Capability table of invented sentences, published 2026-05-29 (a Friday): before the rule
4 of the 16 rows failed (the change took the day of the decision, or none).
"""

from __future__ import annotations

import pytest

from tests.event_times import time_or_none

PUBLISHED = "2026-05-29"

# (text, the change, the date it starts on)
FROM_A_DATE = [
    ("Leaders agreed on Friday to cut fishing quotas by a third from next year.", "cut", "2027"),
    ("The utility will raise prices by 5% from January.", "raise", "2027-01"),
    (
        "The council voted on Tuesday to increase parking fees by 10% from July.",
        "increase",
        "2026-07",
    ),
    ("The bank said it would lower its fees by half from next month.", "lower", "2026-06"),
    ("The airline will reduce flights by a quarter from September.", "reduce", "2026-09"),
    ("Ministers agreed to lift the minimum wage by 4% from April 2027.", "lift", "2027-04"),
    ("The firm plans to cut output by 20% from the autumn.", "cut", "2026-FA"),
    ("The rail operator will raise fares by 3% from Monday.", "raise", "2026-06-01"),
    ("The government decided on Thursday to double the tax to 12% from 2028.", "double", "2028"),
    (
        "The club will trim ticket prices by a fifth from next season's opener in August.",
        "trim",
        "2026-08",
    ),
    ("Regulators ordered the insurer to cut premiums by 8% from June.", "cut", "2026-06"),
    ("The city will increase bus services by a third from next week.", "increase", "2026-W23"),
    ("The miner will lift output by 15% from the third quarter.", "lift", "2026-Q3"),
    ("The school agreed to extend lessons by an hour from September.", "extend", "2026-09"),
    ("Unions agreed on Wednesday to raise pay by 6% from July.", "raise", "2026-07"),
    ("The port will cut fees by 30% from January 1.", "cut", "2027-01-01"),
]


@pytest.mark.parametrize(("text", "change", "value"), FROM_A_DATE)
def test_a_change_to_come_starts_on_its_from_date(text, change, value):
    assert time_or_none(text, change, PUBLISHED) == value
