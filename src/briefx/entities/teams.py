"""Metonymy in sport: a city or region that names a club is an organisation.

CoNLL's convention, which briefx follows where the contract is silent: "Leeds beat
Everton 2-0" names two clubs (ORG); a national side stays a PLACE ("Japan beat Syria");
a capital that names its government stays a PLACE ("Moscow denied it").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from briefx.entities.gazetteer import Gazetteer, name_key
from briefx.entities.rules import EntityRules
from briefx.entities.spans import (
    NATIONAL_KINDS,
    PLACE_LABELS,
    at_line_start,
    is_capitalised,
    is_score,
    next_word,
    prev_word,
    relabel,
)

# A results line has at least this many scores ("Leeds 2 Everton 0"; a table row has more).
_MIN_SCORES_PER_LINE = 2
# A team's name in a results line is at most this many words ("Sporting Lisbon B").
_TEAM_WORDS = 3
_PAIR_SCORE = re.compile(r"^\d{1,3}-\d{1,3}$")


def is_national(span: Span, gazetteer: Gazetteer, rules: EntityRules) -> bool:
    """True for a place that fields a national side: a country, a continent, "England"."""
    if name_key(span.text) in rules.national_sides:
        return True
    entry = gazetteer.lookup(span.text)
    return entry is not None and entry.kind in NATIONAL_KINDS


def _scores_per_line(doc: Doc, lines: Sequence[int]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for token in doc:
        if is_score(doc, token.i):
            counts[lines[token.i]] = counts.get(lines[token.i], 0) + 1
    return counts


def team_cue(span: Span, rules: EntityRules, lines: Sequence[int], scores: dict[int, int]) -> bool:
    """True when the words around ``span`` say it is a team.

    A team is followed by its score in a results line ("Leeds 2 Everton 0", a table row),
    is the subject or object of a verb of winning or losing ("Leeds beat Everton", "drew
    with Leeds", "victory over Leeds") or is followed by a player's role ("Leeds striker").

    Args:
        span: a name (any label).
        rules: the word lists.
        lines: the line number of each token (``spans.line_ids``).
        scores: the number of scores on each line.
    Returns:
        Whether the context names a team.
    """
    doc = span.doc
    after = next_word(doc, span.end)
    before = prev_word(doc, span.start)
    if (
        is_score(doc, after)
        and scores.get(lines[span.start], 0) >= _MIN_SCORES_PER_LINE
        and (at_line_start(doc, span.start, lines) or is_score(doc, before))
    ):
        return True
    if after is not None:
        word = doc[after].lower_
        if word in rules.team_roles:
            return True
        if word in rules.sport_verbs and _result_sentence(span, next_word(doc, after + 1)):
            return True
        if word in {"'s", "’s"}:
            role = next_word(doc, after + 1)
            if role is not None and doc[role].lower_ in rules.team_roles:
                return True
    if before is not None:
        word = doc[before].lower_
        earlier = prev_word(doc, before)
        if word in rules.sport_verbs and _result_sentence(span, earlier):
            return True
        if word in rules.sport_preps and earlier is not None:
            return doc[earlier].lower_ in rules.sport_verbs | rules.sport_nouns
    return False


def _result_sentence(span: Span, other: int | None) -> bool:
    """True when a verb such as "held" reports a result: a name on its other side or a
    score in the sentence ("Leeds held Everton", "held them 1-1"; not "held talks")."""
    doc = span.doc
    if other is not None and is_capitalised(doc[other].text):
        return True
    return any(_PAIR_SCORE.match(t.text) for t in span.sent)


def relabel_teams(
    spans: Sequence[Span],
    gazetteer: Gazetteer,
    rules: EntityRules,
    lines: Sequence[int],
) -> list[Span]:
    """Relabel places that name a team as ORG, and their other mentions in the document.

    Args:
        spans: the document's entity spans (non-overlapping, sorted).
        gazetteer: the known names (a country or continent is never relabelled).
        rules: the word lists.
        lines: the line number of each token.
    Returns:
        The spans, with teams named after a city or region labelled ORG.
    """
    if not spans:
        return []
    doc = spans[0].doc
    scores = _scores_per_line(doc, lines)
    spans = _untagged_teams(spans, rules, lines, scores)
    candidates = [
        s for s in spans if s.label_ in PLACE_LABELS and not is_national(s, gazetteer, rules)
    ]
    teams = {name_key(s.text) for s in candidates if team_cue(s, rules, lines, scores)}
    if not teams:
        return list(spans)
    # One sense per document: a city that names a team in one line names it throughout.
    out = [
        relabel(s, "ORG") if s.label_ in PLACE_LABELS and name_key(s.text) in teams else s
        for s in spans
    ]
    return _opponents(out, rules, gazetteer)


def _untagged_teams(
    spans: Sequence[Span], rules: EntityRules, lines: Sequence[int], scores: dict[int, int]
) -> list[Span]:
    """Capitalised words the model left out between scores of a results line are a team.

    "Sheffield 2 Coventry 1": "Coventry" follows a score and precedes one. The words get a
    place label here, so that the team rule (and a national side's exemption) applies.
    """
    doc = spans[0].doc
    taken = {i for s in spans for i in range(s.start, s.end)}
    added: list[Span] = []
    for token in doc:
        if token.i in taken or scores.get(lines[token.i], 0) < _MIN_SCORES_PER_LINE:
            continue
        before = prev_word(doc, token.i)
        if not is_capitalised(token.text) or not is_score(doc, before):
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i < _TEAM_WORDS and is_capitalised(doc[end].text):
            end += 1
        if end in taken or not is_score(doc, next_word(doc, end)):
            continue
        if any(doc[i].i in taken or doc[i].lower_ in rules.not_names for i in range(token.i, end)):
            continue
        added.append(Span(doc, token.i, end, label="GPE"))
        taken.update(range(token.i, end))
    return sorted([*spans, *added], key=lambda s: s.start) if added else list(spans)


def _opponents(spans: list[Span], rules: EntityRules, gazetteer: Gazetteer) -> list[Span]:
    """A team's opponent across a verb of winning is a team too ("Leeds beat Everton")."""
    out = list(spans)
    for n in range(len(out) - 1):
        first, second = out[n], out[n + 1]
        between = [t for t in first.doc[first.end : second.start] if not t.is_space]
        if len(between) != 1 or between[0].lower_ not in rules.sport_verbs:
            continue
        pair = (first, second)
        if any(s.label_ == "ORG" for s in pair):
            for k, s in ((n, first), (n + 1, second)):
                if s.label_ != "ORG" and not is_national(s, gazetteer, rules):
                    out[k] = relabel(s, "ORG")
    return out
