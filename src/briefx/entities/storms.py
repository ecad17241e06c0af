"""Storms' and other disasters' names are no people, places or organisations.

"Hurricane Marisol", "Typhoon Hanbit", "Tropical Depression Nine" name a weather system,
which the contract has no type for: the words of such a name leave the entities, and so
does a later mention of the name alone ("Marisol weakened overnight"). The storm words
are data (``storm_words`` in ``models/entities/rules.json``), matched only when written
with capitals ("Storm clouds gathered" names no storm). So do names that end in a
word of a disaster ("the Larkspur Fire", "the Marsh Flood of 1953"; ``disaster_heads``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span

from briefx.entities.known_places import first_names
from briefx.entities.rules import EntityRules
from briefx.entities.spans import Words

# The words of a storm's name after its storm word: "Marisol", "Nine", "Ana Maria".
NAME_WORDS = 2


def storm_names(spans: Sequence[Span], rules: EntityRules, words: Words) -> list[Span]:
    """Drop the names of storms and the entities that mention one.

    Args:
        spans: the entity spans (non-overlapping, sorted).
        rules: the word lists (``storm_words``).
        words: the document's tokens as lists.
    Returns:
        The spans, less those holding a word of a storm's name or written as one.
    """
    text = words.text
    firsts = {phrase[0] for phrase in rules.storm_words}
    held: set[int] = set()
    names: set[str] = set()
    for i, word in enumerate(text):
        if not word[:1].isupper() or word.lower() not in firsts:
            continue  # most words: lower case, read no further
        for phrase in rules.storm_words:
            end = i + len(phrase)
            written = text[i:end]
            if len(written) == len(phrase) and all(
                w.lower() == p and w[:1].isupper() for w, p in zip(written, phrase, strict=True)
            ):
                break
        else:
            continue
        last = end
        while last < min(len(text), end + NAME_WORDS) and _name_word(text[last]):
            last += 1
        if last > end:
            held.update(range(i, last))
            names.add(" ".join(text[end:last]))
    if not held:
        return list(spans)
    return [
        s
        for s in spans
        if not held.intersection(range(s.start, s.end)) and words.span_text(s) not in names
    ]


def _name_word(word: str) -> bool:
    """A word of a storm's name: capitalised letters ("Marisol", "Nine"), not a storm
    word's lower-case neighbour ("clouds")."""
    return word[:1].isupper() and word.isalpha()


# A match's score in the sentence ("beat the Red Bulls 2-1"): a club, not a disaster.
_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")


def disaster_names(spans: Sequence[Span], rules: EntityRules, words: Words) -> list[Span]:
    """Drop the names of fires, floods and quakes: a name whose last capitalised word is
    one of ``disaster_heads`` ("the Larkspur Fire", "the Cedar Ridge Fire", "the Marsh
    Flood of 1953") names an event, whatever the model read it as; not a body whose name
    goes on after the word ("the London Fire Brigade") or has it after "of" ("the Ring
    of Fire", a place), a club in a sentence with a score ("The Chicago Fire beat the
    New York Red Bulls 2-1"), nor a person with a first name ("Chris Flood").

    Args:
        spans: the entity spans (non-overlapping, sorted).
        rules: the word lists (``disaster_heads``).
        words: the document's tokens as lists.
    Returns:
        The spans, less the names of disasters.
    """
    text = words.text
    out: list[Span] = []
    for s in spans:
        capitalised = [i for i in range(s.start, s.end) if text[i][:1].isupper()]
        last = capitalised[-1] if capitalised else None
        if (
            last is not None
            and last > s.start
            and text[last].lower() in rules.disaster_heads
            and text[last - 1].lower() != "of"  # "the Ring of Fire" is a place
            and not _SCORE.search(s.sent.text)
            and not (s.label_ == "PERSON" and text[s.start] in first_names())  # "Chris Flood"
        ):
            continue
        out.append(s)
    return out
