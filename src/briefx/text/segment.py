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
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, cast

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START
from spacy.tokens import Doc

if TYPE_CHECKING:
    from thinc.types import Ints2d

from briefx.extensions import text_of
from briefx.text.dateline import line_openings

_OPEN_QUOTES = frozenset("“‘«")
_CLOSE_QUOTES = frozenset("”’»")
_AMBIGUOUS_QUOTES = frozenset("\"'")
_SENT_END = frozenset({".", "!", "?", "…"})
# A long text is cut in its second half (a piece is at least half the maximum), and at
# most this many ". " are tried there before a cut at a space: a text of initials
# ("A. B. C. ...") must not make the search quadratic.
MAX_SENTENCE_END_TRIES = 64
# A sentence end (with any closing quote or bracket) before a space, or a line break.
_BOUNDARY_RE = re.compile(r"[.!?…][\"'”’)\]]*\s|\n")
# No news sentence is this long (the longest run to about 1,500 characters); a longer
# stretch without a sentence end is cut into pieces (see ``split_text``).
MAX_SENTENCE_CHARS = 5000


class _Tokens:
    """The token facts the rules need, read from the Doc once (no Token objects after)."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        # Read as arrays: making a Token object per token cost more than the rules.
        # ``doc.text`` is rebuilt from the tokens at each access: callers that have it pass it.
        text = text_of(doc) if text is None else text
        columns = doc.to_array([IDX, LENGTH, IS_SPACE, SENT_START]).T.tolist() if len(doc) else []
        idx, lengths, spaces, starts = columns or ([], [], [], [])
        self.idx: list[int] = idx
        ends = [start + length for start, length in zip(idx, lengths, strict=True)]
        self.text: list[str] = [text[start:end] for start, end in zip(self.idx, ends, strict=True)]
        # Trailing whitespace: the next token (or the end of the text) starts later.
        nexts = [*self.idx[1:], len(text)] if idx else []
        self.ws: list[bool] = [end < nxt for end, nxt in zip(ends, nexts, strict=True)]
        self.space: list[bool] = [bool(v) for v in spaces]
        self.start: list[bool] = [v == 1 for v in starts]
        self.n = len(idx)

    def quote_role(self, i: int) -> str | None:
        """ "open", "close" or None for the token at ``i`` (see ``quote_role``)."""
        text = self.text[i]
        if text in _OPEN_QUOTES or text == "``":
            return "open"
        if text in _CLOSE_QUOTES or text == "''":
            return "close"
        if text not in _AMBIGUOUS_QUOTES:
            return None
        space_before = i == 0 or self.ws[i - 1] or self.space[i - 1]
        space_after = i + 1 == self.n or self.ws[i] or self.space[i + 1]
        if space_before and not space_after:
            return "open"
        if space_after and not space_before:
            return "close"
        return None

    def after_line_break(self, i: int) -> bool:
        """True when a line break (a space token of its own in spaCy) comes just before."""
        return i > 0 and not self.space[i] and self.space[i - 1] and "\n" in self.text[i - 1]

    def ends_sentence(self, i: int) -> bool:
        """Final punctuation, or an abbreviation that may end a sentence ("the U.S.")."""
        text = self.text[i]
        return text in _SENT_END or (len(text) > 1 and text.endswith(".") and not text[0].isdigit())


def _decisions(tok: _Tokens) -> Iterator[tuple[int, bool]]:
    """Yield ``(token index, is_sent_start)`` for the non-space tokens after the first.

    A line break always starts a sentence. Elsewhere a sentence may only start after
    final punctuation (or a quotation closed by it); there the parser decides, except
    that an opening quote right after it always starts one.
    """
    prev = -1
    for i in range(tok.n):
        if tok.space[i]:
            continue
        if prev < 0:
            prev = i
            continue
        role = tok.quote_role(i)
        if tok.after_line_break(i):
            yield i, True
        elif role == "close":
            yield i, False
        else:
            closed = prev > 0 and tok.quote_role(prev) == "close"
            if tok.ends_sentence(prev) or (closed and tok.ends_sentence(prev - 1)):
                if role == "open":
                    yield i, True
            else:
                yield i, False
        prev = i


def sentence_spans(doc: Doc, *, text: str | None = None) -> list[tuple[int, int]]:
    """Return each sentence's character span with surrounding whitespace trimmed.

    The boundaries are the parser's (or sentencizer's), corrected by the rules of
    ``_decisions``; whitespace-only sentences (blank lines) are dropped. ``text`` is
    ``doc.text`` when the caller has it already.
    """
    if len(doc) == 0:
        return []
    text = text_of(doc) if text is None else text
    tok = _Tokens(doc, text)
    starts = tok.start if doc.has_annotation("SENT_START") else [False] * tok.n
    starts[0] = True
    for i, starts_here in _decisions(tok):
        starts[i] = starts_here
    _keep_openings_whole(text, tok, starts)
    bounds = [tok.idx[i] for i, starts_here in enumerate(starts) if starts_here] + [len(text)]
    spans: list[tuple[int, int]] = []
    for start, end in itertools.pairwise(bounds):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def _keep_openings_whole(text: str, tok: _Tokens, starts: list[bool]) -> None:
    """No sentence starts inside a wire story's opening: "SALEM, Ore. (Courier) - The
    governor ..." is one sentence, though "Ore." may end one (``text.dateline.opening``,
    read at each line's start)."""
    for line_start, found in line_openings(text):
        i = bisect_right(tok.idx, line_start)
        while i < tok.n and tok.idx[i] < found.end:
            starts[i] = False
            i += 1


def quote_balances(
    doc: Doc, spans: Sequence[tuple[int, int]], *, text: str | None = None
) -> list[int]:
    """Opening minus closing quotation marks in each of the sorted, disjoint char spans."""
    tok = _Tokens(doc, text)
    balances = [0] * len(spans)
    k = 0
    for i in range(tok.n):
        while k < len(spans) and tok.idx[i] >= spans[k][1]:
            k += 1
        if k == len(spans):
            break
        if tok.idx[i] >= spans[k][0]:
            role = tok.quote_role(i)
            balances[k] += 1 if role == "open" else -1 if role == "close" else 0
    return balances


def split_text(text: str, max_chars: int) -> list[tuple[int, int]]:
    """Cut a long text into pieces of at most ``max_chars`` at natural boundaries.

    Each cut falls, by preference, after a blank line, after a line break, after a
    sentence end followed by a space, or after any whitespace; only a text with no
    whitespace at all is cut mid-word. A stretch of more than ``MAX_SENTENCE_CHARS``
    without a sentence end is cut too, at a space. The pieces cover the text exactly,
    in order.

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
        pieces.extend(_short_sentences(text, start, cut))
        start = cut
    if start < n or not pieces:
        pieces.extend(_short_sentences(text, start, n))
    return pieces


def _short_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` where it runs on for ``MAX_SENTENCE_CHARS`` without an end.

    ``"between 1 and 2 and ... and 9000"`` is one sentence to the parser, and walks over a
    sentence (its verbs' ancestors, ``span.sent``, chains of conjuncts) cost quadratic
    time in its length. News has no such sentence, so the cut changes nothing else.
    """
    pieces: list[tuple[int, int]] = []
    prev = piece = start
    for found in itertools.chain(_BOUNDARY_RE.finditer(text, start, end), [None]):
        boundary = end if found is None else found.end()
        while boundary - prev > MAX_SENTENCE_CHARS:
            low, high = prev + MAX_SENTENCE_CHARS // 2, prev + MAX_SENTENCE_CHARS
            cut = max(text.rfind(" ", low, high), text.rfind("\t", low, high)) + 1
            cut = cut if cut > prev else high
            pieces.append((piece, cut))
            piece = prev = cut
        prev = boundary
    pieces.append((piece, end))
    return pieces


def _cut(text: str, low: int, high: int) -> int:
    """The best place in ``text[low:high]`` to cut after, or -1 (see ``split_text``)."""
    for sep in ("\n\n", "\n"):
        found = text.rfind(sep, low, high)
        if found >= 0:
            return found + len(sep)
    # A sentence end: ". " before a capital or a quote ("Nov. 19" is no sentence end).
    found = text.rfind(". ", low, high - 1)
    for _ in range(MAX_SENTENCE_END_TRIES):
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


def mark_line_breaks(doc: Doc) -> Doc:
    """Start a sentence at every line break, before the parser runs.

    "Pope to visit Iraq" on its own line, then the story: the parser respects sentence
    starts set before it, so the headline gets a parse of its own instead of running
    into the first sentence (``sentence_spans`` cuts there afterwards in any case).
    Other tokens are left for the parser to decide; a Doc already parsed is left as it is.
    """
    if len(doc) < 2:
        return doc
    columns = doc.to_array([IDX, LENGTH, IS_SPACE])
    space = columns[:, 2].astype(bool)
    # Whitespace tokens followed by a word (the first and last tokens never start one).
    before_word = (numpy.flatnonzero(space[1:-1] & ~space[2:]) + 1).tolist()
    text = text_of(doc)
    starts = [
        i
        for i in before_word
        if "\n" in text[int(columns[i, 0]) : int(columns[i, 0] + columns[i, 1])]
    ]
    # The line break itself starts the sentence: started at the next word, the small
    # parser tends to cut again right after it ("President | Volodymyr").
    if starts and not doc.has_annotation("DEP"):
        # One column write: ``token.is_sent_start = True`` checks the whole Doc for a
        # parse at every call, which made this step quadratic on a long piece (0.3 s
        # for 100,000 characters with 600 line breaks).
        column = doc.to_array([SENT_START])
        column[starts] = 1
        doc.from_array([SENT_START], cast("Ints2d", column.reshape(-1, 1)))
    return doc
