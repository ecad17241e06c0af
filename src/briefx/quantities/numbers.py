"""Pure helpers for quantities: reading numbers, vague amounts and qualifiers.

Everything here works on plain strings (no spaCy), so it can be tested on its own.
Word lists come from ``models/quantities/*.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from briefx.resources import load_json
from briefx.text.numwords import (
    DIGITS_RE,
    Number,
    as_number,
    number_words,
    parse_digits,
    read_number,
)

__all__ = [
    "DIGITS_RE",
    "Glue",
    "Number",
    "as_number",
    "classify_suffix",
    "glue",
    "lookup_qualifier",
    "max_qualifier_words",
    "measure_lemma",
    "number_words",
    "numbers_table",
    "parse_digits",
    "parse_number",
    "qualifier_table",
    "units_table",
    "vague_bounds",
]


@cache
def numbers_table() -> dict[str, Any]:
    """Return the quantities' own number table (``models/quantities/numbers.json``).

    Vague amounts, words that make a number a label, share connectors, phone patterns;
    the number words themselves are in ``models/numwords.json`` (:func:`number_words`).
    """
    return load_json("quantities/numbers.json")


@dataclass(frozen=True)
class Glue:
    """What sticks to a number and joins two (``models/quantities/patterns.json``)."""

    fraction_suffix_re: re.Pattern[str]
    mixed_fraction_re: re.Pattern[str]
    sign_prefixes: dict[str, str]
    currency_may_follow_prefixes: frozenset[str]
    minus_words: frozenset[str]
    connector_prefixes: frozenset[str]
    glued_qualifiers: dict[str, str]
    hyphen_scales: frozenset[str]
    fraction_starters: frozenset[str]
    vague_needing_of: frozenset[str]
    range_dashes: frozenset[str]
    range_move_markers: frozenset[str]
    range_breaks: frozenset[str]
    conversion_openers: frozenset[str]
    per_openers: frozenset[str]
    percent_abbreviations: frozenset[str]
    event_preps: frozenset[str]
    and_joins_after: frozenset[str]
    not_a_sign_after: frozenset[str]
    prefix_units: frozenset[str]
    score_nouns: frozenset[str]
    fold_suffix: str
    multiplier_verbs: dict[str, float]
    multiplier_unit: str
    dateline_followers: frozenset[str]


@cache
def glue() -> Glue:
    """Return the glue table (``models/quantities/patterns.json``), compiled once."""
    data = load_json("quantities/patterns.json")
    kwargs: dict[str, Any] = {}
    for name, value in data.items():
        if name.startswith("_"):
            continue
        if name.endswith("_re"):
            kwargs[name] = re.compile(value)
        elif isinstance(value, dict):
            kwargs[name] = dict(value)
        elif isinstance(value, str):
            kwargs[name] = value
        else:
            kwargs[name] = frozenset(value)
    return Glue(**kwargs)


@cache
def qualifier_table() -> dict[str, Any]:
    """Return the qualifier table (``models/quantities/qualifiers.json``)."""
    return load_json("quantities/qualifiers.json")


def parse_number(text: str) -> Number | None:
    """Read a number written in digits, words or both: ``"1.2 million"`` -> 1200000.

    The shared reader of ``briefx.text.numwords`` (dates read their numbers with it too).

    Args:
        text: e.g. ``"1.2 million"``, ``"1,200"``, ``"twenty-five"``, ``"a dozen"``,
            ``"half"``, ``"two-thirds"``, ``"3/8"``, ``"3 hundred thousand"``, ``"4.6bn"``.

    Returns:
        The value (int when whole, else float), or None when ``text`` is not a number.
    """
    return read_number(text)


def vague_bounds(words: list[str]) -> tuple[Number, Number] | None:
    """Bounds of a vague amount such as ``["tens", "of", "thousands"]`` or ``["dozens"]``.

    Returns:
        ``(low, high)``: ``dozens`` -> (12, 120), ``thousands`` -> (1000, 10000),
        ``tens of millions`` -> (10**7, 10**8); None when the words are not a vague amount.
    """
    table = numbers_table()
    terms = [w.lower() for w in words if w.lower() != "of"]
    if not terms:
        return None
    if len(terms) == 1 and terms[0] in table["vague_determiners"]:
        low, high = table["vague_determiners"][terms[0]]
        return low, high
    if any(t not in table["vague"] for t in terms):
        return None
    low = Decimal(1)
    for term in terms[:-1]:
        low *= Decimal(table["vague"][term][0])
    last_low, last_high = table["vague"][terms[-1]]
    return as_number(low * Decimal(last_low)), as_number(low * Decimal(last_high))


def lookup_qualifier(words: str, *, position: str = "before") -> str | None:
    """Map a qualifier phrase (``"more than"``, ``"up to"``, ``"about"``) to the contract's label.

    Args:
        words: the phrase, any case.
        position: ``"before"`` the number (default) or ``"after"`` it (``"or more"``).

    Returns:
        exact | approx | more_than | less_than | at_least | at_most, or None if unknown.
    """
    return qualifier_table()[position].get(words.strip().lower())


@cache
def max_qualifier_words() -> int:
    """Length in words of the longest qualifier phrase."""
    table = qualifier_table()
    return max(len(k.split()) for side in ("before", "after") for k in table[side])


@cache
def units_table() -> dict[str, Any]:
    """Return the unit table (``models/quantities/units.json``)."""
    return load_json("quantities/units.json")


@cache
def _measures_lower() -> dict[str, str]:
    """Measures matched in any case, keyed lower-case ("KM" and "km" alike)."""
    table = units_table()
    exact = set(table["measures_case_sensitive"])
    return {k.lower(): v for k, v in table["measures"].items() if k not in exact}


def measure_lemma(text: str, *, glued: bool) -> str | None:
    """Lemma of a measurement unit, or None; short units need care (see units.json's _doc)."""
    table = units_table()
    if text in table["measures_case_sensitive"]:
        spaced = text in table["short_units_spaced"]
        return table["measures"].get(text.lower()) if glued or spaced else None
    lemma = _measures_lower().get(text.lower()) or _measures_lower().get(
        text.lower().replace("-", " ")  # "square-foot"
    )
    if lemma is None:
        return None
    if len(text) <= 2 and not glued:
        spaced = text.lower() in table["short_units_spaced"] or (
            len(text) == 2 and not text.islower()
        )
        return lemma if spaced else None
    return lemma


def classify_suffix(suffix: str) -> tuple[str, str, str] | None:
    """Map a glued suffix (``%``, ``bhp``, ``€``) to (text, lemma, kind), or None if unknown."""
    table = units_table()
    if suffix in table["percent"] or suffix.lower() in glue().percent_abbreviations:
        return suffix, table["percent"].get(suffix, "percent"), "percent"
    if suffix in table["currency_suffixes"]:
        return suffix, table["currency_suffixes"][suffix], "money"
    lemma = measure_lemma(suffix, glued=True)
    if lemma is not None:
        return suffix, lemma, "measure"
    return None
