"""Quantities: number + counted noun phrase + qualifier + event, and the spaCy component.

``find_quantities(doc)`` is pure over a parsed Doc and returns frozen ``QuantityFinding``
records in document order; the ``briefx_quantities`` component only writes their plain
dicts to ``doc._.briefx_quantities``. The fields (``FIELDS``, see ``records``):

- ``start``/``end``/``text``: character offsets into ``doc.text`` of qualifier + number +
  unit or counted noun phrase ("More than 2,500 Ukrainian soldiers", "up to $6 million").
- ``value``: the number (int when whole), null for a range or a vague amount;
  ``low``/``high``: its bounds ("up to 100" -> null, 100; "dozens" -> 12, 120).
- ``qualifier``: exact | approx | more_than | less_than | at_least | at_most.
- ``unit``/``unit_lemma``: the counted noun phrase or unit as written, and its lemma.
- ``per``: a distributive marker ("each", "a day", "per capita") or null.
- ``event``: lemma of the governing verb or event noun ("swap", "release") or null.
- ``change``: "up" | "down" for a move ("rose 5%"), else null.
- ``kind``: count | money | percent | measure.

Helpers live in ``numbers`` (strings), ``scan`` (numbers in a Doc),
``units`` (units, counted nouns) and ``events`` (event, change);
word lists in ``models/quantities/``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import replace
from decimal import Decimal
from functools import cache
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc, Token

import briefx.extensions  # noqa: F401  (registers doc._.briefx_quantities)
from briefx.entities.products import NUMBERED_NAME
from briefx.extensions import text_of
from briefx.quantities.ages import AGE_KIND, is_age_unit, is_set_off_age, read_age, year_old
from briefx.quantities.atoms import Atom, atom_text
from briefx.quantities.events import anchor, change_of, event_of, events_table
from briefx.quantities.numbers import (
    as_number,
    glue,
    lookup_qualifier,
    max_qualifier_words,
    number_words,
    numbers_table,
    qualifier_table,
    units_table,
)
from briefx.quantities.ranges import bounded, is_range, is_score, scaled_like
from briefx.quantities.records import QuantityFinding
from briefx.quantities.scan import scan_numbers
from briefx.quantities.units import Unit, opens_dateline, read_unit

# A number as read (Decimal) or as a record holds it (int or float).
_N = TypeVar("_N", Decimal, int, float)

# spaCy's DATE / TIME entities: their numbers belong to the date unless a unit follows.
_SKIP_LABELS = frozenset({"DATE", "TIME"})
# Entities whose numbers name rather than count ("Windows 11", "Apollo 13", "Room 101").
_NAME_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "LAW", "EVENT", "PERSON", "GPE"})
# Qualifiers written after the number are one or two words ("or more", "or so").
_AFTER_QUALIFIER_WIDTHS = (2, 1)
# A label number of three digits or more before a compound proper noun ("320 Neo jets").
_MIN_LABEL_DIGITS = 3


def _qualifier_before(doc: Doc, first: int) -> tuple[str | None, int]:
    """The qualifier phrase ending just before token ``first``: (label, its first token).

    "well over 300 guests" -> ("more_than", the index of "well").
    """
    for width in range(min(max_qualifier_words(), first), 0, -1):
        if doc[first - width].is_space:
            continue
        label = lookup_qualifier(doc[first - width : first].text)
        if label:
            return label, first - width
    return None, first


def _qualifier_after(doc: Doc, last: int) -> tuple[str | None, int]:
    """The qualifier phrase just after token ``last``: "40 or more lorries" -> at_least."""
    for width in _AFTER_QUALIFIER_WIDTHS:
        span = doc[last + 1 : last + 1 + width]
        if len(span) == width:
            label = lookup_qualifier(span.text, position="after")
            if label:
                return label, last + width
    return None, last


def _is_label(
    doc: Doc,
    atom: Atom,
    *,
    unit: Unit,
    before: Token | None,
    before_is_not_qualifier: bool,
    ranged: bool = False,
) -> bool:
    """Numbers that name rather than count: years, "Group 7", "Galaxy 9", "No. 5", a lone
    "one", a model before its singular noun ("the Ariane 6 launcher").

    Args:
        doc: the parsed Doc.
        atom: the number (the upper bound of a range).
        unit: what it was read to measure.
        before: the token before the number and its qualifier, if any.
        before_is_not_qualifier: no qualifier stands before it ("over 2017" is no year).
        ranged: the number closes a range ("22-24 Market Street" is checked, not "Group 7").
    """
    if unit.kind != "count" or atom.currency or atom.suffix:
        return False
    table = numbers_table()
    text = atom_text(doc, atom)
    noun = doc[unit.head] if unit.head is not None else None
    if atom.words:
        return atom.value == 1 and unit.text is None
    low, high = table["year_range"]
    if text.isdigit() and len(text) == 4 and low <= int(text) <= high and before_is_not_qualifier:
        return True  # "2017 profits", "the 2021 Power List": a year, not a count
    following = doc[atom.last + 1] if atom.last + 1 < len(doc) else None
    whole = text.replace(",", "").isdigit()  # "2.5 F" is a measure, not a name
    proper = (
        following is not None
        and following.tag_ == "NNP"
        and not following.is_lower
        and whole
        and not opens_dateline(doc, following)  # "kills 40 KATHMANDU (AP) -" counts 40
    )
    names = doc[atom.last + 1 : unit.last + 1]
    if whole and noun is not None and all(t.tag_ == "NNP" and t.is_title for t in names):
        return True  # "Pixel 8 Pro", "312 Elm Grove Road", "22-24 Market Street"
    if proper and (
        unit.text is None
        or (
            len(text) >= _MIN_LABEL_DIGITS
            and following is not None
            and following.dep_ == "compound"
        )
    ):
        return True  # "17 Birch Hill Lane", "three new 320 Neo jets", "the 30301 ZIP Code"
    if ranged or before is None or before.i != atom.first - 1:
        return False
    if before.lower_ in table["label_words"] or _split_label(before, table["label_words"]):
        return True
    name_like = before.pos_ == "PROPN" or (before.is_title and not before.is_sent_start)
    if name_like and (unit.text is None or proper):
        return True  # "Group 7", "Ortiz 14", "Pixel 7 Lite"
    if name_like and noun is not None and noun.tag_ == "NN" and atom.value != 1:
        return True  # "Gaudi 3 accelerator": a model's name; three would be "accelerators"
    token = doc[atom.first]
    return token.ent_type_ in _NAME_LABELS and unit.text is None


def _split_label(stop: Token, labels: Collection[str]) -> bool:
    """A full stop the tokenizer split from the label word before it: "the world No. 3"
    read as "No" and "." ("no." is the label)."""
    if stop.text != "." or stop.i == 0:
        return False
    word = stop.doc[stop.i - 1]
    return not word.whitespace_ and f"{word.lower_}." in labels


def _age(
    doc: Doc, atom: Atom, *, b: Atom | None, unit: Unit, before: Token | None
) -> tuple[Unit, int] | None:
    """The age unit of ``atom`` (to ``b`` for a range) and the age's first token.

    "the 44-year-old", "aged 65", "aged 18 to 25", "Dana Whitfield, 38, said": "year-old".
    """
    age = read_age(doc, atom, before=before, last=b)
    if age is not None:
        last = doc[age.last]
        end = last.idx + len(last.text)
        return Unit(age.unit, age.unit, AGE_KIND, end, age.last), age.first
    adjacent = before is not None and before.i == atom.first - 1
    if (
        b is None
        and before is not None
        and adjacent
        and is_set_off_age(doc, atom, unit=unit, before=before)
    ):
        year = year_old()
        return Unit(year, year, AGE_KIND, atom.end, atom.last), atom.first
    return None


def _record(
    doc: Doc,
    text: str,
    *,
    a: Atom,
    b: Atom | None,
    unit: Unit,
    qualifier: str | None,
    q_first: int,
    after_last: int,
) -> QuantityFinding:
    """Build the record of number ``a`` (to ``b`` for a range) with its unit and qualifier."""
    start = min(doc[q_first].idx, a.start) if q_first < a.first else a.start
    end = max(unit.end, (b or a).end)
    if after_last > unit.last:
        end = max(end, doc[after_last].idx + len(doc[after_last].text))
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    if b is not None:
        bounds = sorted(v for v in (a.value, b.value) if v is not None)
        low, high = bounds[0], bounds[-1]
        value = low if low == high else None
        qualifier = qualifier or a.glued_qualifier or "exact"
    elif a.vague:
        value, low, high = None, a.low, a.high
        qualifier = qualifier or "approx"
    else:
        value = a.value
        qualifier = qualifier or a.glued_qualifier or "exact"
        low, high = (None, None) if value is None else _bounds(value, qualifier)
    root = doc[q_first : unit.last + 1].root
    carrier = anchor(doc, q_first, unit=unit)
    return QuantityFinding(
        start=start,
        end=end,
        text=text[start:end],
        value=None if value is None else as_number(value),
        low=None if low is None else as_number(low),
        high=None if high is None else as_number(high),
        qualifier=qualifier,
        unit=unit.text,
        unit_lemma=unit.lemma,
        per=unit.per,
        event=None if is_age_unit(unit.lemma) else event_of(carrier),  # "Baker, 45, was held"
        change=change_of(doc, a, q_first=q_first, root=root, unit=unit),
        kind=unit.kind,
    )


def find_quantities(doc: Doc, *, skip: Iterable[tuple[int, int]] = ()) -> list[QuantityFinding]:
    """Find the quantities of a parsed Doc.

    Args:
        doc: a Doc parsed by a spaCy pipeline with tagger, parser and NER.
        skip: character spans (start, end) that hold no quantity, e.g. the dates found by
            ``briefx.dates``; tokens inside spaCy DATE / TIME entities are skipped too.

    Returns:
        One ``QuantityFinding`` per quantity, in document order (``.as_dict()`` for the
        plain dict with the keys of ``FIELDS``).
    """
    text = text_of(doc)
    atoms = scan_numbers(
        doc,
        [(int(s), int(e)) for s, e in skip] + _phone_numbers(text),
        date_entities=[(e.start_char, e.end_char) for e in doc.ents if e.label_ in _SKIP_LABELS],
    )
    records: list[QuantityFinding] = []
    k = 0
    while k < len(atoms):
        a = atoms[k]
        unit = read_unit(doc, a)
        qualifier, q_first = _qualifier_before(doc, a.first)
        before = doc[q_first - 1] if q_first > 0 else None
        b = None
        partner = k + 1
        if partner + 1 < len(atoms) and atoms[partner].dated and before is not None:
            partner += 1 if before.lower_ == "from" else 0  # "from 20% in 2010 to 35%"
        if partner < len(atoms):
            nxt = atoms[partner]
            unit_b = read_unit(doc, nxt)
            ranged = is_range(doc, a, unit_a=unit, b=nxt, unit_b=unit_b, before=before)
            if ranged and is_score(doc, a, b=nxt, unit_a=unit, unit_b=unit_b):
                k = partner + 1
                continue  # "beat them 3-1": a score, neither a range nor two counts
            undated = not (a.dated or nxt.dated)
            if ranged and (undated or read_age(doc, a, before=before, last=nxt)):
                b, unit = bounded(doc, nxt), unit_b if unit_b.text or not unit.text else unit
                a = scaled_like(doc, a, b=b)
        k = partner + 1 if b is not None else k + 1
        age = _age(doc, a, b=b, unit=unit, before=before)
        if age is not None:
            age_unit, age_first = age
            q_first = min(q_first, age_first)
            records.append(
                _record(
                    doc,
                    text,
                    a=a,
                    b=b,
                    unit=age_unit,
                    qualifier=qualifier,
                    q_first=q_first,
                    after_last=age_unit.last,
                )
            )
            continue
        counted = unit.head is not None and doc[unit.head].pos_ == "NOUN"
        if (a.dated or (b is not None and b.dated)) and (
            (unit.kind == "count" and not counted)
            or unit.lemma in units_table()["time_unit_lemmas"]
        ):
            continue  # part of a date or duration that spaCy found
        if doc[a.first].ent_id_ == NUMBERED_NAME:
            continue  # the number of a name: "Windows 11", "Airbus A380", "FTSE 100"
        if _is_label(
            doc,
            b or a,
            unit=unit,
            before=before,
            before_is_not_qualifier=not qualifier,
            ranged=b is not None,
        ):
            continue
        after, after_last = _qualifier_after(doc, unit.last)
        if b is None and not a.vague:
            qualifier = qualifier or after
        if after and unit.text is None:
            unit = read_unit(doc, a, after=after_last)  # "20 or so people", "20-plus percent"
        record = _record(
            doc,
            text,
            a=a,
            b=b,
            unit=unit,
            qualifier=qualifier,
            q_first=q_first,
            after_last=after_last,
        )
        restated = records and _is_conversion(text, records[-1], record=record)
        if restated and record.qualifier == "exact":
            # "more than 4.2 million kronor (US $400,000)": the same amount restated
            previous = records[-1]
            record = replace(
                record, qualifier=previous.qualifier, change=previous.change, event=previous.event
            )
            if record.value is not None:
                low, high = _bounds(record.value, record.qualifier)
                record = replace(record, low=low, high=high)
        records.append(record)
    return records


def _phone_numbers(text: str) -> list[tuple[int, int]]:
    """Spans of telephone numbers ("call 555-0142"), which hold no quantity."""
    return [m.span() for pattern in _phone_patterns() for m in pattern.finditer(text)]


@cache
def _phone_patterns() -> tuple[re.Pattern[str], ...]:
    """The telephone patterns of ``models/quantities/numbers.json``, compiled once."""
    return tuple(re.compile(p) for p in numbers_table()["phone_patterns"])


def _is_conversion(text: str, previous: QuantityFinding, *, record: QuantityFinding) -> bool:
    """Whether ``record`` restates ``previous`` in parentheses or after a slash.

    "over 3 million yen ($20,000)": the dollar amount restates the yen.
    """
    if (previous.value is None) != (record.value is None):
        return False
    between = text[previous.end : record.start].strip()
    openers = glue().conversion_openers
    return between in openers or (between == "" and text[record.start - 1 : record.start] == "(")


def _bounds(value: _N, qualifier: str) -> tuple[_N | None, _N | None]:
    """Bounds of a single value under its qualifier: "up to 100" -> (None, 100)."""
    low = None if qualifier in ("less_than", "at_most") else value
    high = None if qualifier in ("more_than", "at_least") else value
    return low, high


class QuantitiesComponent:
    """spaCy component: writes ``find_quantities(doc)`` to ``doc._.briefx_quantities``."""

    def __init__(self) -> None:
        # Load the word lists now, once, rather than on the first document.
        number_words()
        numbers_table()
        glue()
        qualifier_table()
        units_table()
        events_table()

    def __call__(self, doc: Doc) -> Doc:
        """Find the quantities of ``doc``, skipping the dates already found on it."""
        dates = doc._.briefx_dates or []
        skip = [(int(d["start"]), int(d["end"])) for d in dates]
        doc._.briefx_quantities = [q.as_dict() for q in find_quantities(doc, skip=skip)]
        return doc


@Language.factory("briefx_quantities")
def make_quantities(nlp: Language, name: str) -> QuantitiesComponent:
    """Build the ``briefx_quantities`` component (after parser, ner and briefx_dates)."""
    return QuantitiesComponent()
