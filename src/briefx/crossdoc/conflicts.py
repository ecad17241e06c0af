"""Conflicts: the same slot of the same event reported differently by two documents.

Counts are compared slot by slot (``briefx.crossdoc.slots``): two counts of one role and
one class of thing ("Twelve miners died" / "Fourteen people were killed"; "about 600
jobs" / "around 800 positions"), read with their qualifiers, ranges and rounding. They
are compared

- in frames that report one event (``briefx.crossdoc.identity.same_event``, dates
  aside) with the same modality and polarity: "will visit on Monday" against "visited
  on Tuesday" is a plan and an outcome, not a conflict;
- and, for counts with a known role (the dead, the injured, the people on board, the
  jobs cut), across all the facts of a cluster: the dead of "die" and of "kill".

A count conflicts when no value one document gives for a slot fits any value the other
gives for it (two values of one document are never set against each other). Dates
conflict when two frames' date spans do not overlap ("in June" and "on June 3" agree).

A conflict is a ``disagreement``, or an ``update`` when every later report (by
publication date, and time on one day) gives a higher count of a toll that grows as
reports come in: the dead "rose from 12 to 14". Reports that cannot be ordered (one day
without times, no publication date) disagree.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from briefx.crossdoc.counts import fits, middle
from briefx.crossdoc.identity import EventView, dates_overlap
from briefx.crossdoc.slots import (
    SlotValue,
    comparable,
    role_rises,
    slot_label,
    slot_of,
)
from briefx.schema import Conflict, ConflictValue, Document

_Key = tuple[str | None, str]


Published = tuple[str, str | None]  # (ISO date, ISO time or None)


def published_dates(documents: Sequence[Document]) -> list[Published | None]:
    """Each document's publication date and time, None where it was defaulted to today."""
    return [
        None
        if doc.reference_date.origin == "default-today"
        else (doc.reference_date.value, doc.reference_date.time)
        for doc in documents
    ]


def later(a: Published | None, b: Published | None) -> bool | None:
    """Whether ``b`` was published after ``a``; None when that cannot be told (a date
    missing; one day without both times; times with and without a UTC offset)."""
    if a is None or b is None:
        return None
    if a[1] is not None and b[1] is not None:
        ta = dt.datetime.fromisoformat(f"{a[0]}T{a[1]}")
        tb = dt.datetime.fromisoformat(f"{b[0]}T{b[1]}")
        if (ta.tzinfo is None) == (tb.tzinfo is None):
            return None if ta == tb else ta < tb
    return None if a[0] == b[0] else a[0] < b[0]


def _compare(
    side_a: Sequence[SlotValue],
    side_b: Sequence[SlotValue],
    found: dict[_Key, dict[tuple[int, int, str], SlotValue]],
) -> None:
    """Record the slots where no count of one side fits any comparable count of the other."""
    for key in sorted({v.key() for v in side_a} & {v.key() for v in side_b}, key=str):
        pairs = [
            (x, y)
            for x in side_a
            if x.key() == key
            for y in side_b
            if y.key() == key and comparable(x, y)
        ]
        if pairs and not any(fits(x.quantity, y.quantity) for x, y in pairs):
            slot = found.setdefault(key, {})
            for x, y in pairs:
                for v in (x, y):
                    slot[(v.doc, v.sentence, v.quantity.text)] = v


def _drop_settled(
    found: dict[_Key, dict[tuple[int, int, str], SlotValue]],
    reports: Mapping[int, Sequence[SlotValue]],
) -> None:
    """Drop the slots frames disagree on where what the documents say anywhere fits
    (``reports``): "Quake kills 23" against "25 killed" is no conflict when the first
    story also says "at least 23 people"."""
    said: dict[tuple[_Key, int], list[SlotValue]] = defaultdict(list)
    for doc in sorted({doc for slot in found.values() for doc, _, _ in slot}):
        for value in reports.get(doc, ()):
            said[(value.key(), doc)].append(value)
    for key in list(found):
        docs = sorted({doc for doc, _, _ in found[key]})
        if len(docs) > 1 and all(
            any(
                fits(x.quantity, y.quantity)
                for x in said[(key, a)]
                for y in said[(key, b)]
                if comparable(x, y)
            )
            for n, a in enumerate(docs)
            for b in docs[n + 1 :]
        ):
            del found[key]


def _compare_documents(
    by_doc: Mapping[int, Sequence[SlotValue]],
    found: dict[_Key, dict[tuple[int, int, str], SlotValue]],
) -> None:
    """``_compare`` of every two documents' counts, slot by slot, done once per two sets
    of counts: documents that give one slot the same counts (most reports of one event
    repeat the toll) are one group, so the work grows with the different counts of a
    slot, not with the square of the documents (800 reports of one event, issue 37).

    The same as comparing every pair of documents: whether two documents' counts of a
    slot conflict, and which of them are listed, depends on the counts alone; two
    documents that give the same counts never conflict (a count fits itself).
    """
    by_key: dict[_Key, dict[int, list[SlotValue]]] = defaultdict(lambda: defaultdict(list))
    for doc in sorted(by_doc):
        for value in by_doc[doc]:
            by_key[value.key()][doc].append(value)
    for key in sorted(by_key, key=str):
        docs = by_key[key]
        groups: dict[frozenset[tuple[object, ...]], list[int]] = {}
        for doc, values in docs.items():
            groups.setdefault(frozenset(_what(v) for v in values), []).append(doc)
        kinds = list(groups.values())
        for n, side_a in enumerate(kinds):
            for side_b in kinds[n + 1 :]:
                pairs = [
                    (x, y) for x in docs[side_a[0]] for y in docs[side_b[0]] if comparable(x, y)
                ]
                if not pairs or any(fits(x.quantity, y.quantity) for x, y in pairs):
                    continue
                listed = {_what(v) for pair in pairs for v in pair}
                slot = found.setdefault(key, {})
                for doc in (*side_a, *side_b):
                    for v in docs[doc]:
                        if _what(v) in listed:
                            slot[(v.doc, v.sentence, v.quantity.text)] = v


def _what(value: SlotValue) -> tuple[object, ...]:
    """A count as comparisons read it: everything but where it is (document, sentence,
    offsets)."""
    quantity = value.quantity.model_dump(exclude={"start", "end", "sentence"})
    return (
        value.role,
        value.cls,
        value.noun,
        value.modality,
        value.polarity,
        value.span,
        value.places,
        value.doers,
        value.further,
        value.told,
        tuple(quantity.items()),
    )


def _in_frame(values: Iterable[SlotValue], view: EventView) -> list[SlotValue]:
    carried = {(q.start, q.end) for q in view.quantities}
    return [v for v in values if (v.quantity.start, v.quantity.end) in carried]


def _relation(key: _Key, values: Sequence[SlotValue], published: Sequence[Published | None]) -> str:
    """``update`` when each later report gives a higher toll than each earlier one it
    does not fit; else ``disagreement``."""
    if not role_rises(key[0]):
        return "disagreement"
    for n, x in enumerate(values):
        for y in values[n + 1 :]:
            if x.doc == y.doc or fits(x.quantity, y.quantity):
                continue
            order = later(*(published[v.doc] if v.doc < len(published) else None for v in (x, y)))
            if order is None or order != (middle(x.quantity) < middle(y.quantity)):
                return "disagreement"
    return "update"


def cluster_conflicts(
    pairs: Sequence[tuple[EventView, EventView]],
    facts: Sequence[tuple[int, int]],
    slots: Mapping[tuple[int, int], Sequence[SlotValue]],
    texts: Mapping[tuple[int, int], str],
    published: Sequence[Published | None],
    reports: Mapping[int, Sequence[SlotValue]] | None = None,
) -> list[Conflict]:
    """What the reports of one cluster give differently.

    Args:
        pairs: frames of different documents that report one event (dates aside).
        facts: the cluster's facts as ``(doc, sentence)``.
        slots: ``(doc, sentence)`` -> the counts of that fact with their slots.
        texts: ``(doc, sentence)`` -> the fact's sentence, quoted in date conflicts.
        published: each document's publication date and time, or None.
        reports: document -> the counts of all its facts with their slots: two
            documents whose counts of a slot disagree do not conflict when what they say
            anywhere fits (none given: nothing is dropped).
    Returns:
        One conflict per slot and one per event's date, each listing every value.
    """
    counts: dict[_Key, dict[tuple[int, int, str], SlotValue]] = {}
    dates: dict[str, dict[tuple[int, int, str], ConflictValue]] = {}
    for a, b in pairs:
        if a.doc == b.doc or (a.modality, a.polarity) != (b.modality, b.polarity):
            continue
        _compare(
            _in_frame(slots.get((a.doc, a.sentence), ()), a),
            _in_frame(slots.get((b.doc, b.sentence), ()), b),
            counts,
        )
        if not dates_overlap(a, b):
            slot = dates.setdefault(a.key, {})
            for view in (a, b):
                slot[(view.doc, view.sentence, view.date or "")] = ConflictValue(
                    value=view.date or "",
                    doc=view.doc,
                    sentence=view.sentence,
                    text=texts[(view.doc, view.sentence)],
                )
    # Counts with a role, across the cluster: all of one document's against another's.
    by_doc: dict[int, list[SlotValue]] = defaultdict(list)
    for fact in sorted(set(facts)):
        by_doc[fact[0]].extend(v for v in slots.get(fact, ()) if v.role is not None)
    _compare_documents(by_doc, counts)
    if reports:
        _drop_settled(counts, reports)
    conflicts = []
    for key in sorted(counts, key=lambda k: (k[0] or "", k[1])):
        values = sorted(counts[key].values(), key=lambda v: (v.doc, v.sentence, v.quantity.start))
        conflicts.append(
            Conflict(
                kind="quantity",
                about=slot_label(*key),
                relation=_relation(key, values, published),  # type: ignore[arg-type]
                values=[
                    ConflictValue(
                        value=v.quantity.text,
                        doc=v.doc,
                        sentence=v.sentence,
                        text=v.quantity.text,
                    )
                    for v in values
                ],
            )
        )
    for about in sorted(dates):
        conflicts.append(
            Conflict(
                kind="date",
                about=about,
                relation="disagreement",
                values=sorted(dates[about].values(), key=_order),
            )
        )
    return conflicts


def first_reports(
    conflicts: Sequence[Conflict], reported: set[tuple[object, ...]]
) -> list[Conflict]:
    """The conflicts not already listed by an earlier cluster (``reported`` grows): the dead
    of one collapse are one conflict, though the collapse and the deaths are two clusters."""
    out = []
    for conflict in conflicts:
        key = (
            conflict.kind,
            conflict.about,
            *((v.doc, v.sentence, v.value) for v in conflict.values),
        )
        if key not in reported:
            reported.add(key)
            out.append(conflict)
    return out


def _order(value: ConflictValue) -> tuple[int, int, str]:
    return value.doc, value.sentence, value.value


def event_conflicts(
    pairs: Sequence[tuple[EventView, EventView]], texts: Mapping[tuple[int, int], str]
) -> list[Conflict]:
    """What matched frames of two documents report differently, their counts read by noun
    alone (no roles, no publication dates): ``cluster_conflicts`` without a Document."""
    slots: dict[tuple[int, int], list[SlotValue]] = defaultdict(list)
    for view in {id(v): v for pair in pairs for v in pair}.values():
        for q in view.quantities:
            found = slot_of(q, -1, (), None)
            if found is not None:
                role, cls, noun, _ = found
                slots[(view.doc, view.sentence)].append(
                    SlotValue(view.doc, view.sentence, q, role, cls, noun, "actual", "positive")
                )
    return cluster_conflicts(pairs, [], slots, texts, [])
