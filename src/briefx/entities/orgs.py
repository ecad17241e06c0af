"""Organisations: one name per company in a document, acronyms it defines, coordinations.

"Kessler AG" ... "Kessler" is one company; "the Federal Aviation Administration (FAA)"
defines "FAA" for the rest of the text; "Orion Bank and Orion Group" names two.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from spacy.tokens import Doc, Span, Token

from briefx.entities.gazetteer import Gazetteer
from briefx.entities.known_places import first_names
from briefx.entities.rules import CLUB_WORD_LETTERS, EntityRules
from briefx.entities.spans import (
    PLACE_LABELS,
    Words,
    is_capitalised,
    next_word,
    opens_a_lead,
    prev_word,
    relabel,
)
from briefx.entities.towns import misread_as_a_people
from briefx.resources import load_json

# An acronym in brackets is at most this long ("FAA", "NTSC", "OPEC").
_ACRONYM_CHARS = (2, 6)


def parties_of_their_own(doc: Doc, found: Sequence[Span], gazetteer: Gazetteer) -> list[Span]:
    """Gazetteer matches, a party's one-word name inside a longer party name made that name.

    "The Social Democrats won": "Democrats" is the US Democratic Party to the gazetteer,
    but after a capitalised word that no known name holds and that is no determiner
    ("Social", "Free", "Christian", "Scottish") it is the last word of another party's
    name: the two words are an organisation of their own, named as written. After a known
    place or body ("Texas Democrats", "Senate Republicans") it stays the party known.
    """
    taken = {i for m in found for i in range(m.start, m.end)}
    out: list[Span] = []
    for match in found:
        before = doc[match.start - 1] if match.start else None
        if (
            before is not None
            and len(match) == 1
            and before.i not in taken
            and before.pos_ in {"ADJ", "PROPN", "NOUN"}
            and is_capitalised(before.text)
            and _no_known_name(before.text, gazetteer)
            and (entry := gazetteer.lookup(match.text)) is not None
            and entry.kind == "party"
        ):
            out.append(Span(doc, before.i, match.end, label="ORG"))
        else:
            out.append(match)
    return out


def _no_known_name(word: str, gazetteer: Gazetteer) -> bool:
    """No name the hand lists know: none, or only a small place of the libraries ("Green",
    a town somewhere, is no reason to read "Green Conservatives" apart)."""
    entry = gazetteer.lookup(word)
    return entry is None or (entry.ambiguous and entry.library)


def _defined_acronyms(spans: Sequence[Span], words: Words) -> set[str]:
    """Acronyms written in brackets right after an organisation ("... Administration (FAA)")."""
    found: set[str] = set()
    low, high = _ACRONYM_CHARS
    for s in spans:
        if s.label_ != "ORG":
            continue
        opening = next_word(words, s.end)
        if opening is None or words.text[opening] != "(":
            continue
        inside = next_word(words, opening + 1)
        if inside is None:
            continue
        closing = next_word(words, inside + 1)
        acronym = words.text[inside]
        if (
            closing is not None
            and words.text[closing] == ")"
            and low <= len(acronym) <= high
            and acronym.isalpha()
            and acronym.isupper()
        ):
            found.add(acronym)
    return found


def _suffix_key(word: str) -> str:
    """A legal suffix as the list writes it: "S.A." -> "sa", "Inc.," -> "inc"."""
    return word.casefold().replace(".", "").strip(",")


def same_sense_as_company(
    doc: Doc,
    spans: Sequence[Span],
    rules: EntityRules,
    blocked: frozenset[int],
    words: Words,
    gazetteer: Gazetteer | None = None,
) -> list[Span]:
    """A company's name without its legal suffix, its first word when the name ends in a
    word of trade ("Corvane" of "Corvane Systems"), or an acronym the text defines for an
    organisation, names that organisation wherever the document uses it.

    Args:
        doc: the document.
        spans: its entity spans.
        rules: the word lists (``legal_suffixes``, ``trade_words``).
        blocked: token indices that other entities hold.
        words: its tokens as lists.
        gazetteer: a first word it knows as a place stays a place ("Bristol Motors ...
            near Bristol").
    Returns:
        The spans, with the bare names of companies labelled ORG, untagged ones added.
    """
    spans = [_firm_not_person(s, rules, words) for s in spans]
    bare: set[str] = set()
    trade: dict[str, set[str]] = {}  # first word -> the names of trade it begins
    for s in spans:
        if s.label_ != "ORG" or len(s) < 2:
            continue
        name = words.text[s.start : s.end]
        while len(name) > 1 and _suffix_key(name[-1]) in rules.legal_suffixes:
            name.pop()
        while name and not any(c.isalnum() for c in name[0]):
            name.pop(0)  # a quotation mark the span took in is no part of the name
        if name and len(name) < len(s):
            bare.add(" ".join(name))
        if len(name) == 2 and name[-1].casefold() in rules.trade_words:
            first = name[0]
            known = gazetteer.lookup(first) if gazetteer is not None else None
            if first[:1].isupper() and first.isalpha() and known is None:
                trade.setdefault(first, set()).add(" ".join(name))
    # Only where one company begins so: "Velmora Bank" and "Velmora Airlines" leave
    # "Velmora" alone.
    bare |= {first for first, names in trade.items() if len(names) == 1}
    bare |= _defined_acronyms(spans, words)
    if not bare:
        return list(spans)
    out = [relabel(s, "ORG") if s.text in bare else s for s in spans]
    taken = set(blocked) | {i for s in out for i in range(s.start, s.end)}
    # Longest names first, then in text order of the alphabet: the result must not
    # depend on the order of a set (which changes with Python's hash seed).
    for bare_name in sorted(bare, key=lambda n: (-len(n.split()), n)):
        parts = bare_name.split()
        size = len(parts)
        for i, text in enumerate(words.text):
            if text != parts[0]:
                continue
            stretch = range(i, i + size)
            if words.text[i : i + size] == parts:
                if not taken.intersection(stretch):
                    out.append(Span(doc, stretch.start, stretch.stop, label="ORG"))
                    taken.update(stretch)
    return sorted(out, key=lambda s: s.start)


def firms_named_again(
    doc: Doc, spans: Sequence[Span], blocked: frozenset[int], words: Words
) -> list[Span]:
    """A one-word name the document tells as a business names it wherever it stands
    alone: "The insurer Varrow posted a loss. Varrow blamed storm claims." (the model
    reads the second as a person, or misses it: "Orvane expects strong demand"). A name a
    noun of a business introduces at its first mention ("the insurer Varrow",
    ``names_a_business``) is the business's wherever it stands apart from other
    capitalised words, read as a person or not read at all; one the model reads as an
    organisation more often than as a person is relabelled where it read a person. Not
    the surname of a person named in full ("hired Ana Pell ... Pell starts"), nor a
    single letter.

    Args:
        doc: the document.
        spans: its entity spans (non-overlapping, sorted).
        blocked: token indices that other entities (dates, numbers) hold.
        words: its tokens as lists.
    Returns:
        The spans, with a person of the firm's word relabelled and an untagged one added.
    """
    text = words.text
    introduced: dict[str, bool] = {}  # a one-word name -> its first mention has a noun
    votes: dict[str, int] = {}  # a one-word name -> its organisations less its people
    surnames: set[str] = set()
    for s in spans:
        if s.label_ == "PERSON" and len(s) > 1:
            surnames.add(text[s.end - 1])
        elif len(s) == 1 and s.label_ in ("ORG", "PERSON"):
            name = text[s.start]
            votes[name] = votes.get(name, 0) + (1 if s.label_ == "ORG" else -1)
            if name not in introduced:
                before = prev_word(words, s.start)
                introduced[name] = (
                    s.label_ == "ORG"
                    and before is not None
                    and text[before].islower()
                    and names_a_business(text[before])
                )
    firms = {
        name
        for name, count in votes.items()
        if (introduced[name] or count > 0)
        and name not in surnames
        and sum(c.isalpha() for c in name) > 1
    }
    if not firms:
        return list(spans)
    out = [
        relabel(s, "ORG") if len(s) == 1 and s.label_ == "PERSON" and s.text in firms else s
        for s in spans
    ]
    told = {name for name in firms if introduced[name]}
    taken = set(blocked) | {i for s in out for i in range(s.start, s.end)}
    for i, word in enumerate(text):
        if word in told and i not in taken and _stands_alone(words, i):
            out.append(Span(doc, i, i + 1, label="ORG"))
            taken.add(i)
    return sorted(out, key=lambda s: s.start)


def club_short_names(
    doc: Doc, spans: Sequence[Span], rules: EntityRules, blocked: frozenset[int], words: Words
) -> list[Span]:
    """A club of two words named again by its town or its club word alone ("Vell Rovers
    ... Rovers climbed to fourth", "Brask United ... Vell host Brask") is the club:
    relabelled, or added where the model tagged nothing, when the word stands apart (no
    capitalised word beside it), is no other club's, and no preposition of place makes
    the town a place ("fans marched through Ashwood")."""
    clubs = _club_short_forms(spans, rules, words)
    if not clubs:
        return list(spans)
    out = [
        relabel(s, "ORG")
        if len(s) == 1 and s.text in clubs and not _after_a_place_word(s.start, rules, words)
        else s
        for s in spans
    ]
    taken = set(blocked) | {i for s in out for i in range(s.start, s.end)}
    for i, text in enumerate(words.text):
        if (
            text in clubs
            and i not in taken
            and not _after_a_place_word(i, rules, words)
            and _stands_alone(words, i)
        ):
            out.append(Span(doc, i, i + 1, label="ORG"))
            taken.add(i)
    return sorted(out, key=lambda s: s.start)


def _club_short_forms(spans: Sequence[Span], rules: EntityRules, words: Words) -> set[str]:
    """The town and the club word of each club of two words the document names ("Vell",
    "Rovers" of "Vell Rovers"; ``club_words``), where only one club has the word."""
    owners: dict[str, set[str]] = {}
    for s in spans:
        if s.label_ != "ORG" or len(s) != 2 or words.text[s.end - 1] not in rules.club_words:
            continue
        town, club = words.text[s.start], words.text[s.end - 1]
        for short in (town, club) if len(club) >= CLUB_WORD_LETTERS else (town,):
            if short.isalpha() and short[:1].isupper():
                owners.setdefault(short, set()).add(f"{town} {club}")
    return {short for short, names in owners.items() if len(names) == 1}


def _after_a_place_word(i: int, rules: EntityRules, words: Words) -> bool:
    """The word follows a preposition of place ("fans marched through Ashwood")."""
    before = prev_word(words, i)
    return before is not None and words.text[before].lower() in rules.place_preps


def _word_at(words: Words, i: int | None) -> str:
    return "" if i is None else words.text[i]


def _stands_alone(words: Words, i: int) -> bool:
    """No capitalised word beside word ``i``: it is no part of a longer name."""
    return not is_capitalised(_word_at(words, prev_word(words, i))) and not is_capitalised(
        _word_at(words, next_word(words, i + 1))
    )


def _firm_not_person(span: Span, rules: EntityRules, words: Words) -> Span:
    """ "Korrow Mining" read as a person: two words, the last a word of trade and the
    first no first name, name a company ("John Steel" stays a person)."""
    if span.label_ != "PERSON" or len(span) != 2:
        return span
    first, last = words.text[span.start], words.text[span.end - 1]
    if last.casefold() in rules.trade_words and first not in first_names():
        return relabel(span, "ORG")
    return span


def split_coordination(span: Span, rules: EntityRules, words: Words) -> list[Span]:
    """Split "Orion Bank and Orion Group" into two organisations.

    Both sides must end in an organisation's word ("Bank", "Group", "Inc"), so that
    "Procter and Gamble" or "Bank of America and Merrill" stay whole.

    Args:
        span: an ORG span.
        rules: the word lists (``org_words``).
        words: the document's tokens as lists.
    Returns:
        The two parts, or ``[span]``.
    """
    if span.label_ != "ORG" or len(span) < 3:
        return [span]
    text = words.text
    joins = [i for i in range(span.start + 1, span.end - 1) if text[i] in {"and", "&"}]
    if len(joins) != 1:
        return [span]
    k = joins[0]
    left_end, right_start = text[k - 1].lower(), text[k + 1]
    if left_end not in rules.org_words or text[span.end - 1].lower() not in rules.org_words:
        return [span]
    if not right_start[:1].isupper():
        return [span]
    return [
        Span(span.doc, span.start, k, label="ORG"),
        Span(span.doc, k + 1, span.end, label="ORG"),
    ]


def firm_names(
    doc: Doc, spans: Sequence[Span], rules: EntityRules, blocked: frozenset[int], words: Words
) -> list[Span]:
    """The firm a professional works at is an organisation: "Analysts at Jefferies said",
    "an economist with Raymond James" (``firm_roles``, ``firm_preps``). A name read as a
    place or a person is relabelled; a capitalised name the model missed is added.

    Args:
        doc: the document.
        spans: its entity spans (non-overlapping, sorted).
        rules: the word lists of ``models/entities/rules.json``.
        blocked: token indices that other entities (dates, numbers) hold.
        words: the document's tokens as lists.
    Returns:
        The spans, non-overlapping and sorted.
    """
    text = words.text

    def after_role(i: int) -> bool:
        return (
            i >= 2
            and text[i - 1] in rules.firm_preps
            and text[i - 2].lower() in rules.firm_roles
        )

    out = [
        relabel(s, "ORG") if s.label_ in ("PERSON", "GPE", "LOC") and after_role(s.start) else s
        for s in spans
    ]
    return _add_firms(doc, out, blocked, words, after_role)


def operator_names(
    doc: Doc,
    spans: Sequence[Span],
    rules: EntityRules,
    gazetteer: Gazetteer,
    blocked: frozenset[int],
    words: Words,
) -> list[Span]:
    """The firm that runs, owns or makes something is an organisation: "the mine operated
    by Codelco", "a pipeline operated by Enbridge" (``operator_verbs``, then "by"). A name
    read as a place the gazetteer does not know, or as a one-word person who is no known
    first name, is relabelled ("a bakery run by Maria Lopez" stays a person, "a base
    operated by Russia" a place); a capitalised name the model missed is added.

    Args:
        doc: the document.
        spans: its entity spans (non-overlapping, sorted).
        rules: the word lists of ``models/entities/rules.json``.
        gazetteer: the known places.
        blocked: token indices that other entities (dates, numbers) hold.
        words: the document's tokens as lists.
    Returns:
        The spans, non-overlapping and sorted.
    """
    text = words.text

    def after_operator(i: int) -> bool:
        return i >= 2 and text[i - 1] == "by" and text[i - 2].lower() in rules.operator_verbs

    def a_firm(s: Span) -> bool:
        name = words.span_text(s)
        if s.label_ in ("GPE", "LOC"):
            return gazetteer.lookup(name) is None
        return s.label_ == "PERSON" and s.end - s.start == 1 and name not in first_names()

    out = [relabel(s, "ORG") if after_operator(s.start) and a_firm(s) else s for s in spans]
    return _add_firms(doc, out, blocked, words, after_operator)


def stock_names(
    doc: Doc,
    spans: Sequence[Span],
    rules: EntityRules,
    gazetteer: Gazetteer,
    blocked: frozenset[int],
    words: Words,
) -> list[Span]:
    """The company whose shares are traded is an organisation: "shares of Qorvix", "a
    stake in Marlowe", "Qorvix shares fell", and each name of "shares of Lumora and
    Caddis" (``stock_nouns``, ``stock_preps``; the noun as a noun: "Maria Lopez shares a
    flat" stays). A person or a place the gazetteer does not know is relabelled ("shares
    in Tokyo" stays the market's city); a name in the possessive names an owner ("shares
    of Lena Marsh's firm"). A capitalised name the model missed after the preposition is
    added.

    Args:
        doc: the document.
        spans: its entity spans (non-overlapping, sorted).
        rules: the word lists of ``models/entities/rules.json``.
        gazetteer: the known places.
        blocked: token indices that other entities (dates, numbers) hold.
        words: the document's tokens as lists.
    Returns:
        The spans, non-overlapping and sorted.
    """
    text = words.text

    def a_stock(i: int) -> bool:
        return text[i].lower() in rules.stock_nouns and doc[i].pos_ == "NOUN"

    def after_stock(i: int) -> bool:
        return i >= 2 and text[i - 1] in rules.stock_preps and a_stock(i - 2)

    def traded(s: Span) -> bool:
        if s.end < len(text) and text[s.end] in {"'s", "'", "’s"}:
            return False
        if after_stock(s.start) or (s.end < len(text) and a_stock(s.end)):
            return True
        # "shares of Lumora and Caddis": a second name joined to one after the noun.
        first = next((t for t in spans if t.end == s.start - 1), None)
        return (
            s.start > 0
            and text[s.start - 1] == "and"
            and first is not None
            and after_stock(first.start)
        )

    def a_firm(s: Span) -> bool:
        if s.label_ in ("GPE", "LOC"):
            return gazetteer.lookup(words.span_text(s)) is None
        return s.label_ == "PERSON"

    if not any(w.lower() in rules.stock_nouns for w in text):
        return list(spans)
    out = [relabel(s, "ORG") if a_firm(s) and traded(s) else s for s in spans]
    return _add_firms(doc, out, blocked, words, after_stock)


# A closed compound ends in a business noun this long or longer ("chip|maker").
_COMPOUND_TAIL = 5
# The endings of a noun of a doer ("insurer", "distributor", "chipmaker").
_DOERS = ("er", "or")


@cache
def business_nouns() -> frozenset[str]:
    """The nouns of ``models/entities/business_nouns.json``: WordNet's and news's."""
    data = load_json("entities/business_nouns.json")
    return frozenset(data["nouns"]) | frozenset(data["news_nouns"])


def names_a_business(word: str) -> bool:
    """``word`` (any case) is a noun of a kind of business, or a closed compound ending in
    one ("carmaker", "chipmaker", "supermarket")."""
    lower = word.lower()
    if lower in business_nouns():
        return True
    return lower.isalpha() and any(
        lower[k:] in business_nouns() for k in range(3, len(lower) - _COMPOUND_TAIL + 1)
    )


def _descriptor(word: str) -> bool:
    """``word`` names a business by what it does, and so opens no firm's name: a noun of
    a doer ("Insurer", "Retailer") or a compound ("Chipmaker"); not a noun a name starts
    with ("Bank Leumi", "Group Lotus", "Agency France-Presse")."""
    return word.lower().endswith(_DOERS) and names_a_business(word)


def business_names(
    doc: Doc,
    spans: Sequence[Span],
    gazetteer: Gazetteer,
    blocked: frozenset[int],
    words: Words,
    rules: EntityRules,
) -> list[Span]:
    """A name right after a noun of a kind of business is that business: "carmaker
    Valdheim", "grid operator Tessaline", "the broadcaster Telvana" (``business_nouns``).
    Opening a sentence, the capitalised noun is cut off the name the model read
    ("Chipmaker Nexora" -> "Nexora"), and so does the lead after a dateline's dash. A
    name read as a person whose first word is a
    known first name stays a person ("crane operator Mara Quint"), one read as a place
    the gazetteer knows a place; a capitalised name the model missed is added.

    Args:
        doc: the document.
        spans: its entity spans (non-overlapping, sorted).
        gazetteer: the known places.
        blocked: token indices that other entities (dates, numbers) hold.
        words: the document's tokens as lists.
        rules: the word lists (``demonyms``: "Fenwright" read as a people is none).
    Returns:
        The spans, non-overlapping and sorted.
    """
    text = words.text

    def after_business(i: int) -> bool:
        j = prev_word(words, i)
        if j is None:
            return False
        if text[j].islower():
            return names_a_business(text[j])
        # "DETROIT (Wire) - Carmaker Valdheim said": a capitalised descriptor opening
        # the lead names the business after it too.
        return opens_a_lead(doc, j, words) and _descriptor(text[j])

    def a_firm(s: Span) -> bool:
        name = words.span_text(s)
        if s.label_ in ("GPE", "LOC", "FAC"):
            return gazetteer.lookup(name) is None
        if s.label_ == "PERSON":
            return text[s.start] not in first_names()
        return s.label_ in ("ORG", "PRODUCT", "NORP", "WORK_OF_ART")

    out = []
    for s in spans:
        opens = opens_a_lead(doc, s.start, words)
        if s.end - s.start > 1 and opens and _descriptor(text[s.start]):
            s = Span(doc, s.start + 1, s.end, label="ORG", span_id=s.id_)  # "Chipmaker Nexora"
        elif (after_business(s.start) or _before_business(s.end, words)) and a_firm(s):
            s = relabel(s, "ORG")
        out.append(s)
    # "The chipmaker Marisse, which makes memory": before "which" the model reads an
    # unknown name as a product or a people; after a business noun it is the firm.
    products = frozenset(
        i
        for i in blocked
        if (_a_lone_product(doc[i]) or misread_as_a_people(doc[i], rules)) and after_business(i)
    )
    out = _add_firms(doc, out, blocked - products, words, after_business)
    return _add_apposed_firms(doc, out, blocked, words)


def _a_lone_product(token: Token) -> bool:
    """A word the model read as a product by itself, with no number ("Marisse"; not
    "Boeing 747" nor one word of a longer name)."""
    doc = token.doc
    return (
        token.ent_type_ == "PRODUCT"
        and token.ent_iob_ == "B"
        and not (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I")
        and not any(c.isdigit() for c in token.text)
    )


def _add_apposed_firms(
    doc: Doc, spans: list[Span], blocked: frozenset[int], words: Words
) -> list[Span]:
    """An ORG for each run of capitalised proper nouns the model missed right before a
    comma that a noun of a business follows ("Halvex, the retailer, closed ...")."""
    text = words.text
    taken = blocked | {i for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    for comma, word in enumerate(text):
        if word != "," or comma == 0 or comma - 1 in taken or not _before_business(comma, words):
            continue
        start = comma
        while start > 0 and text[start - 1][:1].isupper() and doc[start - 1].pos_ == "PROPN":
            start -= 1
            if start in taken:
                start += 1
                break
        if start < comma:
            found.append(Span(doc, start, comma, label="ORG"))
    return sorted([*spans, *found], key=lambda s: s.start) if found else spans


# Words between the article after a name and the noun of a business, at most ("the
# country's largest miner").
_APPOSED_WORDS = 4


def _before_business(end: int, words: Words) -> bool:
    """A comma, an article and a noun of a kind of business follow the name within a few
    words: "Brask Bygg, the builder that paid", "Corvane, the country's largest miner"."""
    text = words.text
    comma = next_word(words, end)
    if comma is None or text[comma] != ",":
        return False
    article = next_word(words, comma + 1)
    if article is None or text[article].lower() not in ("the", "a", "an"):
        return False
    i = article + 1
    for _ in range(_APPOSED_WORDS + 1):
        found = next_word(words, i)
        if found is None:
            return False
        i = found
        if text[i] in ("'s", "’s"):
            i += 1  # "the country's largest miner"
            continue
        if not text[i][:1].isalpha():
            return False  # a comma or the sentence's end first
        if text[i].islower() and names_a_business(text[i]):
            return True
        i += 1
    return False


# A political body's name has at most this many words before its last ("Union of
# Democratic Forces" aside: "the National Salvation Front").
_BODY_WORDS = 4
# What may join the words of a body's name: "Workers' League", "People's Congress".
_BODY_JOINS = frozenset({"'", "'s", "’", "’s"})


def body_names(
    doc: Doc,
    spans: Sequence[Span],
    rules: EntityRules,
    gazetteer: Gazetteer,
    blocked: frozenset[int],
    words: Words,
) -> list[Span]:
    """A political body or a musical ensemble is an organisation: capitalised words that
    end in one of ``body_heads`` ("the opposition Green Alliance", "the ruling Unity
    Coalition", "the Halden Philharmonic"; ``ensemble_heads.json``, WordNet's). A
    name read as a place or a person is relabelled, unless the gazetteer knows it as a
    place; one the model missed ("The Civic Forum joined the government") is added.

    Args:
        doc: the document.
        spans: its entity spans (non-overlapping, sorted).
        rules: the word lists of ``models/entities/rules.json``.
        gazetteer: the known names.
        blocked: token indices that other entities (dates, numbers) hold.
        words: the document's tokens as lists.
    Returns:
        The spans, non-overlapping and sorted.
    """
    text = words.text
    heads = rules.body_heads | rules.ensemble_heads
    out = []
    for span in spans:
        last = text[span.end - 1].lower()
        if (span.label_ in ("PERSON", "GPE", "LOC") and last in heads) or (
            span.label_ == "FAC" and last in rules.ensemble_heads  # "the Halden Philharmonic"
        ):
            entry = gazetteer.lookup(words.span_text(span))
            if len(span) > 1 and (entry is None or entry.label not in PLACE_LABELS):
                span = relabel(span, "ORG")  # not "the Western Front", a known place
        out.append(span)
    taken = blocked | {i for s in out for i in range(s.start, s.end)}
    for i, word in enumerate(text):
        if i in taken or word.lower() not in heads or not is_capitalised(word):
            continue
        start = i
        while start > 0 and start - 1 not in taken and i - start < 2 * _BODY_WORDS:
            before = text[start - 1]
            if before in _BODY_JOINS and start > 1 and is_capitalised(text[start - 2]):
                start -= 1  # "Workers' League"
            elif is_capitalised(before) and doc[start - 1].pos_ in {"PROPN", "ADJ", "NOUN"}:
                start -= 1  # not "The" of "The Civic Forum"
            else:
                break
        if start == i or text[start] in _BODY_JOINS:
            continue
        out.append(Span(doc, start, i + 1, label="ORG"))
        taken |= set(range(start, i + 1))
    return sorted(out, key=lambda s: s.start)


def _add_firms(
    doc: Doc,
    spans: list[Span],
    blocked: frozenset[int],
    words: Words,
    where: Callable[[int], bool],
) -> list[Span]:
    """``spans`` with an ORG for each run of capitalised proper nouns the model missed that
    starts where ``where`` says a firm's name does ("Panmure Gordon")."""
    text = words.text
    out = list(spans)
    taken = blocked | {i for s in out for i in range(s.start, s.end)}
    for i, word in enumerate(text):
        if not (word[:1].isupper() and where(i)) or i in taken:
            continue
        end = i
        while (
            end < len(text)
            and text[end][:1].isupper()
            and end not in taken
            and doc[end].pos_ == "PROPN"  # not "The" of "The University of Leeds"
        ):
            end += 1  # "Panmure Gordon"
        if end == i:
            continue
        out.append(Span(doc, i, end, label="ORG"))
        taken |= set(range(i, end))
    return sorted(out, key=lambda s: s.start)
