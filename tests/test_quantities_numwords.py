"""The shared number-words reader (briefx.text.numwords): one table for dates and quantities."""

from __future__ import annotations

import pytest

from briefx.dates.lexicon import parse_number as date_number
from briefx.quantities import parse_number as quantity_number
from briefx.text.numwords import read_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("twenty four", 24),
        ("a hundred", 100),
        ("a couple of", 2),
        ("single", 1),
        ("half a", 0.5),
        ("six and a half", 6.5),
        ("4 1/2", 4.5),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("three thousand five hundred", 3500),
        ("twenty third", None),  # an ordinal ("the twenty third"), not 20/3
        ("seven a", None),  # "seven a year ago" is not eight
        ("several", None),
    ],
)
def test_one_reader_for_both(text: str, expected: float | None) -> None:
    assert read_number(text) == expected
    assert quantity_number(text) == expected
    assert date_number(text) == (None if expected is None else float(expected))


@pytest.mark.parametrize(("text", "as_date", "as_count"), [("a", 1.0, None), ("an", 1.0, None)])
def test_a_lone_article_is_one_only_for_dates(text: str, as_date: float, as_count: None) -> None:
    assert date_number(text) == as_date  # "a year"
    assert quantity_number(text) == as_count  # a lone article counts nothing


def test_the_record_fields_are_the_contract_fields() -> None:
    # FIELDS comes from the QuantityFinding dataclass; the output model adds the sentence id.
    from briefx.quantities import FIELDS, QuantityFinding
    from briefx.schema import Quantity

    assert set(FIELDS) == set(Quantity.model_fields) - {"sentence"}
    assert FIELDS[:3] == ("start", "end", "text")
    assert QuantityFinding.__slots__ == FIELDS
