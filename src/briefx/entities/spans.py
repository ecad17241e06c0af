"""Small helpers over a Doc's tokens and entity spans shared by the context rules."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Places whose name is also their national side: "Japan beat Syria" stays PLACE.
NATIONAL_KINDS = frozenset({"country", "continent"})
# A score or a count in a results line: at most three digits ("3", "102"), or two joined
# by a dash ("2-0"); longer numbers are years, prices or times.
SCORE = re.compile(r"^\d{1,3}(?:-\d{1,3})?$")
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


def line_ids(doc: Doc) -> list[int]:
    """Number each token by the text line it is on ("A 2\\nB 1" -> 0, 0, 1, 1)."""
    ids: list[int] = []
    line = 0
    for token in doc:
        ids.append(line)
        line += (token.text + token.whitespace_).count("\n")
    return ids


def at_line_start(doc: Doc, i: int, lines: Sequence[int]) -> bool:
    """True when token ``i`` is the first word of its line (whitespace tokens skipped)."""
    j = i - 1
    while j >= 0 and doc[j].is_space and lines[j] == lines[i]:
        j -= 1
    return j < 0 or lines[j] != lines[i]


def next_word(doc: Doc, i: int) -> int | None:
    """Index of the first non-space token at or after ``i``, or None."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i if i < len(doc) else None


def prev_word(doc: Doc, i: int) -> int | None:
    """Index of the last non-space token before ``i``, or None."""
    i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i if i >= 0 else None


def is_score(doc: Doc, i: int | None) -> bool:
    """True when token ``i`` is a small number or a score ("3", "2-0")."""
    return i is not None and bool(SCORE.match(doc[i].text))


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
