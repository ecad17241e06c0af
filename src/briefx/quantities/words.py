"""Numbers written in words in a parsed Doc: "twenty-five", "half a million", "dozens of",
"one in five", "sixfold", "tripled". Pure over a Doc; used by ``scan``.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from spacy.strings import hash_string  # type: ignore[attr-defined]  # Cython, not in the stub
from spacy.tokens import Doc, Token

from briefx.quantities.atoms import PLURAL_TAGS, Atom
from briefx.quantities.numbers import (
    glue,
    number_words,
    numbers_table,
    parse_digits,
    parse_number,
    vague_bounds,
)
from briefx.text.guard import beyond_counting


def lower_at(doc: Doc, i: int) -> str:
    """The lower-cased text of token ``i``, or "" past the end."""
    return doc[i].lower_ if i < len(doc) else ""


@cache
def _numeric_words() -> frozenset[str]:
    """Cardinals and multipliers: the words that continue a number ("twenty five million")."""
    words = number_words()
    return frozenset(words.cardinals) | frozenset(words.multipliers)


# ``_first_words`` marks the words that may open a number: a number word, or a word that
# multiplies ("sixfold", "tripled").
_NUMBER_WORD = "number"
_MULTIPLYING = "multiplying"


@cache
def _first_words() -> dict[str, str]:
    """Every word that may open a number written in words, with what it opens."""
    first = dict.fromkeys(_starters(), _NUMBER_WORD)
    fold = glue().fold_suffix
    for word in number_words().cardinals:
        first.setdefault(word + fold, _MULTIPLYING)
    for lemma in glue().multiplier_verbs:
        stem = lemma.removesuffix("e")
        for form in (lemma, lemma + "s", stem + "ed", stem + "es", stem + "ing"):
            first.setdefault(form, _MULTIPLYING)  # "triple", "tripled", "tripling"
    return first


@cache
def opener_hashes() -> frozenset[int]:
    """The spaCy string hashes of ``_first_words``: a token whose ``LOWER`` is not among
    them opens no number in words (``word_atom`` returns None at once)."""
    return frozenset(hash_string(w) for w in _first_words())


@cache
def _starters() -> frozenset[str]:
    """Words that may open a number in words: "twenty", "dozens", "several", "a", "half"."""
    table = numbers_table()
    return (
        _numeric_words()
        | frozenset([*table["vague"], *table["vague_determiners"]])
        | frozenset(number_words().articles)
        | glue().fraction_starters
    )


def share(doc: Doc, value: Decimal, *, last: int) -> tuple[Decimal, int]:
    """ "one out of three", "1 in 5": the share and the last token read."""
    table = numbers_table()
    for connector in table["share_connectors"]:
        after = last + len(connector) + 1
        if after < len(doc) and [t.lower_ for t in doc[last + 1 : after]] == connector:
            denominator = parse_number(doc[after].text)
            if denominator and 1 < denominator <= table["share_max_denominator"]:
                return value / Decimal(str(denominator)), after
    return value, last


def word_atom(doc: Doc, i: int) -> Atom | None:
    """A number written in words at token ``i``: "twenty-five", "half a million", "a dozen"."""
    token = doc[i]
    lower = token.lower_
    start = _first_words().get(lower)
    if start is None:
        return None  # most words: one look-up
    if start == _MULTIPLYING:
        return _fold_atom(token, lower) or _multiplier_verb_atom(token, lower)
    table = numbers_table()
    words = number_words()
    pieces = glue()
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    prev = doc[i - 1].lower_ if i > 0 else ""
    if lower in table["vague"] or lower in table["vague_determiners"]:
        return _vague_atom(doc, i)
    numeric = _numeric_words()
    mults = words.multipliers
    fractions = words.fractions
    articles = words.articles
    starts = (
        lower in words.cardinals
        or (
            lower in articles
            and (
                nxt in mults
                or (nxt in fractions and i + 2 < len(doc) and doc[i + 2].lower_ == "of")
            )
        )
        or (
            lower in pieces.fraction_starters
            and (nxt == "of" or (nxt in articles and lower_at(doc, i + 2) in mults))
        )
    )
    if not starts or lower in words.group_multipliers:
        return None
    if lower == "one" and (prev in table["not_one"] or nxt in table["not_one_after"]):
        return None
    if lower == "one" and nxt == "of":
        after = i + 2
        while lower_at(doc, after) in table["determiners"]:
            after += 1
        if _is_number_word(lower_at(doc, after)):
            return None  # "one of (the) four programmes": four programmes, not one
    last = i
    while last + 1 < len(doc):
        word = doc[last + 1].lower_
        gap = doc[last].whitespace_ == ""
        if word in numeric or (word in fractions and last >= i):
            last += 1
        elif word in articles and (
            lower_at(doc, last + 2) in mults or doc[last].lower_ in pieces.fraction_starters
        ):
            last += 1  # "half a million"
        elif (
            word in words.joiners
            and lower_at(doc, last + 2) in articles
            and lower_at(doc, last + 3) in fractions
        ):
            last += 2  # "two and a half"
        elif (
            (word == "-" or word in words.joiners)
            and last + 2 < len(doc)
            and doc[last + 2].lower_ in (numeric | set(fractions) if word == "-" else numeric)
            and ((word == "-" and gap) or doc[last].lower_ in pieces.and_joins_after)
        ):
            last += 1
        else:
            break
    if doc[last].lower_ in articles or doc[last].lower_ == "-" or doc[last].lower_ in words.joiners:
        return None
    value = parse_number(doc[i : last + 1].text)
    if value is None or beyond_counting(value):
        return None
    decimal, last = share(doc, Decimal(str(value)), last=last)
    return Atom(
        first=i,
        last=last,
        start=token.idx,
        end=doc[last].idx + len(doc[last].text),
        value=decimal,
        words=True,
    )


def _is_number_word(word: str) -> bool:
    """Whether ``word`` is a cardinal or a numeral: "four", "12"."""
    return word in number_words().cardinals or parse_digits(word) is not None


def _fold_atom(token: Token, lower: str) -> Atom | None:
    """ "sixfold", "threefold": a cardinal glued to "fold" is that many times."""
    fold = glue().fold_suffix
    if not lower.endswith(fold):
        return None
    cardinals = number_words().cardinals
    if lower[: -len(fold)] not in cardinals:
        return None
    return Atom(
        first=token.i,
        last=token.i,
        start=token.idx,
        end=token.idx + len(token.text),
        value=cardinals[lower[: -len(fold)]],
        suffix=fold,
        words=True,
    )


def _multiplier_verb_atom(token: Token, lower: str) -> Atom | None:
    """ "Profits tripled", "sales halved": a verb that multiplies is that many times."""
    pieces = glue()
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in pieces.multiplier_verbs:
        return None
    return Atom(
        first=token.i,
        last=token.i,
        start=token.idx,
        end=token.idx + len(token.text),
        value=Decimal(str(pieces.multiplier_verbs[lemma])),
        suffix=pieces.multiplier_unit,
        words=True,
    )


def _vague_atom(doc: Doc, i: int) -> Atom | None:
    """ "dozens", "thousands of", "tens of millions", "several" + plural noun."""
    table = numbers_table()
    words = [doc[i].lower_]
    last = i
    while (
        last + 2 < len(doc)
        and doc[last + 1].lower_ == "of"
        and doc[last + 2].lower_ in table["vague"]
    ):
        words.append(doc[last + 2].lower_)
        last += 2
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    if words[0] in table["vague_determiners"]:
        multipliers = number_words().multipliers
        bounds = vague_bounds(words)
        if nxt is not None and nxt.lower_ in multipliers and bounds is not None:
            mult = multipliers[nxt.lower_]
            return Atom(
                first=i,
                last=last + 1,
                start=doc[i].idx,
                end=nxt.idx + len(nxt.text),
                value=None,
                low=Decimal(bounds[0]) * mult,
                high=Decimal(bounds[1]) * mult,
                vague=True,
                words=True,
            )
        if nxt is None or nxt.tag_ not in PLURAL_TAGS:
            return None
    elif words[0] in glue().vague_needing_of and (nxt is None or nxt.lower_ != "of"):
        return None
    bounds = vague_bounds(words)
    if bounds is None:
        return None
    return Atom(
        first=i,
        last=last,
        start=doc[i].idx,
        end=doc[last].idx + len(doc[last].text),
        value=None,
        low=Decimal(bounds[0]),
        high=Decimal(bounds[1]),
        vague=True,
        words=True,
    )
