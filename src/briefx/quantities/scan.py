"""Find the numbers in a parsed Doc: digits with a glued currency or unit ("$6.4bn",
"-3%", "magnitude 6.2"); numbers in words come from ``words``. Pure over a Doc; used by
``briefx.quantities.find_quantities``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from functools import cache

from spacy.attrs import IDX, LENGTH, LOWER
from spacy.tokens import Doc, Token

from briefx.extensions import text_of
from briefx.quantities.atoms import PLURAL_TAGS, Atom, atom_text
from briefx.quantities.numbers import (
    DIGITS_RE,
    classify_suffix,
    glue,
    number_words,
    numbers_table,
    parse_digits,
    units_table,
)
from briefx.quantities.words import opener_hashes, share, word_atom
from briefx.text.guard import beyond_counting, overlap_test

__all__ = ["Atom", "atom_text", "scan_numbers"]

# A token with a digit in it may hold a number (``DIGITS_RE`` finds one in it); runs of
# digits are looked up, not each digit.
_DIGITS = re.compile(r"\d+")
# A bare number this long (digits only) is no day, month, year or clock time: "3917204".
_MIN_UNDATED_DIGITS = 5


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
    """The glued scales longest first, so that "bn" is tried before "b"."""
    return tuple(sorted(keys, key=len, reverse=True))


def _percent_follows(doc: Doc, i: int, *, suf: str) -> bool:
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
            if pre == "-" and name_before and not _percent_follows(doc, i, suf=suf):
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
        counted = i + 1 < len(doc) and doc[i + 1].tag_ in PLURAL_TAGS  # "2m homes"
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
                or (last + 2 < len(doc) and doc[last + 2].tag_ in PLURAL_TAGS)  # "2m homes"
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
        value, last = share(doc, value, last=last)  # "1 in 4 children"
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
    counted = _counted_noun(doc, atom)
    if counted is not None and counted.lemma_.lower() not in units_table()["time_nouns"]:
        return False  # "Between 10 and 20 people": a count the model tagged as a date
    written = atom_text(doc, atom)
    digits = written.replace(",", "")
    # "3917204", "2,118.45": no day, month, year or clock time is written like that
    long_count = digits.isdigit() and len(digits) >= _MIN_UNDATED_DIGITS
    return not (long_count or ("," in written and "." in written))


# Words between the numbers of a range ("10 and 20", "10 to 20", "3 and 4 million").
_RANGE_JOINS = frozenset({"and", "to", "or", "-", "–"})
# A range's words before its noun: at most this many ("3 and 4 million").
_RANGE_WORDS = 4


def _counted_noun(doc: Doc, atom: Atom) -> Token | None:
    """The plural common noun a range's phrase ends in, past its other number ("10 and
    20 people": people), or None: no range ("9 E 71st St"), a month (a proper noun:
    "10 and 20 March"), or no plural ("from 52% in 2010 to 61%")."""
    i = atom.last + 1
    # The range's last number ("10 and [20] people"), or its first ("[10] and 20 people").
    last = (
        atom.first >= 2
        and doc[atom.first - 1].lower_ in _RANGE_JOINS
        and doc[atom.first - 2].like_num
    )
    first = i + 1 < len(doc) and doc[i].lower_ in _RANGE_JOINS and doc[i + 1].like_num
    if not (last or first):
        return None
    if not last:
        i += 2  # past "and 20"
    for _ in range(_RANGE_WORDS):
        if i >= len(doc) or not doc[i].like_num:  # "3 and 4 million people"
            break
        i += 1
    if i >= len(doc) or doc[i].pos_ != "NOUN" or doc[i].tag_ not in PLURAL_TAGS:
        return None  # a count's noun is plural ("10 and 20 people"; not "2010 to 61%")
    return doc[i]


def scan_numbers(
    doc: Doc, blocked: list[tuple[int, int]], *, date_entities: Sequence[tuple[int, int]] = ()
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
    overlaps_blocked = overlap_test(blocked)
    overlaps_date = overlap_test(date_entities)
    following = 0  # the first token not yet inside an atom
    for i in _openers(doc):
        if i < following:
            continue
        atom = _digit_atom(doc, i) or word_atom(doc, i)
        if atom is None:
            continue
        following = atom.last + 1
        if any(beyond_counting(v) for v in (atom.value, atom.low, atom.high)):
            continue
        in_date = overlaps_date(atom.start, atom.end)
        if not overlaps_blocked(atom.start, atom.end):
            atoms.append(replace(atom, dated=in_date and _date_like(doc, atom)))
    return atoms


def _openers(doc: Doc) -> list[int]:
    """The tokens that can open an atom, in order: a digit in the token ("$6.4bn", "5km"),
    or its lower case opens a number in words (``words.opener_hashes``).

    Exactly the tokens where ``_digit_atom`` or ``word_atom`` can return an atom, found
    from the Doc's columns and text instead of a ``Token`` per word.
    """
    columns = doc.to_array([IDX, LENGTH, LOWER]).tolist()
    openers = opener_hashes()
    found = {i for i, (_, _, lower) in enumerate(columns) if lower in openers}
    starts = [start for start, _, _ in columns]
    for m in _DIGITS.finditer(text_of(doc)):
        # The tokens the run of digits overlaps (nearly always one: "2025", "6.4bn").
        i = max(bisect_right(starts, m.start()) - 1, 0)
        while i < len(starts) and starts[i] < m.end():
            if m.start() < starts[i] + columns[i][1]:
                found.add(i)
            i += 1
    return sorted(found)
