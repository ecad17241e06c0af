"""The store's tables: their SQL, the schema version, and opening a database file.

Each document is kept whole as its contract JSON (``documents.document``), so a Document
read back is the one that was stored, whatever fields later contract versions add; the
other tables spell its extractions out in rows a person can query (``docs/store.md``).
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from briefx.errors import StoreError

# The store's own schema version (not the contract's): bump it with every change of the
# tables below, and add a migration from the previous version to MIGRATIONS.
STORE_VERSION = 1

# Seconds a writer waits for another run's transaction before giving up cleanly.
BUSY_TIMEOUT = 60.0

TABLES = """
CREATE TABLE IF NOT EXISTS store_schema (
    version INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    input_key TEXT NOT NULL UNIQUE,
    ordinal INTEGER NOT NULL,
    doc_id TEXT NOT NULL,
    source TEXT,
    content_hash TEXT NOT NULL,
    reference_date TEXT NOT NULL,
    reference_origin TEXT NOT NULL,
    briefx_version TEXT NOT NULL,
    document TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_reference ON documents (reference_date);
CREATE INDEX IF NOT EXISTS documents_doc_id ON documents (doc_id);
CREATE INDEX IF NOT EXISTS documents_ordinal ON documents (ordinal);
CREATE TABLE IF NOT EXISTS entities (
    document INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL,
    PRIMARY KEY (document, entity)
);
CREATE INDEX IF NOT EXISTS entities_name ON entities (name);
CREATE INDEX IF NOT EXISTS entities_type ON entities (type);
CREATE TABLE IF NOT EXISTS mentions (
    document INTEGER NOT NULL,
    entity TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    FOREIGN KEY (document, entity) REFERENCES entities (document, entity) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions (document, entity);
CREATE INDEX IF NOT EXISTS mentions_text ON mentions (text);
CREATE TABLE IF NOT EXISTS dates (
    document INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    type TEXT NOT NULL,
    value TEXT,
    mod TEXT,
    anchor TEXT NOT NULL,
    PRIMARY KEY (document, idx)
);
CREATE INDEX IF NOT EXISTS dates_value ON dates (value);
CREATE TABLE IF NOT EXISTS quantities (
    document INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    value REAL,
    low REAL,
    high REAL,
    qualifier TEXT NOT NULL,
    unit TEXT,
    unit_lemma TEXT,
    event TEXT,
    kind TEXT,
    PRIMARY KEY (document, idx)
);
CREATE INDEX IF NOT EXISTS quantities_unit ON quantities (unit_lemma);
CREATE TABLE IF NOT EXISTS facts (
    document INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL,
    text TEXT NOT NULL,
    entities TEXT NOT NULL,
    speaker TEXT,
    cue TEXT,
    PRIMARY KEY (document, sentence)
);
CREATE TABLE IF NOT EXISTS events (
    document INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    lemma TEXT NOT NULL,
    agent TEXT,
    agent_entity TEXT,
    patient TEXT,
    patient_entity TEXT,
    place TEXT,
    polarity TEXT NOT NULL,
    modality TEXT NOT NULL,
    PRIMARY KEY (document, sentence, idx),
    FOREIGN KEY (document, sentence) REFERENCES facts (document, sentence) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS events_lemma ON events (lemma);
CREATE TABLE IF NOT EXISTS errors (
    id INTEGER PRIMARY KEY,
    input_key TEXT NOT NULL UNIQUE,
    ordinal INTEGER NOT NULL,
    doc_id TEXT,
    source TEXT NOT NULL,
    error TEXT NOT NULL,
    briefx_version TEXT NOT NULL
);
"""

# version -> SQL that turns a store of that version into one of the next version.
MIGRATIONS: dict[int, str] = {}


def read_only_file(path: Path) -> bool:
    """True when the file's permission bits allow no one to write it.

    Checked on the bits, not with ``os.access``: a superuser may write any file, but a
    file marked read-only is meant to stay as it is.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def connect(path: Path, *, write: bool) -> sqlite3.Connection:
    """Open the store at ``path``: for writing (created when absent) or read-only.

    Raises:
        StoreError: the file is not a briefx store, is of a newer store version, or
            cannot be written (for ``write``).
    """
    if write and read_only_file(path):
        raise StoreError(
            f"{path}: the database file is read-only; make it writable (chmod u+w) or "
            "give another --db file."
        )
    if not write and not path.exists():
        raise StoreError(f"{path}: no such database; create it with `briefx extract ... --db`.")
    try:
        if write:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None)
        else:
            conn = _open_read_only(path)
        conn.execute("PRAGMA foreign_keys = ON")
        if write:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        _check_version(conn, path, write=write)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot use this database: {exc}") from None
    return conn


def _open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes; a file without the WAL's side files is read as is."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        # A WAL database in a place where its -shm file cannot be made: read it as
        # immutable (no other process may write it meanwhile, which a read-only file
        # promises).
        conn.close()
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?immutable=1", uri=True, isolation_level=None
        )
    return conn


def _check_version(conn: sqlite3.Connection, path: Path, *, write: bool) -> None:
    """Create the tables in an empty file; migrate an older store; refuse a newer one."""
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not names:
        if not write:
            raise StoreError(f"{path}: the database is empty; fill it with `briefx extract --db`.")
        # One transaction; two runs creating the same file at once both end with one row.
        conn.executescript(
            f"BEGIN IMMEDIATE; {TABLES} INSERT INTO store_schema (version) SELECT "
            f"{STORE_VERSION} WHERE NOT EXISTS (SELECT 1 FROM store_schema); COMMIT;"
        )
        return
    if "store_schema" not in names:
        raise StoreError(
            f"{path}: this SQLite database is not a briefx store (it has no store_schema "
            "table); give a new file to --db."
        )
    row = conn.execute("SELECT max(version) FROM store_schema").fetchone()
    version = row[0] if row and row[0] is not None else STORE_VERSION
    if version > STORE_VERSION:
        raise StoreError(
            f"{path}: the store was written by a newer briefx (store version {version}; this "
            f"briefx reads version {STORE_VERSION}); upgrade briefx, or give another --db file."
        )
    if version < STORE_VERSION:
        if not write:
            raise StoreError(
                f"{path}: the store has version {version}, older than this briefx's "
                f"{STORE_VERSION}; run `briefx extract --db` on it once to migrate it."
            )
        _migrate(conn, path, version)


def _migrate(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Bring an older store up to STORE_VERSION, one step per version, or refuse it."""
    while version < STORE_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise StoreError(
                f"{path}: the store has version {version}, which this briefx cannot migrate; "
                "extract again into a new --db file."
            )
        conn.executescript(
            f"BEGIN IMMEDIATE; {step}; UPDATE store_schema SET version = {version + 1}; COMMIT;"
        )
        version += 1


def file_path(path: str | os.PathLike[str]) -> Path:
    """The database path as a ``Path``."""
    return Path(path)
