"""People the model left untagged, known by their first name ("after Mikel Torres added").

A first name (gender_guesser's list, through ``known_places.first_names``) followed by one
capitalised proper noun, neither of them tagged, known as a place or organisation, or a
common word, is a person. Two capitalised words only: a third ("Grant Thornton Advisory")
makes it an organisation's name, which this rule leaves alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from briefx.entities.gazetteer import Gazetteer, titles
from briefx.entities.known_places import first_names
from briefx.entities.rules import EntityRules
from briefx.entities.spans import Words


def first_name_people(
    doc: Doc,
    spans: Sequence[Span],
    gazetteer: Gazetteer,
    rules: EntityRules,
    common_words: frozenset[str],
    blocked: frozenset[int],
    words: Words,
) -> list[Span]:
    """Add "First Surname" people the model did not tag.

    Args:
        doc: the document.
        spans: its entity spans (non-overlapping, sorted).
        gazetteer: known names are never taken for people.
        rules: the word lists (``org_words``).
        common_words: lower-case verbs, adjectives and adverbs ("Will", "Rose" are no names).
        blocked: token indices other entities hold.
        words: its tokens as lists.
    Returns:
        The spans with the people added, sorted.
    """
    names = first_names()
    if not names:
        return list(spans)
    text = words.text
    taken = set(blocked) | {i for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    for i in range(len(text) - 1):
        first, last = text[i], text[i + 1]
        if first not in names or i in taken or i + 1 in taken:
            continue
        if not (last[:1].isupper() and last[1:].islower() and last.isalpha()):
            continue
        if i + 2 < len(text) and text[i + 2][:1].isupper():
            continue  # a longer name: an organisation's, a place's, a title's
        if {first.lower(), last.lower()} & (common_words | rules.org_words | titles()):
            continue
        if doc[i].pos_ != "PROPN" or doc[i + 1].pos_ != "PROPN":
            continue
        if gazetteer.lookup(f"{first} {last}") is not None or any(
            (e := gazetteer.lookup(w)) is not None and not e.ambiguous for w in (first, last)
        ):
            continue  # a known name; a surname that is also a small town ("Torres") is fine
        found.append(Span(doc, i, i + 2, label="PERSON"))
        taken.update((i, i + 1))
    return sorted([*spans, *found], key=lambda s: s.start) if found else list(spans)
