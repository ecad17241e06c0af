"""Ages: "Dana Whitfield, 38, said", "the 44-year-old". Pure over a Doc or a string.

The one definition of an age for briefx; the age words are in
``models/quantities/ages.json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from briefx.quantities.atoms import Atom
from briefx.quantities.units import Unit
from briefx.quantities.words import lower_at
from briefx.resources import load_json

# People are younger than this; "Smith, 130," is a page or a count, not an age.
MAX_AGE = 120
# "aged 12, 14 and 16": an opener reaches this many tokens of numbers and list words.
MAX_AGE_LIST_TOKENS = 6
# The contract's kind for an age: a measure of time lived, not a count of years.
AGE_KIND = "measure"


@cache
def ages_table() -> dict[str, Any]:
    """Return the age table (``models/quantities/ages.json``)."""
    return load_json("quantities/ages.json")


def year_old() -> str:
    """The unit of an age in years: "year-old"."""
    return ages_table()["age_units"]["year"]


def is_age_unit(unit: str | None) -> bool:
    """An age's unit ("year-old", "month-old"): what measures a person or a thing's
    age, which counts no event ("Tom Baker, 45, was arrested")."""
    return unit is not None and unit in ages_table()["age_units"].values()


def is_set_off_age(doc: Doc, atom: Atom, *, unit: Unit, before: Token) -> bool:
    """ "Dana Whitfield, 38, said": a whole number set off by commas after a person.

    Args:
        doc: the parsed Doc.
        atom: the number.
        unit: what the number was read to measure (an age has no unit of its own).
        before: the token just before the number.
    """
    table = ages_table()
    if unit.text is not None or before.text != "," or before.i == 0 or atom.value is None:
        return False
    person = doc[before.i - 1]
    closing = doc[atom.last + 1].text if atom.last + 1 < len(doc) else ""
    return (
        closing in table["set_off_closers"]
        and person.pos_ in table["set_off_heads"]
        and atom.value == atom.value.to_integral_value()
        and 0 < atom.value < MAX_AGE
    )


@dataclass(frozen=True)
class Age:
    """Where an age is written around its number, and its unit ("year-old", "month-old")."""

    first: int
    last: int
    unit: str


def _plain(atom: Atom | None) -> bool:
    """A positive number with no currency or unit of its own (an age's number)."""
    return not (atom is None or atom.value is None or atom.currency or atom.suffix) and (
        atom.value > 0
    )


def _whole_age(atom: Atom | None) -> bool:
    """A person's age in years: whole and below ``MAX_AGE``."""
    value = atom.value if atom is not None and _plain(atom) else None
    return value is not None and value == value.to_integral_value() and value < MAX_AGE


def read_age(doc: Doc, atom: Atom, *, before: Token | None, last: Atom | None = None) -> Age | None:
    """The age written around ``atom``: "the 44-year-old", "72 years old", "aged 65".

    Args:
        doc: the parsed Doc.
        atom: the number (the lower bound of a range).
        before: the token just before the number (and its qualifier), if any.
        last: the upper bound of a range ("aged 18 to 25", "18- to 25-year-olds").

    Returns:
        The first and last token of the age and its unit, or None when it is no age.
    """
    table = ages_table()
    if not _plain(atom) or (last is not None and not _plain(last)):
        return None
    # "44-year-old", "18-year-olds", "18 month-old", "72 years old", "a 2,900-year-old
    # wreck": number, unit, "old", each joined by a hyphen or a space (any age of anything)
    i = (last or atom).last + 1
    if lower_at(doc, i) == "-":
        i += 1
    unit = table["age_units"].get(doc[i].lemma_.lower()) if i < len(doc) else None
    if unit is not None:
        j = i + 2 if lower_at(doc, i + 1) == "-" else i + 1
        if lower_at(doc, j).rstrip("s") in table["old_words"]:
            return Age(atom.first, j, unit)
    if not _whole_age(atom) or (last is not None and not _whole_age(last)):
        return None  # a person's age after an opener: "aged 65"
    if before is not None and before.lower_ in table["age_openers"]:
        return Age(before.i, (last or atom).last, table["age_units"]["year"])  # "aged 65"
    if before is not None and _opened(doc, before.i):
        return Age(atom.first, (last or atom).last, table["age_units"]["year"])  # "aged 12 and 14"
    return None


def _opened(doc: Doc, i: int) -> bool:
    """Whether token ``i`` continues a list of ages after an opener ("aged 12 and [14]")."""
    table = ages_table()
    for j in range(i, max(i - MAX_AGE_LIST_TOKENS, -1), -1):
        word = doc[j].lower_
        if word in table["age_openers"]:
            return True
        if word not in table["list_words"] and not doc[j].like_num:
            return False
    return False
