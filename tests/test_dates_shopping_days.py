"""The shopping days named after Thanksgiving are days, not weekdays (dates).

"Sales on Black Friday reached $9.8 billion" read "Friday" alone, the Friday before the
report: the finder knew Thanksgiving but not the days counted from it. "Black Friday",
"Small Business Saturday", "Cyber Monday" and "Giving Tuesday" are the days 1, 2, 4 and 5
after the fourth Thursday of November ([11, 4, 4, days] rules of models/dates/lexicon.json
"holidays"); which year's is read as for any named day (the tense, "last", a year). A
named day a past verb moves a year back is that year's own day ("flocked to stores on
Thanksgiving", told on Nov. 15, 2023: Nov. 24, 2022), not the same day of the month a
year earlier (it was Nov. 23, 2022, for Thanksgiving too).

Capability table of invented sentences; counts of the failing rows before the rule are in
the commit message.
"""

from __future__ import annotations

import pytest

import briefx

# (sentence, publication date, the date's text, its value)
CASES = [
    ("Sales on Black Friday reached $9.8 billion.", "2025-12-02", "Black Friday", "2025-11-28"),
    (
        "Shoppers spent $13 billion online on Cyber Monday.",
        "2025-12-03",
        "Cyber Monday",
        "2025-12-01",
    ),
    ("Retailers expect record crowds on Black Friday.", "2025-11-20", "Black Friday", "2025-11-28"),
    ("Stores will open early on Black Friday.", "2025-11-10", "Black Friday", "2025-11-28"),
    (
        "Online sales on Cyber Monday will top $14 billion, analysts said.",
        "2025-11-20",
        "Cyber Monday",
        "2025-12-01",
    ),
    (
        "Last Black Friday, shoppers spent $10 billion.",
        "2025-11-20",
        "Last Black Friday",
        "2024-11-29",
    ),
    (
        "Black Friday 2024 set a record for online sales.",
        "2025-06-01",
        "Black Friday 2024",
        "2024-11-29",
    ),
    ("Cyber Monday 2026 ends the sale.", "2025-06-01", "Cyber Monday 2026", "2026-11-30"),
    (
        "Small shops did well on Small Business Saturday.",
        "2025-12-02",
        "Small Business Saturday",
        "2025-11-29",
    ),
    (
        "Charities raised $3 billion on Giving Tuesday.",
        "2025-12-05",
        "Giving Tuesday",
        "2025-12-02",
    ),
    (
        "Shops expect crowds next Black Friday.",
        "2025-12-10",
        "next Black Friday",
        "2026-11-27",
    ),
    (
        "Queues formed outside stores before Black Friday.",
        "2024-12-01",
        "Black Friday",
        "2024-11-29",
    ),
    ("Traffic to the site doubled on Cyber Monday.", "2024-12-04", "Cyber Monday", "2024-12-02"),
    ("The chain cut prices ahead of Black Friday.", "2023-11-15", "Black Friday", "2023-11-24"),
    (
        "Parcel firms are hiring extra staff for Cyber Monday.",
        "2023-11-15",
        "Cyber Monday",
        "2023-11-27",
    ),
    ("Donations on Giving Tuesday rose 6%.", "2024-12-06", "Giving Tuesday", "2024-12-03"),
]


@pytest.mark.parametrize(
    ("text", "published", "said", "value"), CASES, ids=[c[2] + c[1] for c in CASES]
)
def test_a_shopping_day_is_counted_from_thanksgiving(text, published, said, value):
    doc = briefx.extract(text, published=published)
    assert [(d.text, d.value) for d in doc.dates] == [(said, value)]


# (sentence, publication date, the date's value): a named day moved a year back by a past
# verb is that year's day, not the same day of the month a year earlier
BACK = [
    ("Shoppers flocked to stores on Thanksgiving.", "2023-11-15", "2022-11-24"),
    ("Parcel firms hired extra staff for Cyber Monday.", "2023-11-15", "2022-11-28"),
    ("Shops were packed on Black Friday.", "2023-11-15", "2022-11-25"),
]


@pytest.mark.parametrize(("text", "published", "value"), BACK)
def test_a_named_day_a_year_back_is_that_years_day(text, published, value):
    doc = briefx.extract(text, published=published)
    assert [(d.value, d.range) for d in doc.dates] == [(value, (value, value))]
