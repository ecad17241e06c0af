"""Turn what an analyst has (files, folders, JSONL corpora, stdin) into documents.

Every input becomes exactly one :class:`Source` (a JSONL file one per record), in input
order, lazily. A file that cannot be read is not an exception but a ``Source`` whose
``text`` is ``None`` and whose ``error`` says why, so a batch never loses an input silently.

The text of a ``Source`` is the text every offset indexes: decoded, with line endings
normalised as Python's text mode does (``\\r\\n`` and a lone ``\\r`` become ``\\n``) and
nothing else changed.
"""

from __future__ import annotations

# Public constants outside __all__ are re-exported too (``X as X``), as the module had them.
from briefx.inputs.corpus import FOLDER_SUFFIXES, iter_sources
from briefx.inputs.corpus import STDIN_NAME as STDIN_NAME
from briefx.inputs.corpus import STDIN_SOURCE as STDIN_SOURCE
from briefx.inputs.decode import decode_bytes, normalize_newlines
from briefx.inputs.html import HTML_SUFFIXES
from briefx.inputs.sources import DEFAULT_MAX_BYTES, Source, read_source
from briefx.inputs.sources import EMPTY_WARNING as EMPTY_WARNING
from briefx.inputs.sources import JSONL_SUFFIX as JSONL_SUFFIX
from briefx.inputs.sources import META_SUFFIX as META_SUFFIX

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
