"""Sentences for news text, and cutting long texts into pieces.

The statistical parser splits most sentences well but not these, which news is full of:

- a headline or dateline on its own line, with no final punctuation, runs into the
  first sentence: every line break starts a sentence;
- ``"...," X said. "..."``: the parser splits after the comma-closed quote and keeps the
  next quotation in the same sentence. A quotation closed by a comma continues its
  sentence; an opening quote right after a sentence end starts one.

``sentence_spans`` applies these rules over the parser's boundaries.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from spacy.tokens import Doc, Token

_OPEN_QUOTES = frozenset("“‘«")
_CLOSE_QUOTES = frozenset("”’»")
_AMBIGUOUS_QUOTES = frozenset("\"'")
_SENT_END = frozenset({".", "!", "?", "…"})


def quote_role(token: Token) -> str | None:
    """Say whether a quote token opens or closes a quotation ("open", "close" or None)."""
    text = token.text
    if text in _OPEN_QUOTES or text == "``":
        return "open"
    if text in _CLOSE_QUOTES or text == "''":
        return "close"
    if text not in _AMBIGUOUS_QUOTES:
        return None
    doc = token.doc
    prev = doc[token.i - 1] if token.i > 0 else None
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    space_before = prev is None or bool(prev.whitespace_) or prev.is_space
    space_after = nxt is None or bool(token.whitespace_) or nxt.is_space
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    return None


def _after_line_break(token: Token) -> bool:
    if token.i == 0 or token.is_space:
        return False
    prev = token.doc[token.i - 1]
    return "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text)


def _ends_sentence(token: Token) -> bool:
    """True for final punctuation, and for an abbreviation that may end one ("the U.S.")."""
    text = token.text
    return text in _SENT_END or (len(text) > 1 and text.endswith(".") and not text[0].isdigit())


def sentence_starts(doc: Doc) -> Iterator[tuple[int, bool]]:
    """Yield ``(token index, is_sent_start)`` for the non-space tokens after the first.

    A line break always starts a sentence. Elsewhere a sentence may only start after
    final punctuation (or a quotation closed by it); there the parser decides, except
    that an opening quote right after it always starts one.
    """
    prev: Token | None = None
    for token in doc:
        if token.is_space:
            continue
        if prev is None:
            prev = token
            continue
        role = quote_role(token)
        if _after_line_break(token):
            yield token.i, True
        elif role == "close":
            yield token.i, False
        else:
            before = doc[prev.i - 1] if prev.i > 0 else None
            closed = quote_role(prev) == "close" and before is not None
            if _ends_sentence(prev) or (closed and _ends_sentence(before)):
                if role == "open":
                    yield token.i, True
            else:
                yield token.i, False
        prev = token


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Return each sentence's character span with surrounding whitespace trimmed.

    The boundaries are the parser's (or sentencizer's), corrected by the rules of
    ``sentence_starts``; whitespace-only sentences (blank lines) are dropped.
    """
    if len(doc) == 0:
        return []
    starts = [t.is_sent_start is True for t in doc] if doc.has_annotation("SENT_START") else [
        False
    ] * len(doc)
    starts[0] = True
    for i, start in sentence_starts(doc):
        starts[i] = start
    text = doc.text
    bounds = [doc[i].idx for i, start in enumerate(starts) if start] + [len(text)]
    spans: list[tuple[int, int]] = []
    for start, end in itertools.pairwise(bounds):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def split_text(text: str, max_chars: int) -> list[tuple[int, int]]:
    """Cut a long text into pieces of at most ``max_chars`` at natural boundaries.

    Each cut falls, by preference, after a blank line, after a line break, after a
    sentence end followed by a space, or after any whitespace; only a text with no
    whitespace at all is cut mid-word. The pieces cover the text exactly, in order.

    Args:
        text: the document text.
        max_chars: the largest piece (at least 1).
    Returns:
        ``(start, end)`` character spans of the pieces.
    """
    pieces: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > max_chars:
        low, high = start + max_chars // 2, start + max_chars
        cut = _cut(text, low, high)
        if cut <= start:
            cut = high
        pieces.append((start, cut))
        start = cut
    if start < n or not pieces:
        pieces.append((start, n))
    return pieces


def _cut(text: str, low: int, high: int) -> int:
    """The best place in ``text[low:high]`` to cut after, or -1 (see ``split_text``)."""
    for sep in ("\n\n", "\n"):
        found = text.rfind(sep, low, high)
        if found >= 0:
            return found + len(sep)
    # A sentence end: ". " before a capital or a quote ("Nov. 19" is no sentence end).
    found = text.rfind(". ", low, high - 1)
    for _ in range(64):
        if found < 0:
            break
        after = text[found + 2 : found + 3]
        if after.isupper() or after in _OPEN_QUOTES or after in _AMBIGUOUS_QUOTES:
            return found + 2
        found = text.rfind(". ", low, found)
    for sep in (" ", "\t"):
        found = text.rfind(sep, low, high)
        if found >= 0:
            return found + 1
    return -1
