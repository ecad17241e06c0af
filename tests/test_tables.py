"""Flat tables of documents and briefs, as row dicts and as pandas DataFrames."""

from __future__ import annotations

import sys

import pandas as pd
import pytest

from briefx import MissingExtraError, brief
from briefx.views.tables import columns, to_pandas, to_records


@pytest.fixture(scope="module")
def seed_brief(seed_docs):
    return brief(list(seed_docs.values()))


def test_document_records(seed_docs) -> None:
    for doc in seed_docs.values():
        t = to_records(doc)
        assert set(t) == {"mentions", "dates", "quantities", "facts"}
        assert len(t["mentions"]) == sum(len(e.mentions) for e in doc.entities)
        assert len(t["dates"]) == len(doc.dates)
        assert len(t["quantities"]) == len(doc.quantities)
        assert len(t["facts"]) == len(doc.facts)
        for name, rows in t.items():
            for row in rows:
                assert row["doc_id"] == doc.doc_id
                # flat: scalars only
                assert all(v is None or isinstance(v, str | int | float) for v in row.values())
                assert set(row) <= set(columns(doc, name))
        assert doc.to_records() == t


def test_brief_records(seed_brief) -> None:
    t = to_records(seed_brief)
    assert set(t) == {"mentions", "dates", "quantities", "facts", "clusters", "timeline"}
    assert len(t["mentions"]) == sum(
        len(e.mentions) for d in seed_brief.documents for e in d.entities
    )
    assert {r["doc_id"] for r in t["dates"]} == {d.doc_id for d in seed_brief.documents}
    assert all(r["corpus_entity"] for r in t["mentions"])
    assert len(t["clusters"]) == sum(len(c.facts) for c in seed_brief.fact_clusters)
    assert all(r["doc_id"] and r["text"] for r in t["clusters"])


def test_to_pandas(seed_docs, seed_brief) -> None:
    doc = next(iter(seed_docs.values()))
    frames = doc.to_pandas()
    assert all(isinstance(f, pd.DataFrame) for f in frames.values())
    assert list(frames["dates"]["value"]) == [d.value for d in doc.dates]
    assert (frames["mentions"]["doc_id"] == doc.doc_id).all()
    frames = seed_brief.to_pandas()
    assert frames["clusters"]["cluster"].nunique() == len(seed_brief.fact_clusters)
    empty = to_pandas(doc.model_copy(update={"quantities": [], "facts": []}))
    assert empty["quantities"].empty and "unit" in empty["quantities"].columns


def test_missing_pandas(seed_docs, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    doc = next(iter(seed_docs.values()))
    with pytest.raises(MissingExtraError, match=r'pip install "briefx\[pandas\]"'):
        doc.to_pandas()
    assert to_records(doc)["dates"]  # records need no pandas


def test_wrong_type() -> None:
    with pytest.raises(TypeError):
        to_records({"doc_id": "x"})
