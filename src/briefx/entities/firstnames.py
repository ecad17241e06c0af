"""People the model left untagged or took for a body or a place, known by their first name
("after Mikel Torres added", "A header by Lukas Brandt": ORG).

A first name (gender_guesser's list, through ``known_places.first_names``) followed by one
capitalised proper noun, neither of them known as a place or organisation, or a common
word, is a person, untagged or tagged as anything else. Two capitalised words only: a
third ("Grant Thornton Advisory") makes it an organisation's name, which this rule leaves
alone.
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
    """Add "First Surname" people the model did not tag, and relabel those it tagged as
    something else.

    Args:
        doc: the document.
        spans: its entity spans (non-overlapping, sorted).
        gazetteer: known names are never taken for people.
        rules: the word lists (``org_words``).
        common_words: lower-case verbs, adjectives and adverbs ("Will", "Rose" are no names).
        blocked: token indices other entities hold.
        words: its tokens as lists.
    Returns:
        The spans with the people added and relabelled, sorted.
    """
    names = first_names()
    if not names:
        return list(spans)
    text = words.text

    def a_person(i: int) -> bool:
        """Tokens ``i`` and ``i + 1`` are a first name and a surname."""
        first, last = text[i], text[i + 1]
        if first not in names:
            return False
        if not (last[:1].isupper() and last[1:].islower() and last.isalpha()):
            return False
        if i + 2 < len(text) and text[i + 2][:1].isupper():
            return False  # a longer name: an organisation's, a place's, a title's
        if {first.lower(), last.lower()} & (common_words | rules.org_words | titles()):
            return False
        if last.lower() in rules.trade_words - rules.trade_surnames:
            return False  # "Orla Aviation": a company's name
        if doc[i].pos_ != "PROPN" or doc[i + 1].pos_ != "PROPN":
            return False
        # a known name; a surname that is also a small town ("Torres") is fine
        return gazetteer.lookup(f"{first} {last}") is None and not any(
            (e := gazetteer.lookup(w)) is not None and not e.ambiguous for w in (first, last)
        )

    # "goals from Tomas Reyes" (a place), "A header by Lukas Brandt" (an organisation):
    # the model's label on a name it has not seen
    kept = [
        Span(doc, s.start, s.end, label="PERSON")
        if s.label_ != "PERSON"
        and len(s) == 2
        and a_person(s.start)
        and not _named_by_its_first_word(text, s.start)
        else s
        for s in spans
    ]
    taken = set(blocked) | {i for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    for i in range(len(text) - 1):
        if i in taken or i + 1 in taken or not a_person(i):
            continue
        found.append(Span(doc, i, i + 2, label="PERSON"))
        taken.update((i, i + 1))
    return sorted([*kept, *found], key=lambda s: s.start) if found else kept


def _named_by_its_first_word(text: Sequence[str], start: int) -> bool:
    """The first word of the name at ``start`` stands alone elsewhere in the text: a firm
    named again by it ("Nestor Robotics raised $80 million. Nestor plans ..."); a person
    is named again by the surname."""
    first, last = text[start], text[start + 1]
    return any(
        word == first and k != start and (k + 1 >= len(text) or text[k + 1] != last)
        for k, word in enumerate(text)
    )
