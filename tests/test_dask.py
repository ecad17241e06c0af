"""briefx.dask on a LocalCluster with two workers gives exactly the serial output."""

from __future__ import annotations

from pathlib import Path

import pytest

import briefx
import briefx.dask

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def records() -> list[dict]:
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    extra = [
        "Kyiv said on Monday that 185 prisoners were swapped.",
        "",
        "Talks in Istanbul resumed last week, Peskov said.",
    ]
    return [
        {"id": f"r{i}", "text": t, "published": "2025-11-18"} for i, t in enumerate(texts + extra)
    ]


@pytest.fixture(scope="module")
def client():
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with Client(cluster) as c:
        yield c
    cluster.close()


def test_bag_on_two_workers_equals_serial(client, records) -> None:
    import dask.bag as db

    serial = [d.model_dump(mode="json") for d in briefx.extract_many(records)]
    bag = db.from_sequence(records, npartitions=3)
    distributed = briefx.dask.extract_bag(bag).compute()
    assert distributed == serial
    assert len(client.scheduler_info()["workers"]) == 2


def test_dataframe_on_two_workers_equals_serial(client, records) -> None:
    import dask.dataframe as dd
    import pandas

    serial = [d.model_dump(mode="json") for d in briefx.extract_many(records)]
    frame = dd.from_pandas(pandas.DataFrame(records), npartitions=2)
    out = briefx.dask.extract_dataframe(frame).compute()
    assert list(out["briefx"]) == serial
    assert list(out["id"]) == [r["id"] for r in records]


def test_missing_dask_is_a_clear_error(monkeypatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_dask(name, *args, **kwargs):
        if name.startswith("dask"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_dask)
    with pytest.raises(briefx.MissingExtraError, match=r"briefx\[dask\]"):
        briefx.dask.extract_bag(None)
