"""From an annotated Doc to the output models: spans -> sentences -> entities -> facts.

Every mention, date and quantity gets the id of the sentence that holds it; an
extraction that crosses a sentence boundary is cut at the end of its first sentence
(and reported in ``warnings``), so that each one lies inside its sentence.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import Any

from spacy.tokens import Doc

from briefx.attribution import MentionIndex, find_attribution
from briefx.canonical import NameMention, group_mentions
from briefx.entities import entity_type
from briefx.event_frames import document_events
from briefx.extensions import text_of
from briefx.schema import (
    Attribution,
    DateMention,
    Document,
    Entity,
    Fact,
    Mention,
    Quantity,
    ReferenceDate,
    Sentence,
)
from briefx.segment import quote_balances, sentence_spans
from briefx.textmap import OffsetMap, remap_document


class SentenceIndex:
    """Find the sentence that holds a character span."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = list(spans)
        self._starts = [s for s, _ in self.spans]

    def locate(self, start: int, end: int) -> tuple[int, int, int] | None:
        """Return ``(sentence id, start, end)`` with the span cut to the sentence, or None.

        None when the span lies in the whitespace between sentences.
        """
        i = bisect.bisect_right(self._starts, start) - 1
        if i < 0:
            i = 0
        s_start, s_end = self.spans[i]
        if start >= s_end:
            if i + 1 < len(self.spans) and end > self.spans[i + 1][0]:
                i += 1
                s_start, s_end = self.spans[i]
            else:
                return None
        return i, max(start, s_start), min(end, s_end)


def _clip(
    text: str, index: SentenceIndex, start: int, end: int, warnings: list[str]
) -> tuple[int, int, int] | None:
    located = index.locate(start, end)
    if located is None:
        return None
    sid, new_start, new_end = located
    while new_end > new_start and text[new_end - 1].isspace():
        new_end -= 1
    if new_end <= new_start:
        return None
    if (new_start, new_end) != (start, end):
        warnings.append(
            f"span {start}-{end} {text[start:end]!r} crosses a sentence boundary; "
            f"kept {text[new_start:new_end]!r}"
        )
    return sid, new_start, new_end


def build_entities(
    doc: Doc, index: SentenceIndex, warnings: list[str], *, text: str | None = None
) -> list[Entity]:
    """Group the Doc's person / place / organisation spans into entities with mentions.

    ``text`` is ``doc.text`` when the caller has it (a Doc rebuilds it at each access).
    """
    text = text_of(doc) if text is None else text
    names: list[NameMention] = []
    located: list[tuple[int, int, int]] = []
    for ent in doc.ents:
        type_ = entity_type(ent.label_)
        if type_ is None:
            continue
        where = _clip(text, index, ent.start_char, ent.end_char, warnings)
        if where is None:
            continue
        _, start, end = where
        names.append(NameMention(start, end, text[start:end], type_, ent.id_))
        located.append(where)
    entities: list[Entity] = []
    for n, group in enumerate(group_mentions(names), start=1):
        mentions = [
            Mention(start=start, end=end, text=names[i].text, sentence=sid)
            for i in group.mentions
            for sid, start, end in [located[i]]
        ]
        entities.append(
            Entity(
                id=f"e{n}",
                type=group.type,  # type: ignore[arg-type]
                name=group.name,
                aliases=group.aliases,
                mentions=mentions,
            )
        )
    return entities


def _located_records(
    records: Iterable[dict[str, Any]] | None,
    text: str,
    index: SentenceIndex,
    warnings: list[str],
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for record in records or ():
        where = _clip(text, index, record["start"], record["end"], warnings)
        if where is None:
            continue
        sid, start, end = where
        out.append({**record, "start": start, "end": end, "text": text[start:end], "sentence": sid})
    return sorted(out, key=lambda r: (r["start"], r["end"]))


def build_document(
    doc: Doc,
    *,
    doc_id: str,
    source: str | None,
    reference: ReferenceDate,
    warnings: Sequence[str] = (),
    offsets: OffsetMap | None = None,
    original: str | None = None,
) -> Document:
    """Turn an annotated Doc into the contract's ``Document``: the only way out of a Doc.

    Args:
        doc: a Doc processed by ``briefx.load_pipeline()``.
        doc_id: the document's id.
        source: where the text came from (path, ``<stdin>``), or None.
        reference: the date relative expressions were resolved against.
        warnings: warnings gathered before this step (e.g. defaulted reference date).
        offsets: when the model read the NFC form of the text, the map back to the text
            as given; every offset of the result then indexes that text.
        original: the text as given, which the offsets index, kept on the result for
            display (not serialised); default ``doc.text``.
    Returns:
        The finished document.
    """
    text = text_of(doc)
    notes = list(warnings)
    spans = sentence_spans(doc, text=text)
    index = SentenceIndex(spans)
    sentences = [Sentence(id=i, start=s, end=e, text=text[s:e]) for i, (s, e) in enumerate(spans)]
    entities = build_entities(doc, index, notes, text=text)
    dates = [DateMention(**r) for r in _located_records(doc._.briefx_dates, text, index, notes)]
    quantities = [
        Quantity(**r) for r in _located_records(doc._.briefx_quantities, text, index, notes)
    ]
    facts = build_facts(doc, sentences, entities, dates, quantities, text=text)
    document = Document(
        doc_id=doc_id,
        source=source,
        reference_date=reference,
        sentences=sentences,
        entities=entities,
        dates=dates,
        quantities=quantities,
        facts=facts,
        warnings=notes,
    )
    if offsets is not None:
        document = remap_document(document, offsets)
    return document.with_text(original if original is not None else text)


def attributions(
    doc: Doc,
    sentences: Sequence[Sentence],
    mentions: MentionIndex,
    dates: Sequence[DateMention],
    *,
    text: str | None = None,
) -> list[Attribution | None]:
    """Attribute each sentence's reported speech.

    A quotation that runs over several sentences ("A. B," Peskov said.) is attributed,
    in all of them, to the speaker named where it closes. ``text`` is ``doc.text`` when
    the caller has it.
    """
    by_sentence: dict[int, list[tuple[int, int, int]]] = {}
    for i, d in enumerate(dates):
        by_sentence.setdefault(d.sentence, []).append((i, d.start, d.end))
    found: list[Attribution | None] = []
    for sentence in sentences:
        own = by_sentence.get(sentence.id, [])
        found.append(find_attribution(doc, sentence.start, sentence.end, mentions, own))
    open_quote: list[int] = []
    balances = quote_balances(doc, [(s.start, s.end) for s in sentences], text=text)
    for sentence, balance in zip(sentences, balances, strict=True):
        if open_quote and balance < 0:
            closing = found[sentence.id]
            if closing is not None:
                for sid in open_quote:
                    if found[sid] is None:
                        found[sid] = closing.model_copy(update={"dates": []})
            open_quote = []
        elif open_quote or balance > 0:
            open_quote.append(sentence.id)
    return found


def build_facts(
    doc: Doc,
    sentences: Sequence[Sentence],
    entities: Sequence[Entity],
    dates: Sequence[DateMention],
    quantities: Sequence[Quantity],
    *,
    text: str | None = None,
) -> list[Fact]:
    """Make one fact per sentence that has any extraction, in sentence order.

    A known speaker counts as an extraction: a quoted sentence attributed to a named
    person is a fact even when it names nobody itself. So does an event frame: "Talks
    have not produced movement" is a fact though it names no one. ``text`` is ``doc.text`` when the
    caller has it.
    """
    ents_by_sentence: dict[int, list[str]] = {}
    for entity in entities:
        for mention in entity.mentions:
            ids = ents_by_sentence.setdefault(mention.sentence, [])
            if entity.id not in ids:
                ids.append(entity.id)
    dates_by_sentence: dict[int, list[int]] = {}
    for i, d in enumerate(dates):
        dates_by_sentence.setdefault(d.sentence, []).append(i)
    quantities_by_sentence: dict[int, list[int]] = {}
    for i, q in enumerate(quantities):
        quantities_by_sentence.setdefault(q.sentence, []).append(i)
    said = attributions(doc, sentences, MentionIndex(entities, doc), dates, text=text)
    events = document_events(doc, sentences, entities, dates, quantities)
    facts: list[Fact] = []
    for sentence in sentences:
        sid = sentence.id
        attribution = said[sid]
        tables = (ents_by_sentence, dates_by_sentence, quantities_by_sentence, events)
        if not any(sid in table for table in tables) and (
            attribution is None or attribution.speaker is None
        ):
            continue
        facts.append(
            Fact(
                sentence=sid,
                text=sentence.text,
                entities=sorted(ents_by_sentence.get(sid, []), key=lambda e: int(e[1:])),
                dates=dates_by_sentence.get(sid, []),
                quantities=quantities_by_sentence.get(sid, []),
                attribution=attribution,
                events=events.get(sid, []),
            )
        )
    return facts
