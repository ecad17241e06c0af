"""People typed as organisations or places, and the reverse, read from the context.

A name is a person when a role or title stands before it ("striker Ann Lee"), when it
opens with an initial ("D. Okafor"), when ", who" follows it, when a results line gives
its country in brackets ("Ann Lee ( Kenya ) 10.95"), or when a scorecard links it to
another player ("Harlow b Pike"). A "person" whose last word is a company's or a club's
("Lee Holdings", "Bristol City") is an organisation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc, Span

from briefx.entities.gazetteer import Gazetteer
from briefx.entities.known_places import first_names
from briefx.entities.rules import EntityRules, load_rules
from briefx.entities.spans import (
    NUMERIC_LABELS,
    Words,
    is_capitalised,
    is_initial,
    next_word,
    opens_a_lead,
    prev_word,
    relabel,
    replace_spans,
)
from briefx.entities.teams import is_national
from briefx.resources import load_json

_NOT_PERSON = frozenset({"ORG", "GPE", "LOC", "FAC"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# How a name modifies a noun after it ("the Obama administration").
_MODIFIES = frozenset({"compound", "amod", "nmod", "poss"})
# One capital and a full stop, then a capitalised word: "K. Wijesekera" (not "U.S. Army");
# the look-ahead for a capital comes first, so the look-behind is tried only there.
_INITIAL_AND_NAME = re.compile(r"(?=[A-Z])(?<![\w.])[A-Z]\. [A-Z][a-z]")
# A scorecard name is at most this many words ("Tom Harlow", "Ann de Vries").
_SCORECARD_NAME = 3
# A role and a full name: "Goalkeeper Oleksiy Marchuk" (a role and one word may be a company:
# "General Mills").
_ROLE_AND_NAME = 3
# A nationality and a full name: "Kenyan Ruth Chebet" ("Roman Abramovich" is a name).
_NATIONALITY_AND_NAME = 3
# A country in brackets after a name is at most this many words ("( Trinidad and Tobago )").
_COUNTRY_WORDS = 4


def _plain_name(span: Span, rules: EntityRules, gazetteer: Gazetteer) -> bool:
    """Capitalised words, none of them a company's or club's word, not a known name."""
    return (
        all(is_capitalised(t.text) or t.text in {"-", "'"} for t in span)
        and not any(t.lower_ in rules.org_words for t in span)
        and gazetteer.lookup(span.text) is None
    )


def person_cue(span: Span, rules: EntityRules, gazetteer: Gazetteer, words: Words) -> bool:
    """True when the words in and around ``span`` say it is a person.

    Args:
        span: an entity span the model did not call a person.
        rules: the word lists (roles, organisation words).
        gazetteer: known places and organisations are never people.
        words: the document's tokens as lists.
    Returns:
        Whether the context names a person.
    """
    # The cheap cues first; the name itself is checked only when one is there.
    if len(span) >= 2 and is_initial(words.text[span.start]):
        return _plain_name(span, rules, gazetteer)
    before = prev_word(words, span.start)
    if before is not None and words.text[before].lower() in rules.person_roles:
        return _plain_name(span, rules, gazetteer)
    after = next_word(words, span.end)
    if after is None:
        return False
    following = next_word(words, after + 1)
    if following is not None and words.text[after] == "," and words.text[following] == "who":
        return _plain_name(span, rules, gazetteer)
    if (
        words.text[after] == "("
        and len(span) >= 2
        and following is not None
        and _plain_name(span, rules, gazetteer)
    ):
        window = range(following, min(following + _COUNTRY_WORDS + 1, len(words.text)))
        closing = [j for j in window if words.text[j] == ")"]
        if closing and closing[0] > following:
            inside = span.doc[following : closing[0]]
            return is_national(inside, gazetteer, rules)
    return False


def _after_role(
    span: Span, rules: EntityRules, gazetteer: Gazetteer, surnames: frozenset[str] = frozenset()
) -> Span | None:
    """The person named after a role the model took into an organisation or a place.

    "Goalkeeper Oleksiy Marchuk" (ORG) -> "Oleksiy Marchuk" (PERSON): a role word, then at
    least two plain capitalised words; or one that is among ``surnames``, the last words
    of the people the document names in full ("Striker Okafor" over "Samuel Okafor");
    None otherwise.
    """
    if span.label_ not in _NOT_PERSON or len(span) < _ROLE_AND_NAME - 1:
        return None
    if span[0].lower_ not in rules.person_roles or gazetteer.lookup(span.text) is not None:
        return None
    if len(span) == _ROLE_AND_NAME - 1:
        named = span[1]
        if named.text not in surnames:
            return None
        return Span(span.doc, named.i, named.i + 1, label="PERSON")
    rest = span[1:]
    if not _plain_name(rest, rules, gazetteer):
        return None
    return Span(span.doc, rest.start, rest.end, label="PERSON")


def after_a_nationality(span: Span, rules: EntityRules, gazetteer: Gazetteer) -> Span | None:
    """The person named after a nationality the model took into the name.

    "Kenyan Ruth Chebet" (PERSON), "Canadian Jean Tremblay" (ORG) -> "Ruth Chebet", "Jean
    Tremblay" (PERSON): a word of a country or a place (``demonyms``, from WordNet), then a
    name of at least two capitalised words (``name_particles`` inside: "Pieter de Vries")
    that the model already called a person or that opens with a first name; None
    otherwise ("Roman Abramovich": one word after it, "Roman" is a first name too).
    """
    if len(span) < _NATIONALITY_AND_NAME or span[0].lower_ not in rules.demonyms:
        return None
    rest = span[1:]
    last = len(rest) - 1
    if not (
        all(
            is_capitalised(t.text) or (0 < k < last and t.lower_ in rules.name_particles)
            for k, t in enumerate(rest)
        )
        and not any(t.lower_ in rules.org_words for t in rest)
        and gazetteer.lookup(rest.text) is None
    ):
        return None
    if span.label_ != "PERSON" and rest[0].text not in first_names():
        return None
    return Span(span.doc, rest.start, rest.end, label="PERSON")


def org_cue(span: Span, rules: EntityRules) -> bool:
    """True when a "person" ends in a company's or club's word ("Lee Holdings") or in a
    trade word that is no surname ("Orla Aviation"; ``trade_surnames``)."""
    return len(span) >= 2 and (
        span[-1].lower_ in rules.org_words or _firm_word(span[-1].lower_, rules)
    )


def _firm_word(word: str, rules: EntityRules) -> bool:
    """A trade word of org_names.json that is no surname ("aviation", not "power")."""
    return word in rules.trade_words and word not in rules.trade_surnames


def relabel_people(
    spans: Sequence[Span], rules: EntityRules, gazetteer: Gazetteer, words: Words
) -> list[Span]:
    """Relabel names by the person and organisation cues.

    Args:
        spans: the document's entity spans.
        rules: the word lists.
        gazetteer: the known names.
        words: the document's tokens as lists.
    Returns:
        The spans with people and organisations relabelled.
    """
    out: list[Span] = []
    # "Striker Okafor" over "Samuel Okafor": the surnames of the people named in full
    surnames = frozenset(s[-1].text for s in spans if s.label_ == "PERSON" and len(s) > 1)
    for s in spans:
        named = after_a_nationality(s, rules, gazetteer) or _after_role(
            s, rules, gazetteer, surnames
        )
        if named is not None:
            s = named
        elif s.label_ in _NOT_PERSON and person_cue(s, rules, gazetteer, words):
            s = relabel(s, "PERSON")
        elif s.label_ == "PERSON" and org_cue(s, rules):
            s = relabel(s, "ORG")
        elif s.label_ == "PERSON" and _after_the(s, words):
            s = _named_thing(s, gazetteer)
        elif (
            s.label_ in _PLACE_LABELS
            and len(s) >= 2
            and _firm_word(s[-1].lower_, rules)
            and gazetteer.lookup(s.text) is None
        ):
            s = relabel(s, "ORG")  # "Halden Retail"; not "the West Bank"
        out.append(s)
    return out


def _after_the(span: Span, words: Words) -> bool:
    """A one-word name right after "the": "packed the Louvre", "The Beatles played", "The
    Jordan flooded its banks". People go by their names without the article; one after
    a title or an adjective ("the Rev. Jackson", "the veteran Okafor") is not right after
    it. Not when the article is a noun's the name modifies ("the Obama administration",
    "the Varga campaign"), nor a nickname of a word with a person's sense ("the Joker",
    "the Butcher"; WordNet's, ``person_nouns``), nor a code ("the M4")."""
    if len(span) != 1 or span.start == 0 or words.text[span.start - 1].lower() != "the":
        return False
    word = span[0]
    if not word.is_alpha or (word.dep_ in _MODIFIES and word.head.i > word.i):
        return False  # "the M4": a model's code (``products``)
    return word.lower_ not in person_nouns()


def _named_thing(span: Span, gazetteer: Gazetteer) -> Span:
    """A name read as a person that is a thing's (``_after_the``): the place the gazetteer
    knows by it ("the Jordan"), else an organisation (a museum, a band, a club)."""
    entry = gazetteer.lookup(span.text)
    if entry is not None and entry.label in _PLACE_LABELS:
        return Span(span.doc, span.start, span.end, label=entry.label, span_id=entry.canonical)
    return relabel(span, "ORG")


def _name_before(words: Words, i: int | None, rules: EntityRules) -> tuple[int, int] | None:
    """The capitalised words that end at token ``i`` (at most a scorecard name's length)."""
    if i is None or not is_capitalised(words.text[i]):
        return None
    start = i
    while (
        start - 1 >= 0
        and i - start + 1 < _SCORECARD_NAME
        and is_capitalised(words.text[start - 1])
        and words.text[start - 1].lower() not in rules.not_names
    ):
        start -= 1
    return start, i + 1


def _name_after(words: Words, i: int | None) -> tuple[int, int] | None:
    """The capitalised words that start at token ``i``."""
    if i is None or not is_capitalised(words.text[i]):
        return None
    end = i + 1
    size = len(words.text)
    while end < size and end - i < _SCORECARD_NAME and is_capitalised(words.text[end]):
        end += 1
    return i, end


@cache
def _scorecard_gate(rules: EntityRules) -> re.Pattern[str]:
    """A quick test on the text: is there a scorecard link or tail anywhere?"""
    links = "|".join(re.escape(w) for w in sorted(rules.scorecard_links))
    tails = "|".join(" ".join(map(re.escape, t)) for t in rules.scorecard_tails)
    # Plain alternatives without look-arounds: this runs on every document.
    return re.compile(rf"[ \n](?:{links}) |{tails}")


def scorecard_people(
    doc: Doc, spans: Sequence[Span], rules: EntityRules, blocked: frozenset[int], words: Words
) -> list[Span]:
    """Read the names a scorecard links ("Harlow b Pike 12", "Lee not out 40") as people.

    Args:
        doc: the document.
        spans: its entity spans.
        rules: the word lists (``scorecard_links``, ``scorecard_tails``).
        blocked: token indices that other entities hold.
        words: its tokens as lists.
    Returns:
        The spans with scorecard names as PERSON.
    """
    if not _scorecard_gate(rules).search(words.joined):
        return list(spans)
    found: dict[tuple[int, int], None] = {}
    tail_starts = {tail[0] for tail in rules.scorecard_tails}
    for i, text in enumerate(words.text):
        # Links are lower case on the card: "b", "c", "lbw", never "B" or "C".
        if text in rules.scorecard_links:
            for where in (
                _name_before(words, prev_word(words, i), rules),
                _name_after(words, next_word(words, i + 1)),
            ):
                if where is not None:
                    found[where] = None
        if words.text[i].lower() not in tail_starts:
            continue
        for tail in rules.scorecard_tails:
            if tuple(w.lower() for w in words.text[i : i + len(tail)]) == tail:
                where = _name_before(words, prev_word(words, i), rules)
                if where is not None:
                    found[where] = None
    new = [
        Span(doc, start, end, label="PERSON")
        for start, end in sorted(found)
        if not blocked.intersection(range(start, end))
    ]
    # Two windows may overlap ("c Lee b Ray": "Lee" after "c" and before "b").
    kept: list[Span] = []
    for span in new:
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return replace_spans(spans, kept) if kept else list(spans)


def untagged_people(
    doc: Doc,
    spans: Sequence[Span],
    rules: EntityRules,
    gazetteer: Gazetteer,
    blocked: frozenset[int],
    words: Words,
) -> list[Span]:
    """Find people the model left out: an initial and a surname ("K. Wijesekera"), or a
    name before its country in brackets on a results line ("Jonas Vikstad ( Norway )").

    Args:
        doc: the document.
        spans: its entity spans.
        rules: the word lists.
        gazetteer: known names are never taken for people.
        blocked: token indices that other entities hold.
        words: its tokens as lists.
    Returns:
        The spans with the people added.
    """
    taken = set(blocked) | {i for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    for i in words.find(_INITIAL_AND_NAME):
        where = _name_after(words, i + 1)
        if where is not None:
            found.extend(_person(doc, i, where[1], rules, gazetteer, taken))
    for line in words.short_lines():
        for k in line:
            if words.text[k] != "(":
                continue
            closing = next(
                (j for j in range(k + 1, min(k + 6, line.stop)) if words.text[j] == ")"), None
            )
            if closing is None or closing == k + 1:
                continue
            if not is_national(doc[k + 1 : closing], gazetteer, rules):
                continue
            where = _name_before(words, prev_word(words, k), rules)
            if where is not None and where[1] - where[0] >= 2:
                found.extend(_person(doc, where[0], where[1], rules, gazetteer, taken))
    return sorted([*spans, *found], key=lambda s: s.start) if found else list(spans)


def _person(
    doc: Doc, start: int, end: int, rules: EntityRules, gazetteer: Gazetteer, taken: set[int]
) -> list[Span]:
    """``[PERSON span]`` when the tokens are free and a plain name, else ``[]``."""
    if taken.intersection(range(start, end)):
        return []
    span = Span(doc, start, end, label="PERSON")
    if not _plain_name(span, rules, gazetteer):
        return []
    taken.update(range(start, end))
    return [span]


def _surnames(spans: Sequence[Span], words: Words) -> dict[str, int]:
    """The last word of every full name of a person (two words or more) -> where it first
    ends ("Marten Woods" -> "Woods")."""
    found: dict[str, int] = {}
    for span in spans:
        last = words.text[span.end - 1]
        if span.label_ == "PERSON" and span.end - span.start >= 2 and last.isalpha():
            found.setdefault(last, span.end)
    return found


def surnames_again(
    doc: Doc, spans: Sequence[Span], gazetteer: Gazetteer, blocked: frozenset[int], words: Words
) -> list[Span]:
    """A person named again by the surname alone, after the full name: "The coach is
    Marten Woods. Woods said ...". The model leaves such a surname untagged when it is
    also a word ("Woods", "Fields"); standing alone (no capitalised word next to it) and
    known as no place or organisation, it is the person. So is the surname alone that the
    model read as a place or an organisation ("The judge, Marta Quell, ... Quell will
    rule"), when the names table does not know the word.
    """
    surnames = {w: end for w, end in _surnames(spans, words).items() if w[:1].isupper()}
    if not surnames:
        return list(spans)
    # The surname alone read as a place or an organisation ("The judge, Marta Quell, ...
    # Quell will rule"): the person, unless the names table knows the word.
    spans = [
        Span(doc, s.start, s.end, label="PERSON")
        if s.label_ != "PERSON"
        and s.end - s.start == 1
        and s.start >= surnames.get(words.text[s.start], len(words.text))
        and not gazetteer.lookup(words.text[s.start])
        else s
        for s in spans
    ]
    taken = set(blocked) | {i for s in spans for i in range(s.start, s.end)}
    size = len(words.text)
    found: list[Span] = []
    for i, word in enumerate(words.text):
        end = surnames.get(word)
        if end is None or i < end or i in taken:
            continue
        before = words.text[i - 1] if i > 0 else ""
        after = words.text[i + 1] if i + 1 < size else ""
        if is_capitalised(before) or is_capitalised(after) or gazetteer.lookup(word):
            continue
        found.append(Span(doc, i, i + 1, label="PERSON"))
    return sorted([*spans, *found], key=lambda s: s.start) if found else list(spans)


# Words of a name set beside a noun of a person, fewest and most ("Kari Lunde").
_BESIDE_NAME = (2, 3)


def named_beside_a_noun(doc: Doc, spans: Sequence[Span], words: Words) -> list[Span]:
    """A name set between a common noun and a comma or the sentence's end, of two or
    three capitalised words the first of which is a known first name, is a person: "his
    lawyer, Kari Lunde, said", "The pilot, Ade Okafor, landed" (read by the model as an
    organisation, a place or nothing)."""
    given = first_names()
    text = words.text
    low, high = _BESIDE_NAME
    at = {i: s for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    for i in range(2, len(text)):
        if text[i - 1] != "," or doc[i - 2].pos_ != "NOUN" or text[i] not in given:
            continue
        end = i
        while end < len(text) and end - i < high and is_capitalised(text[end]):
            end += 1
        after = next_word(words, end)
        if end - i < low or (after is not None and text[after] not in {",", "."}):
            continue
        held = {at[j] for j in range(i, end) if j in at}
        if any(s.label_ == "PERSON" or s.start < i or s.end > end for s in held):
            continue
        name = range(i, end)
        # A number or a date the model read there stays; a "product" or a work does not.
        if any(doc[j].pos_ != "PROPN" or doc[j].ent_type_ in NUMERIC_LABELS for j in name):
            continue
        found.append(Span(doc, i, end, label="PERSON"))
    return replace_spans(spans, found) if found else list(spans)


# Words of a reporter's name in a byline, fewest and most.
_BYLINE_NAME = (2, 4)
# Tokens of a byline line, at most.
_BYLINE_LENGTH = 16
_SENTENCE_ENDS = frozenset({".", "!", "?"})


def byline_people(doc: Doc, spans: Sequence[Span], rules: EntityRules, words: Words) -> list[Span]:
    """The reporters a byline names are people: "By Anja Holt", "By Ade Okafor and Tessa
    Marr in Lagos", "BY KARIN SOLBERG", whatever the model read (an organisation under a
    headline, a place, nothing).

    A byline is a line that opens with a word of ``byline_openers`` and a capitalised
    word, holds no full stop, and names two to four capitalised words before each of
    ``byline_joiners`` and up to one of ``byline_ends`` (a role or an outlet after a
    comma, where they filed from after "in", left to the other rules). "By Thursday,
    police had ..." is no byline.
    """
    text = words.text
    size = len(text)
    found: list[Span] = []
    for i, word in enumerate(text):
        if word.lower() not in rules.byline_openers:
            continue
        if i > 0 and not (doc[i - 1].is_space and "\n" in text[i - 1]):
            continue  # not the first word of a line
        end = i + 1
        while end < size and not (doc[end].is_space and "\n" in text[end]):
            end += 1
        line = text[i + 1 : end]
        if not line or len(line) > _BYLINE_LENGTH or _SENTENCE_ENDS.intersection(line):
            continue
        found.extend(_byline_names(doc, i + 1, line, rules))
    return replace_spans(spans, found) if found else list(spans)


def _byline_names(doc: Doc, start: int, line: list[str], rules: EntityRules) -> list[Span]:
    """The names of a byline's words after its opener (``start``: the first one's index),
    or none when a run before a joiner or an end is no name."""
    names: list[Span] = []
    low, high = _BYLINE_NAME
    run = 0
    for k, word in enumerate([*line, ""]):
        lower = word.lower()
        if word and lower not in rules.byline_joiners and lower not in rules.byline_ends:
            continue
        part = line[run:k]
        if not low <= len(part) <= high or not all(_a_name_word(w) for w in part):
            return []
        names.append(Span(doc, start + run, start + k, label="PERSON"))
        if lower in rules.byline_ends or not word:
            return names
        run = k + 1
    return names


def _a_name_word(word: str) -> bool:
    """A capitalised word a name is written with ("Holt", "McAllister", "O'Neil")."""
    return is_capitalised(word) and all(c.isalpha() or c in "'-’." for c in word)


def no_plural_openers(
    doc: Doc, spans: Sequence[Span], nouns: frozenset[str], words: Words
) -> list[Span]:
    """Drop a one-word "person" that is a plural noun opening its sentence: "Schools
    will stay closed", "Landslides buried two villages" (capitalised only because they
    open the sentence). A surname of a person the document names in full ("Banks said"
    after "Tilda Banks") and the plural of a first name ("Roberts", "Peters") stay.
    """
    if not nouns:
        return list(spans)
    surnames = _surnames(spans, words)
    given = first_names()
    kept = []
    for span in spans:
        word = words.text[span.start]
        if (
            span.label_ == "PERSON"
            and span.end - span.start == 1
            and doc[span.start].is_sent_start
            and word not in surnames
            and _plural_of(word, nouns, given)
        ):
            continue
        kept.append(span)
    return kept


# The labels of one-word names that ``no_noun_openers`` reads (the model's, before
# briefx's types): people, organisations and places.
_OPENER_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})


def no_noun_openers(
    doc: Doc, spans: Sequence[Span], nouns: frozenset[str], gazetteer: Gazetteer, words: Words
) -> list[Span]:
    """Drop a one-word person, organisation or place that is a common noun opening its
    sentence, its headline or its wire lead after the dateline: "Wildfire forces thousands
    from homes", "Operators said ...", "Sterling dropped", "Referendum set for March",
    "BERLIN - Inflation slowed". The word is a noun of ``nouns`` (or its plural) that the
    tagger reads as a common noun (or opens a lead after a dash, where the tagger reads
    any word as a name), or that the report writes in lower case elsewhere ("a wildfire
    broke out"), or, for a person, that no person bears and no known name is ("Turnout
    was 67%": not one of ``person_nouns``, as "Baker" and "Bush" are), or, for an
    organisation or a place, that is a disease ("Cholera cases climb": ``disease_nouns``).
    A known name stays ("Shell said"; an ambiguous one only with its own label), as do
    the surname of a person named in full, a first name read as a person, and a word the
    report capitalises inside a sentence ("shares of Compass rose. Compass said ...").
    """
    if not nouns:
        return list(spans)
    candidates = [
        s
        for s in spans
        if s.label_ in _OPENER_LABELS
        and s.end - s.start == 1
        and words.text[s.start][1:].islower()
        and opens_a_lead(doc, s.start, words)  # "BERLIN - Inflation slowed"
    ]
    if not candidates:
        return list(spans)
    surnames, given = _surnames(spans, words), first_names()
    lower_words = {t for t in words.text if t.islower()}
    dropped = set()
    for span in candidates:
        word = words.text[span.start]
        lower = word.lower()
        compound = _closed_compound(lower, nouns)
        if not (lower in nouns or compound or _plural_of(word, nouns, given)):
            continue
        known = gazetteer.lookup(word)
        if word in surnames or (known and (not known.ambiguous or known.label == span.label_)):
            continue  # "Shell said"; not a place's name read as a firm ("Sterling dropped")
        if span.label_ == "PERSON" and word in given:
            continue
        # After a dateline's dash the tagger reads the lead's first word as a name
        # ("BERLIN - Inflation slowed"): a noun there is one.
        common = (
            doc[span.start].tag_ in {"NN", "NNS"}
            or lower in lower_words
            or not doc[span.start].is_sent_start
        )
        # "Turnout was 67%": read as a proper noun, but no person bears the word.
        nobody = span.label_ == "PERSON" and not known and lower not in person_nouns()
        # "Cholera cases climb": a disease read as an organisation or a place
        disease = span.label_ != "PERSON" and not known and lower in disease_nouns()
        if not (compound or common or nobody or disease):
            continue
        inside = any(
            t == word
            and i != span.start
            and not doc[i].is_sent_start
            and not opens_a_lead(doc, i, words)  # "GENEVA - Cholera cases have doubled"
            for i, t in enumerate(words.text)
        )
        if not inside:
            dropped.add(span.start)
    return [s for s in spans if s.start not in dropped]


@cache
def person_nouns() -> frozenset[str]:
    """Words with a person's sense in WordNet, occupations and people it names ("baker",
    "frost"; ``models/entities/person_nouns.json``): such a word can be a surname."""
    return frozenset(load_json("entities/person_nouns.json")["nouns"])


@cache
def disease_nouns() -> frozenset[str]:
    """Nouns whose first WordNet sense is a disease ("cholera", "malaria";
    ``models/entities/disease_nouns.json``): no organisation's or place's name."""
    return frozenset(load_json("entities/disease_nouns.json")["nouns"])


def _closed_compound(lower: str, nouns: frozenset[str]) -> bool:
    """ "chipmaker", "homebuilder": a known noun of three letters or more and one of
    ``compound_heads`` written as one word (a common noun WordNet may not list)."""
    return any(
        lower.endswith(head) and len(lower) - len(head) >= 3 and lower[: -len(head)] in nouns
        for head in load_rules().compound_heads
    )


def _plural_of(word: str, nouns: frozenset[str], given: frozenset[str]) -> bool:
    """A capitalised plural of a common noun that is no first name: "Shoppers" (shopper),
    "Wildfires"; not "Roberts" (Robert), not "Jones" (no noun "jone")."""
    if not (word[:1].isupper() and word[1:].islower() and word.endswith("s")):
        return False
    lower = word.lower()
    stems = {lower[:-1]}
    if lower.endswith("es"):
        stems.add(lower[:-2])  # "Churches"
    if lower.endswith("ies"):
        stems.add(lower[:-3] + "y")  # "Bakeries"
    return any(stem in nouns and stem.capitalize() not in given for stem in stems)
