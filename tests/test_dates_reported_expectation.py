"""What a report said was expected lies ahead (issue 25, dates).

"The brewer said it expected a loss in January", published in November, is the coming
January: "expected" is past only because the saying is (the company said "we expect").
A verb of expecting in the past right under a verb of reporting in the past foretells,
as it does in the present ("expects a loss in January"), through the noun it expects
and through a participle of that noun ("in the quarter ending in March"). A past perfect
("had expected"), an expectation told outright in the past ("Analysts expected a cut
in October", no report around it), and a report of what happened stay as told.
Capability table of invented sentences, published 2025-11-18 (a Tuesday).
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-18"

# (text, the date's text, its value)
REPORTED = [
    ("The brewer said it expected a loss in January.", "January", "2026-01"),
    ("She said she expected a decision in January.", "January", "2026-01"),
    ("The union said it expected talks in February.", "February", "2026-02"),
    ("The ministry said it expected the first shipments in March.", "March", "2026-03"),
    ("He told reporters he expected a verdict in February.", "February", "2026-02"),
    ("The central bank said it anticipated a cut in January.", "January", "2026-01"),
    ("The airline said it expected a profit in the quarter ending in March.", "March", "2026-03"),
    (
        "The airline said it expected a profit in the quarter ending in March.",
        "the quarter",
        "2026-Q1",
    ),
    (
        "The firm said on Monday it expected revenue of $2 billion in the quarter ending in June.",
        "June",
        "2026-06",
    ),
    ("The retailer said it expected sales to recover in March.", "March", "2026-03"),
    ("Officials said they expected the bridge to reopen in December.", "December", "2025-12"),
    ("Analysts said they expected the merger to close in April.", "April", "2026-04"),
    ("The carmaker said it expected a recall in January.", "January", "2026-01"),
    ("The mayor said he expected a vote on the budget in February.", "February", "2026-02"),
    (
        "The chain told investors it expected a loss in the quarter ending in January.",
        "January",
        "2026-01",
    ),
    # Stay as told: a past perfect, an expectation told in the past, a report of the past.
    ("The company said it had expected a loss in October.", "October", "2025-10"),
    ("The company said sales fell in October.", "October", "2025-10"),
    ("The firm said profit rose in the quarter ending in September.", "September", "2025-09"),
    ("Analysts expected a cut in October.", "October", "2025-10"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), REPORTED)
def test_a_reported_expectation_lies_ahead(text: str, phrase: str, value: str) -> None:
    found = {d.text: d.value for d in briefx.extract(text, published=PUBLISHED).dates}
    assert found.get(phrase) == value
