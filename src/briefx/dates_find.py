"""Finding date expressions in a Doc: NER DATE/TIME spans cut to TimeBank's conventions,
plus regex rules (``models/dates/patterns.json``) for what the model misses.

Everything here works on character offsets into ``doc.text``; nothing is stored on the Doc.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from briefx.dates_words import lexicon
from briefx.resources import load_json

_SPLIT_MIN = 2  # both halves of "May and July" must be real expressions to split


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    lex, data = lexicon(), load_json("dates/patterns.json")
    caps = {
        "MONTH_CAP": "|".join(
            re.escape(m.capitalize()) for m in sorted(lex.months, key=len, reverse=True)),
        "WEEKDAY_CAP": "|".join(
            re.escape(w.capitalize()) for w in sorted(lex.weekdays, key=len, reverse=True)
            if len(w) > 3),
        "WEEKDAY": lex.weekday_re, "MONTH": lex.month_re, "NUMBER": lex.number_re,
        "UNIT": lex.unit_re, "ORDINAL": lex.ordinal_re, "SEASON": lex.season_re,
        "PART": lex.day_part_re,
        "REF": "|".join(re.escape(w) for w in sorted(data["ref_words"], key=len, reverse=True)),
    }
    out = []
    for row in data["patterns"]:
        regex = re.sub(r"\{([A-Z_]+)\}", lambda m: caps[m.group(1)], row["regex"])
        flags = re.IGNORECASE if row["ignore_case"] else 0
        out.append((row["id"], re.compile(regex, flags)))
    return tuple(out)


@cache
def _word_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load_json("dates/patterns.json")
    return (frozenset(data["trim_leading"]), frozenset(data["trim_trailing"]),
            frozenset(data["split_words"]))


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Cut leading prepositions and trailing punctuation off a token range."""
    lead, trail, _ = _word_sets()
    while start < end and (doc[start].lower_ in lead or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].lower_ in trail or doc[end - 1].is_space):
        end -= 1
    return (start, end) if end > start else None


def _split(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Split "May and July" / "1990 to 1995" into its two expressions (TimeBank marks each)."""
    _, _, splitters = _word_sets()
    for i in range(start + 1, end - 1):
        if doc[i].lower_ in splitters:
            left, right = _trim(doc, start, i), _trim(doc, i + 1, end)
            if left and right:
                return [left, right]
    return [(start, end)]


def ner_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the NER's DATE / TIME entities, trimmed and split."""
    out: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        trimmed = _trim(doc, ent.start, ent.end)
        if trimmed is None:
            continue
        for s, e in _split(doc, *trimmed):
            out.append((doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)))
    return out


def rule_spans(text: str) -> list[tuple[int, int]]:
    """Character spans matched by the regex rules (may overlap one another)."""
    out = []
    for _, pattern in _patterns():
        out.extend(m.span() for m in pattern.finditer(text) if m.end() > m.start())
    return out


def merge(primary: list[tuple[int, int]], extra: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Keep every primary span; add the longest extra spans that overlap nothing kept."""
    kept = sorted(set(primary))
    taken = list(kept)
    for s, e in sorted(set(extra), key=lambda x: (x[0] - x[1], x[0])):
        if all(e <= ks or s >= ke for ks, ke in taken):
            taken.append((s, e))
    return sorted(taken)


_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
_FUTURE_HEADS = frozenset({"due", "expected", "scheduled", "set", "plan", "plans", "planned",
                           "going", "slated", "intend", "intends", "hope", "hopes", "aim"})


def tense_of(span: Span) -> str | None:
    """Tense of the verb governing a span: "past", "present", "future" or None."""
    tok = span.root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
            break
        if tok.head is tok:
            return None
        tok = tok.head
    else:
        return None
    if not tok.tag_:
        return None
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _FUTURE_AUX for a in auxes):
        return "future"
    if tok.tag_ == "VB" and any(a.lower_ == "to" for a in auxes):
        head = tok.head
        if head.lower_ in _FUTURE_HEADS or head.lemma_ in _FUTURE_HEADS:
            return "future"
    if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if tok.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return "past"
    if tok.tag_ in ("VBZ", "VBP", "VBG"):
        if tok.tag_ == "VBG" and any(a.tag_ in ("VBZ", "VBP") for a in auxes):
            return "present"
        return "present" if tok.tag_ != "VBG" else None
    return None


def find_spans(doc: Doc) -> list[tuple[int, int]]:
    """All date expression candidates in document order (NER first, then rules)."""
    text = doc.text
    extra = []
    for s, e in rule_spans(text):
        if re.fullmatch(r"[Mm]ay", text[s:e]):
            continue
        extra.append((s, e))
    spans = merge(ner_spans(doc), extra)
    return [(s, e) for s, e in spans if text[s:e].strip()]
