"""'Last year' in a results story (issue 25): in a comparison after a quarter ("compared with
a deficit of $4 million last year") it is that quarter a year back, as "a year ago" is; told
as a time of its own ("sales rose 5% last year") it stays the year. Invented sentences,
published 2025-11-18.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-18"

# (text, the date's text, its value)
LAST_YEAR = [
    (
        "Profit rose 10% in the third quarter. The unit posted earnings of $5 million, "
        "compared with a deficit of $4 million last year.",
        "last year",
        "2024-Q3",
    ),
    (
        "Sales fell in the second quarter. The division earned $2 million, up from $1 "
        "million last year.",
        "last year",
        "2024-Q2",
    ),
    (
        "The bank lost money in the first quarter. Its trading arm made $40 million, "
        "down from $90 million last year.",
        "last year",
        "2024-Q1",
    ),
    (
        "Revenue grew in the third quarter. The retail unit had sales of $8 million, "
        "compared with $6 million last year.",
        "last year",
        "2024-Q3",
    ),
    (
        "Earnings slipped in the second quarter. The insurer paid claims of $30 million, "
        "versus $20 million last year.",
        "last year",
        "2024-Q2",
    ),
    (
        "The airline returned to profit in the third quarter. Its cargo arm earned $9 "
        "million, compared to $4 million last year.",
        "last year",
        "2024-Q3",
    ),
    (
        "Margins widened in the first quarter. The chip unit earned $12 million, up from "
        "$7 million last year.",
        "last year",
        "2024-Q1",
    ),
    (
        "The brewer sold more beer in the third quarter. Exports brought $3 million, "
        "compared with $2 million last year.",
        "last year",
        "2024-Q3",
    ),
    (
        "Costs rose in the second quarter. The mine made a loss of $4 million, compared "
        "with a profit of $1 million last year.",
        "last year",
        "2024-Q2",
    ),
    (
        "The carmaker sold fewer cars in the third quarter. Its finance arm earned $15 "
        "million, down from $18 million last year.",
        "last year",
        "2024-Q3",
    ),
    ("Profit rose 10% in the third quarter. Sales rose 5% last year.", "last year", "2024"),
    ("The firm opened a plant in March. It hired 300 workers last year.", "last year", "2024"),
    ("Sales fell in the second quarter. Last year the company cut 500 jobs.", "Last year", "2024"),
    ("The team won the cup last year.", "last year", "2024"),
    ("Prices rose in October, compared with a drop last year.", "last year", "2024"),
    (
        "The bank lost money in the first quarter. It opened ten branches last year.",
        "last year",
        "2024",
    ),
]


@pytest.mark.parametrize(("text", "span", "value"), LAST_YEAR)
def test_last_year_in_a_comparison_is_the_quarter_a_year_back(
    text: str, span: str, value: str
) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    found = [d.value for d in doc.dates if d.text == span]
    assert found == [value], [(d.text, d.value) for d in doc.dates]
