"""Pure helpers for quantities: reading numbers, vague amounts and qualifiers.

Everything here works on plain strings (no spaCy), so it can be tested on its own.
Word lists come from ``models/quantities/*.json``.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from briefx.resources import load_json

Number = int | float

# One digit run with thousands separators or a decimal part; linear, no nested quantifiers.
DIGITS_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")
_FRACTION_RE = re.compile(r"(\d+)\s*[/⁄]\s*(\d+)")
_SPLIT_RE = re.compile(r"[\s\-–]+")


@cache
def numbers_table() -> dict[str, Any]:
    """Return the number-word table (``models/quantities/numbers.json``)."""
    return load_json("quantities/numbers.json")


@cache
def qualifier_table() -> dict[str, Any]:
    """Return the qualifier table (``models/quantities/qualifiers.json``)."""
    return load_json("quantities/qualifiers.json")


def as_number(value: Decimal | float | int) -> Number:
    """Return ``value`` as an int when it is whole, else as a float."""
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return int(value)
        return float(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        return int(value)
    return value


def parse_digits(text: str) -> Decimal | None:
    """Read a written numeral (``"1,200"``, ``"5.2"``, ``".001"``); None if it is not one."""
    if not DIGITS_RE.fullmatch(text):
        return None
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - DIGITS_RE only lets numerals through
        return None


def _word_value(word: str) -> tuple[str, Decimal] | None:
    """Classify one lower-cased word: ('unit'|'mult'|'frac', value) or None."""
    table = numbers_table()
    if word in table["units"]:
        return "unit", Decimal(table["units"][word])
    if word in table["multipliers"]:
        return "mult", Decimal(table["multipliers"][word])
    if word.endswith("s") and word[:-1] in table["multipliers"]:
        return "mult", Decimal(table["multipliers"][word[:-1]])
    if word in table["fractions"]:
        return "frac", Decimal(str(table["fractions"][word]))
    digits = parse_digits(word)
    if digits is not None:
        return "unit", digits
    suffixed = re.fullmatch(r"(\d[\d,]*(?:\.\d+)?|\.\d+)([a-zA-Z]{1,3})", word)
    if suffixed and suffixed.group(2) in table["scale_suffixes"]:
        base = parse_digits(suffixed.group(1))
        if base is not None:
            return "unit", base * Decimal(table["scale_suffixes"][suffixed.group(2)])
    return None


def parse_number(text: str) -> Number | None:
    """Read a number written in digits, words or both.

    Args:
        text: e.g. ``"1.2 million"``, ``"1,200"``, ``"twenty-five"``, ``"a dozen"``,
            ``"half"``, ``"two-thirds"``, ``"3/8"``, ``"3 hundred thousand"``, ``"4.6bn"``.

    Returns:
        The value (int when whole, else float), or None when ``text`` is not a number.
    """
    text = text.strip().lower()
    if not text:
        return None
    sign = Decimal(1)
    if text.startswith(("minus ", "minus-", "-", "−")):
        sign = Decimal(-1)
        text = re.sub(r"^(minus[\s\-]?|-|−)", "", text)
    fraction = _FRACTION_RE.fullmatch(text)
    if fraction:
        denominator = int(fraction.group(2))
        if denominator == 0:
            return None
        return as_number(sign * Decimal(int(fraction.group(1))) / Decimal(denominator))
    words = [w for w in _SPLIT_RE.split(text) if w and w != "and"]
    if not words:
        return None
    total = Decimal(0)
    current: Decimal | None = None
    adding = False
    for index, word in enumerate(words):
        if word in ("a", "an"):
            # "a dozen", "a million", "a third": the article stands for one;
            # "two and a half": it adds the fraction.
            following = (
                (_word_value(words[index + 1]) or ("", ""))[0] if index + 1 < len(words) else ""
            )
            if following == "frac" and current is not None:
                adding = True
                continue
            if following in ("mult", "frac"):
                current = Decimal(1) if current is None else current
                continue
            return None
        kind_value = _word_value(word)
        if kind_value is None:
            return None
        kind, value = kind_value
        if kind == "unit":
            current = value if current is None else current + value
        elif kind == "frac":
            current = current + value if adding and current is not None else (current or 1) * value
            adding = False
        elif value < 1000:  # hundred, dozen, score multiply the group they follow
            current = (current or Decimal(1)) * value
        else:
            total += (current if current is not None else Decimal(1)) * value
            current = None
    total += current or Decimal(0)
    return as_number(sign * total)


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
    if suffix in table["percent"] or suffix.lower() in ("pc", "pct"):
        return suffix, table["percent"].get(suffix, "percent"), "percent"
    if suffix in table["currency_suffixes"]:
        return suffix, table["currency_suffixes"][suffix], "money"
    lemma = measure_lemma(suffix, glued=True)
    if lemma is not None:
        return suffix, lemma, "measure"
    return None
