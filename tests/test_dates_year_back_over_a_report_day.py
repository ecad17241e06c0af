"""The comparison base of a results sentence is its period a year back, whatever day the
report names between them (dates, TIMEX3 value).

"Corvane posted first-quarter revenue of $2 billion on Monday, up 5% from a year ago":
"a year ago" was 2025 (a year back from the report's day, at a year's precision), and "a
year earlier" a year before the day ("2025-05-04"). The results compared are the
quarter's: a year back from the quarter or half the sentence told before the comparison
("compared with", "up from", "versus", "against": ``comparison_before``), 2025-Q1.

Capability table of invented sentences, published 2026-05-06; before the rule 14 of the 15
failed (the one that names its day before the period passed).
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-05-06"

# (sentence, the comparison's words, its value)
COMPARED = [
    (
        "Orvik Paper booked a $40 million loss for the first quarter on Thursday, "
        "compared with a $12 million profit a year earlier.",
        "a year earlier",
        "2025-Q1",
    ),
    (
        "Corvane posted first-quarter revenue of $2 billion on Monday, up 5% from a year ago.",
        "a year ago",
        "2025-Q1",
    ),
    (
        "Halden Bank on Tuesday reported second-half profit of $90 million, down from "
        "$120 million a year earlier.",
        "a year earlier",
        "2024-H2",
    ),
    (
        "Velmark reported fourth-quarter earnings on Friday, up 12% from a year earlier.",
        "a year earlier",
        "2024-Q4",
    ),
    (
        "Tesvik posted a first-quarter profit on Thursday, compared with a loss a year ago.",
        "a year ago",
        "2025-Q1",
    ),
    (
        "Qorvix reported first-quarter sales of $900 million on Wednesday, compared with "
        "$850 million last year.",
        "last year",
        "2025-Q1",
    ),
    (
        "Lorvik Air posted a first-quarter loss on Monday, against a profit a year earlier.",
        "a year earlier",
        "2025-Q1",
    ),
    (
        "Brenmoor Foods reported first-quarter profit of $30 million on Tuesday, up from "
        "$25 million a year ago.",
        "a year ago",
        "2025-Q1",
    ),
    (
        "The bank reported third-quarter income on Friday, down 9% from a year earlier.",
        "a year earlier",
        "2024-Q3",
    ),
    (
        "Kessa Telecom posted first-quarter revenue on Thursday, flat from a year ago.",
        "a year ago",
        "2025-Q1",
    ),
    (
        "Orban Steel reported a fourth-quarter loss on Wednesday, versus a profit a year earlier.",
        "a year earlier",
        "2024-Q4",
    ),
    (
        "The retailer posted first-quarter sales on Monday, up 2% compared with a year ago.",
        "a year ago",
        "2025-Q1",
    ),
    (
        "Castleford Mining reported first-half output on Tuesday, down 6% from a year earlier.",
        "a year earlier",
        "2025-H1",
    ),
    (
        "The carmaker reported first-quarter deliveries on Friday, up 15% from a year ago.",
        "a year ago",
        "2025-Q1",
    ),
    (
        "Tarn Energy posted a first-quarter profit of $5 million on Thursday, compared with "
        "$3 million a year earlier.",
        "a year earlier",
        "2025-Q1",
    ),
]


@pytest.mark.parametrize(("sentence", "text", "value"), COMPARED)
def test_a_year_back_compares_the_period(sentence: str, text: str, value: str) -> None:
    doc = briefx.extract(sentence, published=PUBLISHED)
    assert [d.value for d in doc.dates if d.text == text] == [value]
