"""Names of things: indices, aircraft, software, phones, chips and models are no people or
places, and the numbers in them are no dates or counts.

"The Russell 2000 fell" holds no year, "Airbus A380" no count, "Pixel 9" no person. Word
lists and the model-code pattern are data in ``models/entities/products.json``. The names
found are written as ``PRODUCT`` entities whose ``ent_id_`` is ``NUMBERED_NAME`` (the
contract has no product type, so they leave the output's names) and the date and
quantity stages skip numbers inside them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from spacy.tokens import Doc, Span

from briefx.entities.gazetteer import Gazetteer
from briefx.entities.known_places import first_names
from briefx.entities.rules import load_rules
from briefx.entities.spans import Words
from briefx.resources import load_json

# The entity id of a name that holds a number (read by the date and quantity stages).
NUMBERED_NAME = "briefx.numbered_name"
PRODUCT = "PRODUCT"
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True)
class ProductRules:
    """The lists of ``models/entities/products.json``."""

    families: dict[str, tuple[tuple[str, ...], ...]]  # first word -> whole family names
    model_code: re.Pattern[str]
    period_code: re.Pattern[str]  # "Q2", "H1": a period after a name, no model
    code_only: frozenset[str]  # families written with a hyphen and a number only ("F-35")
    year_families: frozenset[str]  # families whose number may look like a year
    product_nouns: frozenset[str]
    openers: frozenset[str]
    common_acronyms: frozenset[str]
    lines: frozenset[str] = frozenset()  # product lines, no maker ("Blackwell", "Pixel")
    flight_words: frozenset[str] = frozenset()  # "flight NA 417": a flight's number follows
    flight_code: re.Pattern[str] = re.compile(r"(?!)")  # "NA 417", "LH400" (one or two tokens)
    maker_openers: frozenset[str] = frozenset()  # "its", "'s": "its Harbor Point chips"


@cache
def product_rules() -> ProductRules:
    """Load ``models/entities/products.json`` (cached)."""
    data = load_json("entities/products.json")
    families: dict[str, list[tuple[str, ...]]] = {}
    for family in data["families"]:
        words = tuple(family.split())
        families.setdefault(words[0], []).append(words)
    return ProductRules(
        families={k: tuple(sorted(v, key=len, reverse=True)) for k, v in families.items()},
        model_code=re.compile(data["model_code"]),
        period_code=re.compile(data["period_code"]),
        code_only=frozenset(data["code_only_families"]),
        year_families=frozenset(data["year_families"]),
        product_nouns=frozenset(w.lower() for w in data["product_nouns"]),
        openers=frozenset(data["product_openers"]),
        common_acronyms=frozenset(data["common_acronyms"]),
        lines=frozenset(data["product_lines"]),
        flight_words=frozenset(data["flight_words"]),
        flight_code=re.compile(data["flight_code"]),
        maker_openers=frozenset(data["maker_openers"]),
    )


def numbered_names(doc: Doc, words: Words, rules: ProductRules | None = None) -> list[Span]:
    """Find names that hold a number ("Russell 2000", "Airbus A380", "GPT-5", "F-35").

    Args:
        doc: the document.
        words: its tokens as lists.
        rules: the lists (by default ``product_rules()``).
    Returns:
        ``PRODUCT`` spans with ``NUMBERED_NAME`` as their id, in document order.
    """
    rules = rules or product_rules()
    text = words.text
    size = len(text)
    found: list[Span] = []
    i = 0
    while i < size:
        word = text[i]
        if word in rules.flight_words:
            end = _flight_at(text, i + 1, rules)
            if end is not None:
                found.append(Span(doc, i + 1, end, label=PRODUCT, span_id=NUMBERED_NAME))
                i = end
                continue
        if word not in rules.families and "-" not in word:
            i += 1
            continue
        end = _numbered_at(text, i, rules)
        if end is None:
            i += 1
            continue
        found.append(Span(doc, i, end, label=PRODUCT, span_id=NUMBERED_NAME))
        i = end
    return found


def _flight_at(text: list[str], i: int, rules: ProductRules) -> int | None:
    """The end of a flight's number at ``i`` ("NA 417", "LH400"), or None."""
    for n in (2, 1):
        if i + n <= len(text) and rules.flight_code.fullmatch(" ".join(text[i : i + n])):
            return i + n
    return None


def _numbered_at(text: list[str], i: int, rules: ProductRules) -> int | None:
    head, dash, code = text[i].partition("-")
    if dash and (head,) in rules.families.get(head, ()) and _is_code(code, head, rules):
        return i + 1  # one token: "GPT-5", "Su-57", "Covid-19"
    families = rules.families.get(text[i])
    if not families:
        return None
    for family in families:
        n = len(family)
        if tuple(text[i : i + n]) != family:
            continue
        j = i + n
        hyphen = j < len(text) and text[j] == "-"
        if family[0] in rules.code_only and not hyphen:
            continue  # "F-35", but not "F 35" nor "Su said"
        k = j + 1 if hyphen else j
        if k < len(text) and _is_code(text[k], family[0], rules):
            return k + 1
    return None


def _is_code(code: str, family: str, rules: ProductRules) -> bool:
    """Is ``code`` a model number of ``family`` ("500", "A380", "21H2")?"""
    if not rules.model_code.match(code) or not any(c.isdigit() for c in code):
        return False
    # "Airbus 2024 deliveries": a year after a maker's name, but "Russell 2000" is a name.
    return not (_YEAR.fullmatch(code) and family not in rules.year_families)


def apply_product_names(
    doc: Doc,
    spans: Sequence[Span],
    words: Words,
    rules: ProductRules | None = None,
    gazetteer: Gazetteer | None = None,
) -> list[Span]:
    """Write the names of things over the entity spans.

    A name holding a number replaces the entities it overlaps; an entity that starts before
    it keeps its words up to the name, less a verb the model swept in ("OpenAI released
    GPT-5" -> "OpenAI"). A person or organisation written after a possessive or article and
    before a product noun is a product ("its Blackwell chips"); a common acronym ("AI")
    is no name. A product line the story tells as a product once is one wherever it is
    named alone ("demand for Blackwell"). A name read as a place is a maker's product
    after a possessive and before a product noun ("Corvane's Silver Ridge chips"), or, when
    ``gazetteer`` knows no such place, right after an organisation's possessive ("Tesvik's
    Cyberport will enter production").

    Args:
        doc: the document.
        spans: its entity spans (non-overlapping, sorted).
        words: its tokens as lists.
        rules: the lists (by default ``product_rules()``).
        gazetteer: the known places (without one, no name is read by the second rule).
    Returns:
        The spans, non-overlapping and sorted.
    """
    rules = rules or product_rules()
    names = numbered_names(doc, words, rules)
    taken = {i: name for name in names for i in range(name.start, name.end)}
    out: list[Span] = []
    for n, span in enumerate(spans):
        if span.label_ in _NAME_LABELS and words.span_text(span) in rules.common_acronyms:
            continue
        inside = [i for i in range(span.start, span.end) if i in taken]
        if inside:
            cut = _before(span, inside[0], doc)
            if cut is not None:
                out.append(cut)
            continue
        if span.label_ in _NAME_LABELS and (
            _reads_as_product(span, words, rules)
            or _named_product(span, words, rules, gazetteer)
            or _a_code_read_as_a_person(span, words, rules)
            or (gazetteer is not None and _an_unknown_place_of_a_maker(n, spans, words, gazetteer))
        ):
            out.append(Span(doc, span.start, span.end, label=PRODUCT))
            continue
        if span.label_ in _NAME_LABELS and _before_its_code(
            span, spans, n, words, rules, gazetteer
        ):
            # "the Zeta Z3 laptop", "Nimbus R7 drone": the name and its code are the thing
            out.append(Span(doc, span.start, span.end + 1, label=PRODUCT))
            continue
        out.append(span)
    out = _codes_told_as_products(doc, out, words)
    told = _lines_told_as_products(out, words, rules)
    if told:
        # One sense per story: "Nvidia's Blackwell chips ... demand for Blackwell".
        out = [
            Span(doc, s.start, s.end, label=PRODUCT)
            if s.label_ in _NAME_LABELS and words.span_text(s) in told
            else s
            for s in out
        ]
    return sorted([*out, *names], key=lambda s: s.start)


def _lines_told_as_products(spans: Sequence[Span], words: Words, rules: ProductRules) -> set[str]:
    """The product lines the story tells as products somewhere: before a product noun
    ("the Pixel phones"), or as a name read as a product ("its Blackwell chips")."""
    text = words.text
    told = {
        word
        for word, after in pairwise(text)
        if word in rules.lines and after.lower() in rules.product_nouns
    }
    told.update(
        first for s in spans if s.label_ == PRODUCT and (first := text[s.start]) in rules.lines
    )
    return told


def _before(span: Span, first: int, doc: Doc) -> Span | None:
    end = first
    while end > span.start and doc[end - 1].pos_ in ("VERB", "AUX", "PUNCT", "ADP"):
        end -= 1
    if end <= span.start:
        return None
    return Span(doc, span.start, end, label=span.label_, span_id=span.id_)


def _named_product(
    span: Span, words: Words, rules: ProductRules, gazetteer: Gazetteer | None = None
) -> bool:
    """A name that is a product by its own words: a product line and more of its name
    ("Ryzen AI Max", "Pixel Watch"), or a maker and a model code of letters and digits
    ("Apple M4", "Nvidia H100"; read as a place, when ``gazetteer`` knows no such place:
    "Quanta M4", not "London W1"); not an organisation named after one ("Galaxy Capital
    Partners": ``org_words``)."""
    names = words.text[span.start : span.end]
    if len(names) < 2:
        return False
    if span.label_ in _PLACE_LABELS:
        if gazetteer is None or gazetteer.lookup(words.span_text(span)) is not None:
            return False
        if gazetteer.lookup(names[0]) is not None:
            return False  # "London W1": a place and its district
        return _is_a_letter_code(names[-1], rules)
    if span.label_ not in ("PERSON", "ORG"):
        return False  # "Grace Road" is a place
    if any(w.lower() in load_rules().org_words for w in names):
        return False
    if names[0] in rules.lines:
        return names[0] not in first_names()  # "Claude Monet", "Grace Hopper"
    return _is_a_letter_code(names[-1], rules)


def _is_a_letter_code(code: str, rules: ProductRules) -> bool:
    """A model code that begins with a capital ("M4", "H100"), not an ordinal ("79th")
    nor a period ("Gateway Q2 profit")."""
    return (
        code[:1].isupper()
        and rules.model_code.match(code) is not None
        and rules.period_code.match(code) is None
        and any(c.isdigit() for c in code)
    )


def _before_its_code(
    span: Span,
    spans: Sequence[Span],
    n: int,
    words: Words,
    rules: ProductRules,
    gazetteer: Gazetteer | None,
) -> bool:
    """A name right before a model code no entity holds ("the Zeta Z3 laptop", "Ostra's
    Nimbus R7 drone"): the name and the code name a thing. Not a place the gazetteer
    knows ("London W1"), nor one whose code the model read as a name of its own."""
    end = span.end
    if end >= len(words.text) or not _is_a_letter_code(words.text[end], rules):
        return False
    if n + 1 < len(spans) and spans[n + 1].start == end:
        return False  # the code is a name of its own as read ("the G7")
    if span.label_ in _PLACE_LABELS and (
        gazetteer is None or gazetteer.lookup(words.span_text(span)) is not None
    ):
        return False
    return True


def _codes_told_as_products(doc: Doc, spans: Sequence[Span], words: Words) -> list[Span]:
    """A code alone ("the M4") where the story named a product that ends in it ("Quanta
    M4"): the product (one sense per story); a code the story never names so stays as
    read ("the M25", a road)."""
    codes = {
        words.text[s.end - 1]
        for s in spans
        if s.label_ == PRODUCT and len(s) > 1 and any(c.isdigit() for c in words.text[s.end - 1])
    }
    if not codes:
        return list(spans)
    return [
        Span(doc, s.start, s.end, label=PRODUCT)
        if s.label_ in _NAME_LABELS and len(s) == 1 and words.text[s.start] in codes
        else s
        for s in spans
    ]


def _a_code_read_as_a_person(span: Span, words: Words, rules: ProductRules) -> bool:
    """A "person" of one word written as a model code ("the M4 was built", "R2", "T800"):
    no person's name has digits. A code read as a place or an organisation stays (a road,
    "the M25"; a group, "the G7")."""
    code = words.text[span.start]
    return (
        span.label_ == "PERSON"
        and len(span) == 1
        and code[:1].isupper()
        and rules.model_code.match(code) is not None
        and any(c.isdigit() for c in code)
    )


def _an_unknown_place_of_a_maker(
    n: int, spans: Sequence[Span], words: Words, gazetteer: Gazetteer
) -> bool:
    """A name read as a place that no gazetteer knows, right after an organisation's
    possessive and heading its phrase ("Tesvik's Cyberport will enter production"): the
    maker's thing. Not one before a noun it names ("Tata Steel's Port Talbot works")."""
    span = spans[n]
    if span.label_ not in _PLACE_LABELS or n == 0 or span.start < 2:
        return False
    if span.end < len(span.doc) and span.doc[span.end].pos_ in ("NOUN", "PROPN"):
        return False
    maker = spans[n - 1]
    return (
        maker.label_ == "ORG"
        and maker.end == span.start - 1
        and words.text[span.start - 1] in ("'s", "’s")
        and gazetteer.lookup(words.span_text(span)) is None
    )


def _reads_as_product(span: Span, words: Words, rules: ProductRules) -> bool:
    """A name before a product noun: after a possessive or an article ("its Blackwell
    chips"), a product line ("Pixel phones"), a name read as a person ("Ryzen laptops") or
    a place after a possessive ("Corvane's Silver Ridge chips");
    or a product line joined by a hyphen to the word after it ("Snapdragon-powered")."""
    text = words.text
    if (
        span.end + 1 < len(text)
        and text[span.end] == "-"
        and not span.doc[span.end - 1].whitespace_
    ):
        # "Snapdragon-powered phones", "Xbox-exclusive games": a product line as a modifier.
        return words.span_text(span) in rules.lines
    if span.end >= len(text) or text[span.end].lower() not in rules.product_nouns:
        return False
    if span.doc[span.end].pos_ not in ("NOUN", "PROPN"):
        return False  # "Maria Delgado phones her mother": a verb
    if words.span_text(span) in rules.lines or span.label_ == "PERSON":
        return True
    if span.label_ in _PLACE_LABELS:
        # "Corvane's Silver Ridge chips", "its Turin processors"; not "the Texas plant".
        return span.start > 0 and text[span.start - 1].lower() in rules.maker_openers
    return (
        span.label_ in ("PERSON", "ORG")
        and span.start > 0
        and text[span.start - 1].lower() in rules.openers
    )
