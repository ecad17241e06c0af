"""The corpus store: round trip, reruns, a killed run resumed, two runs at once, read-only."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import briefx
from briefx import Store, StoreError
from briefx.cli import app
from briefx.store.tables import STORE_VERSION

runner = CliRunner()
BRIEFX = [sys.executable, "-m", "briefx"]

TOWNS = ["Aldmoor", "Brenfield", "Castora", "Dunmarsh", "Eskvale", "Fernhollow"]


def _article(k: int) -> str:
    """An invented report; k varies the town, the count and the day."""
    town = TOWNS[k % len(TOWNS)]
    return (
        f"{town}, March {k % 27 + 1} -- Mayor Ilsa Brandt said on Tuesday that {k + 3} families "
        f"were moved from the river district of {town} after the storm.\n\n"
        f"The Harbour Authority will reopen the port next week, a spokesman told reporters."
    )


def _folder(tmp_path: Path, n: int) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for k in range(n):
        (folder / f"a{k:03d}.txt").write_text(_article(k), encoding="utf-8")
    return folder


def _rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


# -- Python API ---------------------------------------------------------------------------


def test_round_trip_equals_extract(tmp_path: Path, nlp) -> None:
    items = [
        {"id": f"r{k}", "text": _article(k), "published": "2024-05-0" + str(k + 1)}
        for k in range(3)
    ]
    extracted = list(briefx.extract_many(items, nlp=nlp))
    with Store(tmp_path / "s.db") as store:
        assert store.add(extracted) == 3
        back = list(store.documents())
    assert [d.model_dump(mode="json") for d in back] == [
        d.model_dump(mode="json") for d in extracted
    ]
    # The rows spell the extractions out, one per mention / date / quantity / fact / event.
    db = tmp_path / "s.db"
    assert _rows(db, "SELECT count(*) FROM mentions")[0][0] == sum(
        len(e.mentions) for d in extracted for e in d.entities
    )
    assert _rows(db, "SELECT count(*) FROM dates")[0][0] == sum(len(d.dates) for d in extracted)
    assert _rows(db, "SELECT count(*) FROM quantities")[0][0] == sum(
        len(d.quantities) for d in extracted
    )
    assert _rows(db, "SELECT count(*) FROM facts")[0][0] == sum(len(d.facts) for d in extracted)
    assert _rows(db, "SELECT count(*) FROM events")[0][0] == sum(
        len(f.events) for d in extracted for f in d.facts
    )
    assert _rows(db, "PRAGMA foreign_key_check") == []
    assert _rows(db, "PRAGMA journal_mode")[0][0] == "wal"


def test_rerun_extracts_only_what_changed(tmp_path: Path, nlp) -> None:
    items = [{"id": f"d{k}", "text": _article(k)} for k in range(4)]
    store = Store(tmp_path / "s.db")
    first = list(store.extract(items, published="2024-06-01"))
    assert (store.last_run.extracted, store.last_run.unchanged) == (4, 0)
    again = list(store.extract(items, published="2024-06-01"))
    assert (store.last_run.extracted, store.last_run.unchanged) == (0, 4)
    assert [d.model_dump() for d in again] == [d.model_dump() for d in first]
    assert list(store.extract(items, published="2024-06-01", unchanged=False)) == []
    assert store.last_run.unchanged == 4
    # Another reference date is another extraction (relative dates resolve differently).
    list(store.extract(items[:1], published="2024-06-02"))
    assert (store.last_run.extracted, store.last_run.unchanged) == (1, 0)
    # A changed text replaces its rows and keeps its place.
    items[2] = {"id": "d2", "text": _article(2).replace("families", "households")}
    result = list(store.extract(items, published="2024-06-01"))
    assert (store.last_run.extracted, store.last_run.unchanged) == (2, 2)
    assert "households" in result[2].sentences[0].text
    stored = list(store.documents())
    assert [d.doc_id for d in stored] == ["d0", "d1", "d2", "d3"]
    assert "households" in stored[2].sentences[0].text
    assert store.count() == (4, 0)
    store.close()


def test_since_until_choose_by_reference_date(tmp_path: Path, nlp) -> None:
    items = [
        {"id": f"p{k}", "text": _article(k), "published": f"2024-07-{k + 10}"} for k in range(3)
    ]
    with Store(tmp_path / "s.db") as store:
        list(store.extract(items))
        assert [d.doc_id for d in store.documents(since="2024-07-11")] == ["p1", "p2"]
        assert [d.doc_id for d in store.documents(until="2024-07-11")] == ["p0", "p1"]
        assert [d.doc_id for d in store.documents(since="2024-07-11", until="2024-07-11")] == ["p1"]
        assert len(store.brief(since="2024-07-12").documents) == 1


def test_error_records_are_stored_and_replaced(tmp_path: Path, nlp) -> None:
    with Store(tmp_path / "s.db") as store:
        list(store.extract([{"id": "x", "source": "feed:1"}]))  # no text: an error record
        assert store.count() == (0, 1)
        assert [e.source for e in store.errors()] == ["feed:1"]
        list(store.extract([{"id": "x", "source": "feed:1", "text": _article(1)}]))
        assert store.count() == (1, 0)


def test_newer_store_is_refused(tmp_path: Path, nlp) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        store.add([briefx.extract(_article(0), published="2024-01-01")])
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE store_schema SET version = ?", (STORE_VERSION + 1,))
    with pytest.raises(StoreError, match="newer briefx"):
        list(Store(db).documents())
    result = runner.invoke(app, ["brief", "--db", str(db)])
    assert result.exit_code == 2
    assert "newer briefx" in result.stderr


def test_older_store_is_migrated_or_refused(tmp_path: Path, monkeypatch, nlp) -> None:
    from briefx.store import tables

    db = tmp_path / "s.db"
    with Store(db) as store:
        store.add([briefx.extract(_article(0), published="2024-01-01")])
    # A next store version with a migration from this one: opening for writing migrates.
    monkeypatch.setattr(tables, "STORE_VERSION", STORE_VERSION + 1)
    monkeypatch.setattr(
        tables, "MIGRATIONS", {STORE_VERSION: "CREATE TABLE added_later (x INTEGER)"}
    )
    with pytest.raises(StoreError, match="run `briefx extract --db` on it once"):
        list(Store(db, read_only=True).documents())  # a reader never migrates
    with Store(db) as store:
        assert store.count() == (1, 0)
    assert _rows(db, "SELECT version FROM store_schema") == [(STORE_VERSION + 1,)]
    assert _rows(db, "SELECT count(*) FROM added_later") == [(0,)]
    # Without a migration the older store is refused, never mixed.
    monkeypatch.setattr(tables, "STORE_VERSION", STORE_VERSION + 2)
    monkeypatch.setattr(tables, "MIGRATIONS", {})
    with pytest.raises(StoreError, match="cannot migrate"):
        list(Store(db).extract([]))


def test_workers_write_through_the_parent(tmp_path: Path, nlp) -> None:
    items = [{"id": f"w{k}", "text": _article(k), "published": "2024-09-09"} for k in range(6)]
    # Batches of two: the six inputs are three batches, so both workers start.
    with Store(tmp_path / "one.db") as one, Store(tmp_path / "two.db", batch_size=2) as two:
        serial = [d.model_dump() for d in one.extract(items)]
        parallel = [d.model_dump() for d in two.extract(items, workers=2)]
        assert parallel == serial
        assert [d.model_dump() for d in two.documents()] == serial


def test_a_database_of_something_else_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE notes (x TEXT)")
    result = runner.invoke(app, ["extract", "-", "--db", str(db)], input="Some text here.")
    assert result.exit_code == 2
    assert "not a briefx store" in result.stderr


# -- CLI ------------------------------------------------------------------------------------


def test_cli_prints_nothing_with_db_and_brief_matches(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 4)
    db = tmp_path / "s.db"
    result = runner.invoke(app, ["extract", str(folder), "--db", str(db), "-p", "2024-02-02"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "4 extracted, 0 unchanged" in result.stderr
    again = runner.invoke(
        app, ["extract", str(folder), "--db", str(db), "-p", "2024-02-02", "-f", "jsonl"]
    )
    assert "0 extracted, 4 unchanged" in again.stderr
    assert [json.loads(line)["doc_id"] for line in again.stdout.splitlines()] == [
        "a000",
        "a001",
        "a002",
        "a003",
    ]
    direct = runner.invoke(app, ["brief", str(folder), "-p", "2024-02-02"])
    stored = runner.invoke(app, ["brief", "--db", str(db)])
    assert stored.exit_code == 0, stored.output
    assert json.loads(stored.stdout) == json.loads(direct.stdout)
    assert json.loads(direct.stdout)["fact_clusters"]  # the comparison has clusters to compare


def test_brief_db_refuses_inputs_and_dates_without_db(tmp_path: Path) -> None:
    result = runner.invoke(app, ["brief", "x.txt", "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 2 and "briefx extract" in result.stderr
    result = runner.invoke(app, ["brief", "x.txt", "--since", "2024-01-01"])
    assert result.exit_code == 2 and "--db" in result.stderr
    missing = runner.invoke(app, ["brief", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "no such database" in missing.stderr


def test_read_only_database_file(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 2)
    db = tmp_path / "s.db"
    assert runner.invoke(app, ["extract", str(folder), "--db", str(db)]).exit_code == 0
    before = runner.invoke(app, ["brief", "--db", str(db)]).stdout
    db.chmod(0o444)
    try:
        refused = runner.invoke(app, ["extract", str(folder), "--db", str(db)])
        assert refused.exit_code == 2
        assert "read-only" in refused.stderr
        read = runner.invoke(app, ["brief", "--db", str(db)])
        assert read.exit_code == 0, read.output
        assert read.stdout == before
    finally:
        db.chmod(0o644)


# -- processes: killed mid-run, two at once ----------------------------------------------


def _integrity(db: Path) -> None:
    assert _rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert _rows(db, "PRAGMA foreign_key_check") == []


def test_killed_run_resumes_with_every_input_once(tmp_path: Path) -> None:
    n = 120
    folder = _folder(tmp_path, n)
    db = tmp_path / "s.db"
    cmd = [*BRIEFX, "extract", str(folder), "--db", str(db), "-p", "2024-03-03"]
    run = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    stored = 0
    while time.monotonic() < deadline and run.poll() is None:
        if db.exists():
            try:
                stored = _rows(db, "SELECT count(*) FROM documents")[0][0]
            except sqlite3.OperationalError:
                stored = 0
            if stored >= 16:
                break
        time.sleep(0.05)
    os.kill(run.pid, signal.SIGKILL)
    run.wait()
    assert run.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    kept = _rows(db, "SELECT count(*) FROM documents")[0][0]
    assert 16 <= kept < n
    _integrity(db)
    again = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert again.returncode == 0, again.stderr
    assert f"{n - kept} extracted, {kept} unchanged" in again.stderr
    assert _rows(db, "SELECT count(*), count(DISTINCT input_key) FROM documents") == [(n, n)]
    _integrity(db)


def test_two_runs_at_once_on_one_database(tmp_path: Path) -> None:
    n = 24
    folder = _folder(tmp_path, n)
    db = tmp_path / "s.db"
    cmd = [*BRIEFX, "extract", str(folder), "--db", str(db), "-p", "2024-04-04"]
    runs = [
        subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outcomes = [(r.wait(timeout=600), *r.communicate()) for r in runs]
    for code, out, err in outcomes:
        assert out == ""
        # Each run either waited for the other's transactions and finished, or stopped with
        # one clean line (never a traceback).
        assert code == 0 or (code == 2 and err.startswith("briefx: error:")), err
        assert "Traceback" not in err
    assert any(code == 0 for code, _, _ in outcomes)
    assert _rows(db, "SELECT count(*), count(DISTINCT input_key) FROM documents") == [(n, n)]
    _integrity(db)


def test_every_query_of_docs_store_md_runs(tmp_path: Path, nlp) -> None:
    import re

    doc_text = (Path(__file__).resolve().parents[1] / "docs" / "store.md").read_text("utf-8")
    statements = [
        s
        for block in re.findall(r"```sql\n(.*?)```", doc_text, re.S)
        for s in block.split(";")
        if s.strip()
    ]
    assert len(statements) >= 6
    db = tmp_path / "s.db"
    items = [{"id": f"q{k}", "text": _article(k), "published": "2024-08-01"} for k in range(3)]
    with Store(db) as store:
        list(store.extract(items))
    answered = [_rows(db, s) for s in statements]
    # The first five (names, days, counts, events, dates) find what the articles hold.
    assert all(answered[:5]), answered
    assert ("Ilsa Brandt", "PERSON") in [row[:2] for row in answered[0]]
