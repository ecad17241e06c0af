"""One file into one :class:`Source`: reading, size limit, sidecar metadata."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from briefx.errors import InputError, shorten
from briefx.inputs.decode import decode_bytes
from briefx.inputs.html import HTML_SUFFIXES, _decode_html, _extract_html, _html_modules

__all__ = ["DEFAULT_MAX_BYTES", "Source", "printable_name", "read_source"]

DEFAULT_MAX_BYTES = 200 * 1024 * 1024
JSONL_SUFFIX = ".jsonl"
META_SUFFIX = ".meta.json"
EMPTY_WARNING = "empty document"


@dataclass(frozen=True)
class Source:
    """One input document, or the reason it could not be read.

    Attributes:
        doc_id: file stem; for a JSONL record its ``"id"`` (else ``"<stem>-<line>"``).
        source: the path as given; ``"<stdin>"``; ``"corpus.jsonl:12"`` for a JSONL line.
        text: the decoded text every offset indexes, or ``None`` when it could not be read.
        published: ISO date (``YYYY-MM-DD``) or datetime from metadata, else ``None``.
        outlet: the publisher's name from metadata, else ``None``.
        title: the headline from metadata, else ``None``.
        encoding: the Python codec the bytes were decoded with, as detected.
        error: one sentence for a person when ``text`` is ``None``.
        warnings: things worth knowing that did not stop the reading.
        empty: the input holds no document at all (a folder without input files, a
            JSONL file without records): the record stands for nothing to extract.
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
    empty: bool = False

    @property
    def ok(self) -> bool:
        """Return whether the document could be read (``text`` is not ``None``)."""
        return self.text is not None


def printable_name(name: str) -> str:
    """Show a name with bytes that are not UTF-8 as ``\\xe9``: ``"caf\\udce9"`` -> ``"caf\\xe9"``.

    Python reads such file names with surrogate escapes (``\\udce9`` for the byte 0xE9),
    which no UTF-8 output can carry; every name briefx prints (``doc_id``, ``source``,
    messages) goes through here, so it is the same everywhere.

    Args:
        name: a file name, path, or id as Python holds it.

    Returns:
        The name, valid UTF-8, with each undecodable byte written as ``\\xNN`` (and any
        other lone surrogate as ``\\udNNN``).
    """
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that is not an escaped byte
        return name.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")


# --- metadata -----------------------------------------------------------------------


def _iso_date(value: Any, where: str, warnings: list[str]) -> str | None:
    """Return the ``YYYY-MM-DD`` date of an ISO date, or the ISO datetime of a datetime
    (its time orders reports of one day), else warn and return None."""
    if value is None:
        return None
    if isinstance(value, str) and value.strip():
        text = value.strip()
        try:
            # A datetime's own date: the day as the outlet dated it, whatever its time zone.
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            pass
        else:
            timed = len(text) > 10 and text[10] in "Tt "
            return parsed.isoformat() if timed else parsed.date().isoformat()
    warnings.append(f"{where}: 'published' {shorten(value)} is not an ISO date; ignored")
    return None


def meta_text(value: Any, key: str, where: str, warnings: list[str]) -> str | None:
    """A metadata text (``outlet``, ``title``): its words with single spaces, else None;
    a value that is not a string is a warning."""
    if value is None:
        return None
    if isinstance(value, str):
        return printable_name(" ".join(value.split())) or None
    warnings.append(f"{where}: {key!r} should be a string, not {type(value).__name__}; ignored")
    return None


def _meta_id(value: Any, where: str, warnings: list[str]) -> str | None:
    if value is None:
        return None
    if isinstance(value, str) and value.strip():
        return printable_name(value.strip())
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    warnings.append(f"{where}: 'id' {shorten(value)} should be a string or an integer; ignored")
    return None


def _sidecar(path: Path, warnings: list[str]) -> dict[str, Any]:
    """Read the ``<stem>.meta.json`` beside ``path``; a bad one is a warning, not an error."""
    meta_path = path.with_name(path.stem + META_SUFFIX)
    if not meta_path.is_file():
        return {}
    shown = printable_name(str(meta_path))
    try:
        meta = json.loads(meta_path.read_bytes())
    except (OSError, ValueError, RecursionError) as exc:
        reason = "nested too deeply" if isinstance(exc, RecursionError) else exc
        warnings.append(f"{shown}: metadata could not be read ({reason}); ignored")
        return {}
    if not isinstance(meta, dict):
        warnings.append(f"{shown}: metadata should be a JSON object; ignored")
        return {}
    where = shown
    fields = {
        "id": _meta_id(meta.get("id"), where, warnings),
        "published": _iso_date(meta.get("published"), where, warnings),
        "outlet": meta_text(meta.get("outlet"), "outlet", where, warnings),
        "title": meta_text(meta.get("title"), "title", where, warnings),
    }
    return {key: value for key, value in fields.items() if value is not None}


# --- one file -----------------------------------------------------------------------


def _error(
    doc_id: str,
    source: str,
    message: str,
    warnings: Iterable[str] = (),
    *,
    empty: bool = False,
) -> Source:
    return Source(
        doc_id=doc_id,
        source=source,
        text=None,
        error=message,
        warnings=tuple(warnings),
        empty=empty,
    )


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
    source = printable_name(str(path))
    path = Path(path)
    warnings: list[str] = []
    meta = _sidecar(path, warnings)
    doc_id = printable_name(doc_id or meta.get("id") or path.stem)
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
