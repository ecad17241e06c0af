"""The typed record of one date expression found in a document (``find_dates`` returns
these; the ``briefx_dates`` component writes their plain-dict form to the Doc)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class DateFinding:
    """One date or time expression in a document, resolved to a TIMEX3 value.

    "Talks resume on Nov. 19." published 2025-11-18 gives
    ``DateFinding(17, 24, "Nov. 19", "DATE", "2025-11-19", None,
    ("2025-11-19", "2025-11-19"), "reference_date")``.

    Attributes:
        start: offset of the first character in the document text.
        end: offset just past the last character (``text[start:end] == self.text``).
        text: the expression as written.
        type: DATE, TIME, DURATION or SET.
        value: the TIMEX3 value (``2025-11-19``, ``2025-W46``, ``P4M``, ``PRESENT_REF``...).
        mod: TIMEX3 mod (START, MID, END, APPROX, ...) or None.
        range: first and last calendar day covered (ISO strings), or None.
        anchor: ``reference_date``, ``absolute`` or ``date:<i>`` (resolved against
            finding ``i`` of the same document).
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None
    range: tuple[str, str] | None
    anchor: str

    def as_dict(self) -> dict[str, Any]:
        """The plain record the Doc carries and the output contract reads.

        Returns:
            ``{"start", "end", "text", "type", "value", "mod", "range", "anchor"}`` with
            ``range`` a two-item list (or None): plain data, safe to pickle across processes.
        """
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "range": list(self.range) if self.range else None,
            "anchor": self.anchor,
        }
