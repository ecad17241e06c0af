"""Dates: find date/time expressions in a Doc and resolve them to TIMEX3 values.

- :func:`normalize` (pure): one expression + reference date -> :class:`Timex`.
- :func:`find_dates` (pure over a parsed Doc): every expression, in document order, as
  plain records ``{"start", "end", "text", "type", "value", "mod", "range", "anchor"}``.
- The ``briefx_dates`` component writes those records to ``doc._.briefx_dates``, resolving
  against ``doc._.briefx_reference`` (ISO date; today's date only when it is missing).

Anchors: ``"reference_date"`` (resolved against the publication date), ``"date:<i>"``
(resolved against record ``i`` of the same list: "a day earlier", "the next day") or
``"absolute"`` (the text says it all: "19 November 2025", "four months").
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

import briefx.extensions  # noqa: F401  (registers doc._.briefx_reference / briefx_dates)
from briefx.dates_calendar import Timex
from briefx.dates_find import find_spans, tense_of
from briefx.dates_normalize import normalize as _normalize
from briefx.errors import ReferenceDateError

__all__ = ["DatesComponent", "Timex", "find_dates", "make_dates", "normalize"]


@lru_cache(maxsize=4096)
def normalize(
    text: str,
    *,
    reference: dt.date,
    previous: str | None = None,
    tense: str | None = None,
) -> Timex | None:
    """Normalise one date/time expression into a TIMEX3 reading (cached, pure).

    Args:
        text: the expression as written ("Nov. 19", "almost four months ago").
        reference: the publication date that deictic expressions resolve against.
        previous: TIMEX3 value of the date mentioned just before, for anaphoric
            expressions ("a day earlier", "the next day"); None if there is none.
        tense: "past", "present" or "future" (the governing verb), or None.

    Returns:
        The :class:`Timex` (type, value, mod, range, anchor), or None if not understood.
    """
    return _normalize(text, reference=reference, previous=previous, tense=tense)


def _has_parse(doc: Doc) -> bool:
    return len(doc) > 0 and doc.has_annotation("DEP") and doc.has_annotation("TAG")


def find_dates(doc: Doc, *, reference: dt.date) -> list[dict[str, Any]]:
    """Find and resolve every date/time expression in a parsed Doc.

    Args:
        doc: a Doc; NER DATE/TIME entities are used when present, rules always.
        reference: the publication date relative expressions resolve against.

    Returns:
        Records in document order, each exactly ``{"start", "end", "text", "type",
        "value", "mod", "range", "anchor"}`` with ``doc.text[start:end] == text``.
    """
    records: list[dict[str, Any]] = []
    previous: tuple[int, str] | None = None
    parsed = _has_parse(doc)
    for start, end in find_spans(doc):
        text = doc.text[start:end]
        tense = None
        if parsed:
            span = doc.char_span(start, end, alignment_mode="expand")
            tense = tense_of(span) if span is not None and len(span) else None
        timex = normalize(text, reference=reference,
                          previous=previous[1] if previous else None, tense=tense)
        if timex is None:
            continue
        if timex.anchor == "previous" and previous is not None:
            anchor = f"date:{previous[0]}"
        else:
            anchor = "reference_date" if timex.anchor == "previous" else timex.anchor
        records.append({
            "start": start, "end": end, "text": text,
            "type": timex.type, "value": timex.value, "mod": timex.mod,
            "range": list(timex.range) if timex.range else None,
            "anchor": anchor,
        })
        if timex.type in ("DATE", "TIME") and timex.range is not None:
            previous = (len(records) - 1, timex.value)
    return records


def reference_of(doc: Doc) -> dt.date:
    """The Doc's reference date (``doc._.briefx_reference``), or today when it is unset."""
    value = doc._.briefx_reference
    if value is None:
        return dt.date.today()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as err:
        raise ReferenceDateError(
            f"Reference date {value!r} is not an ISO date; pass e.g. '2025-11-18'.") from err


class DatesComponent:
    """spaCy component: writes :func:`find_dates` records to ``doc._.briefx_dates``."""

    def __init__(self, name: str = "briefx_dates") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.briefx_dates = find_dates(doc, reference=reference_of(doc))
        return doc


@Language.factory("briefx_dates")
def make_dates(nlp: Language, name: str) -> DatesComponent:
    """Build the ``briefx_dates`` component (after ``ner``, before quantities)."""
    return DatesComponent(name)
