"""Places by their bearing: a name right after a phrase of where something lies.

"A fire broke out near Tarvik", "troops massed north of Dravin", "a factory upstream of
Brisko": the model reads many an unknown town there as an organisation or a person. After
one of ``bearing_phrases`` (``models/entities/rules.json``) such a name is a place, unless
the words say it is someone's or a firm's ("near Tesla's plant", "stood near Smith",
"outside Apple") or the sentence tells of sport ("two places above Castleford").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from briefx.entities.gazetteer import Gazetteer
from briefx.entities.known_places import first_names
from briefx.entities.rules import EntityRules
from briefx.entities.spans import Words, is_capitalised, relabel

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_POSSESSIVE_ENDINGS = frozenset({"'s", "\u2019s", "'", "\u2019"})
# An organisation's name read here is at most this many words ("Port Velling").
_ORG_WORDS = 2


def places_by_their_bearing(
    spans: Sequence[Span],
    gazetteer: Gazetteer,
    rules: EntityRules,
    words: Words,
    common_nouns: frozenset[str] = frozenset(),
) -> list[Span]:
    """Relabel as places (GPE) the names read as a person or an organisation right after
    a phrase of bearing ("near Tarvik", "on the outskirts of Velmisk").

    Args:
        spans: entity spans (non-overlapping, sorted).
        gazetteer: the known names (a firm it knows stays one: "outside Apple").
        rules: the word lists (``bearing_phrases``, ``org_words``, the words of sport).
        words: the document's tokens as lists.
        common_nouns: lower-case nouns of the model ("smith": "stood near Smith").
    Returns:
        The spans, with those places labelled GPE.
    """
    surnames = {
        words.text[s.end - 1] for s in spans if s.label_ == "PERSON" and len(s) > 1
    }  # "Ada Smith ... stood near Smith": her
    return [
        relabel(s, "GPE")
        if s.label_ in ("PERSON", "ORG")
        and _after_a_bearing(s.start, rules, words)
        and _a_town_name(s, gazetteer, rules, words, common_nouns, surnames)
        and not _a_sport_sentence(s, rules, words)
        else s
        for s in spans
    ]


def _after_a_bearing(start: int, rules: EntityRules, words: Words) -> bool:
    """One of ``bearing_phrases`` ends right before token ``start`` ("south of", "near",
    "on the outskirts of"; "north-west of" as the tokenizer splits it)."""
    for size in range(1, rules.bearing_phrase_words + 1):
        if size > start:
            break
        piece = " ".join(words.text[start - size : start]).lower().replace(" - ", "-")
        if piece in rules.bearing_phrases:
            return True
    return False


def _a_town_name(
    span: Span,
    gazetteer: Gazetteer,
    rules: EntityRules,
    words: Words,
    common_nouns: frozenset[str],
    surnames: set[str],
) -> bool:
    """The name may be a town's: one word (two for an organisation, no organisation's word
    among them), no possessive or capitalised word after it ("near Tesla's plant"), no
    first name, common noun or surname of a person named in full ("near Morgan", "near
    Smith"), nor a name the gazetteer knows as anything but a place ("outside Apple")."""
    name = words.text[span.start : span.end]
    if len(name) > (1 if span.label_ == "PERSON" else _ORG_WORDS):
        return False
    if not all(w.isalpha() and is_capitalised(w) for w in name):
        return False
    if any(w.lower() in rules.org_words or w.lower() in rules.trade_words for w in name):
        return False
    if span.end < len(words.text):
        after = words.text[span.end]
        if after in _POSSESSIVE_ENDINGS or is_capitalised(after):
            return False
    given = first_names()
    if any(w in given for w in name):
        return False
    entry = gazetteer.lookup(" ".join(name))
    if entry is not None:
        return entry.label in _PLACE_LABELS  # "near Reading": the town
    return not any(w.lower() in common_nouns or w in surnames for w in name)


def _a_sport_sentence(span: Span, rules: EntityRules, words: Words) -> bool:
    """The sentence tells of sport: a noun of a match or a result, a player's role, or a
    club's word ("Rovers finished two places above Castleford"), where the name is a club
    (not the verbs of winning: "shops stayed shut", "prices topped")."""
    sent = span.sent
    cues = rules.sport_nouns | rules.team_roles
    return any(
        words.text[i].lower() in cues or words.text[i] in rules.club_words
        for i in range(sent.start, sent.end)
    )
