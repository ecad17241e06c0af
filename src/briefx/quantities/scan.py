"""Find the numbers in a parsed Doc: digits with a glued currency or unit, number words,
vague amounts ("dozens", "tens of thousands"). Pure over a Doc; used by
``briefx.quantities.find_quantities``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from spacy.tokens import Doc, Token

from briefx.quantities.numbers import (
    DIGITS_RE,
    classify_suffix,
    glue,
    number_words,
    numbers_table,
    parse_digits,
    parse_number,
    units_table,
    vague_bounds,
)

# Penn tags of a plural noun: "2m homes" reads "m" as a scale, "several" needs a count after it.
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# A bare number this long (digits only) is no day, month, year or clock time: "3917204".
_MIN_UNDATED_DIGITS = 5


@dataclass(frozen=True)
class Atom:
    """One number found in the text, before ranges and qualifiers are read.

    ``first``/``last`` are token indices (inclusive) of the whole atom including a separate
    currency token; ``start``/``end`` its character offsets (a glued range connector such
    as ``to-`` is left outside).
    """

    first: int
    last: int
    start: int
    end: int
    value: Decimal | None
    low: Decimal | None = None
    high: Decimal | None = None
    vague: bool = False
    scaled: Decimal | None = None
    currency: str | None = None
    suffix: str | None = None
    sign: str | None = None
    glued_qualifier: str | None = None
    connector: bool = False
    words: bool = False
    dated: bool = False


def _prefix(doc: Doc, i: int) -> tuple[int, str] | None:
    """A currency written in the one or two tokens before token ``i``: (first token, text)."""
    prefixes = units_table()["currency_prefixes"]
    for width in (2, 1):
        first = i - width
        if first < 0:
            continue
        span = doc[first:i]
        if span.text in prefixes or span.text.replace(" ", "") in prefixes:
            return first, span.text
    return None


def _split_suffix(suf: str, *, currency: bool) -> tuple[Decimal | None, str | None] | None:
    """Split a glued suffix into a scale and a unit: "bn" -> (10**9, None), "bhp" -> (None, "bhp").

    ``currency`` says whether "m", "k", "b" may be scales ("$5m", "2m homes") rather
    than units ("100m"). Returns None when the suffix is neither (a code, an ordinal,
    a time of day).
    """
    scales = number_words().scale_suffixes
    need_currency = numbers_table()["scale_suffixes_need_currency"]
    whole = suf.lstrip("-")
    if whole not in scales and classify_suffix(whole):
        return None, whole  # "30Mbps", "5kW": a unit that starts like a scale
    for key in _longest_first(tuple(scales)):
        if not suf.startswith(key) or (not currency and key in need_currency):
            continue
        rest = suf[len(key) :].lstrip("-")
        if not rest:
            return scales[key], None
        if classify_suffix(rest):
            return scales[key], rest
    if classify_suffix(suf.lstrip("-")):
        return None, suf.lstrip("-")
    return None


@cache
def _longest_first(keys: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(keys, key=len, reverse=True))


def _percent_follows(doc: Doc, i: int, suf: str) -> bool:
    """Whether a percent sign or word follows token ``i`` ("-0.4%", "-0.4 %")."""
    percent = units_table()["percent"]
    return suf in percent or (i + 1 < len(doc) and doc[i + 1].text in percent)


def _digit_atom(doc: Doc, i: int) -> Atom | None:
    """A number written in digits at token ``i``: "$6.4 billion", "-3%", "4 5/8", "5km"."""
    token = doc[i]
    match = DIGITS_RE.search(token.text)
    if match is None:
        return None
    pre, suf = token.text[: match.start()], token.text[match.end() :]
    value = parse_digits(match.group())
    if value is None:
        return None
    words = number_words()
    pieces = glue()
    units = units_table()
    currency = sign = qualifier = prefix_unit = None
    first_token = i
    connector = False
    start = token.idx
    if pre:
        lowered = pre.lower()
        if pre.endswith("-") and pre[:-1] in units["currency_prefixes"]:
            currency, sign = pre[:-1], "-"
        elif pre in units["currency_prefixes"]:
            currency = pre
        elif lowered.endswith("-") and lowered[:-1] in pieces.prefix_units:
            prefix_unit = pre[:-1]  # "magnitude-5.1"
        elif pre in pieces.sign_prefixes:
            name_before = i > 0 and doc[i - 1].is_upper and doc[i - 1].is_alpha
            if pre == "-" and name_before and not _percent_follows(doc, i, suf):
                return None  # "MERS -12": part of a name; "DAX -0.4%" is a move
            sign = pieces.sign_prefixes[pre]
        elif lowered in pieces.connector_prefixes:
            connector, start = True, token.idx + len(pre)
        elif lowered in pieces.glued_qualifiers:
            qualifier = pieces.glued_qualifiers[lowered]
        elif (
            i > 0
            and doc[i - 1].whitespace_ == ""
            and doc[i - 1].text + pre in units["currency_prefixes"]
        ):
            currency, first_token = (
                doc[i - 1].text + pre,
                i - 1,
            )  # "$US48,210,000" split as "$" "US…"
        else:
            return None  # a name or code such as B52, X7, QRT-K9
    scaled = None
    suffix = None
    if suf:
        fraction = pieces.fraction_suffix_re.fullmatch(suf)
        if fraction and int(fraction.group(1)):
            value = value / Decimal(int(fraction.group(1)))
            suf = ""
        elif suf in units["bad_suffixes"] or suf.lower() in units["bad_suffixes"]:
            return None
    first = first_token
    trailing_dot = 0
    if first < i:
        start = doc[first].idx
    if currency is None and pre in pieces.currency_may_follow_prefixes:
        found = _prefix(doc, i)
        if found:
            first, currency = found
            start = doc[first].idx
    if not pre and first == i and i > 0 and doc[i - 1].lower_ in pieces.minus_words:
        if doc[max(i - 3, 0) : i - 1].text.lower() not in pieces.not_a_sign_after:
            first, sign, start = i - 1, "-", doc[i - 1].idx  # not "plus or minus 2%"
    if currency is None and first == i and i > 0 and doc[i - 1].lower_ in pieces.prefix_units:
        first, start, prefix_unit = i - 1, doc[i - 1].idx, doc[i - 1].text  # "magnitude 6.2"
    closing = suf.find(")")
    if closing > 0:
        suf, trailing_dot = suf[:closing], len(suf) - closing  # "(131ft)-long": the bracket closes
    if suf.endswith(".") and suf != ".":
        suf, trailing_dot = suf[:-1], trailing_dot + 1  # "PS3.4m." at the end of a sentence
    if suf:
        counted = i + 1 < len(doc) and doc[i + 1].tag_ in _PLURAL_TAGS  # "2m homes"
        split = _split_suffix(suf, currency=currency is not None or counted)
        if split is None:
            return None
        scaled, suffix = split
    if suffix is None and prefix_unit is not None:
        suffix = prefix_unit
    last = i
    # "1.2 million", "3 hundred thousand", "$6.4 billion": scale words that follow.
    while suffix is None and last + 1 < len(doc):
        nxt = doc[last + 1].text
        mult = words.multipliers.get(nxt.lower())
        bare = nxt.rstrip(".")
        if (
            mult is None
            and bare in words.scale_suffixes
            and (doc[last].whitespace_ == "" or len(bare) > 1)
            and (
                currency
                or bare not in numbers_table()["scale_suffixes_need_currency"]
                or (last + 2 < len(doc) and doc[last + 2].tag_ in _PLURAL_TAGS)  # "2m homes"
            )
        ):
            mult = words.scale_suffixes[bare]
            trailing_dot = len(nxt) - len(bare)
        hyphened = (
            mult is None
            and nxt == "-"
            and doc[last].whitespace_ == ""
            and last + 2 < len(doc)
            and doc[last + 2].lower_ in pieces.hyphen_scales
        )
        if hyphened:  # "$2.7-billion plan"
            mult, last = words.multipliers[doc[last + 2].lower_], last + 1
        if mult is None or nxt.lower() in words.group_multipliers:
            break
        scaled = (scaled or Decimal(1)) * Decimal(mult)
        last += 1
    if scaled is not None:
        value = value * scaled
    if sign == "-":
        value = -value
    if value == 1 and not (currency or suffix):
        value, last = _share(doc, value, last=last)  # "1 in 4 children"
    mixed = pieces.mixed_fraction_re.fullmatch(doc[last + 1].text) if last + 1 < len(doc) else None
    if mixed and suffix is None and scaled is None and value == value.to_integral_value():
        numerator, denominator = int(mixed.group(1)), int(mixed.group(2))
        if 0 < numerator < denominator:  # "4 5/8": a mixed number
            value += Decimal(numerator) / Decimal(denominator) * (-1 if value < 0 else 1)
            last += 1
    return Atom(
        first=first,
        last=last,
        start=start,
        end=doc[last].idx + len(doc[last].text) - trailing_dot,
        value=value,
        scaled=scaled,
        currency=currency,
        suffix=suffix,
        sign=sign,
        glued_qualifier=qualifier,
        connector=connector,
    )


def _at(doc: Doc, i: int) -> str:
    """The lower-cased text of token ``i``, or "" past the end."""
    return doc[i].lower_ if i < len(doc) else ""


@cache
def _numeric_words() -> frozenset[str]:
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
def _starters() -> frozenset[str]:
    table = numbers_table()
    return (
        _numeric_words()
        | frozenset([*table["vague"], *table["vague_determiners"]])
        | frozenset(number_words().articles)
        | glue().fraction_starters
    )


def _share(doc: Doc, value: Decimal, *, last: int) -> tuple[Decimal, int]:
    """ "one out of three", "1 in 5": the share and the last token read."""
    table = numbers_table()
    for connector in table["share_connectors"]:
        after = last + len(connector) + 1
        if after < len(doc) and [t.lower_ for t in doc[last + 1 : after]] == connector:
            denominator = parse_number(doc[after].text)
            if denominator and 1 < denominator <= table["share_max_denominator"]:
                return value / Decimal(str(denominator)), after
    return value, last


def _word_atom(doc: Doc, i: int) -> Atom | None:
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
            and (nxt == "of" or (nxt in articles and _at(doc, i + 2) in mults))
        )
    )
    if not starts or lower in words.group_multipliers:
        return None
    if lower == "one" and (prev in table["not_one"] or nxt in table["not_one_after"]):
        return None
    if lower == "one" and nxt == "of":
        after = i + 2
        while _at(doc, after) in table["determiners"]:
            after += 1
        if _is_number_word(_at(doc, after)):
            return None  # "one of (the) four programmes": four programmes, not one
    last = i
    while last + 1 < len(doc):
        word = doc[last + 1].lower_
        gap = doc[last].whitespace_ == ""
        if word in numeric or (word in fractions and last >= i):
            last += 1
        elif word in articles and (
            _at(doc, last + 2) in mults or doc[last].lower_ in pieces.fraction_starters
        ):
            last += 1  # "half a million"
        elif (
            word in words.joiners
            and _at(doc, last + 2) in articles
            and _at(doc, last + 3) in fractions
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
    if value is None:
        return None
    decimal, last = _share(doc, Decimal(str(value)), last=last)
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
        if nxt is not None and nxt.lower_ in multipliers:
            bounds = vague_bounds(words)
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
        if nxt is None or nxt.tag_ not in _PLURAL_TAGS:
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


def atom_text(doc: Doc, atom: Atom) -> str:
    """The characters of ``atom`` (without building ``doc.text``, which costs a full join)."""
    offset = doc[atom.first].idx
    return doc[atom.first : atom.last + 1].text[atom.start - offset : atom.end - offset]


def _date_like(doc: Doc, atom: Atom) -> bool:
    """Whether a number inside a spaCy DATE / TIME entity can be part of that date.

    The small model also labels money ("last years $45120") and long counts ("3917204")
    DATE; those cannot be a day, month, year or duration count, so they stay quantities.
    """
    if atom.currency:
        return False
    if atom.suffix:
        glued = classify_suffix(atom.suffix)
        return glued is not None and glued[1] in units_table()["time_unit_lemmas"]
    if atom.words or atom.value is None:
        return True
    following = doc[atom.last + 1] if atom.last + 1 < len(doc) else None
    if following is not None and following.lemma_.lower() in units_table()["time_nouns"]:
        return True  # "1,500 years", "2.5 days"
    written = atom_text(doc, atom)
    digits = written.replace(",", "")
    # "3917204", "2,118.45": no day, month, year or clock time is written like that
    long_count = digits.isdigit() and len(digits) >= _MIN_UNDATED_DIGITS
    return not (long_count or ("," in written and "." in written))


def scan_numbers(
    doc: Doc, blocked: list[tuple[int, int]], *, date_entities: list[tuple[int, int]] = ()
) -> list[Atom]:
    """Return the number atoms of ``doc`` in order.

    Args:
        doc: a parsed Doc.
        blocked: character spans that hold no quantity (the dates component's dates).
        date_entities: spans of spaCy DATE / TIME entities; numbers inside them that can
            belong to a date are marked ``dated`` (the caller drops them unless a unit
            such as "sq m" or "mAh" follows).
    """
    atoms: list[Atom] = []
    i = 0
    while i < len(doc):
        atom = _digit_atom(doc, i) or _word_atom(doc, i)
        if atom is None:
            i += 1
            continue
        inside = [s < atom.end and atom.start < e for s, e in blocked]
        in_date = any(s < atom.end and atom.start < e for s, e in date_entities)
        if not any(inside):
            atoms.append(replace(atom, dated=in_date and _date_like(doc, atom)))
        i = atom.last + 1
    return atoms
