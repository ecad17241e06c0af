"""Two frames of one kind carrying the same count ("rose 3%" / "gained 3%") report one
move (issue 26): a capability table over ``briefx.crossdoc.identity.event_clusters``."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefx.crossdoc.identity import EventView, event_clusters
from briefx.schema import Quantity

DAY, NEXT = "2025-04-24", "2025-04-25"


def _q(value: float, kind: str = "percent", unit: str | None = None) -> Quantity:
    return Quantity(
        start=0,
        end=2,
        text=str(value),
        sentence=0,
        value=value,
        low=value,
        high=value,
        qualifier="exact",
        unit=unit,
        unit_lemma=unit,
        per=None,
        event="rise",
        change=None,
        kind=kind,  # type: ignore[arg-type]
    )


def _view(doc: int, counts: tuple[Quantity, ...], published: str = DAY, **kw) -> EventView:
    base = EventView(
        doc=doc,
        sentence=0,
        key="rise",
        lemma="rise",
        agent=None,
        patient=None,
        place=None,
        span=None,
        date=None,
        quantities=counts,
        modality="actual",
        polarity="positive",
        published=published,
        news=published,
        verbal=True,
    )
    return replace(base, **kw)


# (counts of one report's frame, counts of the other's, extra fields of the other, one?)
CASES = [
    ((_q(3),), (_q(3),), {}, True),
    ((_q(3),), (_q(4),), {}, False),
    ((_q(3),), (), {}, False),
    ((), (), {}, False),
    ((_q(120, "money", "dollar"),), (_q(120, "money", "dollar"),), {}, True),
    ((_q(120, "money", "dollar"),), (_q(120, "money", "euro"),), {}, False),
    ((_q(3),), (_q(3, "count", "share"),), {}, False),
    ((_q(40, "count", "car"),), (_q(40, "count", "car"),), {}, True),
    ((_q(40, "count", "car"),), (_q(40, "count", "vehicle"),), {}, False),
    ((_q(3), _q(120, "money", "dollar")), (_q(120, "money", "dollar"),), {}, True),
    ((_q(1.5),), (_q(1.5),), {}, True),
    # The same count on another day's news is another day's move.
    ((_q(3),), (_q(3),), {"published": NEXT, "news": NEXT}, False),
    # Doers named apart stay apart, whatever count they share.
    ((_q(3),), (_q(3),), {"agent_name": "brennick industrial average"}, True),
    ((_q(3),), (_q(3),), {"agent": "g1"}, True),
    ((_q(3),), (_q(3),), {"key": "fall", "lemma": "fall"}, False),
]


@pytest.mark.parametrize(("first", "second", "extra", "expected"), CASES)
def test_a_shared_count_joins(first, second, extra, expected: bool) -> None:
    a = _view(0, first)
    b = replace(_view(1, second), **extra)
    groups = event_clusters([a, b], [0, 0])
    assert (groups == [[a, b]]) is expected


def test_named_doers_part_whatever_count() -> None:
    a = _view(0, (_q(3),), agent_name="tarsk composite")
    b = _view(1, (_q(3),), agent_name="brennick industrial average")
    assert event_clusters([a, b], [0, 0]) == []
