"""Read numbers written in digits, words or both: the one reader for dates and quantities.

``read_number("twenty-five")`` is 25 for ``briefx.quantities`` ("twenty-five soldiers")
and for ``briefx.dates`` ("twenty-five years"). The word table is
``models/numwords.json``; the code here only applies it. Plain strings, no spaCy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

from briefx.resources import load_json

Number = int | float

# One digit run with thousands separators or a decimal part; linear, no nested quantifiers.
DIGITS_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")
# A written fraction ("3/8", "1⁄2"), alone or after a whole number ("4 1/2").
_FRACTION_RE = re.compile(r"(\d+)\s*[/⁄]\s*(\d+)")
# Digits with a glued scale of one to three letters ("4.6bn", "25k"); the table decides.
_SUFFIXED_RE = re.compile(r"(\d[\d,]*(?:\.\d+)?|\.\d+)([a-zA-Z]{1,3})")
_SPLIT_RE = re.compile(r"[\s\-–]+")
# Floats this large are printed in exponent form; below it a whole float becomes an int.
_LARGEST_EXACT_INT = 1e18
# Multipliers from here on close a group ("two million three"); smaller ones multiply it.
_CLOSING_MULTIPLIER = 1000
# From "twenty" on, a singular fraction word is an ordinal ("twenty third", "hundred fifth");
# below it, a loosely written fraction ("a two-third majority").
_ORDINAL_TENS = 20


@dataclass(frozen=True)
class NumberWords:
    """The number-word table (``models/numwords.json``), with values as Decimals."""

    cardinals: dict[str, Decimal]
    multipliers: dict[str, Decimal]
    group_multipliers: frozenset[str]
    scale_suffixes: dict[str, Decimal]
    fractions: dict[str, Decimal]
    singular_fractions: frozenset[str]
    phrases: dict[str, Decimal]
    articles: dict[str, Decimal]
    minus_prefixes: tuple[str, ...]
    joiners: frozenset[str]


@cache
def number_words() -> NumberWords:
    """Return the number-word table, loaded once per process."""
    data = load_json("numwords.json")

    def decimals(name: str) -> dict[str, Decimal]:
        return {k: Decimal(str(v)) for k, v in data[name].items()}

    return NumberWords(
        cardinals=decimals("cardinals"),
        multipliers=decimals("multipliers"),
        group_multipliers=frozenset(data["group_multipliers"]),
        scale_suffixes=decimals("scale_suffixes"),
        fractions=decimals("fractions"),
        singular_fractions=frozenset(data["singular_fractions"]),
        phrases=decimals("phrases"),
        articles=decimals("articles"),
        minus_prefixes=tuple(sorted(data["minus_prefixes"], key=len, reverse=True)),
        joiners=frozenset(data["joiners"]),
    )


def as_number(value: Decimal | float | int) -> Number:
    """Return ``value`` as an int when it is whole, else as a float (``Decimal("2.0")`` -> 2)."""
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return int(value)
        return float(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < _LARGEST_EXACT_INT:
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


def word_value(word: str) -> tuple[str, Decimal] | None:
    """Classify one lower-cased word: ("unit" | "mult" | "frac" | "part", value) or None.

    "seven" -> unit 7, "million" -> mult 10**6, "thirds" -> frac 1/3, "1/2" -> part 0.5
    (a written fraction that adds to the number before it), "4.6bn" -> unit 4.6 * 10**9.
    """
    table = number_words()
    if word in table.cardinals:
        return "unit", table.cardinals[word]
    if word in table.multipliers:
        return "mult", table.multipliers[word]
    if word.endswith("s") and word[:-1] in table.multipliers:
        return "mult", table.multipliers[word[:-1]]
    if word in table.fractions:
        return "frac", table.fractions[word]
    digits = parse_digits(word)
    if digits is not None:
        return "unit", digits
    fraction = _FRACTION_RE.fullmatch(word)
    if fraction and int(fraction.group(2)):
        return "part", Decimal(int(fraction.group(1))) / Decimal(int(fraction.group(2)))
    suffixed = _SUFFIXED_RE.fullmatch(word)
    if suffixed and suffixed.group(2) in table.scale_suffixes:
        base = parse_digits(suffixed.group(1))
        if base is not None:
            return "unit", base * table.scale_suffixes[suffixed.group(2)]
    return None


def _strip_sign(text: str) -> tuple[Decimal, str]:
    """ "minus 5" -> (-1, "5"); a text without a sign keeps its own (1, text)."""
    for prefix in number_words().minus_prefixes:
        if text.startswith(prefix):
            return Decimal(-1), text[len(prefix) :].lstrip()
    return Decimal(1), text


def read_decimal(text: str, *, article: bool = False) -> Decimal | None:
    """Read a number as a Decimal: ``"two and a half"`` -> 2.5; None if ``text`` is no number.

    Args:
        text: digits, words or both ("1.2 million", "twenty-five", "a dozen", "4 1/2").
        article: read a lone "a" / "an" as one (a date's "a year"); off for counts, where
            a lone article is no number.

    Returns:
        The value, or None.
    """
    text = text.strip().lower()
    if not text:
        return None
    table = number_words()
    if text in table.phrases:
        return table.phrases[text]
    if article and text in table.articles:
        return table.articles[text]
    sign, text = _strip_sign(text)
    fraction = _FRACTION_RE.fullmatch(text)
    if fraction:
        denominator = int(fraction.group(2))
        if denominator == 0:
            return None
        return sign * Decimal(int(fraction.group(1))) / Decimal(denominator)
    words = [w for w in _SPLIT_RE.split(text) if w and w not in table.joiners]
    if not words:
        return None
    total = Decimal(0)
    current: Decimal | None = None
    adding = False
    for index, word in enumerate(words):
        if word in table.articles:
            # "a dozen", "a million", "a third": the article stands for one;
            # "two and a half": it adds the fraction.
            following = word_value(words[index + 1]) if index + 1 < len(words) else None
            following_kind = following[0] if following else ""
            if following_kind == "frac" and current is not None:
                adding = True
                continue
            if following_kind in ("mult", "frac"):
                current = Decimal(1) if current is None else current
                continue
            return None
        kind_value = word_value(word)
        if kind_value is None:
            return None
        kind, value = kind_value
        if kind == "unit":
            current = value if current is None else current + value
        elif kind == "part":
            if current is None or current != current.to_integral_value():
                return None
            current += value  # "4 1/2"
        elif kind == "frac":
            ordinal = current is not None and current >= _ORDINAL_TENS
            if not adding and ordinal and word in table.singular_fractions:
                return None  # "twenty third": an ordinal, not twenty thirds
            current = current + value if adding and current is not None else (current or 1) * value
            adding = False
        elif value < _CLOSING_MULTIPLIER:  # hundred, dozen, score multiply the group they follow
            current = (current or Decimal(1)) * value
        else:
            total += (current if current is not None else Decimal(1)) * value
            current = None
    total += current or Decimal(0)
    return sign * total


def read_number(text: str, *, article: bool = False) -> Number | None:
    """Read a number written in digits, words or both: ``"1.2 million"`` -> 1200000.

    Args:
        text: e.g. ``"1,200"``, ``"twenty-five"``, ``"a dozen"``, ``"half"``,
            ``"two-thirds"``, ``"3/8"``, ``"3 hundred thousand"``, ``"4.6bn"``, ``"4 1/2"``.
        article: read a lone "a" / "an" as one (see :func:`read_decimal`).

    Returns:
        The value (int when whole, else float), or None when ``text`` is not a number.
    """
    value = read_decimal(text, article=article)
    return None if value is None else as_number(value)
