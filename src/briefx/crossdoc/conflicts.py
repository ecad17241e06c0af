"""Conflicts: the same slot of the same event reported differently by two documents.

Only frames that report one event are compared (``briefx.crossdoc.identity.same_event``,
dates aside), and only when both report it with the same modality and polarity: "will
visit on Monday" against "visited on Tuesday" is a plan and an outcome, not a conflict.
A count conflicts when no value one document gives for a counted thing fits any value
the other gives for it (two values of one sentence are never set against each other);
dates conflict when the two frames' date spans do not overlap (a range is one value).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from briefx.crossdoc.identity import EventView, dates_overlap
from briefx.schema import Conflict, ConflictValue, Quantity


def _fits(a: Quantity, b: Quantity) -> bool:
    """True when some number lies within both quantities' bounds (None: unbounded)."""
    lows = [x for x in (a.low, b.low) if x is not None]
    highs = [x for x in (a.high, b.high) if x is not None]
    return not lows or not highs or max(lows) <= min(highs)


def event_conflicts(
    pairs: Sequence[tuple[EventView, EventView]], texts: Mapping[tuple[int, int], str]
) -> list[Conflict]:
    """What matched frames of two documents report differently.

    Args:
        pairs: frames of different documents that report one event.
        texts: ``(doc, sentence)`` -> the fact's sentence, quoted in date conflicts.
    Returns:
        One conflict per counted thing and one for the date, each listing every value.
    """
    found: dict[tuple[str, str], dict[tuple[int, int, str], ConflictValue]] = {}
    for a, b in pairs:
        if a.doc == b.doc or (a.modality, a.polarity) != (b.modality, b.polarity):
            continue
        units = {q.unit_lemma for q in a.quantities} & {q.unit_lemma for q in b.quantities}
        for unit in sorted(u for u in units if u):
            qa = [q for q in a.quantities if q.unit_lemma == unit]
            qb = [q for q in b.quantities if q.unit_lemma == unit]
            if not any(_fits(x, y) for x in qa for y in qb):
                slot = found.setdefault(("quantity", unit), {})
                for view, qs in ((a, qa), (b, qb)):
                    for q in qs:
                        slot[(view.doc, view.sentence, q.text)] = ConflictValue(
                            value=q.text, doc=view.doc, sentence=view.sentence, text=q.text
                        )
        if not dates_overlap(a, b):
            slot = found.setdefault(("date", a.key), {})
            for view in (a, b):
                slot[(view.doc, view.sentence, view.date or "")] = ConflictValue(
                    value=view.date or "",
                    doc=view.doc,
                    sentence=view.sentence,
                    text=texts[(view.doc, view.sentence)],
                )
    ordered = sorted(found.items(), key=lambda kv: (kv[0][0] != "quantity", kv[0]))
    return [
        Conflict(kind=kind, about=about, values=sorted(values.values(), key=_order))  # type: ignore[arg-type]
        for (kind, about), values in ordered
    ]


def _order(value: ConflictValue) -> tuple[int, int, str]:
    return value.doc, value.sentence, value.value
