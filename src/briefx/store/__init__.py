"""A corpus store: documents and error records kept in SQLite, extracted once.

    >>> store = briefx.Store("news.db")
    >>> for result in store.extract(briefx.iter_sources(["inbox/"])):
    ...     pass                      # unchanged inputs are read back, not extracted
    >>> store.brief(since="2025-11-01")

One writer at a time (SQLite's WAL mode): each batch of results is one transaction, so a
run killed at any point keeps every batch before it, and the next run extracts only what
is missing or changed. The tables are described in ``docs/store.md``.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import metadata
from itertools import chain
from os import PathLike
from pathlib import Path
from types import TracebackType
from typing import Any

from briefx.api import extract_many, job_for
from briefx.crossdoc import build_brief
from briefx.errors import StoreError
from briefx.inputs import Source
from briefx.reference import DateLike, resolve_reference
from briefx.schema import Brief, Document, ErrorRecord
from briefx.store.rows import write_rows
from briefx.store.tables import connect, read_only_file

__all__ = ["RunSummary", "Store", "StoreError"]


def briefx_version() -> str:
    """The installed briefx's version: a store row extracted by another one is redone."""
    try:
        return metadata.version("briefx")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def content_hash(text: str, outlet: str | None = None, title: str | None = None) -> str:
    """SHA-256 of the text as decoded (what the offsets index), and of the outlet and
    title when metadata gives them (a changed headline is a changed input; a text without
    them hashes as it always did)."""
    if outlet is not None or title is not None:
        text = f"{text}\x00{outlet or ''}\x00{title or ''}"
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class RunSummary:
    """What one ``Store.extract`` run did."""

    extracted: int = 0
    unchanged: int = 0
    errors: int = 0

    def line(self, path: Path) -> str:
        """One line for stderr."""
        return (
            f"briefx: {path}: {self.extracted} extracted, {self.unchanged} unchanged, "
            f"{self.errors} could not be read"
        )


@dataclass(frozen=True)
class _Pending:
    """One input of a run: its key in the store, and its hash (None: read from the store)."""

    key: str
    digest: str | None
    skip: bool


class Store:
    """A SQLite file of Documents and ErrorRecords, one per input.

    Args:
        path: the database file (created on the first write).
        read_only: open without ever writing (a read-only file is always opened so).
        batch_size: results per transaction when writing (and per extraction batch).
    """

    def __init__(
        self, path: str | PathLike[str], *, read_only: bool = False, batch_size: int = 16
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.batch_size = max(1, batch_size)
        self.last_run = RunSummary()
        self._conn: sqlite3.Connection | None = None
        self._writable = False

    # -- connection -------------------------------------------------------------------

    def _db(self, *, write: bool = False) -> sqlite3.Connection:
        if write and self.read_only:
            raise StoreError(f"{self.path}: the store was opened read-only.")
        if self._conn is not None and (self._writable or not write):
            return self._conn
        # A store that may be written is opened for writing at once, so that an older
        # store is migrated (and a new file created) before anything is read.
        write = write or not (self.read_only or read_only_file(self.path))
        self.close()
        self._conn = connect(self.path, write=write)
        self._writable = write
        return self._conn

    def close(self) -> None:
        """Close the database connection (a later call opens it again)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- writing ----------------------------------------------------------------------

    def add(self, documents: Iterable[Document | ErrorRecord]) -> int:
        """Store documents (and error records) already extracted; returns how many.

        A result replaces the stored one of the same input (its ``source``, else its
        ``doc_id``). The content hash is the text's when the Document carries it, else
        its JSON's. Results are committed per ``batch_size``.
        """
        count = 0
        batch: list[tuple[Document | ErrorRecord, str | None]] = []
        for result in documents:
            digest = None
            if isinstance(result, Document):
                text = result.text
                digest = (
                    content_hash(result.model_dump_json())
                    if text is None
                    else content_hash(text, result.outlet, result.title)
                )
            batch.append((result, digest))
            if len(batch) >= self.batch_size:
                count += self._write(batch)
                batch = []
        if batch:
            count += self._write(batch)
        return count

    def extract(
        self,
        items: Iterable[str | Source | Mapping[str, Any]],
        *,
        model: str | None = None,
        published: DateLike = None,
        workers: int = 1,
        unchanged: bool = True,
    ) -> Iterator[Document | ErrorRecord]:
        """Extract what the store lacks, store it, and yield every input's result in order.

        An input whose text (content hash), reference date and briefx version match its
        stored row is read back instead of extracted; a changed one is extracted and
        replaces its rows. Results are written here, in this process, whatever
        ``workers`` is. ``last_run`` counts what was done.

        Args:
            items: what ``briefx.extract_many`` takes.
            model: a spaCy pipeline name or path (loaded only when something is extracted).
            published: a publication date for every input, overriding their metadata.
            workers: processes that extract (the writing stays in this one).
            unchanged: also yield the stored result of each unchanged input (False: yield
                only what this run extracted, and never read the stored JSON back).
        """
        self._db(write=True)
        override = resolve_reference(published)[0] if published is not None else None
        version = briefx_version()
        summary = self.last_run = RunSummary()
        order: deque[_Pending] = deque()

        def to_extract() -> Iterator[str | Source | Mapping[str, Any]]:
            for n, item in enumerate(items):
                text, job = job_for(item, n, override)
                key = job.source or job.doc_id
                if job.error is not None:
                    order.append(_Pending(key, None, skip=False))
                    yield item
                    continue
                digest = content_hash(text, job.outlet, job.title)
                skip = self._unchanged(key, digest, job.reference.value, version)
                order.append(_Pending(key, digest, skip=skip))
                if not skip:
                    yield item

        def flush_skipped() -> Iterator[Document | ErrorRecord]:
            while order and order[0].skip:
                key = order.popleft().key
                summary.unchanged += 1
                if unchanged:
                    yield self._stored(key)

        batch: list[tuple[Document | ErrorRecord, str | None]] = []
        todo = to_extract()
        first = next(todo, None)  # nothing to extract: the model is never loaded
        fresh = (
            extract_many(
                chain([first], todo),
                model=model,
                published=override,
                workers=workers,
                batch_size=self.batch_size,
            )
            if first is not None
            else iter(())
        )
        try:
            for result in fresh:
                yield from flush_skipped()
                pending = order.popleft()
                batch.append((result, pending.digest))
                if isinstance(result, ErrorRecord):
                    summary.errors += 1
                else:
                    summary.extracted += 1
                if len(batch) >= self.batch_size:
                    self._write(batch)
                    batch = []
                yield result
            yield from flush_skipped()
        finally:
            if batch:
                self._write(batch)

    def _unchanged(self, key: str, digest: str, reference: str, version: str) -> bool:
        row = (
            self._db()
            .execute(
                "SELECT 1 FROM documents WHERE input_key = ? AND content_hash = ? AND "
                "reference_date = ? AND briefx_version = ?",
                (key, digest, reference, version),
            )
            .fetchone()
        )
        return row is not None

    def _stored(self, key: str) -> Document:
        row = (
            self._db()
            .execute("SELECT document FROM documents WHERE input_key = ?", (key,))
            .fetchone()
        )
        return Document.model_validate_json(row[0])

    def _write(self, batch: list[tuple[Document | ErrorRecord, str | None]]) -> int:
        """One transaction: each result replaces its input's rows."""
        conn = self._db(write=True)
        version = briefx_version()
        try:
            conn.execute("BEGIN IMMEDIATE")
            for result, digest in batch:
                if isinstance(result, ErrorRecord):
                    self._put_error(conn, result, version)
                else:
                    self._put_document(conn, result, digest or "", version)
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(
                f"{self.path}: could not write ({exc}); another run may hold the database "
                "for too long, or the file or its folder is not writable."
            ) from None
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return len(batch)

    @staticmethod
    def _ordinal(conn: sqlite3.Connection, key: str) -> int:
        """The input's place in the store: kept when it is replaced, else after the rest."""
        row = conn.execute(
            "SELECT ordinal FROM documents WHERE input_key = ? UNION ALL "
            "SELECT ordinal FROM errors WHERE input_key = ?",
            (key, key),
        ).fetchone()
        if row is not None:
            return int(row[0])
        top = conn.execute(
            "SELECT max(m) FROM (SELECT max(ordinal) AS m FROM documents "
            "UNION ALL SELECT max(ordinal) FROM errors)"
        ).fetchone()[0]
        return 0 if top is None else int(top) + 1

    def _put_document(
        self, conn: sqlite3.Connection, doc: Document, digest: str, version: str
    ) -> None:
        key = doc.source or doc.doc_id
        ordinal = self._ordinal(conn, key)
        conn.execute("DELETE FROM documents WHERE input_key = ?", (key,))
        conn.execute("DELETE FROM errors WHERE input_key = ?", (key,))
        cursor = conn.execute(
            "INSERT INTO documents (input_key, ordinal, doc_id, source, content_hash, "
            "reference_date, reference_origin, briefx_version, document) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                key,
                ordinal,
                doc.doc_id,
                doc.source,
                digest,
                doc.reference_date.value,
                doc.reference_date.origin,
                version,
                doc.model_dump_json(),
            ),
        )
        assert cursor.lastrowid is not None
        write_rows(conn, cursor.lastrowid, doc)

    def _put_error(self, conn: sqlite3.Connection, error: ErrorRecord, version: str) -> None:
        key = error.source
        ordinal = self._ordinal(conn, key)
        conn.execute("DELETE FROM documents WHERE input_key = ?", (key,))
        conn.execute("DELETE FROM errors WHERE input_key = ?", (key,))
        conn.execute(
            "INSERT INTO errors (input_key, ordinal, doc_id, source, error, briefx_version) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (key, ordinal, error.doc_id, error.source, error.error, version),
        )

    # -- reading ----------------------------------------------------------------------

    def documents(self, *, since: DateLike = None, until: DateLike = None) -> Iterator[Document]:
        """The stored Documents in input order, one at a time (the JSON that was stored).

        Args:
            since: only documents whose reference date is on or after this date.
            until: only documents whose reference date is on or before this date.
        """
        where, args = _date_filter(since, until)
        cursor = self._db().execute(
            f"SELECT document FROM documents {where} ORDER BY ordinal", args
        )
        for (data,) in cursor:
            yield Document.model_validate_json(data)

    def errors(self) -> Iterator[ErrorRecord]:
        """The stored error records (inputs that could not be read), in input order."""
        cursor = self._db().execute("SELECT source, error, doc_id FROM errors ORDER BY ordinal")
        for source, error, doc_id in cursor:
            yield ErrorRecord(source=source, error=error, doc_id=doc_id)

    def count(self) -> tuple[int, int]:
        """How many documents and error records the store holds."""
        conn = self._db()
        docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        errs = conn.execute("SELECT count(*) FROM errors").fetchone()[0]
        return int(docs), int(errs)

    def brief(self, *, since: DateLike = None, until: DateLike = None) -> Brief:
        """The brief of the stored documents, without extracting anything again.

        Documents are read back one at a time from their stored JSON (the article texts
        are not kept in the store, so they are never in memory). Error records are part
        of the brief when no date limits it.

        Args:
            since: only documents whose reference date is on or after this date.
            until: only documents whose reference date is on or before this date.
        """
        results: Iterable[Document | ErrorRecord] = self.documents(since=since, until=until)
        if since is None and until is None:
            results = [*results, *self.errors()]
        return build_brief(results)


def _date_filter(since: DateLike, until: DateLike) -> tuple[str, tuple[str, ...]]:
    """The WHERE clause on the reference date (ISO dates compare as strings)."""
    parts: list[str] = []
    args: list[str] = []
    for bound, op in ((since, ">="), (until, "<=")):
        if bound is None:
            continue
        value = resolve_reference(bound)[0].value
        parts.append(f"reference_date {op} ?")
        args.append(value)
    return ("WHERE " + " AND ".join(parts) if parts else ""), tuple(args)
