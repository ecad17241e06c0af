"""The context rules in their order: what the words around a name say about it.

Each rule is a pure function over the document's entity spans (``headlines``, ``people``,
``teams``); ``read_context`` runs them in order after the gazetteer corrections.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from briefx.entities.bearings import places_by_their_bearing
from briefx.entities.features import names_headed_by_a_feature
from briefx.entities.firstnames import first_name_people
from briefx.entities.gazetteer import Gazetteer, name_key
from briefx.entities.headlines import (
    datelines,
    is_not_a_name,
    same_sense_as_written,
    split_at_dash,
    tidy,
)
from briefx.entities.opponents import clubs_facing_a_club, opponents_of_a_match
from briefx.entities.orgs import (
    body_names,
    business_names,
    club_short_names,
    firm_names,
    firms_named_again,
    operator_names,
    same_sense_as_company,
    split_coordination,
    stock_names,
)
from briefx.entities.people import (
    byline_people,
    named_beside_a_noun,
    no_noun_openers,
    no_plural_openers,
    relabel_people,
    scorecard_people,
    surnames_again,
    untagged_people,
)
from briefx.entities.rules import EntityRules
from briefx.entities.spans import Words
from briefx.entities.storms import disaster_names, storm_names
from briefx.entities.teams import city_clubs, club_names, relabel_teams
from briefx.entities.towns import features_named, places_by_context, unmarked_places


def read_context(
    doc: Doc,
    spans: Sequence[Span],
    *,
    gazetteer: Gazetteer,
    rules: EntityRules,
    common_words: frozenset[str],
    common_nouns: frozenset[str] = frozenset(),
    blocked: frozenset[int] = frozenset(),
    date_starts: frozenset[int] = frozenset(),
    words: Words | None = None,
) -> list[Span]:
    """Correct entity spans by their context: tidy, drop non-names, caps, people, teams.

    Args:
        doc: the document ("LEEDS BEAT EVERTON\\nLeeds beat Everton 2-0 ...").
        spans: its corrected entity spans (non-overlapping, sorted).
        gazetteer: the known names.
        rules: the word lists of ``models/entities/rules.json``.
        common_words: lower-case verbs, adjectives and adverbs (capitalised, not names).
        common_nouns: lower-case nouns ("school": "Schools" opening a sentence is none).
        blocked: token indices that other entities (dates, numbers) hold.
        date_starts: where the model's DATE entities start (datelines end there).
        words: the document's tokens as lists, when already read (``spans.Words``).
    Returns:
        The spans, non-overlapping and sorted.
    """
    words = words or Words.of(doc)
    tidied = [
        part
        for t in (tidy(s, rules, words) for s in spans)
        if t is not None
        for piece in split_at_dash(t, gazetteer, words)
        for part in split_coordination(piece, rules, words)
    ]
    # The names written in mixed case matter only when some name is in capitals.
    texts = [words.span_text(s) for s in tidied]
    has_caps = any(text.isupper() for text in texts)
    written = frozenset(name_key(t) for t in texts if has_caps and not t.isupper())
    kept = [
        s for s in tidied if not is_not_a_name(s, rules, gazetteer, common_words, written, words)
    ]
    kept = scorecard_people(doc, kept, rules, blocked, words)
    kept = same_sense_as_written(doc, kept, words)
    kept = relabel_people(kept, rules, gazetteer, words)
    kept = untagged_people(doc, kept, rules, gazetteer, blocked, words)
    kept = no_plural_openers(doc, kept, common_nouns, words)
    kept = no_noun_openers(doc, kept, common_nouns, gazetteer, words)
    kept = first_name_people(doc, kept, gazetteer, rules, common_words, blocked, words)
    kept = same_sense_as_company(doc, kept, rules, blocked, words, gazetteer)
    kept = places_by_context(kept, gazetteer, rules, words, common_nouns)
    kept = places_by_their_bearing(kept, gazetteer, rules, words, common_nouns)
    kept = unmarked_places(doc, kept, gazetteer, rules, blocked, words, common_nouns)
    kept = features_named(doc, kept, rules, blocked, words)
    kept = names_headed_by_a_feature(doc, kept, gazetteer, rules, blocked, words)
    kept = firm_names(doc, kept, rules, blocked, words)
    kept = operator_names(doc, kept, rules, gazetteer, blocked, words)
    kept = stock_names(doc, kept, rules, gazetteer, blocked, words)
    kept = business_names(doc, kept, gazetteer, blocked, words, rules)
    kept = firms_named_again(doc, kept, blocked, words)
    kept = body_names(doc, kept, rules, gazetteer, blocked, words)
    kept = club_names(doc, kept, rules, words)
    kept = city_clubs(doc, kept, gazetteer, rules, words)
    kept = relabel_teams(doc, kept, gazetteer, rules, words)
    kept = opponents_of_a_match(doc, kept, gazetteer, rules, blocked, words)
    kept = clubs_facing_a_club(kept, rules, words)
    kept = club_short_names(doc, kept, rules, blocked, words)
    kept = storm_names(kept, rules, words)
    kept = disaster_names(kept, rules, words)
    kept = named_beside_a_noun(doc, kept, words)
    kept = byline_people(doc, kept, rules, words)
    # After every rule that finds people: a full name found late ("the mayor, Ilse Varn,")
    # is told again by its surname too.
    kept = surnames_again(doc, kept, gazetteer, blocked, words)
    # Last: a dateline's place stays a place even where its city names a team.
    firms = {words.span_text(s) for s in kept if s.label_ == "ORG"}
    kept = datelines(doc, kept, gazetteer, words, date_starts)
    if any(s.label_ == "ORG" and words.span_text(s) not in firms for s in kept):
        # A company only the lead after a dateline names in full ("SAN JOSE, Calif. -
        # Nexora Inc on Tuesday ...", where the model read no name): its bare name is
        # the company's too ("Nexora had sold 14 million phones").
        kept = same_sense_as_company(doc, kept, rules, blocked, words, gazetteer)
    return kept
