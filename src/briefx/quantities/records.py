"""The quantity record: one frozen ``QuantityFinding`` per quantity found.

The fields are listed once, here; ``FIELDS`` is derived from them. The spaCy component
stores ``finding.as_dict()`` on the Doc (Docs carry plain data only, so that
``nlp.pipe(n_process=2)`` can pickle them); ``briefx.schema.Quantity`` is the output model.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from briefx.text.numwords import Number


@dataclass(frozen=True, slots=True)
class QuantityFinding:
    """One quantity: "More than 2,500 Ukrainian soldiers" -> value 2500, more_than, soldier.

    Attributes:
        start: offset of the first character (qualifier included) in ``doc.text``.
        end: offset just past the last character (unit or counted noun phrase included).
        text: ``doc.text[start:end]``.
        value: the number (int when whole); None for a range or a vague amount.
        low: the lower bound ("up to 100" -> None; "dozens" -> 12).
        high: the upper bound ("more than 5" -> None; "dozens" -> 120).
        qualifier: exact | approx | more_than | less_than | at_least | at_most.
        unit: the counted noun phrase or unit as written ("Ukrainian soldiers", "%").
        unit_lemma: its lemma ("soldier", "percent").
        per: a distributive marker ("each", "a day", "per capita") or None.
        event: lemma of the governing verb or event noun ("swap", "release") or None.
        change: "up" | "down" for a move ("rose 5%"), else None.
        kind: count | money | percent | measure.
    """

    start: int
    end: int
    text: str
    value: Number | None
    low: Number | None
    high: Number | None
    qualifier: str
    unit: str | None
    unit_lemma: str | None
    per: str | None
    event: str | None
    change: str | None
    kind: str

    def as_dict(self) -> dict[str, Any]:
        """The record as a plain dict with the keys of ``FIELDS``, in that order."""
        return {name: getattr(self, name) for name in FIELDS}


FIELDS: tuple[str, ...] = tuple(f.name for f in fields(QuantityFinding))
