"""Gazetteer matches merged with the model's entities, then relabelled and trimmed."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from spacy.tokens import Doc, Span

from briefx.entities.gazetteer import Gazetteer, body_countries, titles
from briefx.entities.known_places import place_countries
from briefx.entities.rules import load_rules
from briefx.entities.spans import Words
from briefx.text.dateline import line_openings

_ARTICLES = frozenset({"the", "The", "THE"})
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def combine_with_gazetteer(doc: Doc, found: Sequence[Span], existing: Sequence[Span]) -> list[Span]:
    """Combine gazetteer matches with the model's entities; return non-overlapping spans.

    Args:
        doc: the document both lists belong to.
        found: gazetteer matches (may overlap each other).
        existing: the model's entities (non-overlapping).
    Returns:
        The merged entities, sorted by position.
    """
    # "LIMA (Agency" read as one organisation: a name does not run into a bracket.
    existing = [_before_bracket(e) for e in existing]
    existing = [e for e in existing if len(e)]
    # Longest match first; among equals, the earliest.
    matches: list[Span] = []
    taken: set[int] = set()
    for span in sorted(found, key=lambda s: (s.start - s.end, s.start)):
        if not taken.intersection(range(span.start, span.end)):
            matches.append(span)
            taken.update(range(span.start, span.end))
    match_at = {i: m for m in matches for i in range(m.start, m.end)}
    kept: list[Span] = []
    dropped_matches: set[tuple[int, int]] = set()
    for ent in existing:
        overlapping = list(
            {
                id(m): m for i in range(ent.start, ent.end) if (m := match_at.get(i)) is not None
            }.values()
        )
        inside = [m for m in overlapping if ent.start <= m.start and m.end <= ent.end]
        if not overlapping:
            kept.append(ent)
        elif (
            inside
            and len(inside) == len(overlapping)
            and not _covered(ent, inside)
            and not ent.text.isupper()
        ):
            # A known name inside a longer entity ("University of Chicago"): keep the entity.
            # In capitals the model's long entities are guesses ("KENYA DRAWS"): the name wins.
            kept.append(ent)
            dropped_matches.update((m.start, m.end) for m in inside)
    merged = kept + [m for m in matches if (m.start, m.end) not in dropped_matches]
    return sorted(merged, key=lambda s: s.start)


def _before_bracket(ent: Span) -> Span:
    """The entity up to an opening bracket inside it ("LIMA (Agency" -> "LIMA")."""
    for token in ent[1:]:
        if token.text == "(":
            return Span(ent.doc, ent.start, token.i, label=ent.label, span_id=ent.id)
    return ent


def _covered(ent: Span, parts: Iterable[Span]) -> bool:
    """True when every token of ``ent`` is in ``parts`` or is a conjunction / punctuation."""
    inside = {i for p in parts for i in range(p.start, p.end)}
    equal = any(p.start == ent.start and p.end == ent.end for p in parts)
    return equal or all(
        t.i in inside or t.pos_ in {"CCONJ", "PUNCT"} or t.lower_ in {"and", "or", ","} for t in ent
    )


def _extend_person(span: Span, taken: frozenset[int], gazetteer: Gazetteer) -> Span:
    """Widen a person's name over the capitalised given names the model left out.

    "Rustem Umerov" often comes out as "Umerov": proper nouns in a compound just before
    the name (not titles, not known places or organisations) are part of it.
    """
    doc = span.doc
    start = span.start
    while start > 0:
        token = doc[start - 1]
        if (
            token.i in taken
            or token.pos_ != "PROPN"
            or not token.is_title
            or token.dep_ not in {"compound", "flat", "nmod"}
            or token.lower_ in titles()
            or gazetteer.lookup(token.text) is not None
        ):
            break
        start -= 1
    if start == span.start:
        return span
    return Span(doc, start, span.end, label=span.label_, span_id=span.id_)


def _trim(span: Span) -> Span:
    start, end = span.start, span.end
    doc = span.doc
    if end - start > 1 and doc[start].text in _ARTICLES:
        start += 1
    if end - start > 1 and doc[end - 1].text in _POSSESSIVES:
        end -= 1
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label=span.label_, span_id=span.id_)


def correct_entities(
    doc: Doc,
    spans: Sequence[Span],
    gazetteer: Gazetteer,
    blocked: frozenset[int] = frozenset(),
    *,
    words: Words | None = None,
) -> list[Span]:
    """Relabel and trim entities by the gazetteer and by one-sense-per-document.

    Args:
        doc: the document.
        spans: non-overlapping entity spans (the output of ``combine_with_gazetteer``).
        gazetteer: the known names.
        blocked: token indices the corrections must not take (other entities: a
            nationality, a date).
        words: the document's tokens as lists (``spans.Words``), when already read.
    Returns:
        The corrected spans, sorted, with ``id_`` set to the canonical name when known.
    """
    taken = blocked | {i for s in spans for i in range(s.start, s.end)}
    spans = [_extend_person(s, taken, gazetteer) if s.label_ == "PERSON" else s for s in spans]
    text_of = words.span_text if words is not None else (lambda span: span.text)
    surnames = {
        span[-1].text: span
        for span in spans
        if span.label_ == "PERSON" and len(span) > 1 and gazetteer.lookup(text_of(span)) is None
    }
    out: list[Span] = []
    states: frozenset[str] | None = None  # the countries of the story's places, when asked
    for span in spans:
        text = text_of(span)
        if not gazetteer.is_surface(text):
            trimmed = _trim(span)
            if trimmed is not span:
                span, text = trimmed, text_of(trimmed)
        entry = gazetteer.lookup(text)
        label, canonical = span.label_, span.id_
        # A small place from the libraries ("Montalvo", "Batman") is often a surname or a
        # title: it relabels nothing by itself, only where the words around it say place
        # (``towns.places_by_context``).
        if entry is not None and entry.ambiguous and entry.library:
            entry = None
        if entry is not None and entry.ambiguous and _of_a_named_state(span):
            # "Kenya's Supreme Court": that state's, no "Supreme Court of the United States"
            entry = None
            canonical = text
        elif entry is not None and entry.ambiguous and entry.canonical in body_countries():
            if states is None:
                states = _countries_named(spans, gazetteer, text_of)
            if states and body_countries()[entry.canonical] not in states:
                # "MADRID - ... would appeal to the Supreme Court": Spain's
                entry = None
                canonical = text
        if entry is not None and not (entry.ambiguous and _other_reading(span, entry.label, label)):
            label, canonical = entry.label, entry.canonical
        elif len(span) == 1 and text in surnames:
            label = "PERSON"
        if (label, canonical) != (span.label_, span.id_):
            span = Span(doc, span.start, span.end, label=label, span_id=canonical)
        out.append(span)
    out.extend(_lone_surnames(doc, out, surnames, blocked, words))
    return sorted(out, key=lambda s: s.start)


def _countries_named(
    spans: Sequence[Span], gazetteer: Gazetteer, text_of: Callable[[Span], str]
) -> frozenset[str]:
    """The ISO codes of the countries of the places ``spans`` name and of the story's
    datelines ("MADRID -" -> ES, "U.S." -> US, "Texas" -> US;
    ``known_places.place_countries``)."""
    codes = place_countries()
    names: list[str] = []
    if spans:
        text = spans[0].doc.text
        for _, opening in line_openings(text):
            names.extend(
                text[p[0] : p[1]] for p in (opening.place, opening.region) if p is not None
            )
    for span in spans:
        if span.label_ in _PLACE_LABELS:
            entry = gazetteer.lookup(text_of(span))
            names.append(entry.canonical if entry is not None else text_of(span))
    # a dateline in capitals ("MADRID") is found by its title case
    found = (codes.get(name) or codes.get(name.title()) for name in names)
    return frozenset(code for code in found if code)


# The labels of a place, the model's and the gazetteer's.
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def _of_a_named_state(span: Span) -> bool:
    """A name right after the possessive of another name ("Brazil's Senate", "the
    Philippines' Senate") or a nationality ("the Kenyan Supreme Court"): it belongs to
    that state, not to the best-known holder of its bare name."""
    doc, i = span.doc, span.start - 1
    if i < 0:
        return False
    before = doc[i]
    if before.ent_type_ == "NORP":
        return True
    if before.text in _POSSESSIVES and i > 0:
        before = doc[i - 1]  # the possessor: a state the model found, not "Here's ABC's"
        return before.ent_type_ in _STATES
    return before.text[-1:] == "'" and before.ent_type_ in _STATES  # "the Philippines'"


# The model's labels of a state that owns a body ("Brazil's Senate").
_STATES = frozenset({"GPE", "NORP"})


def _other_reading(span: Span, known: str, read: str) -> bool:
    """True when the model's reading of an ambiguous name stands: a person, or an
    organisation where the table knows a place ("Amazon said": the company), unless a
    place's preposition comes before it ("fires in the Amazon")."""
    if read == "PERSON":
        return True
    if read != "ORG" or known not in _PLACE_LABELS:
        return False
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return not (i >= 0 and doc[i].lower_ in load_rules().town_preps)


def _lone_surnames(
    doc: Doc,
    spans: Sequence[Span],
    surnames: dict[str, Span],
    blocked: frozenset[int],
    words: Words | None,
) -> list[Span]:
    """Find untagged occurrences of a known person's surname ("Peskov said")."""
    if not surnames:
        return []
    taken = blocked | {i for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    # Token texts without making a Token of each (the slow part of a loop over the Doc).
    texts = [t.text_with_ws.rstrip() for t in doc] if words is None else words.text
    for i, text in enumerate(texts):
        if text in surnames and i not in taken and doc[i].pos_ == "PROPN":
            found.append(Span(doc, i, i + 1, label="PERSON"))
    return found
