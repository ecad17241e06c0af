"""Small helpers over a Doc's tokens and entity spans shared by the context rules."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from functools import cached_property
from itertools import accumulate, pairwise

from spacy.tokens import Doc, Span

from briefx.extensions import text_of, token_pieces
from briefx.text.dateline import DATELINE_DASHES

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Places whose name is also their national side: "Japan beat Syria" stays PLACE.
NATIONAL_KINDS = frozenset({"country", "continent"})
# A score or a count in a results line: at most three digits ("3", "102"), or two joined
# by a dash ("2-0"); longer numbers are years, prices or times.
SCORE = re.compile(r"^\d{1,3}(?:-\d{1,3})?$")
_NEWLINE = re.compile("\n")
# A results line or a table row is short ("Leeds 2 Everton 0"); a paragraph of prose is not.
RESULTS_LINE_CHARS = 120
# The model's labels of numbers and dates: a name read from its context leaves them be.
NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
# Where a whitespace token can be: a line break or two spaces or more.
_BLANK_RUN = re.compile(r"\s*\n\s*|\s{2,}")
# A score as the text writes it (checked against the token it starts); the look-ahead
# for a digit comes first, so that the look-behind is tried only where a digit is.
_SCORE_IN_TEXT = re.compile(r"(?=\d)(?<![\w.,:-])\d{1,3}(?:-\d{1,3})?(?![\w.,:-]\d)")
_INITIAL = re.compile(r"^[A-Z]\.$")


def relabel(span: Span, label: str) -> Span:
    """Return ``span`` with another label (same tokens and ``id_``).

    Args:
        span: an entity span ("Leeds", GPE).
        label: the new label ("ORG").
    Returns:
        The relabelled span, or ``span`` itself when the label is already that.
    """
    if span.label_ == label:
        return span
    return Span(span.doc, span.start, span.end, label=label, span_id=span.id_)


class Words:
    """A Doc's tokens as plain lists, read once: the rules look at them many times.

    ``Words(nlp("Leeds 2\nEverton 0"))`` has ``text`` ["Leeds", "2", "\n", ...], ``idx``
    (character offsets), ``joined`` (the text), and, computed when first asked for,
    ``space`` (a whitespace token) and ``score`` (a small number or a score: "2", "2-0");
    ``line_of(i)`` and ``line_start(i)`` place a token on its text line.
    """

    def __init__(self, doc: Doc) -> None:
        # One attribute per token: reading spaCy tokens is the slow part.
        pieces = token_pieces(doc)
        self.text = [
            p[:-1] if len(p) > 1 and p[-1] == " " and not p.isspace() else p for p in pieces
        ]
        self.idx = list(accumulate(map(len, pieces), initial=0))[:-1]
        self.joined = text_of(doc)  # the Doc's text, which the pieces are cut from
        self._newlines = [m.start() for m in _NEWLINE.finditer(self.joined)]

    @classmethod
    def of(cls, doc: Doc) -> Words:
        """Read ``doc``'s tokens."""
        return cls(doc)

    @cached_property
    def space(self) -> list[bool]:
        """True for a whitespace token (only runs of spaces and line breaks hold one)."""
        flags = [False] * len(self.text)
        for m in _BLANK_RUN.finditer(self.joined):
            i = bisect_left(self.idx, m.start())
            while i < len(flags) and self.idx[i] < m.end():
                flags[i] = self.text[i].isspace()
                i += 1
        return flags

    @cached_property
    def score(self) -> list[bool]:
        """True for a small number or a score ("3", "2-0") on a short line (a results line
        or a table row: scores in prose are not read)."""
        flags = [False] * len(self.text)
        bounds = [-1, *self._newlines, len(self.joined)]
        for before, end in pairwise(bounds):
            if end - before - 1 > RESULTS_LINE_CHARS:
                continue
            for m in _SCORE_IN_TEXT.finditer(self.joined, before + 1, end):
                i = self.token_at(m.start())
                if self.idx[i] == m.start() and len(self.text[i]) == m.end() - m.start():
                    flags[i] = True
        return flags

    def short_lines(self) -> list[range]:
        """The token ranges of the lines short enough to be results lines or table rows."""
        bounds = [-1, *self._newlines, len(self.joined)]
        found: list[range] = []
        for before, end in pairwise(bounds):
            if 0 < end - before - 1 <= RESULTS_LINE_CHARS:
                found.append(range(bisect_left(self.idx, before + 1), bisect_left(self.idx, end)))
        return found

    def span_text(self, span: Span) -> str:
        """``span.text`` without reading its tokens from the Doc."""
        last = span.end - 1
        return self.joined[self.idx[span.start] : self.idx[last] + len(self.text[last])]

    def token_at(self, char: int) -> int:
        """The index of the token that holds character offset ``char``."""
        return bisect_right(self.idx, char) - 1

    def find(self, pattern: re.Pattern[str]) -> list[int]:
        """The tokens where ``pattern`` (or its first group) starts a match in the text."""
        found: list[int] = []
        for m in pattern.finditer(self.joined):
            start = m.start(1) if m.lastindex else m.start()
            i = self.token_at(start)
            if self.idx[i] == start and (not found or found[-1] != i):
                found.append(i)
        return found

    def line_of(self, i: int) -> int:
        """The text line token ``i`` is on (0 for the first)."""
        return bisect_right(self._newlines, self.idx[i])

    def line_start(self, i: int) -> bool:
        """True when token ``i`` is the first word of its line."""
        j = prev_word(self, i)
        return j is None or self.line_of(j) != self.line_of(i)


def next_word(words: Words, i: int) -> int | None:
    """Index of the first non-space token at or after ``i``, or None."""
    n = len(words.text)
    while i < n and words.space[i]:
        i += 1
    return i if i < n else None


def prev_word(words: Words, i: int) -> int | None:
    """Index of the last non-space token before ``i``, or None."""
    i -= 1
    while i >= 0 and words.space[i]:
        i -= 1
    return i if i >= 0 else None


def is_score(words: Words, i: int | None) -> bool:
    """True when token ``i`` is a small number or a score ("3", "2-0")."""
    return i is not None and words.score[i]


def is_initial(text: str) -> bool:
    """True for a capital letter and a full stop ("D.")."""
    return bool(_INITIAL.match(text))


def is_capitalised(text: str) -> bool:
    """True for a word that starts with a capital letter ("Leeds", "LEEDS")."""
    return text[:1].isupper() and any(c.isalpha() for c in text)


def replace_spans(spans: Iterable[Span], new: Sequence[Span]) -> list[Span]:
    """Put ``new`` spans in, dropping the old spans they overlap; sorted by start.

    Args:
        spans: non-overlapping entity spans.
        new: non-overlapping spans that win over any old span they touch.
    Returns:
        The spans with ``new`` in place.
    """
    taken = {i for s in new for i in range(s.start, s.end)}
    kept = [s for s in spans if not taken.intersection(range(s.start, s.end))]
    return sorted([*kept, *new], key=lambda s: s.start)


def free(span_range: range, taken: set[int]) -> bool:
    """True when no token of ``span_range`` is taken."""
    return not taken.intersection(span_range)


def opens_a_lead(doc: Doc, i: int, words: Words) -> bool:
    """Token ``i`` opens a sentence, or the lead after a wire dateline's dash ("OSLO, Dec.
    2 (Wire) - Shipbuilder Kvarnes won", "BERLIN - Inflation slowed"), where a common noun
    is capitalised too."""
    if doc[i].is_sent_start:
        return True
    j = prev_word(words, i)
    return j is not None and words.text[j] in DATELINE_DASHES
