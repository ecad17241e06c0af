"""Ages: "Dana Whitfield, 38, said", "the 44-year-old". Pure over a Doc or a string.

The one definition of an age for briefx; the age words are in
``models/quantities/ages.json``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from briefx.quantities.scan import Atom
from briefx.quantities.units import Unit
from briefx.resources import load_json

# People are younger than this; "Smith, 130," is a page or a count, not an age.
MAX_AGE = 120


@cache
def ages_table() -> dict[str, Any]:
    """Return the age table (``models/quantities/ages.json``)."""
    return load_json("quantities/ages.json")


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
