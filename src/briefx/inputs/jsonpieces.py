"""JSON text in pieces: the bytes of ``json.dumps``, without the whole string or dict at once.

A 10 MB article's ``Document`` is hundreds of thousands of records: its ``model_dump``
dict and its JSON string together took gigabytes where the Document itself takes a few
hundred MB. ``json_pieces`` walks the models' outer levels itself and dumps each record
deeper than ``depth`` on its own, so only one record's dict and text are alive at a time.
Joined, the pieces are exactly ``json.dumps(value.model_dump(mode="json"),
ensure_ascii=False, indent=indent)`` (the tests compare them).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from pydantic import BaseModel, TypeAdapter

__all__ = ["joined", "json_pieces"]

# Pieces are gathered into strings of about this many characters before being written:
# fewer writes, and still a bounded string.
JOIN_CHARS = 1 << 16
# Models (by their own type), lists and plain values as model_dump(mode="json") gives them.
_ANY = TypeAdapter(Any)


def json_pieces(value: Any, *, indent: int | None = 2, depth: int = 2) -> Iterator[str]:
    """Yield the JSON text of ``value`` in pieces, as ``json.dumps`` would write it whole.

    Args:
        value: a pydantic model, or dicts and lists of them and of JSON values.
        indent: as ``json.dumps``'s (None: one line, with ``", "`` and ``": "``).
        depth: how many levels of models, dicts and lists are walked here; a value below
            them is dumped whole (``Document``: 2, its lists' records one by one).
    Yields:
        Strings that, joined, are ``json.dumps(..., ensure_ascii=False, indent=indent)``
        of ``value`` (models as ``model_dump(mode="json")``).
    """
    yield from _pieces(value, indent, depth, 0)


def _pieces(value: Any, indent: int | None, depth: int, level: int) -> Iterator[str]:
    if depth <= 0 or not isinstance(value, BaseModel | dict | list | tuple):
        yield _dumped(value, indent, level)
        return
    if isinstance(value, BaseModel):
        items: Iterable[tuple[str | None, Any]] = _fields(value)
        opening, closing = "{", "}"
    elif isinstance(value, dict):
        items = value.items()
        opening, closing = "{", "}"
    else:
        items = ((None, item) for item in value)
        opening, closing = "[", "]"
    if indent is None:
        before, between, after = "", ", ", ""
    else:
        before = "\n" + " " * (indent * (level + 1))
        between, after = "," + before, "\n" + " " * (indent * level)
    empty = True
    for key, item in items:
        yield (opening + before) if empty else between
        empty = False
        if key is not None:
            yield json.dumps(key, ensure_ascii=False) + ": "
        yield from _pieces(item, indent, depth - 1, level + 1)
    yield (opening + closing) if empty else (after + closing)


def _fields(model: BaseModel) -> Iterator[tuple[str, Any]]:
    """A model's fields in ``model_dump`` order: lists of models as they are (walked
    further), every other field as ``model_dump(mode="json")`` gives it."""
    names = list(type(model).model_fields)
    walked = {
        name
        for name in names
        if isinstance(getattr(model, name), list)
        and any(isinstance(item, BaseModel) for item in getattr(model, name))
    }
    plain = model.model_dump(mode="json", exclude=walked)
    for name in names:
        yield name, getattr(model, name) if name in walked else plain[name]


def _dumped(value: Any, indent: int | None, level: int) -> str:
    """``value`` whole, indented as if it stood at ``level`` of a larger document."""
    text = json.dumps(_ANY.dump_python(value, mode="json"), ensure_ascii=False, indent=indent)
    if indent is None or level == 0:
        return text
    # JSON strings hold no raw line break (json.dumps escapes them), so every "\n" is
    # the indentation's own.
    return text.replace("\n", "\n" + " " * (indent * level))


def joined(pieces: Iterable[str], size: int = JOIN_CHARS) -> Iterator[str]:
    """The pieces gathered into strings of about ``size`` characters (the last shorter)."""
    held: list[str] = []
    count = 0
    for piece in pieces:
        held.append(piece)
        count += len(piece)
        if count >= size:
            yield "".join(held)
            held, count = [], 0
    if held:
        yield "".join(held)
