"""The timeline: one marker or bar per date covering calendar days."""

from __future__ import annotations

import sys

import matplotlib
import pytest

matplotlib.use("Agg")

import matplotlib.pyplot as plt

from briefx import MissingExtraError, brief
from briefx.views.plot import DATE_GID, REFERENCE_GID, timeline


def _drawn(ax) -> int:
    artists = [*ax.lines, *ax.patches]
    return sum(a.get_gid() == DATE_GID for a in artists)


def test_timeline_document(seed_docs) -> None:
    for doc in seed_docs.values():
        ax = timeline(doc)
        assert _drawn(ax) == sum(d.range is not None for d in doc.dates)
        assert [t.get_text() for t in ax.get_yticklabels()] == [doc.doc_id]
        assert any(line.get_gid() == REFERENCE_GID for line in ax.lines)
        plt.close(ax.figure)


def test_timeline_brief(seed_docs) -> None:
    b = brief(list(seed_docs.values()))
    fig, ax = plt.subplots()
    assert timeline(b, ax=ax) is ax
    # A brief's plot draws its timeline entries, one row each, labelled by headline.
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == len(b.timeline) > 0
    assert all(t.rstrip("…") in e.headline for t, e in zip(labels, b.timeline, strict=True))
    fig.canvas.draw()  # renders without error
    plt.close(fig)


def test_missing_matplotlib(seed_docs, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(MissingExtraError, match=r'pip install "briefx\[plot\]"'):
        timeline(next(iter(seed_docs.values())))
