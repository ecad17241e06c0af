"""Conflicts of a big cluster (issue 37) cost what its different counts cost, with the
same result as setting every two documents against each other, and an event cluster
of many frames pairs each frame with its most detailed ones only."""

from __future__ import annotations

from collections import defaultdict

import pytest

import briefx
from briefx.crossdoc import build
from briefx.crossdoc.conflicts import _compare, _compare_documents
from briefx.crossdoc.identity import EventView
from briefx.crossdoc.slots import SlotValue, slot_values

# Invented reports of one flood: tolls that agree, disagree, grow and add to each other.
LINES = [
    "Twelve people died in the flood in Marrow on Monday.",
    "The flood in Marrow killed 14 people on Monday.",
    "At least 12 people were killed by the flood, officials said.",
    "Another three people died in the flood on Tuesday.",
    "Forty people were injured in the Marrow flood.",
    "More than 40 people were hurt in the flood.",
    "Some 35 people were injured, the hospital said.",
    "About 200 homes were destroyed by the flood.",
    "The flood destroyed 250 homes in Marrow.",
]


@pytest.fixture(scope="module")
def by_doc() -> dict[int, list[SlotValue]]:
    docs = [
        briefx.extract(
            " ".join(LINES[(n * k) % len(LINES)] for k in (1, 2, 4)),
            published=f"2026-05-{11 + n % 2:02d}",
            doc_id=f"f{n}",
        )
        for n in range(1, 13)
    ]
    out: dict[int, list[SlotValue]] = defaultdict(list)
    for d, doc in enumerate(docs):
        for values in slot_values(d, doc).values():
            out[d].extend(v for v in values if v.role is not None)
    return out


def test_documents_grouped_by_their_counts_conflict_as_every_pair_does(
    by_doc: dict[int, list[SlotValue]],
) -> None:
    grouped: dict = {}
    _compare_documents(by_doc, grouped)
    pairwise: dict = {}
    docs = sorted(by_doc)
    for n, x in enumerate(docs):
        for y in docs[n + 1 :]:
            _compare(by_doc[x], by_doc[y], pairwise)
    assert grouped, "the invented tolls disagree"
    assert {k: set(v) for k, v in grouped.items()} == {k: set(v) for k, v in pairwise.items()}


def _frame(doc: int, agent: str | None) -> EventView:
    return EventView(
        doc=doc, sentence=0, key="flood", lemma="flood", agent=agent, patient=None,
        place=None, span=None, date=None, quantities=(), modality="actual",
        polarity="positive",
    )


@pytest.mark.parametrize("size", [2, 10, 64])
def test_a_small_event_cluster_pairs_every_two_frames(size: int) -> None:
    frames = [_frame(d, None) for d in range(size)]
    assert len(build._frame_pairs(frames)) == size * (size - 1) // 2


@pytest.mark.parametrize("size", [65, 200, 800])
def test_a_big_event_cluster_pairs_each_frame_with_its_most_detailed(size: int) -> None:
    # Every tenth frame names its doer: those are the most detailed.
    frames = [_frame(d, "g1" if d % 10 == 0 else None) for d in range(size)]
    pairs = build._frame_pairs(frames)
    detailed = [f for f in frames if f.agent is not None]
    rest = [f for f in frames if f.agent is None]
    core = {id(f) for f in (detailed + rest)[: build.CORE_FRAMES]}
    assert len(pairs) <= size * build.CORE_FRAMES
    assert all(id(a) in core or id(b) in core for a, b in pairs)
    # Every frame is in some pair, and each pair keeps the order of the cluster.
    assert {id(v) for pair in pairs for v in pair} == {id(f) for f in frames}
    position = {id(f): n for n, f in enumerate(frames)}
    assert all(position[id(a)] < position[id(b)] for a, b in pairs)
