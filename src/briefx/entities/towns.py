"""Towns and regions the model missed: known places read as people or organisations.

The gazetteer knows far more places than the model (the hand list and, through
``known_places``, every city of 15,000 people and every region); most are ambiguous and
only relabel a name when the words around it say it is a place: a preposition of place
("police in Walsall") or "and" joining it to another place ("Kerala and Tamil Nadu",
which the model may read as one organisation). A "person" whose name is a first name
("Victoria", "Kent") is never relabelled.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from briefx.entities.gazetteer import Gazetteer, GazetteerEntry
from briefx.entities.known_places import first_names
from briefx.entities.rules import EntityRules
from briefx.entities.spans import Words, is_capitalised, next_word, prev_word, relabel

_PLACE_LABELS = frozenset({"GPE", "LOC"})
_JOINS = frozenset({"and", "&"})


def _place(text: str, gazetteer: Gazetteer, *, person: bool = True) -> GazetteerEntry | None:
    """The known place ``text`` names, unless it may be a person's first name (``person``:
    the model read it as a person, or did not read it at all)."""
    entry = gazetteer.lookup(text)
    if entry is None or entry.label not in _PLACE_LABELS:
        return None
    if not person:
        return entry
    names = first_names()
    if text in names or text.split(" ", 1)[0] in names:
        return None
    return entry


def places_by_context(
    spans: Sequence[Span],
    gazetteer: Gazetteer,
    rules: EntityRules,
    words: Words,
    common_nouns: frozenset[str] = frozenset(),
) -> list[Span]:
    """Split "X and Y" places and relabel known places read as people or organisations,
    and an unknown name the model read as an organisation where something happened
    ("leaders met in Santero", ``_happened_in``).

    Args:
        spans: entity spans (non-overlapping, sorted).
        gazetteer: the known names (with the libraries' places).
        rules: the word lists (``town_preps``, ``not_place_verbs``).
        words: the document's tokens as lists.
        common_nouns: lower-case nouns of the model ("parliament": no unknown place).
    Returns:
        The spans, with places labelled GPE / LOC.
    """
    split: list[Span] = []
    for span in spans:
        split.extend(_split_places(span, gazetteer, words))
    out: list[Span] = []
    for n, span in enumerate(split):
        if span.label_ in ("PERSON", "ORG") and _reads_as_place(
            span, n, split, gazetteer, rules, words
        ):
            entry = _place(words.span_text(span), gazetteer, person=span.label_ == "PERSON")
            if entry is not None:
                span = relabel(span, entry.label)
            elif _happened_in(span, gazetteer, rules, words, common_nouns):
                span = relabel(span, "GPE")  # "leaders met in Santero", "crashed in Marrick"
        elif span.label_ in ("PERSON", "ORG") and _of_a_settlement(span, rules, words):
            span = relabel(span, "GPE")  # "near the town of Ashwood", "the capital, Tarno,"
        elif span.label_ in ("PERSON", "ORG") and _names_a_feature(
            span.start, span.end, rules, words
        ):
            span = relabel(span, "LOC")  # "the Selka river"
        elif span.label_ in ("PERSON", "ORG") and _travelled_to(span, rules, words):
            # "visited Parma", "troops entered Kherson"; a person is visited too
            # ("visited Florence at her flat"): never a first name.
            entry = _place(words.span_text(span), gazetteer, person=True)
            if entry is not None:
                span = relabel(span, entry.label)
        if span.label_ in ("PERSON", "ORG") and _a_place_by_its_nouns(span, rules, words):
            span = relabel(span, "GPE")  # "Corby police", "a court in Dunmore"
        elif span.label_ in ("PERSON", "ORG") and _a_place_by_its_phrase(span, rules, words):
            span = relabel(span, "GPE")  # "the mayor of Kell", "in northern Velmar"
        out.append(span)
    return _untagged_partners(_places_of_the_report(out, rules, words), gazetteer, words)


def unmarked_places(
    doc: Doc,
    spans: Sequence[Span],
    gazetteer: Gazetteer,
    rules: EntityRules,
    blocked: frozenset[int] | set[int],
    words: Words,
    common_nouns: frozenset[str] = frozenset(),
) -> list[Span]:
    """A town the model left unmarked, or folded into an organisation with the noun before
    it ("Farmers in Brisk"), where a body or a crowd is "in" it ("Police in Orvik",
    ``in_place_nouns``), where a verb's act happened ("docked in Tarrow"; not a verb of
    ``not_place_verbs``) or where something is based ("A Kellbrook-based haulier",
    ``place_suffix_words``): one capitalised word that no other entity (a month, a number)
    holds, unless the model's label is a people or a language no demonym names ("trained
    in Ostby" read as NORP), no common noun, not before a possessive or another
    capitalised word, and that the gazetteer knows as nothing but a place.

    Args:
        doc: the document.
        spans: entity spans (non-overlapping, sorted).
        gazetteer: the known names.
        rules: the word lists (``in_place_nouns``).
        blocked: token indices that other entities (dates, numbers) hold.
        words: the document's tokens as lists.
        common_nouns: lower-case nouns of the model ("parliament": no unknown place).
    Returns:
        The spans with those places (GPE).
    """
    text = words.text
    held: dict[int, Span] = {i: s for s in spans for i in range(s.start, s.end)}
    found: dict[int, Span] = {}  # a name -> its place; a span it ends -> dropped
    for i in range(len(text)):
        if _based_at(text, i + 1, rules):
            pass  # "A Kellbrook-based haulier"
        elif (
            i < 2
            or text[i - 1] != "in"
            or not (text[i - 2].lower() in rules.in_place_nouns or _on_a_verb(doc[i - 1], rules))
        ):
            continue
        name = text[i]
        if not (name.isalpha() and name[0].isupper()):
            continue
        if i in blocked and not misread_as_a_people(doc[i], rules):
            continue
        if name.lower() in common_nouns or (i + 1 < len(text) and _goes_on(text[i + 1])):
            continue
        span = held.get(i)
        if span is not None and not (
            span.label_ == "ORG" and span.end == i + 1 and span.start == i - 2
        ):
            continue  # marked already, but not as "Farmers in Brisk"
        entry = gazetteer.lookup(name)
        if entry is not None and entry.label not in _PLACE_LABELS:
            continue
        found[i] = Span(doc, i, i + 1, label="GPE")
    if not found:
        return list(spans)
    dropped = {held[i].start for i in found if i in held}
    kept = [s for s in spans if s.start not in dropped]
    return sorted([*kept, *found.values()], key=lambda s: s.start)


def misread_as_a_people(token: Token, rules: EntityRules) -> bool:
    """A word alone that the model read as a people or a language though it names none
    (no demonym of WordNet's: "trained in Ostby" read as NORP); not "in English"."""
    if token.ent_type_ not in _PEOPLE_LABELS or token.ent_iob_ != "B":
        return False
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I":
        return False  # part of a longer entity
    lower = token.lower_
    return lower not in rules.demonyms and lower.removesuffix("s") not in rules.demonyms


# The model's labels for a people or a language ("Kenyans", "English").
_PEOPLE_LABELS = frozenset({"NORP", "LANGUAGE"})


def _on_a_verb(prep: Token, rules: EntityRules) -> bool:
    """A preposition of where a verb's act happened ("docked in", "was held in"): on a verb
    that is none of ``not_place_verbs`` ("invested in", "believed in")."""
    verb = prep.head
    return (
        prep.dep_ == "prep"
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() not in rules.not_place_verbs
    )


def _goes_on(word: str) -> bool:
    """A word after a name that makes it part of more: a possessive ("Baker's"), another
    capitalised word ("Riot Squad")."""
    return word in _POSSESSIVE_ENDINGS or word[:1].isupper()


# The tokens of a possessive after a name ("Baker's").
_POSSESSIVE_ENDINGS = frozenset({"'s", "\u2019s"})


def _a_place_by_its_nouns(span: Span, rules: EntityRules, words: Words) -> bool:
    """A name read as a person or an organisation that the nouns around it make a town or
    a country: what a place has after it ("Corby police", "the Harwell city council",
    ``place_body_nouns``), a body or a crowd "in" it ("a court in Dunmore",
    ``in_place_nouns``), what it has in its possessive ("Kessa's central bank",
    ``place_possessed_nouns``). Not a first name the model read as a person, nor an
    organisation's name ("Ludlow Town Council", "Halden Bank's capital")."""
    text = words.text
    name = text[span.start : span.end]
    if span.label_ == "PERSON" and name[0] in first_names():
        return False
    if any(w.lower() in rules.org_words for w in name):
        return False
    after = text[span.end : span.end + 3]
    if after and after[0] in rules.place_body_nouns:  # lower case: not "Town Council"
        return True
    if len(name) == 1 and _based_at(text, span.end, rules):
        return True  # "the Oslava-based company", "a Tarsk-born striker"
    if len(after) > 1 and after[0] in rules.place_body_kinds and after[1] in rules.place_body_nouns:
        return True  # "the Harwell city council"
    if (
        len(name) == 1
        and span.start >= 2
        and text[span.start - 1] == "in"
        and text[span.start - 2].lower() in rules.in_place_nouns
        and not (after and after[0] in ("'s", "’s"))
    ):
        return True  # "police in Harwell"; not "residents in Baker's street"
    if len(after) > 1 and after[0] in ("'s", "’s"):
        for size in (2, 1):
            noun = " ".join(after[1 : 1 + size])
            if len(after) > size and noun in rules.place_possessed_nouns:
                head = span.doc[span.end + size]
                following = span.doc[head.i + 1] if head.i + 1 < len(span.doc) else None
                # "Apple's capital spending": the noun names what follows, money
                return following is None or following.pos_ not in ("NOUN", "PROPN")
    return False


def _based_at(text: Sequence[str], i: int, rules: EntityRules) -> bool:
    """The words from ``i`` on join the name before them by a hyphen to one of
    ``place_suffix_words``: "-based", "-born", "-headquartered" (read in every word's
    loop: no slice is made unless a hyphen is there)."""
    return i + 1 < len(text) and text[i] == "-" and text[i + 1].lower() in rules.place_suffix_words


# Words before "from" a route's word is looked for in ("was travelling from").
_ROUTE_WINDOW = 3


def _a_place_by_its_phrase(span: Span, rules: EntityRules, words: Words) -> bool:
    """A name read as a person or an organisation that its phrase makes a town or a
    country, known or not: the "of" of what a place has ("the mayor of Kell", "the central
    bank of Vesta", ``place_possessed_nouns``), a preposition of place and a word of a
    part of a place ("in northern Velmar", ``place_part_words``), or a route after a word
    of going ("travelling from Mora to Venn", ``route_words``). The phrases are strong
    enough for a lone first name ("the mayor of Vesta"; people are named in full), not for
    a person named with a known first name and more, nor a name with an organisation's
    word."""
    text = words.text
    name = text[span.start : span.end]
    if span.label_ == "PERSON" and len(name) > 1 and name[0] in first_names():
        return False
    if any(w.lower() in rules.org_words for w in name) or span.start < 2:
        return False
    before = [w.lower() for w in text[max(0, span.start - 3) : span.start]]
    if before[-1] == "of":
        owned = before[:-1]
        return bool(owned) and (
            owned[-1] in rules.place_possessed_nouns
            or " ".join(owned[-2:]) in rules.place_possessed_nouns
        )
    if before[-1] in rules.place_part_words:
        return len(before) > 1 and before[-2] in rules.town_preps
    return _on_a_route(span, rules, words)


def _on_a_route(span: Span, rules: EntityRules, words: Words) -> bool:
    """One end of "from X to Y" after a word of going ("was travelling from Mora to
    Venn"): single names at both ends."""
    text = words.text
    if len(span) != 1:
        return False
    i = span.start
    if text[i - 1] == "from" and i + 2 < len(text) and text[i + 1] == "to":
        start, other = i - 1, i + 2
    elif text[i - 1] == "to" and i >= 3 and text[i - 3] == "from":
        start, other = i - 3, i - 2
    else:
        return False
    if not is_capitalised(text[other]):
        return False
    return any(w.lower() in rules.route_words for w in text[max(0, start - _ROUTE_WINDOW) : start])


def _places_of_the_report(spans: list[Span], rules: EntityRules, words: Words) -> list[Span]:
    """A name the report calls a settlement somewhere ("the town of Brenvik", "the
    capital, Vessling,"), read as an organisation or a person right after a preposition
    of place or a verb of going ("a school in Brenvik", "visited Brenvik"), is that place:
    the report is its own gazetteer. Not a person's name of a known first name."""
    places = {
        words.span_text(s)
        for s in spans
        if s.label_ in _PLACE_LABELS and _of_a_settlement(s, rules, words)
    }
    if not places:
        return spans
    given = first_names()
    out = []
    for span in spans:
        text = words.span_text(span)
        if (
            span.label_ in ("PERSON", "ORG")
            and text in places
            and text.split(" ", 1)[0] not in given
            and span.start > 0
            and (
                words.text[span.start - 1].lower() in rules.town_preps
                or _travelled_to(span, rules, words)
            )
        ):
            span = relabel(span, "GPE")
        out.append(span)
    return out


# The longest untagged name read beside "and" ("Khyber Pakhtunkhwa").
_PARTNER_WORDS = 3


def _untagged_partners(spans: list[Span], gazetteer: Gazetteer, words: Words) -> list[Span]:
    """ "Punjab and [Haryana]": a known place the model left untagged across "and" from a
    place is a place too."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    text = words.text
    added: list[Span] = []
    for span in spans:
        if span.label_ not in _PLACE_LABELS:
            continue
        if span.start >= 2 and text[span.start - 1] in _JOINS:  # [X] and Span
            runs = [(span.start - 1 - n, span.start - 1) for n in range(1, _PARTNER_WORDS + 1)]
        else:
            runs = []
        if span.end + 1 < len(text) and text[span.end] in _JOINS:  # Span and [X]
            runs += [(span.end + 1, span.end + 1 + n) for n in range(_PARTNER_WORDS, 0, -1)]
        for start, end in runs:
            if start < 0 or end > len(text) or taken.intersection(range(start, end)):
                continue
            if not all(w[:1].isupper() for w in text[start:end]):
                continue
            entry = _place(" ".join(text[start:end]), gazetteer)
            if entry is not None:
                added.append(Span(span.doc, start, end, label=entry.label, span_id=entry.canonical))
                taken.update(range(start, end))
                break
    return sorted([*spans, *added], key=lambda s: s.start) if added else spans


def _split_places(span: Span, gazetteer: Gazetteer, words: Words) -> list[Span]:
    """ "Kerala and Tamil Nadu" read as one name -> the two places."""
    if len(span) < 3 or (span.label_ in _PLACE_LABELS and gazetteer.lookup(words.span_text(span))):
        return [span]
    joins = [i for i in range(span.start + 1, span.end - 1) if words.text[i] in _JOINS]
    if len(joins) != 1:
        return [span]
    k = joins[0]
    left = Span(span.doc, span.start, k)
    right = Span(span.doc, k + 1, span.end)
    a = _place(words.span_text(left), gazetteer)
    b = _place(words.span_text(right), gazetteer)
    if a is None or b is None:
        return [span]
    return [
        Span(span.doc, left.start, left.end, label=a.label, span_id=a.canonical),
        Span(span.doc, right.start, right.end, label=b.label, span_id=b.canonical),
    ]


def _of_a_settlement(span: Span, rules: EntityRules, words: Words) -> bool:
    """The name is what "the town of", "the port of" names ("the mining town of Orvik"),
    or stands beside such a noun between commas ("in the capital, Vessling,"; not "In the
    capital, Ostra Bank raised rates", where a verb follows the name)."""
    if span.start < 2 or words.text[span.start - 2].lower() not in rules.settlement_nouns:
        return False
    if words.text[span.start - 1] == "of":
        return True
    after = next_word(words, span.end)
    return (
        words.text[span.start - 1] == ","
        and (after is None or words.text[after] in _APPOSITION_ENDS)
        and not _named_settlement(span.start - 2, words)
        and not (span.label_ == "PERSON" and words.text[span.start] in first_names())
    )


# Words between a determiner and its noun ("the old harbour town"), at most.
_NOUN_PHRASE = 4


def _named_settlement(noun: int, words: Words) -> bool:
    """The noun's phrase names its settlement already ("the governor of the Tarsk region,
    Edda Marsk,": the name beside it is someone else's)."""
    for i in range(noun - 1, max(-1, noun - _NOUN_PHRASE - 1), -1):
        word = words.text[i]
        if word.lower() in ("the", "a", "an", "its", "their", "his", "her"):
            return False
        if is_capitalised(word):
            return True
    return False


# What ends a name set beside a noun between commas: "the capital, Vessling, on Monday".
_APPOSITION_ENDS = frozenset({",", ".", ";", ")", "!", "?"})


def _names_a_feature(start: int, end: int, rules: EntityRules, words: Words) -> bool:
    """The words are a name between "the" and a lower-case word of a natural feature
    ("the Selka river", "the Kessel valley")."""
    before, after = prev_word(words, start), next_word(words, end)
    return (
        before is not None
        and after is not None
        and words.text[before].lower() == "the"
        and words.text[after] in rules.feature_nouns
    )


def features_named(
    doc: Doc, spans: Sequence[Span], rules: EntityRules, blocked: frozenset[int], words: Words
) -> list[Span]:
    """A proper noun the model left untagged or read as a nationality between "the" and a
    word of a natural feature ("the Orlen lake", "the Brask glacier") is a place."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    found = [
        Span(doc, i, i + 1, label="LOC")
        for i, word in enumerate(words.text)
        if i not in taken
        and is_capitalised(word)
        and _names_a_feature(i, i + 1, rules, words)  # the word lists before the Doc
        and (i not in blocked or doc[i].ent_type_ == "NORP")
        and doc[i].pos_ == "PROPN"
    ]
    return sorted([*spans, *found], key=lambda s: s.start) if found else list(spans)


def _happened_in(
    span: Span,
    gazetteer: Gazetteer,
    rules: EntityRules,
    words: Words,
    common_nouns: frozenset[str],
) -> bool:
    """An unknown one-word name the model read as an organisation or a person, right after
    "in" on a verb, is the place where the verb's act happened: "leaders met in Santero",
    "the alliance won in Santero", "the drone crashed in Marrick". Not a name the
    gazetteer knows as anything, a common noun ("served in Parliament"), a first name, nor
    one after a verb of ``not_place_verbs`` ("invested in Qorvix", "believed in Welk")."""
    i = span.start
    if span.end - i != 1 or i == 0 or words.text[i - 1] != "in":
        return False
    if span.label_ == "PERSON" and words.text[i] in first_names():
        return False
    if i + 1 < len(words.text) and words.text[i + 1] in _POSSESSIVE_ENDINGS:
        return False  # "in Anna's house": a person's
    if words.text[i].lower() in common_nouns:
        return False
    prep = span.doc[i - 1]
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() in rules.not_place_verbs:
        return False
    return gazetteer.lookup(words.span_text(span)) is None


def _travelled_to(span: Span, rules: EntityRules, words: Words) -> bool:
    """The name follows a verb of going, reaching or striking ("visited Parma")."""
    return span.start > 0 and words.text[span.start - 1].lower() in rules.travel_verbs


def _reads_as_place(
    span: Span,
    n: int,
    spans: Sequence[Span],
    gazetteer: Gazetteer,
    rules: EntityRules,
    words: Words,
) -> bool:
    text = words.text
    if span.start > 0 and text[span.start - 1].lower() in rules.town_preps:
        return True
    # "Wolverhampton and Walsall", "Walsall and Wolverhampton": joined to a place.
    if n > 0 and spans[n - 1].end == span.start - 1 and text[span.start - 1] in _JOINS:
        return spans[n - 1].label_ in _PLACE_LABELS
    if n + 1 < len(spans) and spans[n + 1].start == span.end + 1 and text[span.end] in _JOINS:
        return spans[n + 1].label_ in _PLACE_LABELS
    # "in Punjab and Haryana": an untagged known place before "and", after a preposition.
    if span.start >= 2 and text[span.start - 1] in _JOINS:
        for size in range(1, _PARTNER_WORDS + 1):
            start = span.start - 1 - size
            if start < 1 or not all(w[:1].isupper() for w in text[start : span.start - 1]):
                break
            if text[start - 1].lower() in rules.town_preps and _place(
                " ".join(text[start : span.start - 1]), gazetteer
            ):
                return True
    return False
