"""The number atom: one number found in the text, before ranges and qualifiers are read.

Shared by ``scan`` (digits) and ``words`` (numbers written in words).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from spacy.tokens import Doc

# Penn tags of a plural noun: "2m homes" reads "m" as a scale, "several" needs a count after it.
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


@dataclass(frozen=True)
class Atom:
    """One number found in the text, before ranges and qualifiers are read.

    ``first``/``last`` are token indices (inclusive) of the whole atom including a separate
    currency token; ``start``/``end`` its character offsets (a glued range connector such
    as ``to-`` is left outside).
    """

    first: int
    last: int
    start: int
    end: int
    value: Decimal | None
    low: Decimal | None = None
    high: Decimal | None = None
    vague: bool = False
    scaled: Decimal | None = None
    currency: str | None = None
    suffix: str | None = None
    sign: str | None = None
    glued_qualifier: str | None = None
    connector: bool = False
    words: bool = False
    dated: bool = False


def atom_text(doc: Doc, atom: Atom) -> str:
    """The characters of ``atom`` (without building ``doc.text``, which costs a full join)."""
    offset = doc[atom.first].idx
    return doc[atom.first : atom.last + 1].text[atom.start - offset : atom.end - offset]
