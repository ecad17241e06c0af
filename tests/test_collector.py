"""The cyclic garbage collector paused while a brief is built (``briefx.fast.collector``):
off inside, the caller's setting given back after, on an error too."""

from __future__ import annotations

import gc
import weakref

import pytest

import briefx.crossdoc.build as build
from briefx.crossdoc.build import BriefBuilder
from briefx.fast import collector
from briefx.fast.collector import KeptAside, collector_paused
from tests.briefs import brief_of


@pytest.fixture(autouse=True)
def _collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_paused_inside_and_on_again_after() -> None:
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_on_again_after_an_error() -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off() -> None:
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_the_brief_is_built_with_the_collector_paused(monkeypatch) -> None:
    seen: list[bool] = []
    clusters = build.cluster_facts

    def watched(*args, **kwargs):
        seen.append(gc.isenabled())
        return clusters(*args, **kwargs)

    monkeypatch.setattr(build, "cluster_facts", watched)
    brief = brief_of(
        "The Halvern council closed the Estry bridge on Monday after engineers found cracks.",
        "Engineers found cracks in the Estry bridge, and the Halvern council closed it on Monday.",
    )
    assert seen == [False]
    assert gc.isenabled()
    assert brief.fact_clusters  # the two reports of one closure still cluster


def test_a_failing_brief_gives_the_collector_back(monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("clustering failed")

    monkeypatch.setattr(build, "cluster_facts", broken)
    with pytest.raises(RuntimeError):
        BriefBuilder().finish()
    assert gc.isenabled()


class _Node:
    """A container that can point at itself (a reference cycle)."""

    def __init__(self) -> None:
        self.other: object = None


def _cycle() -> weakref.ref:
    node = _Node()
    node.other = node  # garbage as soon as the name is gone, found only by a collection
    return weakref.ref(node)


@pytest.fixture
def _nothing_frozen():
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_kept_objects_are_frozen_every_batch_and_given_back(_nothing_frozen) -> None:
    aside = KeptAside(batch=3)
    kept = [_Node() for _ in range(3)]
    aside.kept()
    aside.kept()
    assert gc.get_freeze_count() == 0  # not yet a batch
    aside.kept()
    assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() >= len(kept)  # what was alive, the kept ones with it
    aside.release()
    assert gc.get_freeze_count() == 0
    aside.release()  # a second release does nothing
    assert gc.get_freeze_count() == 0


def test_garbage_cycles_are_freed_before_the_freeze(_nothing_frozen) -> None:
    aside = KeptAside(batch=1)
    gc.disable()  # no pass of the collector's own finds the cycle first
    dead = _cycle()
    gc.enable()
    aside.kept()
    assert dead() is None  # collected, not frozen with the living
    aside.release()


def test_a_process_that_froze_its_own_objects_is_left_alone(_nothing_frozen) -> None:
    gc.freeze()
    before = gc.get_freeze_count()
    aside = KeptAside(batch=1)
    _Node()
    aside.kept()
    aside.release()
    assert gc.get_freeze_count() == before  # neither more frozen nor unfrozen


def test_nothing_is_frozen_with_the_collector_off(_nothing_frozen) -> None:
    gc.disable()
    aside = KeptAside(batch=1)
    aside.kept()
    assert gc.get_freeze_count() == 0
    assert not gc.isenabled()


def test_a_batch_of_none_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        KeptAside(batch=0)


def test_a_brief_with_documents_set_aside_is_the_same_and_frees_them(
    monkeypatch, _nothing_frozen
) -> None:
    monkeypatch.setattr(collector, "KEPT_BATCH", 1)
    texts = (
        "The Halvern council closed the Estry bridge on Monday after engineers found cracks.",
        "Engineers found cracks in the Estry bridge, and the Halvern council closed it on Monday.",
    )
    plain = brief_of(*texts)
    builder = BriefBuilder(aside=True)
    for document in plain.documents:
        builder.add(document)
        assert gc.get_freeze_count() > 0  # each document set aside as it comes (batch 1)
    aside = builder.finish()
    assert gc.get_freeze_count() == 0  # given back at the end
    assert aside.model_dump() == plain.model_dump()
