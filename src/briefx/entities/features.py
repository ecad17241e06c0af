"""Features of the land and the water named with their feature word: places.

"River dolphins have returned to the Varna River": the model reads many an unknown river,
forest or glacier as an organisation or a person, or leaves it untagged ("the Brenn
Mountains"). A name that ends with a feature's word ("River", "Falls", "Desert") or opens
with one and has one word more ("Lake Orvel", "Mount Tarnak") is a place; the words are
read off WordNet's named features (``models/entities/feature_names.json``). A firm named
after a feature stays a firm: "Lake Capital", "Red River Bank", "Varna River Holdings".
A name before a lower-case feature word ("the Selka river") is read in
``briefx.entities.towns`` (``features_named``, ``places_by_context``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from briefx.entities.gazetteer import Gazetteer
from briefx.entities.orgs import business_nouns
from briefx.entities.rules import EntityRules
from briefx.entities.spans import Words, is_capitalised, relabel, replace_spans

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# The longest untagged name read before its head ("the Upper Kessel Valley").
_NAME_WORDS = 3


def names_headed_by_a_feature(
    doc: Doc,
    spans: Sequence[Span],
    gazetteer: Gazetteer,
    rules: EntityRules,
    blocked: frozenset[int],
    words: Words,
) -> list[Span]:
    """Relabel names of a feature read as an organisation or a person, and find those left
    untagged after "the", as places (LOC).

    Args:
        doc: the document ("Dolphins returned to the Varna River.").
        spans: entity spans (non-overlapping, sorted).
        gazetteer: the known names (a firm it knows stays one).
        rules: the word lists (``feature_heads``, ``feature_openers``, ``org_words``).
        blocked: token indices that other entities (dates, numbers) hold.
        words: the document's tokens as lists.
    Returns:
        The spans, with those features labelled LOC.
    """
    out = [
        relabel(s, "LOC")
        if s.label_ in ("ORG", "PERSON")
        and _a_feature(doc, s.start, s.end, gazetteer, rules, words)
        else s
        for s in spans
    ]
    found = _untagged_features(doc, out, gazetteer, rules, blocked, words)
    return replace_spans(out, found) if found else out


def _a_feature(
    doc: Doc, start: int, end: int, gazetteer: Gazetteer, rules: EntityRules, words: Words
) -> bool:
    """The words from ``start`` to ``end`` name a feature: "the Varna River", "to Lake
    Orvel" (a name that opens with a feature's word only after a preposition: "Fans
    cheered as River Plate won" names a club); not with an organisation's word in or right
    after them ("Lake Capital", "the Varna River company"), before another capitalised word
    ("Marrow Falls Brewery"), nor a name the gazetteer knows as anything but a place."""
    name = words.text[start:end]
    if len(name) < 2 or not all(is_capitalised(w) or w == "of" for w in name):
        return False
    if name[-1] not in rules.feature_heads and not (
        len(name) == 2 and name[0] in rules.feature_openers and _after_a_preposition(start, doc)
    ):
        return False
    if any(_firm_word(w, rules) for w in name):
        return False
    if end < len(words.text) and (
        is_capitalised(words.text[end]) or _firm_word(words.text[end], rules)
    ):
        return False
    entry = gazetteer.lookup(" ".join(name))
    return entry is None or entry.label in _PLACE_LABELS


def _after_a_preposition(start: int, doc: Doc) -> bool:
    """A preposition comes right before token ``start`` ("on Mount Tarnak")."""
    return start > 0 and doc[start - 1].pos_ == "ADP"


def _firm_word(word: str, rules: EntityRules) -> bool:
    """A word of an organisation's name or a noun of a business ("Capital", "Bank",
    "Holdings", "brewery")."""
    lower = word.lower()
    return (
        lower in rules.org_words
        or lower in rules.trade_words
        or lower in rules.legal_suffixes
        or lower in business_nouns()
    )


def _untagged_features(
    doc: Doc,
    spans: Sequence[Span],
    gazetteer: Gazetteer,
    rules: EntityRules,
    blocked: frozenset[int],
    words: Words,
) -> list[Span]:
    """Proper nouns the model left untagged that name a feature after "the" ("the Selvin
    Desert", "The Kelso Peninsula"), or that open with a feature's word after a
    preposition ("to Lake Orvel")."""
    taken = {*blocked, *(i for s in spans for i in range(s.start, s.end))}
    found: list[Span] = []
    for i, word in enumerate(words.text):
        if i in taken:
            continue
        if word in rules.feature_heads:
            start = _name_before(doc, i, taken, words)
            end = i + 1
        elif word in rules.feature_openers:
            start, end = i, i + 2
        else:
            continue
        if (
            start is not None
            and end <= len(words.text)
            and not taken.intersection(range(start, end))
            and _proper(doc, start, end - 1 if start < i else end)
            and _a_feature(doc, start, end, gazetteer, rules, words)
        ):
            found.append(Span(doc, start, end, label="LOC"))
            taken.update(range(start, end))
    return found


def _name_before(doc: Doc, head: int, taken: set[int], words: Words) -> int | None:
    """Where the untagged proper nouns before a feature's head start, when "the" comes
    before them ("the [Upper Kessel] Valley"), or None."""
    start = head
    while (
        start > 0
        and head - start < _NAME_WORDS
        and start - 1 not in taken
        and is_capitalised(words.text[start - 1])
        and doc[start - 1].pos_ == "PROPN"
    ):
        start -= 1
    if start == head or start == 0 or words.text[start - 1].lower() != "the":
        return None
    return start


def _proper(doc: Doc, start: int, end: int) -> bool:
    """Every token from ``start`` to ``end`` is a capitalised proper noun, and there is one."""
    return end > start and all(
        doc[j].pos_ == "PROPN" and is_capitalised(doc[j].text) for j in range(start, end)
    )
