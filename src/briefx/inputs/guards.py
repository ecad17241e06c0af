"""Checks the CLI makes on a stream of sources before extracting: text to extract, one id.

Both look ahead only as far as they must (to the first source with text; to a second
source) and hand the stream on unchanged, so a corpus is still read lazily.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable, Iterator

from briefx.errors import InputError
from briefx.inputs.sources import Source, printable_name


def _reason(src: Source) -> str:
    if src.error is not None and src.empty:
        reason = src.error.rstrip(".")
        return reason[:1].lower() + reason[1:] if reason[1:2].islower() else reason
    return f"{src.source} is empty"


def require_text(sources: Iterable[Source]) -> Iterator[Source]:
    """Hand the sources on, once one of them holds text; else fail before any output.

    Empty standard input, empty files, a folder without input files, a JSONL file without
    records: there is nothing to extract, which is bad input (exit 2), the same for
    ``briefx extract`` and ``briefx brief``. An input that could not be read is not
    empty: it comes out as an error record (exit 1), so nothing given is lost. An empty
    document among others that hold text is kept, with its ``empty document`` warning.

    Args:
        sources: the sources of ``iter_sources``, in input order.
    Returns:
        The same sources, in the same order.
    Raises:
        InputError: no source holds any text (the message gives the first reason).
    """
    stream = iter(sources)
    held: list[Source] = []
    for src in stream:
        held.append(src)
        unreadable = src.error is not None and not src.empty
        if unreadable or (src.text is not None and src.text.strip()):
            return itertools.chain(held, stream)
    if not held:
        raise InputError("No input was given: name files, folders, or - for standard input.")
    if len(held) == 1:
        raise InputError(f"Nothing to extract: {_reason(held[0])}.")
    raise InputError(
        f"Nothing to extract: none of the {len(held)} inputs holds any text "
        f"(the first: {_reason(held[0])})."
    )


def one_document(sources: Iterable[Source], *, doc_id: str) -> Iterator[Source]:
    """Give the one document of ``sources`` the id ``doc_id``; several documents are an error.

    Args:
        sources: the sources of ``iter_sources``.
        doc_id: the id to give.
    Returns:
        The one source, renamed (nothing if there was none).
    Raises:
        InputError: the sources hold more than one document (a folder, a JSONL corpus).
    """
    stream = iter(sources)
    first, second = next(stream, None), next(stream, None)
    if second is not None:
        raise InputError(
            f"--id {doc_id!r} names one document, but the input holds several "
            f"({first.source if first else ''}, {second.source}, ...): drop --id, "
            "ids then come from the file names or the JSONL 'id'."
        )
    named = dataclasses.replace(first, doc_id=printable_name(doc_id)) if first is not None else None
    return iter([named] if named is not None else [])
