"""Find the numbers in a parsed Doc: digits with a glued currency or unit, number words,
vague amounts ("dozens", "tens of thousands"). Pure over a Doc; used by
``briefx.quantities.find_quantities``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from spacy.tokens import Doc

from briefx.quantities_numbers import (
    DIGITS_RE,
    classify_suffix,
    numbers_table,
    parse_digits,
    parse_number,
    units_table,
    vague_bounds,
)

_FRACTION_SUFFIX_RE = re.compile(r"[/⁄](\d{1,4})")
_SCALE_UNIT_RE = re.compile(r"([a-zA-Z]{1,3}?)(?:-?)([A-Za-z°μµ″%/²³][A-Za-z0-9°μµ″%/²³\-]*)?")


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


def _digit_atom(doc: Doc, i: int) -> Atom | None:
    token = doc[i]
    match = DIGITS_RE.search(token.text)
    if match is None:
        return None
    pre, suf = token.text[: match.start()], token.text[match.end() :]
    value = parse_digits(match.group())
    if value is None:
        return None
    table = numbers_table()
    units = units_table()
    currency = sign = qualifier = None
    connector = False
    start = token.idx
    if pre:
        lowered = pre.lower()
        if pre.endswith("-") and pre[:-1] in units["currency_prefixes"]:
            currency, sign = pre[:-1], "-"
        elif pre in units["currency_prefixes"]:
            currency = pre
        elif pre in ("+", "-", "−", "minus-", "minus"):
            sign = "+" if pre == "+" else "-"
        elif lowered in ("to-", "–", "to"):
            connector, start = True, token.idx + len(pre)
        elif lowered in ("~", "≈", "sub-", "c."):
            qualifier = "less_than" if lowered == "sub-" else "approx"
        else:
            return None  # a name or code such as V10, S22, PLX-R18
    scaled = None
    suffix = None
    if suf:
        fraction = _FRACTION_SUFFIX_RE.fullmatch(suf)
        if fraction and int(fraction.group(1)):
            value = value / Decimal(int(fraction.group(1)))
            suf = ""
        elif suf in units["bad_suffixes"] or suf.lower() in units["bad_suffixes"]:
            return None
    if suf:
        scale_unit = _SCALE_UNIT_RE.fullmatch(suf)
        head = scale_unit.group(1) if scale_unit else ""
        rest = (scale_unit.group(2) or "") if scale_unit else ""
        if (
            head in table["scale_suffixes"]
            and (currency or head not in table["scale_suffixes_need_currency"])
            and (not rest or classify_suffix(rest))
        ):
            scaled = Decimal(table["scale_suffixes"][head])
            suffix = rest or None
        elif classify_suffix(suf.lstrip("-")):
            suffix = suf.lstrip("-")
        else:
            return None
    first = i
    if currency is None and not pre:
        found = _prefix(doc, i)
        if found:
            first, currency = found
            start = doc[first].idx
    last = i
    # "1.2 million", "4 hundred million", "$7.2 billion": scale words that follow.
    while suffix is None and last + 1 < len(doc):
        nxt = doc[last + 1].text
        mult = table["multipliers"].get(nxt.lower())
        if mult is None and nxt in table["scale_suffixes"] and currency:
            mult = table["scale_suffixes"][nxt]
        if mult is None or nxt.lower() in ("dozen", "score"):
            break
        scaled = (scaled or Decimal(1)) * Decimal(mult)
        last += 1
    if scaled is not None:
        value = value * scaled
    if sign == "-":
        value = -value
    return Atom(
        first=first,
        last=last,
        start=start,
        end=doc[last].idx + len(doc[last].text) - (len(suf) if suffix is None and suf else 0),
        value=value,
        scaled=scaled,
        currency=currency,
        suffix=suffix,
        sign=sign,
        glued_qualifier=qualifier,
        connector=connector,
    )


def _word_atom(doc: Doc, i: int) -> Atom | None:
    table = numbers_table()
    token = doc[i]
    lower = token.lower_
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    prev = doc[i - 1].lower_ if i > 0 else ""
    if lower in table["vague"] or lower in table["vague_determiners"]:
        return _vague_atom(doc, i)
    numeric = set(table["units"]) | set(table["multipliers"])
    starts = (
        lower in table["units"]
        or (
            lower in ("a", "an")
            and (
                nxt in table["multipliers"]
                or (nxt in table["fractions"] and i + 2 < len(doc) and doc[i + 2].lower_ == "of")
            )
        )
        or (lower in ("half",) and nxt == "of")
    )
    if not starts or lower in ("dozen", "score"):
        return None
    if lower == "one" and (prev in table["not_one"] or nxt in table["not_one_after"]):
        return None
    last = i
    while last + 1 < len(doc):
        word = doc[last + 1].lower_
        gap = doc[last].whitespace_ == ""
        if word in numeric or (word in table["fractions"] and last >= i):
            last += 1
        elif (
            word in ("-", "and")
            and last + 2 < len(doc)
            and doc[last + 2].lower_ in numeric
            and ((word == "-" and gap) or doc[last].lower_ in ("hundred", "thousand"))
        ):
            last += 1
        else:
            break
    if doc[last].lower_ in ("a", "an", "-", "and"):
        return None
    value = parse_number(doc[i : last + 1].text)
    if value is None:
        return None
    decimal = Decimal(str(value))
    # "one out of three": a share.
    if last + 3 < len(doc) and [t.lower_ for t in doc[last + 1 : last + 3]] == table["out_of"]:
        denominator = parse_number(doc[last + 3].text)
        if denominator:
            decimal = decimal / Decimal(str(denominator))
            last += 3
    return Atom(
        first=i,
        last=last,
        start=token.idx,
        end=doc[last].idx + len(doc[last].text),
        value=decimal,
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
        if nxt is not None and nxt.lower_ in table["multipliers"]:
            bounds = vague_bounds(words)
            mult = Decimal(table["multipliers"][nxt.lower_])
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
        if nxt is None or nxt.tag_ not in ("NNS", "NNPS"):
            return None
    elif words[0] in ("tens", "scores") and (nxt is None or nxt.lower_ != "of"):
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


def scan_numbers(doc: Doc, blocked: list[tuple[int, int]]) -> list[Atom]:
    """Return the number atoms of ``doc`` in order, leaving out those inside ``blocked`` spans."""
    atoms: list[Atom] = []
    i = 0
    while i < len(doc):
        atom = _digit_atom(doc, i) or _word_atom(doc, i)
        if atom is None:
            i += 1
            continue
        if not any(s < atom.end and atom.start < e for s, e in blocked):
            atoms.append(atom)
        i = atom.last + 1
    return atoms
