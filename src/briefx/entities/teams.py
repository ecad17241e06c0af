"""Metonymy in sport: a city or region that names a club is an organisation.

CoNLL's convention, which briefx follows where the contract is silent: "Leeds beat
Everton 2-0" names two clubs (ORG); a national side stays a PLACE ("Japan beat Syria");
a capital that names its government stays a PLACE ("Moscow denied it").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from briefx.entities.gazetteer import Gazetteer, name_key
from briefx.entities.rules import EntityRules
from briefx.entities.spans import (
    NATIONAL_KINDS,
    PLACE_LABELS,
    Words,
    is_capitalised,
    is_score,
    next_word,
    prev_word,
    relabel,
    replace_spans,
)

# A results line has at least this many scores ("Leeds 2 Everton 0"; a table row has more).
_MIN_SCORES_PER_LINE = 2
# A team's name in a results line is at most this many words ("Sporting Lisbon B").
_TEAM_WORDS = 3
# The id a side of a fixture carries until the one-sense pass has read it.
_FIXTURE = "briefx:fixture"
_PAIR_SCORE = re.compile(r"^\d{1,3}-\d{1,3}$")
# A score in a sentence's text ("drew 1-1": the tokenizer splits it into three words).
_SCORE_IN_TEXT = re.compile(r"(?<![\d.,])\d{1,3}-\d{1,3}(?![\d%-])")


def is_national(span: Span, gazetteer: Gazetteer, rules: EntityRules) -> bool:
    """True for a place that fields a national side: a country, a continent, "England"."""
    if name_key(span.text) in rules.national_sides:
        return True
    entry = gazetteer.lookup(span.text)
    return entry is not None and entry.kind in NATIONAL_KINDS


def _scores_per_line(words: Words) -> dict[int, int]:
    counts: dict[int, int] = {}
    for line in words.short_lines():
        found = sum(words.score[i] for i in line)
        if found:
            counts[words.line_of(line.start)] = found
    return counts


def has_results_lines(words: Words) -> bool:
    """The text holds a results line or a table row (two scores or more on a short line):
    a report of matches, whose places are often teams."""
    return any(count >= _MIN_SCORES_PER_LINE for count in _scores_per_line(words).values())


def team_cue(span: Span, rules: EntityRules, words: Words, scores: dict[int, int]) -> bool:
    """True when the words around ``span`` say it is a team.

    A team is followed by its score in a results line ("Leeds 2 Everton 0", a table row),
    is the subject or object of a verb of winning or losing ("Leeds beat Everton", "drew
    with Leeds", "victory over Leeds") or is followed by a player's role ("Leeds striker").

    Args:
        span: a name (any label).
        rules: the word lists.
        words: the document's tokens as lists (``spans.Words``).
        scores: the number of scores on each line.
    Returns:
        Whether the context names a team.
    """
    after = next_word(words, span.end)
    before = prev_word(words, span.start)
    if (
        is_score(words, after)
        and scores.get(words.line_of(span.start), 0) >= _MIN_SCORES_PER_LINE
        and (words.line_start(span.start) or is_score(words, before))
    ):
        return True
    if after is not None:
        word = words.text[after].lower()
        if word in rules.team_roles or _fixture_link(words.text[after], rules):
            return True
        following = next_word(words, after + 1)
        if word in rules.sport_verbs and _result_sentence(span, words, following):
            return True
        if word in rules.fixture_verbs and _names_other_side(words, following):
            return True  # "Arsenal host Liverpool": a club takes the plural verb
        if word in {"'s", "’s"} and following is not None:
            return words.text[following].lower() in rules.team_roles
    if before is not None:
        word = words.text[before].lower()
        if _fixture_link(words.text[before], rules):
            return True
        earlier = prev_word(words, before)
        if word in rules.sport_verbs and _result_sentence(span, words, earlier):
            return True
        if word in rules.fixture_verbs and _names_other_side(words, earlier):
            return True
        if word in rules.sport_preps and earlier is not None:
            # "lost 2-0 to Ostra City", "beaten 2-0 by Lisk": after the score
            return words.text[earlier].lower() in rules.sport_verbs | rules.sport_nouns or (
                words.text[earlier].isdigit() and _has_a_score(span)
            )
    return False


def _result_sentence(span: Span, words: Words, other: int | None) -> bool:
    """True when a verb such as "held" reports a result: a name on its other side or a
    score in the sentence ("Leeds held Everton", "held them 1-1"; not "held talks")."""
    if other is not None and is_capitalised(words.text[other]):
        return True
    return _has_a_score(span)


def _has_a_score(span: Span) -> bool:
    """The span's sentence holds a score ("2-1", one word or three)."""
    sentence = span.sent
    return any(_PAIR_SCORE.match(t.text) for t in sentence) or bool(
        _SCORE_IN_TEXT.search(sentence.text)
    )


def _names_other_side(words: Words, other: int | None) -> bool:
    """True when a capitalised name stands on the verb's other side, not at a sentence start
    ("[Arsenal] host Liverpool"; not "Fans host", nor "will face")."""
    return other is not None and is_capitalised(words.text[other])


def relabel_teams(
    doc: Doc,
    spans: Sequence[Span],
    gazetteer: Gazetteer,
    rules: EntityRules,
    words: Words,
) -> list[Span]:
    """Relabel places that name a team as ORG, and their other mentions in the document.

    Args:
        doc: the document.
        spans: the document's entity spans (non-overlapping, sorted).
        gazetteer: the known names (a country or continent is never relabelled).
        rules: the word lists.
        words: the document's tokens as lists.
    Returns:
        The spans, with teams named after a city or region labelled ORG.
    """
    scores = _scores_per_line(words)
    if spans and any(count >= _MIN_SCORES_PER_LINE for count in scores.values()):
        spans = _untagged_teams(spans, rules, words, scores)
    spans = _result_sides(doc, spans, rules, words)
    if not spans:
        return []
    spans = _fixtures(spans, gazetteer, rules, words, scores)
    surnames = {s[-1].text.casefold() for s in spans if s.label_ == "PERSON" and len(s) > 1}
    people = _facing_people(spans, rules, words, surnames)
    teams = {
        name_key(s.text)
        for s in spans
        if (s.label_ in PLACE_LABELS or (_lone_word_person(s, surnames) and s not in people))
        and team_cue(s, rules, words, scores)
        and not is_national(s, gazetteer, rules)
    }
    teams.update(name_key(s.text) for s in spans if s.label_ == "ORG" and s.id_ == _FIXTURE)
    if not teams:
        return list(spans)
    # One sense per document: a city that names a team in one line names it throughout,
    # except where a preposition of place says it is the place ("in Leeds", "at Leeds").
    out = [
        relabel(s, "ORG")
        if (s.label_ in PLACE_LABELS or _lone_word_person(s, surnames))
        and name_key(s.text) in teams
        and not _after_place_preposition(s, rules, words)
        else s
        for s in spans
    ]
    out = [Span(s.doc, s.start, s.end, label=s.label_) if s.id_ == _FIXTURE else s for s in out]
    out = _opponents(out, rules, gazetteer, words, surnames)
    # A national side the model called an organisation is a place (the convention).
    out = [
        relabel(s, "GPE")
        if s.label_ == "ORG"
        and is_national(s, gazetteer, rules)
        and gazetteer.lookup(words.span_text(s)) is not None
        and team_cue(s, rules, words, scores)
        else s
        for s in out
    ]
    return _untagged_mentions(out, teams, words)


def _untagged_mentions(spans: list[Span], teams: set[str], words: Words) -> list[Span]:
    """A team's name the model left untagged elsewhere in the document is that team."""
    names = {
        tuple(words.text[s.start : s.end])
        for s in spans
        if s.label_ == "ORG" and name_key(words.span_text(s)) in teams
    }
    if not names or not spans:
        return spans
    doc = spans[0].doc
    taken = {i for s in spans for i in range(s.start, s.end)}
    firsts = {name[0] for name in names}
    added: list[Span] = []
    for i, word in enumerate(words.text):
        if word not in firsts or i in taken:
            continue
        for name in names:
            end = i + len(name)
            if tuple(words.text[i:end]) == name and not taken.intersection(range(i, end)):
                if end < len(words.text) and is_capitalised(words.text[end]):
                    continue  # part of a longer name ("Leeds United")
                added.append(Span(doc, i, end, label="ORG"))
                taken.update(range(i, end))
                break
    return sorted([*spans, *added], key=lambda s: s.start) if added else spans


def _facing_people(
    spans: Sequence[Span], rules: EntityRules, words: Words, surnames: set[str]
) -> set[Span]:
    """One-word "people" across a verb of winning from a person named in full: players."""
    found: set[Span] = set()
    for first, second in pairwise(spans):
        between = [j for j in range(first.end, second.start) if not words.space[j]]
        if len(between) != 1 or words.text[between[0]].lower() not in rules.sport_verbs:
            continue
        for one, other in ((first, second), (second, first)):
            if other.label_ == "PERSON" and not _lone_word_person(other, surnames):
                found.add(one)
    return found


def _lone_word_person(span: Span, surnames: set[str]) -> bool:
    """A one-word "person" that is nobody's surname in the document ("Cornwall beat Devon")."""
    return span.label_ == "PERSON" and len(span) == 1 and span.text.casefold() not in surnames


def _fixture_link(word: str, rules: EntityRules) -> bool:
    """True for "v", "vs" and, in a schedule written in capitals, "AT" ("BOSTON AT TEXAS")."""
    return word.lower() in rules.fixture_links or word == "AT"


def _after_place_preposition(span: Span, rules: EntityRules, words: Words) -> bool:
    """True after "in", "at", "from" ("fans in Leeds")."""
    before = prev_word(words, span.start)
    return before is not None and words.text[before].lower() in rules.place_preps


def _fixtures(
    spans: Sequence[Span],
    gazetteer: Gazetteer,
    rules: EntityRules,
    words: Words,
    scores: dict[int, int],
) -> list[Span]:
    """Names on both sides of a result or a fixture are teams, whatever the model said.

    "Carlisle 1 Stockport 0" and "Exeter v Lincoln": the model often reads the
    whole as one name. The span is split at the score or the "v"; each side that is not
    a national side becomes ORG (marked, so that its other mentions follow).
    """
    out: list[Span] = []
    for s in spans:
        cuts = [
            i
            for i in range(s.start + 1, s.end)
            if words.text[i].lower() in rules.fixture_links
            or (words.score[i] and scores.get(words.line_of(i), 0) >= _MIN_SCORES_PER_LINE)
        ]
        if not cuts:
            out.append(s)
            continue
        for start, end in pairwise([s.start - 1, *cuts, s.end]):
            start += 1
            if end <= start or not is_capitalised(words.text[start]):
                continue
            side = Span(s.doc, start, end, label="GPE")
            national = is_national(side, gazetteer, rules)
            team = Span(s.doc, start, end, label="ORG", span_id=_FIXTURE)
            out.append(side if national else team)
    return out


def _result_sides(doc: Doc, spans: Sequence[Span], rules: EntityRules, words: Words) -> list[Span]:
    """The untagged sides of a result told in a sentence: the proper nouns right before
    and after a verb of winning, drawing or losing, and right after a preposition of
    sport that follows the score, in a sentence with a score ("Brenmoor beat Castleford
    3-0", "lost 3-1 to Stanmore"). They get a place label, as a results line's teams do
    (``_untagged_teams``), for the team rule and a national side's exemption."""
    if not words.text or not _SCORE_IN_TEXT.search(words.joined):
        return list(spans)
    taken = {i for s in spans for i in range(s.start, s.end)}
    added: list[Span] = []
    for word in doc:
        verb = word.lower_ in rules.sport_verbs and word.pos_ in {"VERB", "AUX"}
        # "lost 2-0 to Stanmore": a preposition of sport right after the score
        after_score = word.lower_ in rules.sport_preps and word.i > 0 and doc[word.i - 1].is_digit
        if not (verb or after_score) or not _has_a_score(doc[word.i : word.i + 1]):
            continue
        before = word.i  # the run that ends right before the verb
        while verb and before > 0 and _side_word(doc[before - 1], rules):
            before -= 1
        after = word.i + 1  # the run that starts right after it
        while after < len(doc) and _side_word(doc[after], rules):
            after += 1
        for start, end in ((before, word.i), (word.i + 1, after)):
            if end > start and not taken.intersection(range(start, end)):
                added.append(Span(doc, start, end, label="GPE"))
                taken.update(range(start, end))
    return sorted([*spans, *added], key=lambda s: s.start) if added else list(spans)


def _side_word(token: Token, rules: EntityRules) -> bool:
    """A word of a side's name: a capitalised proper noun that is no heading word, or a
    singular noun the tagger guessed for an unknown name opening the sentence
    ("Tarnby lost 2-0"; not "Senators defeated the measure 52-48")."""
    return (
        (token.pos_ == "PROPN" or token.tag_ == "NN")
        and is_capitalised(token.text)
        and token.lower_ not in rules.not_names
    )


def _untagged_teams(
    spans: Sequence[Span], rules: EntityRules, words: Words, scores: dict[int, int]
) -> list[Span]:
    """Capitalised words the model left out between scores of a results line are a team.

    "Sheffield 2 Coventry 1": "Coventry" follows a score and precedes one; "Coventry 10 6 2"
    opens a table row and precedes scores. The words get a place label here, so that the
    team rule (and a national side's exemption) applies.
    """
    doc = spans[0].doc
    taken = {i for s in spans for i in range(s.start, s.end)}
    added: list[Span] = []
    for line in words.short_lines():
        if sum(words.score[i] for i in line) >= _MIN_SCORES_PER_LINE:
            added.extend(_untagged_in_line(doc, line, rules, words, taken))
    return sorted([*spans, *added], key=lambda s: s.start) if added else list(spans)


def _untagged_in_line(
    doc: Doc, line: range, rules: EntityRules, words: Words, taken: set[int]
) -> list[Span]:
    """The untagged team names of one results line (``taken`` is updated)."""
    added: list[Span] = []
    n = len(words.text)
    for i in line:
        if i in taken or not words.text[i][:1].isupper():
            continue
        if not (is_score(words, prev_word(words, i)) or words.line_start(i)):
            continue
        end = i + 1
        while end < n and end - i < _TEAM_WORDS and is_capitalised(words.text[end]):
            end += 1
        if end in taken or not is_score(words, next_word(words, end)):
            continue
        if any(j in taken or words.text[j].lower() in rules.not_names for j in range(i, end)):
            continue
        added.append(Span(doc, i, end, label="GPE"))
        taken.update(range(i, end))
    return added


def _opponents(
    spans: list[Span],
    rules: EntityRules,
    gazetteer: Gazetteer,
    words: Words,
    surnames: set[str],
) -> list[Span]:
    """A team's opponent across a verb of winning is a team too ("Leeds beat Everton"),
    unless it is a person named in full in the document."""
    out = list(spans)
    for n in range(len(out) - 1):
        first, second = out[n], out[n + 1]
        between = [j for j in range(first.end, second.start) if not words.space[j]]
        if len(between) != 1 or words.text[between[0]].lower() not in rules.sport_verbs:
            continue
        pair = (first, second)
        if any(s.label_ == "ORG" for s in pair):
            for k, s in ((n, first), (n + 1, second)):
                person = s.label_ == "PERSON" and not _lone_word_person(s, surnames)
                if s.label_ != "ORG" and not person and not is_national(s, gazetteer, rules):
                    out[k] = relabel(s, "ORG")
    return out


def club_names(doc: Doc, spans: Sequence[Span], rules: EntityRules, words: Words) -> list[Span]:
    """A town's name and a club word after it are a club: "Halden United", "Moss United",
    "Larvik Wanderers" (the model reads the town alone, or the pair as a place, or
    nothing). Club words are data (``rules.json`` ``club_words``); "City" and "Town" are
    none ("Mexico City", "Cape Town").
    """
    text = words.text
    clubs = rules.club_words
    at = {i: s for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    for i in range(1, len(text)):
        if text[i] not in clubs:
            continue
        before = at.get(i - 1)
        here = at.get(i)
        if before is not None and before.label_ == "ORG":
            continue  # already a club or a company
        if before is not None and before.label_ not in PLACE_LABELS:
            continue
        if here is not None and here is not before:
            continue  # "United Nations": a name of its own
        if before is None and not (
            is_capitalised(text[i - 1]) and text[i - 1].isalpha() and doc[i - 1].pos_ == "PROPN"
        ):
            continue  # "The United ...": no town before it
        start = before.start if before is not None else i - 1
        found.append(Span(doc, start, i + 1, label="ORG"))
    return replace_spans(spans, found) if found else list(spans)


# A score as written ("2-1", "0-0").
_SCORE = re.compile(r"(?<![\d-])\d{1,2}-\d{1,2}(?![\d-])")


def city_clubs(
    doc: Doc, spans: Sequence[Span], gazetteer: Gazetteer, rules: EntityRules, words: Words
) -> list[Span]:
    """A town's name and "City", "Town" or "County" after it (``city_club_words``) that
    the gazetteer does not know as a place is a club in a report of sport (a verb of
    winning or losing, a noun of a match, a player's role, a score): "Vell Rovers beat
    league leaders Kessel City 2-1", "Brask Town were relegated". "Mexico City" stays a
    city, and so does such a name in a report of anything else ("The storm flooded
    Kessel City")."""
    text = words.text
    pairs = [
        i
        for i in range(1, len(text))
        if text[i] in rules.city_club_words
        and is_capitalised(text[i - 1])
        and text[i - 1].isalpha()
        and doc[i - 1].pos_ == "PROPN"
        and gazetteer.lookup(f"{text[i - 1]} {text[i]}") is None
    ]
    if not pairs or not _tells_of_sport(rules, words):
        return list(spans)
    at = {i: s for s in spans for i in range(s.start, s.end)}
    found = []
    for i in pairs:
        held = {at[j] for j in (i - 1, i) if j in at}
        if any(s.start < i - 1 or s.end > i + 1 for s in held):
            continue  # "Salt Lake City", "Vell City Council": a longer name
        found.append(Span(doc, i - 1, i + 1, label="ORG"))
    return replace_spans(spans, found) if found else list(spans)


def _tells_of_sport(rules: EntityRules, words: Words) -> bool:
    """The text has a word of sport: a verb of winning or losing or of a fixture, a noun
    of a match, a player's role, or a score ("2-1")."""
    cues = rules.sport_verbs | rules.sport_nouns | rules.team_roles | rules.fixture_verbs
    return any(w.lower() in cues for w in words.text) or bool(_SCORE.search(words.joined))
