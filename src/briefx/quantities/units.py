"""Read what a number measures: a currency, percent, a measurement unit or the counted
noun phrase from the dependency parse, plus a distributive marker ("each", "a day").
Pure over a Doc; used by ``briefx.quantities.find_quantities``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from briefx.quantities.atoms import Atom
from briefx.quantities.numbers import (
    classify_suffix,
    glue,
    lookup_qualifier,
    measure_lemma,
    numbers_table,
    units_table,
)

# Units and currency words run to three words at most ("square metres", "pound sterling").
_MAX_UNIT_WORDS = 3
# A dateline place is a word in capitals of at least this many letters ("ROME", "LIMA").
_MIN_DATELINE_LETTERS = 3
# A counted noun is at most this many tokens past the first word of its phrase.
_MAX_NOUN_PHRASE_GAP = 5


@dataclass(frozen=True)
class Unit:
    """What a number measures: a unit, a currency, percent, or a counted noun phrase."""

    text: str | None
    lemma: str | None
    kind: str
    end: int
    last: int
    head: int | None = None
    per: str | None = None
    per_last: int | None = None


@cache
def _lowered(name: str) -> dict[str, str]:
    """Units table ``name`` with lower-cased keys ("Dollars" and "dollars" alike)."""
    return {k.lower(): v for k, v in units_table()[name].items()}


@cache
def _key_prefixes(name: str) -> frozenset[str]:
    """Every beginning of a key of units table ``name``, lower-cased ("per", "per c", ...)."""
    return frozenset(key[:n] for key in _lowered(name) for n in range(1, len(key) + 1))


def _longest(
    doc: Doc, i: int, *, name: str, limit: int = _MAX_UNIT_WORDS
) -> tuple[int, str] | None:
    """Longest phrase at token ``i`` that is a key of units table ``name`` (any case).

    "5 pound sterling" at "pound" with ``name="currency_words"`` -> (its last token, "pound").
    """
    lowered = _lowered(name)
    if i < len(doc) and doc[i].lower_ not in _key_prefixes(name):
        return None  # every phrase at ``i`` starts with this token's text: no key does
    for width in range(min(limit, len(doc) - i), 0, -1):
        span = doc[i : i + width]
        if span.text.lower() in lowered:
            return i + width - 1, lowered[span.text.lower()]
    return None


@cache
def _per_markers() -> dict[str, tuple[tuple[str, int], ...]]:
    """The distributive markers ("each", "a piece") by first word, in the table's order."""
    markers: dict[str, list[tuple[str, int]]] = {}
    for marker in units_table()["per_markers"]:
        words = marker.split()
        markers.setdefault(words[0], []).append((marker, len(words)))
    return {first: tuple(found) for first, found in markers.items()}


@cache
def _per_nouns() -> frozenset[str]:
    """The nouns a distributive marker counts by ("a day", "per barrel"), lower-cased once."""
    return frozenset(n.lower() for n in units_table()["per_nouns"])


def _per(doc: Doc, after: int) -> tuple[str, int] | None:
    """A distributive marker after token ``after`` ("each", "a day", "per barrel"), last token."""
    units = units_table()
    i = after + 1
    if i >= len(doc):
        return None
    for marker, width in _per_markers().get(doc[i].lower_, ()):
        if doc[i : i + width].text.lower() == marker:
            return doc[i : i + width].text, i + width - 1
    if doc[i].lower_ in glue().per_openers and i + 1 < len(doc):
        nouns = _per_nouns()
        for width in (2, 1):
            span = doc[i + 1 : i + 1 + width]
            if len(span) == width and (
                span.text.lower() in nouns or (span[-1].lemma_.lower() in nouns and width == 1)
            ):
                after_per = doc[i + 1 + width].lower_ if i + 1 + width < len(doc) else ""
                if doc[i].lower_ != "per" and after_per in units["per_blockers"]:
                    return None  # "a year earlier": when, not how often
                return doc[i : i + 1 + width].text, i + width
    return None


def _with_ratio(doc: Doc, unit: Unit) -> Unit:
    """ "90km/hr", "2.4 A/mm2": a measure over another, written with a glued slash."""
    i = unit.last + 1
    if (
        unit.kind != "measure"
        or i + 1 >= len(doc)
        or doc[i].text != "/"
        or doc[unit.last].whitespace_
        or doc[i].whitespace_
        or not doc[i + 1].text[:1].isalpha()
    ):
        return unit
    below = doc[i + 1]
    written = _without_final_dot(doc, below)
    text = f"{unit.text}/{written}"
    lemma = measure_lemma(text, glued=True) or (
        f"{unit.lemma} per {measure_lemma(written, glued=True) or written.lower()}"
    )
    return Unit(text, lemma, unit.kind, below.idx + len(written), below.i, unit.head)


def _without_final_dot(doc: Doc, token: Token) -> str:
    """A unit token without the full stop the tokenizer glued to it at a sentence end.

    "hit 80 km/h." -> "h"; "the U.S." or "5 p.m." inside a sentence keep their dots.
    """
    text = token.text
    final = token.i + 1 == len(doc) or doc[token.i + 1].is_sent_start
    if final and len(text) > 1 and text.endswith(".") and text[-2].isalpha():
        return text[:-1]
    return text


def _with_per(doc: Doc, unit: Unit) -> Unit:
    """``unit`` with its ratio ("km/hr") and distributive marker ("$5 a day") read."""
    unit = _with_ratio(doc, unit)
    per = _per(doc, unit.last)
    if per is None:
        return unit
    return Unit(unit.text, unit.lemma, unit.kind, unit.end, unit.last, unit.head, per[0], per[1])


def _counted_lemma(tokens: list[Token]) -> str:
    """Lemma of a counted noun phrase: its compounds + the head's lemma.

    "Ukrainian soldiers" -> "soldier" (adjectives dropped), "fighter jets" -> "fighter jet".
    """
    head = tokens[-1]
    parts = [t.text if t.pos_ == "PROPN" else t.lower_ for t in tokens[:-1] if t.dep_ == "compound"]
    if head.tag_ == "NNPS" and head.text.endswith("s"):
        lemma = head.text[:-1]  # spaCy leaves "Ukrainians" as its own lemma
    elif head.pos_ == "PROPN":
        lemma = head.text
    else:
        lemma = head.lemma_.lower()
    return " ".join([*parts, lemma])


def _noun_phrase(doc: Doc, begin: int, *, head: Token) -> Unit | None:
    """The tokens ``doc[begin..head]`` as a counted noun phrase, if they hang off ``head``.

    "40 Ukrainian prisoners of war": from "Ukrainian" to the head "prisoners".
    """
    if head.i < begin or head.i - begin > _MAX_NOUN_PHRASE_GAP:
        return None
    tokens = list(doc[begin : head.i + 1])
    if tokens[0].pos_ in ("CCONJ", "ADP", "PUNCT", "SYM") or tokens[0].text[:1].isdigit():
        return None
    if any(t.is_space or "\n" in t.whitespace_ for t in doc[begin - 1 : head.i]):
        return None  # "rises to 112\n\nJAKARTA": a unit never crosses a line break
    if opens_dateline(doc, head):
        return None  # "rises to 112 JAKARTA (Reuters) -": the place of a dateline
    if any(t.is_punct and t.text != "-" for t in tokens) or any(
        t.i != head.i and not head.is_ancestor(t) for t in tokens
    ):
        return None
    if head.lemma_.lower() in units_table()["time_nouns"]:
        return None
    span = doc[begin : head.i + 1]
    return Unit(span.text, _counted_lemma(tokens), "count", span.end_char, head.i, head=head.i)


def opens_dateline(doc: Doc, token: Token) -> bool:
    """ "JAKARTA (Reuters) -", "KATHMANDU, Nepal": a place in capitals that opens a dateline."""
    following = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
    shouting = token.is_upper and token.is_alpha and len(token.text) >= _MIN_DATELINE_LETTERS
    return shouting and following in glue().dateline_followers


def number_token(doc: Doc, atom: Atom) -> Token:
    """The atom's token whose syntactic head lies outside the atom."""
    for token in doc[atom.first : atom.last + 1]:
        if not atom.first <= token.head.i <= atom.last or token.head.i == token.i:
            return token
    return doc[atom.last]


def read_unit(doc: Doc, atom: Atom, *, after: int | None = None) -> Unit:
    """Read the unit, currency, percent sign or counted noun phrase of ``atom``: "Seven cats".

    Args:
        doc: the parsed Doc.
        atom: the number.
        after: read from the token after this one instead of after the atom (used past a
            trailing qualifier: "20 or so people").
    """
    units = units_table()
    end, last = atom.end, atom.last if after is None else after
    if atom.currency:
        kind_lemma = units["currency_prefixes"][
            atom.currency.replace(" ", "")
            if atom.currency.replace(" ", "") in units["currency_prefixes"]
            else atom.currency
        ]
        if last + 1 < len(doc) and doc[last + 1].text in units["currency_trailers"]:
            last += 1
            end = doc[last].idx + len(doc[last].text)
        return _with_per(doc, Unit(atom.currency, kind_lemma, "money", end, last))
    if atom.suffix:
        text, lemma, kind = classify_suffix(atom.suffix) or (atom.suffix, atom.suffix, "measure")
        return _with_per(doc, Unit(text, lemma, kind, end, last))
    i = last + 1
    hyphen = (
        i + 1 < len(doc)
        and doc[i].text == "-"
        and doc[last].whitespace_ == ""
        and doc[i].whitespace_ == ""
        and doc[i + 1].is_alpha
    )
    if hyphen:
        i += 1  # "5.8-inch", "9-mpg"
        hyphen = lookup_qualifier("-" + doc[i].text, position="after") is None  # not "20-plus"
    if i < len(doc):
        for kind, name in (("percent", "percent"), ("money", "currency_words")):
            found = _longest(doc, i, name=name)
            if found:
                span = doc[i : found[0] + 1]
                return _with_per(doc, Unit(span.text, found[1], kind, span.end_char, found[0]))
        if doc[i].text in units["currency_adjectives"] and i + 1 < len(doc):
            found = _longest(doc, i + 1, name="currency_words")
            if found:
                span = doc[i : found[0] + 1]
                return _with_per(doc, Unit(span.text, found[1], "money", span.end_char, found[0]))
        for width in range(_MAX_UNIT_WORDS, 0, -1):
            span = doc[i : i + width]
            if len(span) < width:
                continue
            written = span.text
            if written.endswith("."):
                last_token = span[-1]
                written = written[: len(written) - len(last_token.text)] + _without_final_dot(
                    doc, last_token
                )
            measure = measure_lemma(written, glued=doc[i - 1].whitespace_ == "")
            if measure:
                end = span.start_char + len(written)
                return _with_per(doc, Unit(written, measure, "measure", end, span[-1].i))
    number = number_token(doc, atom)
    begin = last + 1
    if hyphen and doc[i].lemma_.lower() not in units_table()["time_nouns"]:
        # "three-point range", "six-cylinder engines": the noun glued by a hyphen
        token = doc[i]
        return _with_per(
            doc,
            Unit(token.text, token.lemma_.lower(), "count", token.idx + len(token.text), i, head=i),
        )
    shares = atom.value is not None and abs(atom.value) < 1
    if (atom.vague or atom.words or shares) and begin + 1 < len(doc) and doc[begin].lower_ == "of":
        pobj = [c for c in doc[begin].children if c.dep_ == "pobj"]
        skip = begin + 1
        while skip < len(doc) and doc[skip].lower_ in numbers_table()["determiners"]:
            skip += 1
        if pobj and pobj[0].pos_ in ("NOUN", "PROPN"):
            phrase = _noun_phrase(doc, skip, head=pobj[0])
            if phrase:
                return _with_per(doc, phrase)
    head = number.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # "three maths teachers": the number hangs on a compound
    if (
        number.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod")
        and head.i > last
        and (head.pos_ in ("NOUN", "PROPN"))
    ):
        phrase = _noun_phrase(doc, begin, head=head)
        if phrase:
            return _with_per(doc, phrase)
    if begin < len(doc) and doc[begin].pos_ == "NOUN" and doc[begin].tag_ == "NNS":
        phrase = _noun_phrase(doc, begin, head=doc[begin])
        if phrase:
            return _with_per(doc, phrase)
    return _with_per(doc, Unit(None, None, "count", atom.end, atom.last))
