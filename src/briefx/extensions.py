"""The custom Doc attributes briefx reads and writes.

Everything stored here is plain data (strings, numbers, lists, dicts), never Span
objects, so Docs pickle and travel between processes (``nlp.pipe(n_process=2)``).

- ``doc._.briefx_reference``: ISO date (``"2025-11-18"``) relative dates resolve against.
- ``doc._.briefx_dates``: list of date records (dicts, see ``briefx.dates``).
- ``doc._.briefx_quantities``: list of quantity records (dicts, see ``briefx.quantities``).
- ``doc._.briefx_text``: ``doc.text`` as briefx gave it to the model (``text_of`` reads it:
  ``Doc.text`` joins every token again at each access).
- ``doc._.briefx_meta``: ``doc_id``, ``source``, the reference date's ``origin`` and
  ``warnings`` for ``doc._.briefx``, the finished document, which ``briefx.pipeline``
  registers as a getter (built from the attributes above when read).
"""

from __future__ import annotations

from spacy.attrs import IDX, LENGTH, SPACY
from spacy.tokens import Doc

_ATTRS = ("briefx_reference", "briefx_dates", "briefx_quantities", "briefx_meta", "briefx_text")


def ensure_extensions() -> None:
    """Register briefx's Doc extensions once (idempotent)."""
    for name in _ATTRS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


ensure_extensions()


def text_of(doc: Doc) -> str:
    """``doc.text``, read from ``doc._.briefx_text`` when briefx stored it (no rebuild)."""
    text = doc._.briefx_text
    return doc.text if text is None else text


def token_pieces(doc: Doc) -> list[str]:
    """Each token's ``text_with_ws``, cut from the Doc's text by offsets.

    The same strings as ``[t.text_with_ws for t in doc]`` without making a ``Token``
    per word, which is most of the cost of a pass over a Doc's tokens in Python.
    """
    text = text_of(doc)
    columns = doc.to_array([IDX, LENGTH, SPACY])
    starts = columns[:, 0]
    ends = starts + columns[:, 1] + columns[:, 2]
    return [text[s:e] for s, e in zip(starts.tolist(), ends.tolist(), strict=True)]
