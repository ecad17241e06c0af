"""The cyclic garbage collector paused while a brief is built (``briefx.fast.collector``):
off inside, the caller's setting given back after, on an error too."""

from __future__ import annotations

import gc

import pytest

import briefx.crossdoc.build as build
from briefx.crossdoc.build import BriefBuilder
from briefx.fast.collector import collector_paused
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
