"""Many inputs: folders, JSONL corpora and stdin, lazily and in input order."""

from __future__ import annotations

import codecs
import dataclasses
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, TextIO

from briefx.errors import InputError
from briefx.inputs.decode import decode_bytes, normalize_newlines
from briefx.inputs.html import HTML_SUFFIXES
from briefx.inputs.sources import (
    DEFAULT_MAX_BYTES,
    EMPTY_WARNING,
    JSONL_SUFFIX,
    META_SUFFIX,
    Source,
    _about,
    _error,
    _human,
    _iso_date,
    _meta_id,
    _not_utf8,
    meta_text,
    printable_name,
    read_source,
)

__all__ = ["FOLDER_SUFFIXES", "iter_sources"]

# What a folder contributes; anything else in it (images, notes, sidecars) is not an input.
FOLDER_SUFFIXES = frozenset({".txt", JSONL_SUFFIX, *HTML_SUFFIXES})
STDIN_NAME = "-"
STDIN_SOURCE = "<stdin>"
# Lines in a row that are not UTF-8 after which a "JSONL" file is taken for binary data.
UNDECODABLE_RUN = 8
_NOT_UTF8 = "the line is not UTF-8"


def iter_sources(
    inputs: Iterable[str | Path],
    *,
    stdin: TextIO | BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    skip: Iterable[str | Path] = (),
    follow_links: bool = False,
) -> Iterator[Source]:
    """Yield one Source per document of ``inputs``, lazily and in input order.

    Each input is a file (see :func:`read_source`); a folder (its ``.txt``, ``.html``,
    ``.htm`` and ``.jsonl`` files, recursively, sorted by name, hidden files and
    ``*.meta.json`` skipped); a ``.jsonl`` file (one document per line); or ``-`` for
    standard input. Folders and JSONL files are never read into memory whole. Nothing is
    dropped: a missing path, an empty folder or a bad JSONL line gives an error Source.

    Args:
        inputs: paths as the analyst gave them.
        stdin: the stream ``-`` reads (default ``sys.stdin``); bytes are decoded as files are.
        max_bytes: a document (file, JSONL line, stdin) larger than this gives an error Source.
        skip: files a folder walk passes over (the CLI's own ``-o`` file, which would
            otherwise be read back as an input on the next run).
        follow_links: follow symbolic links to folders met inside a folder (by default
            they are passed over, as ``grep -r`` does: a link can lead out of the folder,
            or into ``/proc``). A folder named as an input is always read. Either way no
            folder is walked twice and no file read twice through links, and a special
            file met in a folder (a pipe, a device, a socket) is an error record.

    A Source whose ``doc_id`` an earlier one already had keeps it, with a warning.

    Yields:
        Sources, in input order.

    Raises:
        MissingExtraError: an HTML file was met and the ``html`` extra is not installed.
    """
    seen: set[str] = set()
    skipped = _file_keys(skip)
    for src in _iter_inputs(inputs, stdin, max_bytes, skipped, follow_links):
        if src.doc_id in seen:
            warning = f"doc_id {src.doc_id!r} repeats an earlier input's"
            src = dataclasses.replace(src, warnings=(*src.warnings, warning))
        else:
            seen.add(src.doc_id)
        yield src


def _file_keys(paths: Iterable[str | Path]) -> frozenset[tuple[int, int]]:
    """The (device, inode) of each path that exists: the same file under any name."""
    keys = set()
    for path in paths:
        try:
            found = os.stat(path)
        except OSError:
            continue
        keys.add((found.st_dev, found.st_ino))
    return frozenset(keys)


def _iter_inputs(
    inputs: Iterable[str | Path],
    stdin: TextIO | BinaryIO | None,
    max_bytes: int,
    skipped: frozenset[tuple[int, int]] = frozenset(),
    follow_links: bool = False,
) -> Iterator[Source]:
    for item in inputs:
        # Only the string "-" is stdin: Path("-") is a file that happens to be called "-".
        if isinstance(item, str) and item == STDIN_NAME:
            yield _read_stdin(stdin if stdin is not None else sys.stdin, max_bytes)
            continue
        path = Path(item)
        if path.is_dir():
            yield from _iter_folder(path, max_bytes, skipped, follow_links)
        elif path.suffix.lower() == JSONL_SUFFIX and path.exists():
            yield from _iter_jsonl(path, max_bytes, shown=str(item))
        else:
            yield read_source(item, max_bytes=max_bytes)


def _read_stdin(stream: TextIO | BinaryIO | None, max_bytes: int) -> Source:
    doc_id = "stdin"
    if stream is None:  # e.g. pythonw, or a process started without stdin
        return _error(doc_id, STDIN_SOURCE, "There is no standard input to read from.")
    # Read bytes when there are any to read, so stdin is decoded exactly like a file.
    raw = getattr(stream, "buffer", stream)
    try:
        data = raw.read(max_bytes + 1)
    except (OSError, ValueError) as exc:  # ValueError: the stream is closed
        return _error(
            doc_id, STDIN_SOURCE, f"Standard input could not be read: {str(exc).rstrip('.')}."
        )
    warnings: list[str] = []
    encoding: str | None
    if isinstance(data, bytes):
        if len(data) > max_bytes:
            return _error(
                doc_id,
                STDIN_SOURCE,
                f"Standard input is larger than the {_human(max_bytes)} limit; "
                "split it, or raise max_bytes.",
            )
        try:
            text, encoding = decode_bytes(data)
        except InputError as exc:
            return _error(doc_id, STDIN_SOURCE, _about(STDIN_SOURCE, exc))
        if not encoding.startswith("utf"):
            warnings.append(_not_utf8(encoding))
    else:
        # A text stream was decoded by Python already; a StringIO may still hold \r\n.
        if len(data) > max_bytes:
            return _error(
                doc_id,
                STDIN_SOURCE,
                f"Standard input is larger than the {_human(max_bytes)} limit; "
                "split it, or raise max_bytes.",
            )
        text = normalize_newlines(data)
        encoding = getattr(stream, "encoding", None)
    if not text.strip():
        warnings.append(EMPTY_WARNING)
    return Source(
        doc_id=doc_id, source=STDIN_SOURCE, text=text, encoding=encoding, warnings=tuple(warnings)
    )


def _iter_folder(
    folder: Path,
    max_bytes: int,
    skipped: frozenset[tuple[int, int]] = frozenset(),
    follow_links: bool = False,
) -> Iterator[Source]:
    found = False
    walk = _Walk(skipped=skipped, follow_links=follow_links)
    for path, problem in walk.files(folder):
        found = True
        if problem is not None:
            yield _error(printable_name(path.stem), printable_name(str(path)), problem)
        elif path.suffix.lower() == JSONL_SUFFIX:
            yield from _iter_jsonl(path, max_bytes)
        else:
            yield read_source(path, max_bytes=max_bytes)
    if not found:
        kinds = ", ".join(sorted(FOLDER_SUFFIXES))
        shown = printable_name(str(folder))
        yield _error(
            printable_name(folder.name) or shown,
            shown,
            f"The folder {shown} holds no {kinds} files.",
            empty=True,
        )


@dataclass
class _Walk:
    """One folder walk: what it has visited, and what it passes over."""

    skipped: frozenset[tuple[int, int]] = frozenset()
    follow_links: bool = False
    folders: set[tuple[int, int]] = field(default_factory=set)
    read: set[tuple[int, int]] = field(default_factory=set)

    def files(self, folder: Path) -> Iterator[tuple[Path, str | None]]:
        """Yield ``(file, None)`` for each input file under ``folder``, or ``(path, problem)``.

        Entries of one folder are sorted by name, files and sub-folders together, a
        sub-folder's files taking its place: the order of ``sorted()`` on the paths. Each
        real folder is visited once and each real file read once, so neither a symlink
        loop nor two links to one file make anything come out twice.
        """
        try:
            found = folder.stat()
            key = (found.st_dev, found.st_ino)
            if key in self.folders:
                return
            self.folders.add(key)
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda entry: entry.name)
        except OSError as exc:
            shown = printable_name(str(folder))
            yield folder, f"The folder {shown} could not be read: {exc.strerror or exc}."
            return
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            path = folder / name
            try:
                is_dir = entry.is_dir(follow_symlinks=self.follow_links)
            except OSError:
                is_dir = False
            if is_dir:
                yield from self.files(path)
            elif entry.is_symlink() and not self.follow_links and _links_to_folder(path):
                continue  # as grep -r: a folder link is not followed unless asked
            elif path.suffix.lower() in FOLDER_SUFFIXES and not name.lower().endswith(META_SUFFIX):
                file_key = _file_key(entry)
                if file_key is not None and (file_key in self.skipped or file_key in self.read):
                    continue
                if file_key is not None:
                    self.read.add(file_key)
                yield path, _not_regular(entry, path)


def _links_to_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _file_key(entry: os.DirEntry[str]) -> tuple[int, int] | None:
    """The (device, inode) of the file an entry names, through links; None if unreadable."""
    try:
        found = entry.stat()
    except OSError:
        return None
    return (found.st_dev, found.st_ino)


def _not_regular(entry: os.DirEntry[str], path: Path) -> str | None:
    """Say why a folder entry is not read: ``fifo.txt`` is a pipe (opening it can block forever).

    Args:
        entry: the entry of ``os.scandir``.
        path: its path.

    Returns:
        The problem, or None for a regular file or a broken link (``read_source`` reports it).
    """
    try:
        if entry.is_file() or not path.exists():
            return None
    except OSError:
        return None
    return (
        f"{printable_name(str(path))} is not a regular file (a pipe, device or socket); "
        "skipped in a folder: "
        "name it directly to read it."
    )


def _iter_jsonl(path: Path, max_bytes: int, *, shown: str | None = None) -> Iterator[Source]:
    """Yield one Source per non-blank line of a JSONL corpus, reading one line at a time.

    ``shown`` is the path as the analyst wrote it, for ``source`` and messages. What guards
    a text file guards a corpus too: no record, and nothing read from a device or pipe
    (which may never end: ``/dev/zero``), goes past ``max_bytes``; a run of
    ``UNDECODABLE_RUN`` lines that are not UTF-8 (binary data) ends the file as one error
    record. A file without records is an empty document, as an empty text file is.
    """
    stem = printable_name(path.stem)
    shown = printable_name(shown or str(path))
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield _error(stem, shown, f"{shown} could not be read: {exc.strerror or exc}.")
        return
    with fh:
        yield from _jsonl_lines(fh, max_bytes, stem, shown, stream=not _regular(fh))


def _regular(fh: BinaryIO) -> bool:
    try:
        return stat.S_ISREG(os.fstat(fh.fileno()).st_mode)
    except (OSError, ValueError):
        return False


def _jsonl_lines(
    fh: BinaryIO, max_bytes: int, stem: str, shown: str, *, stream: bool
) -> Iterator[Source]:
    records = line_no = total = 0
    undecodable: list[Source] = []  # the current run of lines that are not UTF-8
    limit = _human(max_bytes)
    while True:
        try:
            line = fh.readline(max_bytes + 1)
        except OSError as exc:
            where = f"{shown}:{line_no + 1}"
            yield _error(f"{stem}-{line_no + 1}", where, f"{where} could not be read: {exc}.")
            return
        if not line:
            break
        line_no += 1
        total += len(line)
        where = f"{shown}:{line_no}"
        if stream and total > max_bytes:
            yield from undecodable
            yield _error(
                f"{stem}-{line_no}",
                where,
                f"{shown} is not a regular file and gave more than the {limit} limit; "
                "the rest was not read.",
            )
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            records += 1
            yield from undecodable
            undecodable = []
            ended = _skip_rest_of_line(fh, max_bytes)
            rest = "" if ended else f"; no line end within {limit} more, the rest was not read"
            yield _error(
                f"{stem}-{line_no}",
                where,
                f"{where}: the record is larger than the {limit} limit; "
                f"raise max_bytes to read it{rest}.",
            )
            if not ended:
                return
            continue
        if not line.strip():
            continue
        records += 1
        record = _jsonl_record(line, line_no, stem, where)
        if record.error is not None and _NOT_UTF8 in record.error:
            undecodable.append(record)
            if len(undecodable) >= UNDECODABLE_RUN:
                first = line_no - UNDECODABLE_RUN + 1
                yield _error(
                    f"{stem}-{first}",
                    f"{shown}:{first}",
                    f"{shown}: {UNDECODABLE_RUN} lines in a row from line {first} are not "
                    "UTF-8: this is not a JSONL text file; the rest was not read.",
                )
                return
            continue
        yield from undecodable
        undecodable = []
        yield record
    yield from undecodable
    if not records:
        yield Source(
            doc_id=stem,
            source=shown,
            text="",
            encoding="utf-8",
            warnings=(EMPTY_WARNING, f"{shown} holds no JSONL records"),
        )


def _skip_rest_of_line(fh: BinaryIO, max_bytes: int) -> bool:
    """Read past the rest of an over-long line, at most ``max_bytes``: did the line end?"""
    skipped = 0
    while skipped <= max_bytes:
        chunk = fh.readline(1 << 20)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return True
    return False


def _jsonl_record(line: bytes, line_no: int, stem: str, where: str) -> Source:
    fallback_id = f"{stem}-{line_no}"
    if line_no == 1 and line.startswith(codecs.BOM_UTF8):
        line = line[len(codecs.BOM_UTF8) :]
    try:
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        return _error(fallback_id, where, f"{where}: {_NOT_UTF8}; JSONL must be UTF-8.")
    except ValueError as exc:
        return _error(fallback_id, where, f"{where}: the line is not valid JSON ({exc}).")
    except RecursionError:
        return _error(fallback_id, where, f"{where}: the line nests JSON too deeply to read.")
    if not isinstance(record, dict):
        return _error(
            fallback_id, where, f'{where}: the line should hold a JSON object with a "text".'
        )
    warnings: list[str] = []
    doc_id = _meta_id(record.get("id"), where, warnings) or fallback_id
    text = record.get("text")
    if not isinstance(text, str):
        problem = 'has no "text"' if text is None else 'has a "text" that is not a string'
        return _error(doc_id, where, f"{where}: the record {problem}.", warnings)
    text = _replace_lone_surrogates(normalize_newlines(text), warnings)
    published = _iso_date(record.get("published"), where, warnings)
    outlet = meta_text(record.get("outlet"), "outlet", where, warnings)
    title = meta_text(record.get("title"), "title", where, warnings)
    if not text.strip():
        warnings.append(EMPTY_WARNING)
    return Source(
        doc_id=doc_id,
        source=where,
        text=text,
        published=published,
        outlet=outlet,
        title=title,
        encoding="utf-8",
        warnings=tuple(warnings),
    )


_SURROGATE = re.compile("[\ud800-\udfff]")


def _replace_lone_surrogates(text: str, warnings: list[str]) -> str:
    """Replace lone surrogates (JSON allows ``\\ud800``) one for one, keeping every offset."""
    if not _SURROGATE.search(text):
        return text
    warnings.append("lone surrogate escapes in the text replaced by U+FFFD")
    return _SURROGATE.sub("\ufffd", text)
