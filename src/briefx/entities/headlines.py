"""ALL-CAPS headlines and datelines, and capitalised words that are not names.

The model reads "SOCCER - LATE GOAL LIFTS PERU" and "QUITO 1998-03-04" poorly: a name in
capitals takes the label of the same name written normally elsewhere in the document
(one sense per document), a dateline's first capitalised words are a place, and table
headings or headline words ("Attendance", "Extras", "DEFEAT") are not names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from briefx.entities.gazetteer import Gazetteer, name_key
from briefx.entities.rules import EntityRules
from briefx.entities.spans import (
    PLACE_LABELS,
    at_line_start,
    free,
    is_score,
    next_word,
    relabel,
    replace_spans,
)

# A dateline names at most this many words of place before its date ("RIO DE JANEIRO").
_DATELINE_WORDS = 4
# A name written in capitals is looked for in runs of at most this many words.
_CAPS_RUN = 4
_DASHES = frozenset({"-", "–", "—"})
_BRACKETS = frozenset({"(", ")", "[", "]"})
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Inflections stripped before a capitalised word is looked up among common words.
_INFLECTIONS = ("ing", "ed", "es", "s", "d")


def _caps(text: str) -> bool:
    return text.isupper() and sum(c.isalpha() for c in text) >= 2


def tidy(span: Span, rules: EntityRules) -> Span | None:
    """Cut what is not part of a name off a span; None when nothing is left.

    A name stops before a bracket ("Ann Lee ( Kenya" -> "Ann Lee"), loses a trailing
    score ("Everton 2-0" -> "Everton") and, for a person, a leading role or title
    ("Striker Ann Lee" -> "Ann Lee").

    Args:
        span: an entity span.
        rules: the word lists (roles).
    Returns:
        The trimmed span, ``span`` itself when nothing changes, or None.
    """
    doc = span.doc
    start, end = span.start, span.end
    while end - start > 1 and doc[start].text in _BRACKETS:
        start += 1
    for i in range(start, end):
        if doc[i].text in _BRACKETS:
            end = i
            break
    while end - start > 1 and (is_score(doc, end - 1) or doc[end - 1].text in _DASHES):
        end -= 1
    if span.label_ == "PERSON":
        while end - start > 1 and doc[start].lower_ in rules.person_roles:
            start += 1
    if end <= start or not any(c.isalpha() for c in doc[start:end].text):
        return None
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label=span.label_, span_id=span.id_)


def _common(word: str, common_words: frozenset[str]) -> bool:
    if word in common_words:
        return True
    return any(word.endswith(s) and word[: -len(s)] in common_words for s in _INFLECTIONS)


def is_not_a_name(
    span: Span,
    rules: EntityRules,
    gazetteer: Gazetteer,
    common_words: frozenset[str],
    written: frozenset[str],
) -> bool:
    """True for a table heading or a capitalised common word taken for a name.

    Args:
        span: an entity span ("Attendance", "DEFEAT").
        rules: the word lists (``not_names``).
        gazetteer: known names are always names.
        common_words: lower-case English words that are not nouns (verbs, adjectives,
            adverbs), from the model's lemmatizer tables.
        written: keys of the names the document writes in mixed case.
    Returns:
        Whether the span should not be an entity.
    """
    key = name_key(span.text)
    if key in rules.not_names:
        return True
    if not _caps(span.text) or key in written or gazetteer.lookup(span.text) is not None:
        return False
    words = [t.lower_ for t in span if t.is_alpha]
    return bool(words) and all(_common(w, common_words) for w in words)


def same_sense_as_written(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """Give names in capitals the label of the same name written normally in the document.

    "HARLAND" in a headline is the person "Harland" of the story; an untagged run of
    capitals that spells a name of the story becomes that name.

    Args:
        doc: the document.
        spans: its entity spans (non-overlapping, sorted).
    Returns:
        The spans, relabelled and completed. A run of capitals may cover what the model
        read as another kind of entity ("HARLAND" as a nationality): the name wins.
    """
    votes: dict[str, Counter[str]] = {}
    for s in spans:
        if not _caps(s.text):
            votes.setdefault(name_key(s.text), Counter())[s.label_] += 1
    if not votes:
        return list(spans)
    label_of = {key: counts.most_common(1)[0][0] for key, counts in votes.items()}
    out = [
        relabel(s, label_of[name_key(s.text)])
        if _caps(s.text) and name_key(s.text) in label_of
        else s
        for s in spans
    ]
    taken = {i for s in out for i in range(s.start, s.end)}
    added: list[Span] = []
    i = 0
    while i < len(doc):
        if i in taken or not _caps(doc[i].text):
            i += 1
            continue
        for n in range(min(_CAPS_RUN, len(doc) - i), 0, -1):
            piece = doc[i : i + n]
            label = label_of.get(name_key(piece.text))
            if label is not None and free(range(i, i + n), taken):
                added.append(Span(doc, i, i + n, label=label))
                taken.update(range(i, i + n))
                i += n - 1
                break
        i += 1
    return sorted([*out, *added], key=lambda s: s.start)


def datelines(
    doc: Doc,
    spans: Sequence[Span],
    gazetteer: Gazetteer,
    lines: Sequence[int],
    date_starts: frozenset[int],
) -> list[Span]:
    """Read the capitalised words that open a line before a date as a place.

    "QUITO 1998-03-04" and "RIO DE JANEIRO , March 4" name where the story was filed.

    Args:
        doc: the document.
        spans: its entity spans.
        gazetteer: a known place keeps its canonical id; a known organisation is left.
        lines: the line number of each token.
        date_starts: where the model's DATE entities start.
    Returns:
        The spans with dateline places in place.
    """
    found: list[Span] = []
    for token in doc:
        if token.is_space or not at_line_start(doc, token.i, lines) or not _caps(token.text):
            continue
        end = token.i
        while end < len(doc) and end - token.i < _DATELINE_WORDS and _caps(doc[end].text):
            end += 1
        after = next_word(doc, end)
        if after is not None and doc[after].text == ",":
            after = next_word(doc, after + 1)
        if after is None or not (after in date_starts or _ISO_DATE.match(doc[after].text)):
            continue
        entry = gazetteer.lookup(doc[token.i : end].text)
        if entry is not None and entry.label not in PLACE_LABELS:
            continue
        canonical = entry.canonical if entry is not None else ""
        found.append(Span(doc, token.i, end, label="GPE", span_id=canonical))
    return replace_spans(spans, found) if found else list(spans)
