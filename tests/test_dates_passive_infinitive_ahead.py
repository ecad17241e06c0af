"""A "to" infinitive told as to come looks ahead in the passive too (dates, issue 25).

"Analysts expect the merger to be completed in the first half", told in October, is the
coming first half; "expects the plant to open in the second quarter" already looked ahead,
but with "to be" (or "to have", "to be flying") before the verb the tense reader saw no
"to" infinitive, found no tense at all, and a month, a season or a quarter named without
its year fell back to the nearest one, already gone. A "to" whose next word is the base
form "be" or "have" makes an infinitive as a bare verb after "to" does.

Capability table of invented texts, published 1989-10-25 (a Wednesday).
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "1989-10-25"

# (text, the date expression, its value)
AHEAD = [
    ("The board expects the sale to be approved in March.", "March", "1990-03"),
    ("Analysts expect the merger to be completed in the first half.", "the first half", "1990-H1"),
    (
        "Halvorsen expects the purchase to be completed by the end of the first quarter.",
        "the end of the first quarter",
        "1990-Q1",
    ),
    (
        "The utility said it expects the reactor to be restarted in the summer.",
        "the summer",
        "1990-SU",
    ),
    ("Regulators expect the new rules to be published in the spring.", "the spring", "1990-SP"),
    ("Officials expect the suspect to be extradited in March.", "March", "1990-03"),
    (
        "The airline plans to be flying its new jets in the second quarter.",
        "the second quarter",
        "1990-Q2",
    ),
    ("The city intends the stadium to be finished in the summer.", "the summer", "1990-SU"),
    (
        "The bank expects its new branch to be opened in the first quarter.",
        "the first quarter",
        "1990-Q1",
    ),
    (
        "Investors want the dividend to be restored in the first quarter.",
        "the first quarter",
        "1990-Q1",
    ),
    ("The builder expects the homes to be completed in the spring.", "the spring", "1990-SP"),
    ("The museum hopes to be reopened by April.", "April", "1990-04"),
    ("Managers expect the line to be running again in February.", "February", "1990-02"),
    ("The agency wants the dam to be inspected in June.", "June", "1990-06"),
    (
        "The firm expects the loan to be repaid in the spring.",
        "the spring",
        "1990-SP",
    ),
    ("The club hopes to have signed a new coach by July.", "July", "1990-07"),
]

# A past infinitive's date, or one of a verb told as done, stays behind.
BEHIND = [
    ("Officials had expected the bridge to be reopened in March.", "March", "1989-03"),
    ("The plant was sold in February.", "February", "1989-02"),
    ("The dam had been due to be inspected in June.", "June", "1989-06"),
]


def value_of(text: str, phrase: str) -> str | None:
    """The value of the date whose text starts with ``phrase``."""
    found = [
        d for d in briefx.extract(text, published=PUBLISHED).dates if d.text.startswith(phrase)
    ]
    assert found, f"no date {phrase!r}"
    return found[-1].value


@pytest.mark.parametrize(("text", "phrase", "value"), AHEAD + BEHIND)
def test_a_passive_infinitive_to_come_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == value
