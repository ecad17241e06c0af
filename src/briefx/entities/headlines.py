"""ALL-CAPS headlines and datelines, and capitalised words that are not names.

The model reads "SOCCER - LATE GOAL LIFTS PERU" and "QUITO 1998-03-04" poorly: a name in
capitals takes the label of the same name written normally elsewhere in the document
(one sense per document), a dateline's first capitalised words are a place, and table
headings or headline words ("Attendance", "Extras", "DEFEAT") are not names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from spacy.tokens import Doc, Span

from briefx.entities.gazetteer import Gazetteer, name_key
from briefx.entities.orgs import names_a_business
from briefx.entities.rules import EntityRules, load_rules
from briefx.entities.spans import (
    PLACE_LABELS,
    SCORE,
    Words,
    free,
    is_capitalised,
    next_word,
    prev_word,
    relabel,
    replace_spans,
)
from briefx.entities.teams import has_results_lines
from briefx.text.dateline import line_openings

# A dateline names at most this many words of place before its date ("RIO DE JANEIRO").
_DATELINE_WORDS = 4
# A name written in capitals is looked for in runs of at most this many words.
_CAPS_RUN = 4
_DASHES = frozenset({"-", "–", "—"})
# Quotation marks, as the tokenizer leaves them ("``" and "''" from older wire text).
_QUOTES = frozenset({'"', "\u201c", "\u201d", "``", "''"})
_BRACKETS = frozenset({"(", ")", "[", "]"})
# A word in capitals, and one that opens a line (found in the text: faster than the tokens).
_CAPS_WORD = re.compile(r"\b[A-Z][A-Z.'&-]*[A-Z]")
_LINE_OPENS_IN_CAPS = re.compile(r"(?m)^[^\S\n]*([A-Z][A-Z.'-]*[A-Z])")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Inflections stripped before a capitalised word is looked up among common words.
_INFLECTIONS = ("ing", "ed", "es", "s", "d")


def _caps(text: str) -> bool:
    return text.isupper() and sum(c.isalpha() for c in text) >= 2


def tidy(span: Span, rules: EntityRules, words: Words) -> Span | None:
    """Cut what is not part of a name off a span; None when nothing is left.

    A name stops before a bracket ("Ann Lee ( Kenya" -> "Ann Lee"), loses a trailing
    score ("Everton 2-0" -> "Everton") and, for a person, a leading role or title
    ("Striker Ann Lee" -> "Ann Lee").

    Args:
        span: an entity span.
        rules: the word lists (roles).
        words: the document's tokens as lists.
    Returns:
        The trimmed span, ``span`` itself when nothing changes, or None.
    """
    text = words.text
    start, end = span.start, span.end
    while end - start > 1 and text[start] in _BRACKETS:
        start += 1
    for i in range(start, end):
        if text[i] in _BRACKETS:
            end = i
            break
    while end - start > 1 and (text[end - 1] in _DASHES or SCORE.match(text[end - 1])):
        end -= 1
    start, end = _whole_quotations(text, start, end)
    if span.label_ == "PERSON":
        while end - start > 1 and text[start].lower() in rules.person_roles:
            start += 1
    if end <= start or not any(c.isalpha() for w in text[start:end] for c in w):
        return None
    # A name has a capital somewhere ("eBay"); "the company" is no name.
    if not any(c.isupper() for w in text[start:end] for c in w):
        return None
    if (start, end) == (span.start, span.end):
        return span
    return Span(span.doc, start, end, label=span.label_, span_id=span.id_)


def _whole_quotations(text: Sequence[str], start: int, end: int) -> tuple[int, int]:
    """The token range of a name with no half quotation in it: a mark at its start is cut
    off and the quotation it opens ends the name ('"Group of Seven" leaders' -> 'Group of
    Seven'); a quotation opened inside takes in its closing mark when that follows, else
    the name stops before it ('Pacific "Ring of Fire' -> 'Pacific "Ring of Fire"')."""
    if end - start > 1 and text[start] in _QUOTES:
        start += 1
        close = next((i for i in range(start, end) if text[i] in _QUOTES), None)
        if close is not None and close > start:
            end = close
    inside = [i for i in range(start, end) if text[i] in _QUOTES]
    if len(inside) % 2:
        if end < len(text) and text[end] in _QUOTES:
            end += 1
        elif inside[-1] > start:
            end = inside[-1]
    return start, end


def split_at_dash(span: Span, gazetteer: Gazetteer, words: Words) -> list[Span]:
    """Split a span at a dash set off by spaces, as headlines join topic and news, and at
    a line break (a name never runs over two lines).

    "BONDS - PERU" -> "BONDS" and "PERU" (a known name takes the gazetteer's label); a
    part that is a heading word is dropped later (``is_not_a_name``).

    Args:
        span: an entity span.
        gazetteer: the known names.
        words: the document's tokens as lists.
    Returns:
        The parts, or ``[span]``.
    """
    text, idx, joined = words.text, words.idx, words.joined
    cuts = [
        i
        for i in range(span.start + 1, span.end - 1)
        if (
            text[i] in _DASHES
            and joined[idx[i] - 1] == " "
            and joined[idx[i + 1] - 1] == " "
            # In a headline: a side in capitals ("BONDS - PERU"), not "Council on
            # Arts - Sciences Union".
            and (_caps(text[i - 1]) or _caps(text[i + 1]))
        )
        or "\n" in text[i]
    ]
    if not cuts:
        return [span]
    parts: list[Span] = []
    for start, end in pairwise([span.start - 1, *cuts, span.end]):
        if end - start > 1:
            part = Span(span.doc, start + 1, end, label=span.label_)
            entry = gazetteer.lookup(words.span_text(part))
            if entry is not None and not entry.ambiguous:
                part = Span(span.doc, start + 1, end, label=entry.label, span_id=entry.canonical)
            parts.append(part)
    return parts


def _common(word: str, common_words: frozenset[str]) -> bool:
    if word in common_words:
        return True
    return any(word.endswith(s) and word[: -len(s)] in common_words for s in _INFLECTIONS)


def is_not_a_name(
    span: Span,
    rules: EntityRules,
    gazetteer: Gazetteer,
    common_words: frozenset[str],
    written: frozenset[str],
    words: Words,
) -> bool:
    """True for a table heading or a capitalised common word taken for a name.

    Args:
        span: an entity span ("Attendance", "DEFEAT").
        rules: the word lists (``not_names``).
        gazetteer: known names are always names.
        common_words: lower-case English words that are not nouns (verbs, adjectives,
            adverbs), from the model's lemmatizer tables.
        written: keys of the names the document writes in mixed case.
        words: the document's tokens as lists.
    Returns:
        Whether the span should not be an entity.
    """
    text = words.span_text(span)
    if text.lower() in rules.not_names:
        return True
    if not _caps(text) or name_key(text) in written or gazetteer.lookup(text) is not None:
        return False
    parts = [w.lower() for w in words.text[span.start : span.end] if w.isalpha()]
    return bool(parts) and all(_common(w, common_words) for w in parts)


def same_sense_as_written(doc: Doc, spans: Sequence[Span], words: Words) -> list[Span]:
    """Give names in capitals the label of the same name written normally in the document.

    "HARLAND" in a headline is the person "Harland" of the story; an untagged run of
    capitals that spells a name of the story becomes that name.

    Args:
        doc: the document.
        spans: its entity spans (non-overlapping, sorted).
        words: its tokens as lists.
    Returns:
        The spans, relabelled and completed. A run of capitals may cover what the model
        read as another kind of entity ("HARLAND" as a nationality): the name wins.
    """
    votes: dict[str, Counter[str]] = {}
    texts = [words.span_text(s) for s in spans]
    for s, written in zip(spans, texts, strict=True):
        if not _caps(written):
            votes.setdefault(name_key(written), Counter())[s.label_] += 1
    if not votes:
        return list(spans)
    label_of = {key: counts.most_common(1)[0][0] for key, counts in votes.items()}
    out = [
        relabel(s, label_of[name_key(text)]) if _caps(text) and name_key(text) in label_of else s
        for s, text in zip(spans, texts, strict=True)
    ]
    taken = {i for s in out for i in range(s.start, s.end)}
    added: list[Span] = []
    text, idx = words.text, words.idx
    size = len(text)
    firsts = {key.split(" ", 1)[0] for key in label_of}
    for i in words.find(_CAPS_WORD):
        if i in taken or text[i].casefold() not in firsts or not _caps(text[i]):
            continue
        for n in range(min(_CAPS_RUN, size - i), 0, -1):
            last = i + n - 1
            label = label_of.get(name_key(words.joined[idx[i] : idx[last] + len(text[last])]))
            if label is not None and free(range(i, i + n), taken):
                added.append(Span(doc, i, i + n, label=label))
                taken.update(range(i, i + n))
                break
    return sorted([*out, *added], key=lambda s: s.start)


def datelines(
    doc: Doc,
    spans: Sequence[Span],
    gazetteer: Gazetteer,
    words: Words,
    date_starts: frozenset[int],
) -> list[Span]:
    """Read the capitalised words that open a line before a date as a place.

    "QUITO 1998-03-04" and "RIO DE JANEIRO , March 4" name where the story was filed.

    Args:
        doc: the document.
        spans: its entity spans.
        gazetteer: a known place keeps its canonical id; a known organisation is left.
        words: its tokens as lists.
        date_starts: where the model's DATE entities start.
    Returns:
        The spans with dateline places in place.
    """
    found: list[Span] = []
    size = len(words.text)
    for start in words.find(_LINE_OPENS_IN_CAPS):
        if (
            not _caps(words.text[start])
            or start in date_starts
            or words.text[start].capitalize() in load_rules().dateline_weekdays
        ):
            continue  # "SUNDAY, MAY 4 FIXTURES": a date, no place
        end = start
        while end < size and end - start < _DATELINE_WORDS and _caps(words.text[end]):
            end += 1
        after = next_word(words, end)
        parts = [(start, end)]
        if after is not None and words.text[after] == ",":
            after = next_word(words, after + 1)
            # "ARLINGTON , Texas 1996-08-31": a state or country after the city.
            region = after
            while (
                after is not None
                and region is not None
                and after - region < _DATELINE_WORDS
                and is_capitalised(words.text[after])
                and not _dates_from(words, after, date_starts)  # "VALMORA, June 12"
            ):
                after += 1
            if after is not None and region is not None and after > region:
                parts.append((region, after))
                after = next_word(words, after)
                if after is not None and words.text[after] == ",":
                    after = next_word(words, after + 1)  # "LIVERPOOL, England, Nov 16"
        if after is None or not _dates_from(words, after, date_starts):
            continue
        for first, last in parts:
            entry = gazetteer.lookup(doc[first:last].text)
            if entry is not None and entry.label not in PLACE_LABELS:
                continue
            canonical = entry.canonical if entry is not None else ""
            found.append(Span(doc, first, last, label="GPE", span_id=canonical))
    found += _wire_openings(
        doc, words, gazetteer, {i for s in found for i in range(s.start, s.end)}
    )
    if not found:
        return list(spans)
    places = [s for s in found if s.label_ == "GPE"]
    return _named_again(doc, replace_spans(spans, found), places, words)


def _dates_from(words: Words, i: int, date_starts: frozenset[int]) -> bool:
    """A dateline's date starts at word ``i``: the model's date, an ISO day ("1998-03-04")
    or a month (``dateline_months``: "June 12", "Sept. 30")."""
    return (
        i in date_starts
        or bool(_ISO_DATE.match(words.text[i]))
        or words.text[i].rstrip(".") in load_rules().dateline_months
    )


def _named_again(doc: Doc, spans: list[Span], places: list[Span], words: Words) -> list[Span]:
    """A dateline's place named again in the report is that place: untagged ("burned 800
    acres east of Bend"), read as a person ("much of Granby"; not the surname of a person
    named in full: "Mayor Tom Jackson ... Jackson"), or as an organisation after one of
    ``named_again_preps`` ("residents of Keswick"; "Leeds beat Everton" stays a team), or
    owning or modifying a noun ("Keswick's mayor", "Keswick police") outside a report of
    matches.
    A longer name that holds it is left ("The Denver Post")."""
    names = {tuple(w.casefold() for w in words.text[s.start : s.end]): s.id_ for s in places}
    firsts = {name[0] for name in names}
    at = {(s.start, s.end): s for s in spans}
    taken = {i for s in spans for i in range(s.start, s.end)}
    surnames = {
        words.text[s.end - 1].casefold() for s in spans if s.label_ == "PERSON" and len(s) > 1
    }
    preps = load_rules().named_again_preps
    # In a report of matches, "Texas's lead over Seattle" is the team's.
    owning = not has_results_lines(words)
    found: list[Span] = []
    for i, word in enumerate(words.text):
        if word.casefold() not in firsts or not is_capitalised(word):
            continue
        for name, canonical in names.items():
            end = i + len(name)
            if tuple(w.casefold() for w in words.text[i:end]) != name:
                continue
            held = at.get((i, end))
            before = prev_word(words, i)
            after_prep = before is not None and (
                words.text[before].lower() in preps
                or words.text[before].lower() in load_rules().travel_verbs
            )
            if held is None:
                if not free(range(i, end), taken) or _in_a_longer_name(doc, words, i, end):
                    break
            elif held in places or not (
                (held.label_ == "PERSON" and name[-1] not in surnames)
                or (
                    held.label_ == "ORG"
                    and (after_prep or (owning and (_owner_of(words, end) or _modifies(doc, end))))
                )
            ):
                break
            found.append(Span(doc, i, end, label="GPE", span_id=canonical))
            break
    return replace_spans(spans, found) if found else spans


def _owner_of(words: Words, end: int) -> bool:
    """The name owns what follows it ("Norland's prime minister", "Vell's harbour"), and
    that is no player or coach of a team (``team_roles``: "Halden's striker")."""
    size = len(words.text)
    if end >= size or words.text[end] not in ("'s", "’s"):
        return False
    after = next_word(words, end + 1)
    return after is None or words.text[after].lower() not in load_rules().team_roles


def _modifies(doc: Doc, end: int) -> bool:
    """The name is followed by a common noun it modifies ("Korvenmaa nurses strike",
    "Vessling police said")."""
    return end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].is_lower


def _in_a_longer_name(doc: Doc, words: Words, start: int, end: int) -> bool:
    """Untagged words that are no name by themselves: not proper nouns ("Mobile phone
    networks"), or beside another proper noun ("Bend Police Chief")."""
    if any(doc[i].pos_ != "PROPN" for i in range(start, end)):
        return True
    before, after = prev_word(words, start), next_word(words, end)
    return any(j is not None and doc[j].pos_ == "PROPN" for j in (before, after))


def _wire_openings(doc: Doc, words: Words, gazetteer: Gazetteer, taken: set[int]) -> list[Span]:
    """ "SANTIAGO (Agency) -", "KYIV, Ukraine (Wire) -": the place of a wire opening
    (``briefx.text.dateline``) is a place and its bracketed outlet an organisation.

    A place the gazetteer knows ("BERLIN -", "Denver (Wire) -"), or one in capitals
    followed by a region or an outlet ("SANTIAGO (Agency) -"); a known organisation is
    left as it is.
    """
    text = words.joined
    found: list[Span] = []
    for _, dateline in line_openings(text):
        place = _tokens(words, dateline.place)
        entry = gazetteer.lookup(doc[place[0] : place[1]].text)
        if entry is not None and entry.label not in PLACE_LABELS:
            continue
        # "SOCCER - LATE GOAL ..." opens a sports line like a dateline: an unknown word in
        # capitals is a place only with the outlet or region a dateline gives.
        marked = dateline.shouted and (dateline.outlet or dateline.region) is not None
        if entry is None and not marked:
            continue
        parts = [(place, "GPE", entry.canonical if entry is not None else "")]
        if dateline.region is not None:
            region = _tokens(words, dateline.region)
            known = gazetteer.lookup(doc[region[0] : region[1]].text)
            if known is not None and known.label in PLACE_LABELS:
                parts.append((region, "GPE", known.canonical))
            elif known is None and marked:
                # "KESSA, Zambara (Agency) -": the region of a wire dateline is a place
                # even when no list knows it.
                parts.append((region, "GPE", ""))
        if dateline.outlet is not None and text[dateline.outlet[0]].isupper():
            parts.append((_tokens(words, dateline.outlet), "ORG", ""))
        firm = _firm_opening_a_lead(doc, words, dateline.end)
        if firm is not None:
            parts.append((firm, "ORG", ""))
        for (first, last), label, canonical in parts:
            if last > first and free(range(first, last), taken):
                found.append(Span(doc, first, last, label=label, span_id=canonical))
                taken.update(range(first, last))
    return found


# A company's name opening a wire lead has at most this many words ("Kestrel Semiconductor").
_FIRM_WORDS = 5


def _firm_opening_a_lead(doc: Doc, words: Words, at: int) -> tuple[int, int] | None:
    """The company that opens a wire lead after its dateline ("(Wire) - Kestrel
    Semiconductor shares fell"): proper nouns from the lead's first word (after a noun of a
    kind of business: "Chipmaker") that end in a word of trade or a legal suffix
    (``trade_words``, ``legal_suffixes``), the model having missed them; not a commodity
    before a noun of its market ("Crude Oil prices", ``commodity_heads``)."""
    if at >= len(words.joined):
        return None
    rules = load_rules()
    first = words.token_at(at)
    if first < len(doc) and names_a_business(words.text[first]):
        first += 1  # "Chipmaker Hanjin Micro": the descriptor is no part of the name
    end = first
    while end < len(doc) and end - first < _FIRM_WORDS and doc[end].pos_ == "PROPN":
        end += 1
    last = words.text[end - 1].rstrip(".").casefold() if end > first else ""
    if end - first < 2 or last not in rules.trade_words | rules.legal_suffixes:
        return None
    if end < len(doc) and words.text[end].lower() in rules.commodity_heads:
        return None
    return first, end


def _tokens(words: Words, chars: tuple[int, int]) -> tuple[int, int]:
    """The tokens ``[first, last)`` that hold the characters ``[start, end)``."""
    return words.token_at(chars[0]), words.token_at(chars[1] - 1) + 1
