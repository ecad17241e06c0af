"""Opponents of a match: the name right after "at home to", "away at" or "lost to" is a club.

"Leeds fell 3-2 at home to Castleford", "a 1-0 defeat away at Hollins": the model reads
many a small club there as a person or a place, or leaves it untagged. In a sentence of
sport the capitalised name right after one of ``opponent_phrases``
(``models/entities/rules.json``) is a club (ORG), unless it is a first name or the
surname of a person named in full ("lost to Marta Sorel"), or a national side ("at home
to Japan" stays a place). "against" asks for a score: "a case against Dellow" is a person.

``clubs_facing_a_club``: a "person" of several words facing a club across a result told
with one score is a club too ("Aston Villa drew 0-0 with Brentford").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from briefx.entities.gazetteer import Gazetteer
from briefx.entities.known_places import first_names
from briefx.entities.rules import EntityRules
from briefx.entities.spans import PLACE_LABELS, Words, is_capitalised, relabel, replace_spans
from briefx.entities.teams import is_national

# A score as written ("2-1", "0-0"); a tennis score has two or more in a sentence.
_SCORE = re.compile(r"(?<![\d.,-])\d{1,2}-\d{1,2}(?![\d%-])")
# The longest untagged club's name read after a phrase ("Port Vessel Athletic").
_CLUB_WORDS = 3
# The phrase that needs a score in its sentence: "against" names a case's or a vote's
# other side too.
_SCORED_ONLY = frozenset({"against"})


def opponents_of_a_match(
    doc: Doc,
    spans: Sequence[Span],
    gazetteer: Gazetteer,
    rules: EntityRules,
    blocked: frozenset[int],
    words: Words,
) -> list[Span]:
    """Relabel as clubs (ORG) the names right after a phrase of a match that the model read
    as a person or a place, and find the untagged ones.

    Args:
        doc: the document ("Leeds fell 3-2 at home to Castleford.").
        spans: entity spans (non-overlapping, sorted).
        gazetteer: the known names (a country or a continent is a national side).
        rules: the word lists (``opponent_phrases``, ``sport_nouns``, ``team_roles``).
        blocked: token indices that other entities (dates, numbers) hold.
        words: the document's tokens as lists.
    Returns:
        The spans, with those clubs labelled ORG.
    """
    starts = [i for i in range(1, len(words.text)) if _opponent_at(doc, i, rules, words)]
    if not starts:
        return list(spans)
    at = {s.start: s for s in spans}
    taken = {*blocked, *(i for s in spans for i in range(s.start, s.end))}
    surnames = {words.text[s.end - 1] for s in spans if s.label_ == "PERSON" and len(s) > 1}
    given = first_names()
    out = list(spans)
    found: list[Span] = []
    for i in starts:
        span = at.get(i)
        if span is None:
            end = _untagged_name_end(doc, i, taken, words)
            if end > i and words.text[i] not in given:
                found.append(Span(doc, i, end, label="ORG"))
                taken.update(range(i, end))
            continue
        name = words.text[span.start : span.end]
        if span.label_ == "PERSON" and (len(name) > 1 or name[0] in given or name[0] in surnames):
            continue  # "lost to Marta Sorel", "the case against Dellow"
        if span.label_ in PLACE_LABELS and is_national(span, gazetteer, rules):
            continue  # "at home to Japan": a national side
        if span.label_ in ("PERSON", *PLACE_LABELS):
            out[out.index(span)] = relabel(span, "ORG")
    return replace_spans(out, found) if found else out


def _opponent_at(doc: Doc, i: int, rules: EntityRules, words: Words) -> bool:
    """A capitalised word at ``i`` right after one of ``opponent_phrases`` in a sentence
    of sport ("at home to [Castleford]")."""
    if not is_capitalised(words.text[i]):
        return False
    for size in range(1, rules.opponent_phrase_words + 1):
        if size > i:
            break
        phrase = " ".join(words.text[i - size : i]).lower()
        if phrase in rules.opponent_phrases:
            return _a_match_sentence(doc[i].sent, phrase, rules)
    return False


def _a_match_sentence(sent: Span, phrase: str, rules: EntityRules) -> bool:
    """The sentence tells of a match: one score (two or more are a tennis set's: players),
    or, but for "against", a noun of a match or a result, a player's role or a club's word
    ("crashed out of the cup at home to Pemberly")."""
    scores = len(_SCORE.findall(sent.text))
    if scores > 1:
        return False
    if scores == 1:
        return True
    if phrase in _SCORED_ONLY:
        return False
    cues = rules.sport_nouns | rules.team_roles
    return any(t.lower_ in cues or t.text in rules.club_words for t in sent)


def _untagged_name_end(doc: Doc, start: int, taken: set[int], words: Words) -> int:
    """The end of the untagged proper nouns from ``start`` ("away to [Whitmore]"), or
    ``start`` when there are none."""
    end = start
    while (
        end < len(words.text)
        and end - start < _CLUB_WORDS
        and end not in taken
        and is_capitalised(words.text[end])
        and doc[end].pos_ == "PROPN"
    ):
        end += 1
    return end


def clubs_facing_a_club(spans: Sequence[Span], rules: EntityRules, words: Words) -> list[Span]:
    """Relabel as clubs (ORG) the "people" of several words that face a club across a
    result told with one score: "Aston Villa drew 0-0 with Brentford", "Preston North End
    beat Luton 2-0", "lost 4-1 to Kilmarnock". The teams rules keep such a name a person,
    so that a player named in full stays one; but no player is a club's opponent in a
    match (a set of tennis has several scores). A name the document tells elsewhere as a
    person's, by its surname alone, stays a person.

    Args:
        spans: entity spans (non-overlapping, sorted).
        rules: the word lists (``sport_verbs``, ``sport_preps``, ``opponent_phrases``).
        words: the document's tokens as lists.
    Returns:
        The spans, with those clubs labelled ORG.
    """
    out = list(spans)
    alone = {words.text[s.start] for s in spans if s.label_ == "PERSON" and len(s) == 1}
    for n in range(len(out) - 1):
        first, second = out[n], out[n + 1]
        if {first.label_, second.label_} != {"ORG", "PERSON"}:
            continue
        person = first if first.label_ == "PERSON" else second
        if len(person) < 2 or words.text[person.end - 1] in alone:
            continue  # one word, or a surname told alone elsewhere: a player's
        between = [words.text[j] for j in range(first.end, second.start) if not words.space[j]]
        if _result_link(between, rules) and len(_SCORE.findall(first.sent.text)) == 1:
            out[n if person is first else n + 1] = relabel(person, "ORG")
    return out


def _result_link(between: Sequence[str], rules: EntityRules) -> bool:
    """The words between two sides of a result: a verb of winning, drawing or losing
    ("beat"), or with its score and a preposition or phrase of sport ("drew 0-0 with",
    "lost 3-1 at home to")."""
    if not between or between[0].lower() not in rules.sport_verbs:
        return False
    if len(between) == 1:
        return True
    rest = " ".join(between[1:]).replace(" - ", "-").lower()
    score = _SCORE.match(rest)
    if score is None:
        return False
    tail = rest[score.end() :].strip()
    phrase = f"{between[0].lower()} {tail}"  # "lost to", "drew with"
    return (
        tail in rules.sport_preps
        or tail in rules.opponent_phrases
        or phrase in rules.opponent_phrases
    )
