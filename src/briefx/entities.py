"""People, places and organisations: spaCy's NER corrected by a gazetteer and by rules.

The ``briefx_entities`` component runs after ``ner``. It

1. finds gazetteer names (``models/entities/*.jsonl``: canonical name + aliases), exact
   and case-sensitive on whole tokens; every alias carries its canonical name as ``ent_id_``;
2. merges them with the statistical entities (``merge_entities``): a gazetteer name
   relabels an entity with the same span, splits a coordination the model read as one
   name ("Kyiv and Europe"), and is added where the model saw nothing; a name inside a
   longer entity ("Bank of America") leaves that entity alone;
3. relabels by the gazetteer (ambiguous names such as "Jordan" only when the model did
   not call them a person) and by one-sense-per-document: a lone surname of a person
   named in full elsewhere in the text is that person ("Rustem Umerov" ... "Umerov");
4. trims a leading article or a trailing possessive from names that are not in the table.

Labels stay spaCy's (PERSON, GPE, LOC, FAC, ORG); ``entity_type`` maps them to the
contract's PERSON / PLACE / ORG.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, registry

from briefx.resources import load_json, load_jsonl

LABEL_TO_TYPE = {"PERSON": "PERSON", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "ORG": "ORG"}
_KIND_TO_LABEL = {
    "country": "GPE",
    "city": "GPE",
    "region": "GPE",
    "continent": "LOC",
    "body_of_water": "LOC",
    "other": "LOC",
}
_ARTICLES = frozenset({"the", "The", "THE"})
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


@dataclass(frozen=True)
class GazetteerEntry:
    """One surface form of a known name."""

    surface: str
    canonical: str
    label: str
    ambiguous: bool
    kind: str = ""


def entity_type(label: str) -> str | None:
    """Map a spaCy entity label to the contract's type, or None for other labels."""
    return LABEL_TO_TYPE.get(label)


def name_key(text: str) -> str:
    """Normalise a name for lookups: NFC, case-folded, inner whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


class Gazetteer:
    """The known names: every surface form, and a lookup table built once."""

    def __init__(self, entries: Sequence[GazetteerEntry]) -> None:
        self.entries = tuple(entries)
        self.table: dict[str, GazetteerEntry] = {}
        for entry in self.entries:
            key = name_key(entry.surface)
            # An unambiguous reading wins over an ambiguous one for the same surface.
            if key not in self.table or (self.table[key].ambiguous and not entry.ambiguous):
                self.table[key] = entry

    def lookup(self, text: str) -> GazetteerEntry | None:
        """Return the entry for a surface form (case- and article-insensitive), or None."""
        key = name_key(text)
        found = self.table.get(key)
        if found is not None:
            return found
        first, _, rest = key.partition(" ")
        return self.table.get(rest) if first == "the" and rest else None

    def is_surface(self, text: str) -> bool:
        """True when ``text`` itself, article included, is a surface form."""
        return name_key(text) in self.table


@registry.misc("briefx.gazetteer.v1")
def gazetteer_v1() -> Gazetteer:
    """The place and organisation tables of ``models/entities/``."""
    return load_gazetteer()


@cache
def load_gazetteer() -> Gazetteer:
    """Load ``models/entities/places.jsonl`` and ``orgs.jsonl`` (cached)."""
    entries: list[GazetteerEntry] = []
    for name, label_of in (("entities/places.jsonl", _KIND_TO_LABEL), ("entities/orgs.jsonl", {})):
        for row in load_jsonl(name):
            label = label_of.get(row.get("kind", ""), "ORG" if not label_of else "GPE")
            for surface in (row["name"], *row.get("aliases", [])):
                entries.append(
                    GazetteerEntry(
                        surface,
                        row["name"],
                        label,
                        bool(row.get("ambiguous", False)),
                        row.get("kind", ""),
                    )
                )
    return Gazetteer(entries)


def lookup(text: str) -> GazetteerEntry | None:
    """Return the default gazetteer's entry for a surface form, or None."""
    return load_gazetteer().lookup(text)


def merge_entities(doc: Doc, found: Sequence[Span], existing: Sequence[Span]) -> list[Span]:
    """Combine gazetteer matches with the model's entities; return non-overlapping spans.

    Args:
        doc: the document both lists belong to.
        found: gazetteer matches (may overlap each other).
        existing: the model's entities (non-overlapping).
    Returns:
        The merged entities, sorted by position.
    """
    # Longest match first; among equals, the earliest.
    matches: list[Span] = []
    taken: set[int] = set()
    for span in sorted(found, key=lambda s: (s.start - s.end, s.start)):
        if not taken.intersection(range(span.start, span.end)):
            matches.append(span)
            taken.update(range(span.start, span.end))
    kept: list[Span] = []
    dropped_matches: set[tuple[int, int]] = set()
    # The matches do not overlap, so sorted by start they are sorted by end too: the ones
    # an entity overlaps are one slice, found by bisection (a scan per entity was quadratic).
    by_start = sorted(matches, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    ends = [m.end for m in by_start]
    for ent in existing:
        overlapping = by_start[bisect_right(ends, ent.start) : bisect_left(starts, ent.end)]
        inside = [m for m in overlapping if ent.start <= m.start and m.end <= ent.end]
        if not overlapping:
            kept.append(ent)
        elif inside and len(inside) == len(overlapping) and not _covered(ent, inside):
            # A known name inside a longer entity ("University of Chicago"): keep the entity.
            kept.append(ent)
            dropped_matches.update((m.start, m.end) for m in inside)
    merged = kept + [m for m in matches if (m.start, m.end) not in dropped_matches]
    return sorted(merged, key=lambda s: s.start)


def _covered(ent: Span, parts: Iterable[Span]) -> bool:
    """True when every token of ``ent`` is in ``parts`` or is a conjunction / punctuation."""
    inside = {i for p in parts for i in range(p.start, p.end)}
    equal = any(p.start == ent.start and p.end == ent.end for p in parts)
    return equal or all(
        t.i in inside or t.pos_ in {"CCONJ", "PUNCT"} or t.lower_ in {"and", "or", ","} for t in ent
    )


@cache
def titles() -> frozenset[str]:
    """Titles and honorifics that precede names (lower case), from ``models/``."""
    return frozenset(load_json("entities/titles.json")["titles"])


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
) -> list[Span]:
    """Relabel and trim entities by the gazetteer and by one-sense-per-document.

    Args:
        doc: the document.
        spans: non-overlapping entity spans (the output of ``merge_entities``).
        gazetteer: the known names.
        blocked: token indices the corrections must not take (other entities: a
            nationality, a date).
    Returns:
        The corrected spans, sorted, with ``id_`` set to the canonical name when known.
    """
    taken = blocked | {i for s in spans for i in range(s.start, s.end)}
    spans = [_extend_person(s, taken, gazetteer) if s.label_ == "PERSON" else s for s in spans]
    surnames = {
        span[-1].text: span
        for span in spans
        if span.label_ == "PERSON" and len(span) > 1 and gazetteer.lookup(span.text) is None
    }
    out: list[Span] = []
    for span in spans:
        if not gazetteer.is_surface(span.text):
            span = _trim(span)
        entry = gazetteer.lookup(span.text)
        label, canonical = span.label_, span.id_
        if entry is not None and not (entry.ambiguous and label == "PERSON"):
            label, canonical = entry.label, entry.canonical
        elif len(span) == 1 and span.text in surnames:
            label = "PERSON"
        if (label, canonical) != (span.label_, span.id_):
            span = Span(doc, span.start, span.end, label=label, span_id=canonical)
        out.append(span)
    out.extend(_lone_surnames(doc, out, surnames, blocked))
    return sorted(out, key=lambda s: s.start)


def _lone_surnames(
    doc: Doc, spans: Sequence[Span], surnames: dict[str, Span], blocked: frozenset[int]
) -> list[Span]:
    """Find untagged occurrences of a known person's surname ("Peskov said")."""
    if not surnames:
        return []
    taken = blocked | {i for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    for token in doc:
        if token.i not in taken and token.text in surnames and token.pos_ == "PROPN":
            found.append(Span(doc, token.i, token.i + 1, label="PERSON"))
    return found


@Language.factory(
    "briefx_entities",
    default_config={"gazetteer": {"@misc": "briefx.gazetteer.v1"}},
)
def make_entities(nlp: Language, name: str, gazetteer: Gazetteer) -> EntityCorrector:
    """Create the entity corrector from a gazetteer (by default the tables in ``models/``)."""
    return EntityCorrector(nlp, gazetteer)


class EntityCorrector:
    """Find gazetteer names and write corrected entities to ``doc.ents``."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        # Exact, case-sensitive surface forms -> (label, canonical). Matching looks up
        # token-aligned stretches of text: tokenising every name for a PhraseMatcher
        # cost a third of a second at each start.
        self._surfaces: dict[str, tuple[str, str]] = {}
        for entry in gazetteer.entries:
            if not entry.ambiguous:
                self._surfaces.setdefault(entry.surface, (entry.label, entry.canonical))
        self._longest = max((len(s) for s in self._surfaces), default=0)
        self._initials = frozenset(s[0] for s in self._surfaces if s)

    def match(self, doc: Doc) -> list[Span]:
        """Return the gazetteer names in ``doc`` as labelled spans with canonical ids.

        Every stretch of whole tokens (up to the longest name's length) is looked up;
        overlapping matches are all returned (``merge_entities`` keeps the longest).
        """
        text = doc.text
        starts = [t.idx for t in doc]
        ends = [t.idx + len(t) for t in doc]
        spans = []
        for i, start_char in enumerate(starts):
            if text[start_char] not in self._initials:
                continue
            for end in range(i, len(doc)):
                if ends[end] - start_char > self._longest:
                    break
                found = self._surfaces.get(text[start_char : ends[end]])
                if found is not None:
                    label, canonical = found
                    spans.append(Span(doc, i, end + 1, label=label, span_id=canonical))
        return spans

    def set_annotations(self, doc: Doc, found: Sequence[Span]) -> None:
        """Merge ``found`` with the model's entities and write the corrected result."""
        others = [e for e in doc.ents if e.label_ not in LABEL_TO_TYPE]
        named = [e for e in doc.ents if e.label_ in LABEL_TO_TYPE]
        merged = merge_entities(doc, found, named)
        taken = {i for s in merged for i in range(s.start, s.end)}
        # Non-name entities (DATE, CARDINAL, ...) stay unless a name now covers them.
        keep = [e for e in others if not taken.intersection(range(e.start, e.end))]
        blocked = frozenset(i for e in keep for i in range(e.start, e.end))
        corrected = correct_entities(doc, merged, self.gazetteer, blocked)
        doc.ents = filter_spans([*corrected, *keep])

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc
