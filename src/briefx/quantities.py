"""Quantities: number + counted noun phrase + qualifier + event, and the spaCy component.

``find_quantities(doc)`` is pure over a parsed Doc and returns plain dicts in document
order (see ``FIELDS``); the ``briefx_quantities`` component only writes them to
``doc._.briefx_quantities``. Word lists live in ``models/quantities/``.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

import briefx.extensions  # noqa: F401  (registers doc._.briefx_quantities)
from briefx.quantities_lex import Atom, scan_numbers
from briefx.quantities_numbers import (
    as_number,
    lookup_qualifier,
    max_qualifier_words,
    numbers_table,
    parse_number,
    qualifier_table,
    units_table,
    vague_bounds,
)
from briefx.quantities_units import Unit, read_unit
from briefx.resources import load_json

__all__ = [
    "FIELDS",
    "QuantitiesComponent",
    "find_quantities",
    "lookup_qualifier",
    "make_quantities",
    "parse_number",
    "vague_bounds",
]

FIELDS = (
    "start",
    "end",
    "text",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "unit_lemma",
    "per",
    "event",
    "change",
    "kind",
)
_SKIP_LABELS = frozenset({"DATE", "TIME"})
_NAME_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "LAW", "EVENT", "PERSON", "GPE"})
_ARGUMENT_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "obj", "attr", "oprd", "dative", "npadvmod"}
)
_EVENT_PREPS = frozenset({"to", "by", "for", "from", "of", "with", "at", "into", "up"})
_CHANGE_DEPS = frozenset({"dobj", "obj", "npadvmod", "advmod", "nummod", "attr"})


@cache
def _events() -> dict[str, Any]:
    return load_json("quantities/events.json")


def _qualifier_before(doc: Doc, first: int) -> tuple[str | None, int]:
    """The qualifier phrase ending just before token ``first``: (label, its first token)."""
    for width in range(min(max_qualifier_words(), first), 0, -1):
        if doc[first - width].is_space:
            continue
        label = lookup_qualifier(doc[first - width : first].text)
        if label:
            return label, first - width
    return None, first


def _qualifier_after(doc: Doc, last: int) -> tuple[str | None, int]:
    for width in (2, 1):
        span = doc[last + 1 : last + 1 + width]
        if len(span) == width:
            label = lookup_qualifier(span.text, position="after")
            if label:
                return label, last + width
    return None, last


def _is_range(doc: Doc, a: Atom, unit_a: Unit, b: Atom, unit_b: Unit, before: Token | None) -> bool:
    """Whether ``a`` and ``b`` are the two bounds of one range ("10-20", "between 5% and 6%")."""
    gap_start = unit_a.last + 1 if unit_a.kind != "count" else a.last + 1
    if unit_a.kind == "count" and unit_a.text is not None:
        return False
    gap = [t.lower_ for t in doc[gap_start : b.first]]
    prev = before.lower_ if before is not None else ""
    if unit_a.text and unit_b.text and unit_a.lemma != unit_b.lemma:
        return False
    if unit_a.text and not unit_b.text and prev != "from":
        return False
    if not gap:
        return b.connector or (b.sign == "-" and doc[b.first - 1].whitespace_ == "")
    if gap in (["-"], ["–"], ["—"]):
        return True
    if gap == ["and"]:
        return prev == "between"
    if gap == ["or"]:
        return not unit_a.text and a.words == b.words and unit_b.text is not None
    if gap == ["to"]:
        if prev in ("from", "between"):
            return True
        events = _events()
        changes = set(events["change_up"]) | set(events["change_down"])
        return not (
            prev in ("by", "up", "down") or (before is not None and before.lemma_ in changes)
        )
    return False


def _anchor(doc: Doc, first: int, unit: Unit) -> Token:
    """The token that carries the quantity in the parse: the counted noun, else the span root."""
    token = doc[unit.head] if unit.head is not None else doc[first : unit.last + 1].root
    if token.head.lower_ == "of" and token.head.head.i < token.i and token.head.head.i >= first:
        token = token.head.head  # "thousands of prisoners": the amount carries the parse
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    return token


def _event(anchor: Token) -> str | None:
    events = _events()
    head = anchor.head
    if anchor.dep_ in _ARGUMENT_DEPS and head.pos_ == "VERB":
        return None if head.lemma_ in events["no_event_verbs"] else head.lemma_.lower()
    if anchor.dep_ == "pobj":
        prep, target = head, head.head
        if (
            prep.lower_ == "of"
            and target.pos_ == "NOUN"
            and target.lemma_.lower() in events["event_nouns"]
        ):
            return target.lemma_.lower()
        if target.pos_ == "VERB" and prep.lower_ in _EVENT_PREPS:
            return None if target.lemma_ in events["no_event_verbs"] else target.lemma_.lower()
    return None


def _change(doc: Doc, atom: Atom, q_first: int, root: Token) -> str | None:
    events = _events()
    if atom.sign == "+":
        return "up"
    if q_first > 0:
        marker = doc[q_first - 1].lower_
        if marker in events["change_markers_up"]:
            return "up"
        if marker in events["change_markers_down"]:
            return "down"
    verb = None
    if root.dep_ == "pobj" and root.head.lower_ == "by":
        verb = root.head.head
    elif root.dep_ in _CHANGE_DEPS:
        verb = root.head
    if verb is not None and verb.pos_ in ("VERB", "ADV", "ADJ"):
        if verb.lemma_.lower() in events["change_up"]:
            return "up"
        if verb.lemma_.lower() in events["change_down"]:
            return "down"
    return None


def _is_label(doc: Doc, atom: Atom, unit: Unit, before: Token | None) -> bool:
    """Numbers that name rather than count: years, "Big 12", "iPhone 11", "No. 5", a lone "one"."""
    if unit.kind != "count" or atom.currency or atom.suffix:
        return False
    table = numbers_table()
    text = doc.text[atom.start : atom.end]
    noun = doc[unit.head] if unit.head is not None else None
    if atom.words:
        return atom.value == 1 and unit.text is None
    low, high = table["year_range"]
    if (
        text.isdigit()
        and len(text) == 4
        and low <= int(text) <= high
        and (noun is None or noun.tag_ != "NNS")
    ):
        return True
    if before is not None and before.i == atom.first - 1:
        if before.lower_ in table["label_words"]:
            return True
        if before.pos_ == "PROPN" and not before.is_sent_start and unit.text is None:
            return True
    token = doc[atom.first]
    return token.ent_type_ in _NAME_LABELS and unit.text is None


def _record(
    doc: Doc,
    a: Atom,
    b: Atom | None,
    unit: Unit,
    qualifier: str | None,
    q_first: int,
    after_last: int,
) -> dict[str, Any]:
    start = min(doc[q_first].idx, a.start) if q_first < a.first else a.start
    end = max(unit.end, (b or a).end, doc[after_last].idx + len(doc[after_last].text))
    value: Decimal | None
    if b is not None:
        bounds = sorted(v for v in (a.value, b.value) if v is not None)
        low, high = bounds[0], bounds[-1]
        value = low if low == high else None
        qualifier = qualifier or "exact"
    elif a.vague:
        value, low, high = None, a.low, a.high
        qualifier = qualifier or "approx"
    else:
        value = a.value
        qualifier = qualifier or a.glued_qualifier or "exact"
        low = None if qualifier in ("less_than", "at_most") else value
        high = None if qualifier in ("more_than", "at_least") else value
    root = doc[q_first : unit.last + 1].root
    anchor = _anchor(doc, q_first, unit)
    return {
        "start": start,
        "end": end,
        "text": doc.text[start:end],
        "value": None if value is None else as_number(value),
        "low": None if low is None else as_number(low),
        "high": None if high is None else as_number(high),
        "qualifier": qualifier,
        "unit": unit.text,
        "unit_lemma": unit.lemma,
        "per": unit.per,
        "event": _event(anchor),
        "change": _change(doc, a, q_first, root),
        "kind": unit.kind,
    }


def _blocked_spans(doc: Doc, skip: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    spans = [(int(s), int(e)) for s, e in skip]
    spans.extend((e.start_char, e.end_char) for e in doc.ents if e.label_ in _SKIP_LABELS)
    return spans


def find_quantities(doc: Doc, *, skip: Iterable[tuple[int, int]] = ()) -> list[dict[str, Any]]:
    """Find the quantities of a parsed Doc.

    Args:
        doc: a Doc parsed by a spaCy pipeline with tagger, parser and NER.
        skip: character spans (start, end) that hold no quantity, e.g. the dates found by
            ``briefx.dates``; tokens inside spaCy DATE / TIME entities are skipped too.

    Returns:
        One dict per quantity with the keys of ``FIELDS``, in document order.
    """
    atoms = scan_numbers(doc, _blocked_spans(doc, skip))
    records: list[dict[str, Any]] = []
    k = 0
    while k < len(atoms):
        a = atoms[k]
        unit = read_unit(doc, a)
        qualifier, q_first = _qualifier_before(doc, a.first)
        before = doc[q_first - 1] if q_first > 0 else None
        b = None
        if k + 1 < len(atoms):
            nxt = atoms[k + 1]
            unit_b = read_unit(doc, nxt)
            if _is_range(doc, a, unit, nxt, unit_b, before):
                b, unit = _bounded(doc, a, nxt), unit_b if unit_b.text or not unit.text else unit
                a = _scaled_like(doc, a, b)
        k += 2 if b is not None else 1
        if b is None and _is_label(doc, a, unit, before):
            continue
        after, after_last = _qualifier_after(doc, unit.last)
        if b is None and not a.vague:
            qualifier = qualifier or after
        records.append(_record(doc, a, b, unit, qualifier, q_first, after_last))
    return records


def _bounded(doc: Doc, a: Atom, b: Atom) -> Atom:
    """``b`` as the upper bound of a range: a glued "-" was a dash, not a minus sign."""
    if b.sign == "-" and b.value is not None and doc[b.first - 1].whitespace_ == "":
        return Atom(**{**b.__dict__, "value": -b.value, "sign": None})
    return b


def _scaled_like(doc: Doc, a: Atom, b: Atom) -> Atom:
    """ "$89 to $93 billion", "1 to 2 thousand": the first bound shares the second's scale."""
    table = numbers_table()
    mult = b.scaled
    if mult is None and doc[b.last].lower_ in table["multipliers"]:
        mult = Decimal(table["multipliers"][doc[b.last].lower_])
    if (
        mult is None
        or a.scaled is not None
        or a.value is None
        or doc[a.last].lower_ in table["multipliers"]
    ):
        return a
    return Atom(**{**a.__dict__, "value": a.value * mult, "scaled": mult})


class QuantitiesComponent:
    """spaCy component: writes ``find_quantities(doc)`` to ``doc._.briefx_quantities``."""

    def __init__(self) -> None:
        # Load the word lists now, once, rather than on the first document.
        numbers_table()
        qualifier_table()
        units_table()
        _events()

    def __call__(self, doc: Doc) -> Doc:
        """Find the quantities of ``doc``, skipping the dates already found on it."""
        dates = doc._.briefx_dates or []
        skip = [(int(d["start"]), int(d["end"])) for d in dates]
        doc._.briefx_quantities = find_quantities(doc, skip=skip)
        return doc


@Language.factory("briefx_quantities")
def make_quantities(nlp: Language, name: str) -> QuantitiesComponent:
    """Build the ``briefx_quantities`` component (after parser, ner and briefx_dates)."""
    return QuantitiesComponent()


def quantity_spans(doc: Doc) -> list[Span]:
    """The quantities of a processed Doc as Spans (for display; not stored on the Doc)."""
    records = doc._.briefx_quantities or []
    spans = [doc.char_span(r["start"], r["end"], alignment_mode="expand") for r in records]
    return [s for s in spans if s is not None]
