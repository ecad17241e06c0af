"""Turn what an analyst has (files, folders, JSONL corpora, stdin) into documents.

Every input becomes exactly one :class:`Source` (a JSONL file one per record), in input
order, lazily. A file that cannot be read is not an exception but a ``Source`` whose
``text`` is ``None`` and whose ``error`` says why, so a batch never loses an input silently.

The text of a ``Source`` is the text every offset indexes: decoded, with line endings
normalised as Python's text mode does (``\\r\\n`` and a lone ``\\r`` become ``\\n``) and
nothing else changed.
"""

from __future__ import annotations

import codecs
import importlib
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any, BinaryIO, TextIO

from briefx.errors import InputError, MissingExtraError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FOLDER_SUFFIXES",
    "HTML_SUFFIXES",
    "Source",
    "decode_bytes",
    "iter_sources",
    "normalize_newlines",
    "read_source",
]

DEFAULT_MAX_BYTES = 200 * 1024 * 1024
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIX = ".jsonl"
# What a folder contributes; anything else in it (images, notes, sidecars) is not an input.
FOLDER_SUFFIXES = frozenset({".txt", JSONL_SUFFIX, *HTML_SUFFIXES})
META_SUFFIX = ".meta.json"
STDIN_NAME = "-"
STDIN_SOURCE = "<stdin>"
EMPTY_WARNING = "empty document"

# Above this share of control characters a decoded text is taken for binary data.
_MAX_CONTROL_SHARE = 0.3
# C0 controls except tab, newline, vertical tab, form feed, carriage return; DEL; C1 controls.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_NEWLINE = re.compile("\r\n?")
_BOMS = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The commonest legacy encoding of English text; preferred when detection cannot tell.
_PREFERRED_LEGACY = "cp1252"
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_EXTRA_HINT = 'Reading HTML needs the html extra: pip install "briefx[html]"'


@dataclass(frozen=True)
class Source:
    """One input document, or the reason it could not be read.

    Attributes:
        doc_id: file stem; for a JSONL record its ``"id"`` (else ``"<stem>-<line>"``).
        source: the path as given; ``"<stdin>"``; ``"corpus.jsonl:12"`` for a JSONL line.
        text: the decoded text every offset indexes, or ``None`` when it could not be read.
        published: ISO date (``YYYY-MM-DD``) from metadata, else ``None``.
        outlet: the publisher's name from metadata, else ``None``.
        title: the headline from metadata, else ``None``.
        encoding: the Python codec the bytes were decoded with, as detected.
        error: one sentence for a person when ``text`` is ``None``.
        warnings: things worth knowing that did not stop the reading.
    """

    doc_id: str
    source: str
    text: str | None
    published: str | None = None
    outlet: str | None = None
    title: str | None = None
    encoding: str | None = None
    error: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """Return whether the document could be read (``text`` is not ``None``)."""
        return self.text is not None


# --- decoding -----------------------------------------------------------------------


def normalize_newlines(text: str) -> str:
    """Return ``text`` with ``\\r\\n`` and lone ``\\r`` turned into ``\\n`` (Python's text mode)."""
    return _NEWLINE.sub("\n", text)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode the bytes of one document and normalise its line endings.

    UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM, and UTF-16 without one
    are recognised; anything else is detected with charset-normalizer, preferring cp1252
    when the detector cannot tell it from another legacy encoding. Nothing but line
    endings is changed: no Unicode normalisation, zero-width and control characters kept.

    Args:
        data: the raw bytes.

    Returns:
        ``(text, encoding)``, ``encoding`` being a Python codec name with which
        ``data.decode(encoding)`` gives ``text`` before line endings are normalised.

    Raises:
        InputError: the bytes are binary data (NUL bytes outside UTF-16, mostly control
            characters) or could not be decoded.
    """
    text, encoding = _decode(data)
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise InputError(
            "The data looks binary (mostly control characters), not text; "
            "convert it to plain text or HTML first."
        )
    return normalize_newlines(text), encoding


def _decode(data: bytes) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"The data starts with a {encoding} byte-order mark but is not valid "
                    f"{encoding} (byte {exc.start}); re-save it as UTF-8."
                ) from exc
    if b"\x00" in data:
        encoding = _bomless_utf16(data)
        if encoding is None:
            raise InputError(
                "The data looks binary (it contains NUL bytes), not text; "
                "convert it to plain text or HTML first."
            )
        return data.decode(encoding), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _detect_legacy(data)


def _bomless_utf16(data: bytes) -> str | None:
    """Return ``utf-16-le``/``-be`` if NUL bytes sit where Latin text in UTF-16 puts them."""
    if len(data) % 2:
        return None
    half = len(data) // 2
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    # Mostly-Latin text in UTF-16 has a NUL in most high bytes and (almost) none in the
    # low ones: only a few rare characters (U+0100, U+2000, ...) end in a zero byte.
    if odd_nuls >= 0.4 * half and even_nuls <= 0.05 * half:
        encoding = "utf-16-le"
    elif even_nuls >= 0.4 * half and odd_nuls <= 0.05 * half:
        encoding = "utf-16-be"
    else:
        return None
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return encoding


def _detect_legacy(data: bytes) -> tuple[str, str]:
    try:
        import charset_normalizer
    except ImportError as exc:  # pragma: no cover - a dependency of briefx
        raise InputError(
            "The data is not UTF-8 and charset-normalizer is not installed to detect its "
            "encoding; pip install charset-normalizer, or re-save the file as UTF-8."
        ) from exc
    # Without a BOM or NUL bytes UTF-16/32 is never the right guess for English news.
    matches = [
        m
        for m in charset_normalizer.from_bytes(data)
        if not m.encoding.startswith(("utf_16", "utf_32"))
    ]
    if not matches:
        raise InputError(
            "The data could not be decoded as text in any known encoding; "
            "re-save it as UTF-8 or check that it is a text file."
        )
    best = min(matches, key=lambda m: (m.chaos, -m.coherence))
    ties = [
        m for m in matches if m.chaos <= best.chaos + 0.01 and m.coherence >= best.coherence - 0.01
    ]
    if any(_PREFERRED_LEGACY in m.could_be_from_charset for m in ties):
        try:
            return data.decode(_PREFERRED_LEGACY), _PREFERRED_LEGACY
        except UnicodeDecodeError:
            pass
    try:
        encoding = codecs.lookup(best.encoding).name
        return data.decode(encoding), encoding
    except (LookupError, UnicodeDecodeError) as exc:
        raise InputError(
            f"The data could not be decoded as {best.encoding}, the likeliest encoding; "
            "re-save it as UTF-8."
        ) from exc


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROL.findall(text)) / len(text)


# --- metadata -----------------------------------------------------------------------


def _iso_date(value: Any, where: str, warnings: list[str]) -> str | None:
    """Return the ``YYYY-MM-DD`` date of an ISO date or datetime, else warn and return None."""
    if value is None:
        return None
    if isinstance(value, str) and value.strip():
        try:
            # A datetime's own date: the day as the outlet dated it, whatever its time zone.
            return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date().isoformat()
        except ValueError:
            pass
    warnings.append(f"{where}: 'published' {value!r} is not an ISO date; ignored")
    return None


def _meta_text(value: Any, key: str, where: str, warnings: list[str]) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    warnings.append(f"{where}: {key!r} should be a string, not {type(value).__name__}; ignored")
    return None


def _meta_id(value: Any, where: str, warnings: list[str]) -> str | None:
    if value is None:
        return None
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    warnings.append(f"{where}: 'id' {value!r} should be a string or an integer; ignored")
    return None


def _sidecar(path: Path, warnings: list[str]) -> dict[str, Any]:
    """Read the ``<stem>.meta.json`` beside ``path``; a bad one is a warning, not an error."""
    meta_path = path.with_name(path.stem + META_SUFFIX)
    if not meta_path.is_file():
        return {}
    try:
        meta = json.loads(meta_path.read_bytes())
    except (OSError, ValueError) as exc:
        warnings.append(f"{meta_path}: metadata could not be read ({exc}); ignored")
        return {}
    if not isinstance(meta, dict):
        warnings.append(f"{meta_path}: metadata should be a JSON object; ignored")
        return {}
    where = str(meta_path)
    fields = {
        "id": _meta_id(meta.get("id"), where, warnings),
        "published": _iso_date(meta.get("published"), where, warnings),
        "outlet": _meta_text(meta.get("outlet"), "outlet", where, warnings),
        "title": _meta_text(meta.get("title"), "title", where, warnings),
    }
    return {key: value for key, value in fields.items() if value is not None}


# --- one file -----------------------------------------------------------------------


def _error(doc_id: str, source: str, message: str, warnings: Iterable[str] = ()) -> Source:
    return Source(doc_id=doc_id, source=source, text=None, error=message, warnings=tuple(warnings))


def _read_limited(path: Path, max_bytes: int) -> bytes:
    """Read at most ``max_bytes`` of ``path``, raising InputError when there is more."""
    with path.open("rb") as fh:
        # Read one byte past the limit: stat() lies for pipes and files that grow.
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(
            f"The file is larger than the {_human(max_bytes)} limit; split it, or raise max_bytes."
        )
    return data


def _human(n: int) -> str:
    size = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    raise AssertionError("unreachable")  # pragma: no cover


def read_source(
    path: str | Path, *, doc_id: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Source:
    """Read one file into a :class:`Source`; a bad file gives an error Source, never raises.

    ``.html``/``.htm`` files go through trafilatura (main text, title, site name) and
    htmldate (publication date); anything else is read as text. A sidecar
    ``<stem>.meta.json`` beside the file (keys ``id``, ``published``, ``outlet``,
    ``title``) wins over what the HTML says.

    Args:
        path: the file, as the analyst gave it (kept verbatim as ``source``).
        doc_id: the document id; else the sidecar's ``id``, else the file stem.
        max_bytes: files larger than this give an error Source.

    Returns:
        The Source; ``text`` is ``None`` and ``error`` set when the file could not be read.

    Raises:
        MissingExtraError: an HTML file was given and the ``html`` extra is not installed.
    """
    source = str(path)
    path = Path(path)
    warnings: list[str] = []
    meta = _sidecar(path, warnings)
    doc_id = doc_id or meta.get("id") or path.stem
    if not path.exists():
        return _error(doc_id, source, f"File not found: {source}.", warnings)
    if path.is_dir():
        return _error(doc_id, source, f"{source} is a folder, not a file.", warnings)
    if path.suffix.lower() == JSONL_SUFFIX:
        return _error(
            doc_id,
            source,
            f"{source} is a JSONL corpus holding many documents; read it with iter_sources.",
            warnings,
        )
    is_html = path.suffix.lower() in HTML_SUFFIXES
    # Checked before reading: a missing extra is not a bad file, and must not pass for one.
    modules = _html_modules() if is_html else None
    try:
        data = _read_limited(path, max_bytes)
        if is_html:
            text, encoding = _decode_html(data)
        else:
            text, encoding = decode_bytes(data)
    except InputError as exc:
        return _error(doc_id, source, _about(source, exc), warnings)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return _error(doc_id, source, f"{source} could not be read: {reason}.", warnings)
    if not encoding.startswith("utf"):
        warnings.append(_not_utf8(encoding))
    found: dict[str, str] = {}
    if modules is not None:
        try:
            text, found = _extract_html(text, modules, warnings)
        except Exception as exc:  # trafilatura/lxml can fail in many ways on broken markup
            return _error(
                doc_id,
                source,
                f"{source}: no text could be extracted from the HTML ({exc}).",
                warnings,
            )
    found.update(meta)
    if not text.strip():
        warnings.append(EMPTY_WARNING)
    return Source(
        doc_id=doc_id,
        source=source,
        text=text,
        published=found.get("published"),
        outlet=found.get("outlet"),
        title=found.get("title"),
        encoding=encoding,
        warnings=tuple(warnings),
    )


def _not_utf8(encoding: str) -> str:
    return f"not UTF-8: decoded as {encoding}"


def _about(source: str, exc: InputError) -> str:
    """Prefix the decoder's sentence with the input it is about."""
    message = str(exc)
    return f"{source}: {message[0].lower()}{message[1:]}" if message else f"{source}: unreadable."


# --- HTML ---------------------------------------------------------------------------


def _html_modules() -> tuple[ModuleType, ModuleType]:
    """Import trafilatura and htmldate, or say how to install them."""
    modules: list[ModuleType] = []
    missing: list[str] = []
    for name in ("trafilatura", "htmldate"):
        try:
            modules.append(importlib.import_module(name))
        except ImportError:
            missing.append(name)
    if missing:
        raise MissingExtraError(f"{_HTML_EXTRA_HINT} (missing: {', '.join(missing)}).")
    trafilatura, htmldate = modules
    return trafilatura, htmldate


def _decode_html(data: bytes) -> tuple[str, str]:
    """Decode HTML, trusting a declared ``<meta charset>`` when the bytes are not UTF-8."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        declared = _HTML_CHARSET.search(data[:4096])
        if declared:
            try:
                encoding = codecs.lookup(declared.group(1).decode("ascii")).name
                text = data.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                pass
            else:
                if b"\x00" not in data and _control_share(text) <= _MAX_CONTROL_SHARE:
                    return normalize_newlines(text), encoding
    return decode_bytes(data)


def _extract_html(
    html: str, modules: tuple[ModuleType, ModuleType], warnings: list[str]
) -> tuple[str, dict[str, str]]:
    """Return the main text of an article page and what its markup says about it."""
    trafilatura, htmldate = modules
    if not html.strip():
        return "", {}
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if doc is None:
        warnings.append("no main text found in the HTML")
        return "", {}
    # trafilatura >= 2 returns a Document, older versions a dict.
    get = doc.get if isinstance(doc, dict) else lambda key: getattr(doc, key, None)
    text = normalize_newlines(get("text") or "")
    found: dict[str, str] = {}
    for key, value in (("title", get("title")), ("outlet", get("sitename"))):
        if isinstance(value, str) and value.strip():
            found[key] = value.strip()
    # Only dates the page declares: a date guessed from the body could be any date it cites.
    published = htmldate.find_date(html, original_date=True, extensive_search=False)
    if published:
        found["published"] = published
    return text, found


# --- many inputs --------------------------------------------------------------------


def iter_sources(
    inputs: Iterable[str | Path],
    *,
    stdin: TextIO | BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
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

    Yields:
        Sources, in input order.

    Raises:
        MissingExtraError: an HTML file was met and the ``html`` extra is not installed.
    """
    for item in inputs:
        # Only the string "-" is stdin: Path("-") is a file that happens to be called "-".
        if isinstance(item, str) and item == STDIN_NAME:
            yield _read_stdin(stdin if stdin is not None else sys.stdin, max_bytes)
            continue
        path = Path(item)
        if path.is_dir():
            yield from _iter_folder(path, max_bytes)
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


def _iter_folder(folder: Path, max_bytes: int) -> Iterator[Source]:
    found = False
    for path, problem in _walk(folder, set()):
        found = True
        if problem is not None:
            yield _error(path.stem, str(path), problem)
        elif path.suffix.lower() == JSONL_SUFFIX:
            yield from _iter_jsonl(path, max_bytes)
        else:
            yield read_source(path, max_bytes=max_bytes)
    if not found:
        kinds = ", ".join(sorted(FOLDER_SUFFIXES))
        yield _error(
            folder.name or str(folder), str(folder), f"The folder {folder} holds no {kinds} files."
        )


def _walk(folder: Path, seen: set[tuple[int, int]]) -> Iterator[tuple[Path, str | None]]:
    """Yield ``(file, None)`` for each input file under ``folder``, or ``(folder, problem)``.

    Entries of one folder are sorted by name, files and sub-folders together, a
    sub-folder's files taking its place: the order of ``sorted()`` on the paths. Each
    real folder is visited once, so a symlink loop cannot recurse forever.
    """
    try:
        stat = folder.stat()
        key = (stat.st_dev, stat.st_ino)
        if key in seen:
            return
        seen.add(key)
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda entry: entry.name)
    except OSError as exc:
        yield folder, f"The folder {folder} could not be read: {exc.strerror or exc}."
        return
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue
        path = folder / name
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, seen)
        elif path.suffix.lower() in FOLDER_SUFFIXES and not name.lower().endswith(META_SUFFIX):
            yield path, None


def _iter_jsonl(path: Path, max_bytes: int, *, shown: str | None = None) -> Iterator[Source]:
    """Yield one Source per non-blank line of a JSONL corpus, reading one line at a time.

    ``shown`` is the path as the analyst wrote it, for ``source`` and messages.
    """
    stem = path.stem
    shown = shown or str(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield _error(stem, shown, f"{shown} could not be read: {exc.strerror or exc}.")
        return
    records = 0
    with fh:
        line_no = 0
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
            where = f"{shown}:{line_no}"
            if len(line) > max_bytes and not line.endswith(b"\n"):
                _skip_rest_of_line(fh)
                records += 1
                yield _error(
                    f"{stem}-{line_no}",
                    where,
                    f"{where}: the record is larger than the {_human(max_bytes)} limit; "
                    "raise max_bytes to read it.",
                )
                continue
            if not line.strip():
                continue
            records += 1
            yield _jsonl_record(line, line_no, stem, where)
    if not records:
        yield _error(stem, shown, f"{shown} holds no JSONL records.")


def _skip_rest_of_line(fh: BinaryIO) -> None:
    while True:
        chunk = fh.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return


def _jsonl_record(line: bytes, line_no: int, stem: str, where: str) -> Source:
    fallback_id = f"{stem}-{line_no}"
    if line_no == 1 and line.startswith(codecs.BOM_UTF8):
        line = line[len(codecs.BOM_UTF8) :]
    try:
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        return _error(fallback_id, where, f"{where}: the line is not UTF-8; JSONL must be UTF-8.")
    except ValueError as exc:
        return _error(fallback_id, where, f"{where}: the line is not valid JSON ({exc}).")
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
    outlet = _meta_text(record.get("outlet"), "outlet", where, warnings)
    title = _meta_text(record.get("title"), "title", where, warnings)
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
