"""From the findings of a Doc (or of a long text's pieces) to the output models.

``build_document`` reads one Doc; ``assemble_document`` puts the findings of a text's
pieces together (``briefx.findings``): offsets moved to the whole text, sentence ids and
date / quantity indices renumbered, the names of all pieces grouped into entities once
(one name per person: "Reid" in a late piece is the "Tara Reid" of an early one), then
speakers and event arguments resolved to entity ids and one fact made per sentence with
an extraction. This module is the only place a ``Document`` is built.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc

from briefx.attribution import MentionIndex
from briefx.canonical import NameMention, group_mentions
from briefx.extensions import text_of
from briefx.findings import Findings, SentenceIndex, doc_findings, find_names
from briefx.schema import (
    Attribution,
    DateMention,
    Document,
    Entity,
    EventFrame,
    Fact,
    Mention,
    Quantity,
    ReferenceDate,
    Sentence,
)
from briefx.textmap import OffsetMap, remap_document


def build_entities(
    doc: Doc, index: SentenceIndex, warnings: list[str], *, text: str | None = None
) -> list[Entity]:
    """Group one Doc's person / place / organisation spans into entities with mentions.

    ``text`` is ``doc.text`` when the caller has it (a Doc rebuilds it at each access).
    """
    text = text_of(doc) if text is None else text
    crossings: list = []
    names, sentences = find_names(doc, index, crossings, text=text)
    warnings.extend(c.message() for c in crossings)
    return group_entities(names, sentences)


def group_entities(names: Sequence[NameMention], sentences: Sequence[int]) -> list[Entity]:
    """Group a document's name mentions into entities ``e1``, ``e2``, ... by first mention.

    Args:
        names: the document's name mentions in text order.
        sentences: the sentence id of each.
    Returns:
        The entities, each with its mentions in text order.
    """
    entities: list[Entity] = []
    for n, group in enumerate(group_mentions(names), start=1):
        mentions = [
            Mention(
                start=names[i].start, end=names[i].end, text=names[i].text, sentence=sentences[i]
            )
            for i in group.mentions
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
    return assemble_document(
        [doc_findings(doc)],
        doc_id=doc_id,
        source=source,
        reference=reference,
        warnings=warnings,
        offsets=offsets,
        original=original,
    )


def _placed(
    record: dict[str, Any], offset: int, first_sentence: int, first_raw_date: int
) -> dict[str, Any]:
    """A piece's date or quantity record with offsets, sentence and date anchor moved."""
    moved = {
        **record,
        "start": record["start"] + offset,
        "end": record["end"] + offset,
        "sentence": record["sentence"] + first_sentence,
    }
    anchor = record.get("anchor")
    if isinstance(anchor, str) and anchor.startswith("date:"):
        moved["anchor"] = f"date:{int(anchor[5:]) + first_raw_date}"
    return moved


def assemble_document(
    pieces: Iterable[Findings],
    *,
    doc_id: str,
    source: str | None,
    reference: ReferenceDate,
    warnings: Sequence[str] = (),
    offsets: OffsetMap | None = None,
    original: str | None = None,
) -> Document:
    """Put the findings of a text's pieces together into the contract's ``Document``.

    Args:
        pieces: each piece's findings, in text order (``Findings.start`` places them).
        doc_id: the document's id.
        source: where the text came from (path, ``<stdin>``), or None.
        reference: the date relative expressions were resolved against.
        warnings: warnings gathered before this step (e.g. defaulted reference date).
        offsets: when the model read the NFC form of the text, the map back to the text
            as given; every offset of the result then indexes that text.
        original: the text as given, kept on the result for display (not serialised);
            default the pieces' texts joined.
    Returns:
        The finished document.
    """
    pieces = list(pieces)
    sentences: list[Sentence] = []
    names: list[NameMention] = []
    name_sentences: list[int] = []
    dates: list[dict[str, Any]] = []
    quantities: list[dict[str, Any]] = []
    crossings: tuple[list[str], list[str], list[str]] = ([], [], [])
    raw_dates = 0
    for piece in pieces:
        at, first_sentence = piece.start, len(sentences)
        sentences.extend(
            Sentence(id=first_sentence + i, start=s + at, end=e + at, text=piece.text[s:e])
            for i, (s, e) in enumerate(piece.sentences)
        )
        names.extend(replace(m, start=m.start + at, end=m.end + at) for m in piece.names)
        name_sentences.extend(sid + first_sentence for sid in piece.name_sentences)
        dates.extend(_placed(r, at, first_sentence, raw_dates) for r in piece.dates)
        quantities.extend(_placed(r, at, first_sentence, 0) for r in piece.quantities)
        raw_dates += piece.date_count
        for mine, theirs in zip(crossings, piece.crossings, strict=True):
            mine.extend(c.message(offset=at) for c in theirs)
    entities = group_entities(names, name_sentences)
    document = Document(
        doc_id=doc_id,
        source=source,
        reference_date=reference,
        sentences=sentences,
        entities=entities,
        dates=[DateMention(**r) for r in dates],
        quantities=[Quantity(**r) for r in quantities],
        facts=build_facts(pieces, sentences, entities, names, dates, quantities),
        warnings=[*warnings, *crossings[0], *crossings[1], *crossings[2]],
    )
    if offsets is not None:
        document = remap_document(document, offsets)
    return document.with_text(original if original is not None else "".join(p.text for p in pieces))


def _titled(
    pieces: Sequence[Findings], names: Sequence[NameMention], entities: Sequence[Entity]
) -> list[tuple[int, str, str]]:
    """``(offset, title word, person id)`` of each person named right after a title."""
    ids = {(m.start, m.end): e.id for e in entities for m in e.mentions}
    words = [w for piece in pieces for w in piece.titles]
    return [
        (name.start, word, ids[(name.start, name.end)])
        for name, found in zip(names, words, strict=True)
        for word in found
    ]


def _speakers(
    pieces: Sequence[Findings], mentions: MentionIndex, sentences: Sequence[Sentence]
) -> list[Attribution | None]:
    """Each sentence's attribution, speakers resolved across the whole document.

    A quotation that runs over several sentences ("A. B," Peskov said.) is attributed,
    in all of them, to the speaker named where it closes.
    """
    found: list[Attribution | None] = []
    balances: list[int] = []
    first_date = 0
    for piece in pieces:
        for speech in piece.speech:
            found.append(
                None
                if speech is None
                else speech.resolve(mentions, offset=piece.start, first_date=first_date)
            )
        balances.extend(piece.balances)
        first_date += len(piece.dates)
    open_quote: list[int] = []
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


def _events(
    pieces: Sequence[Findings], mentions: MentionIndex, entities: Sequence[Entity]
) -> dict[int, list[EventFrame]]:
    """Sentence id -> its event frames, entity ids resolved across the whole document."""
    types = {e.id: e.type for e in entities}
    out: dict[int, list[EventFrame]] = {}
    first_sentence = first_date = first_quantity = 0
    for piece in pieces:
        for sid, frames in piece.frames.items():
            out[sid + first_sentence] = [
                f.resolve(
                    mentions,
                    types,
                    offset=piece.start,
                    first_date=first_date,
                    first_quantity=first_quantity,
                )
                for f in frames
            ]
        first_sentence += len(piece.sentences)
        first_date += len(piece.dates)
        first_quantity += len(piece.quantities)
    return out


def build_facts(
    pieces: Sequence[Findings],
    sentences: Sequence[Sentence],
    entities: Sequence[Entity],
    names: Sequence[NameMention],
    dates: Sequence[dict[str, Any]],
    quantities: Sequence[dict[str, Any]],
) -> list[Fact]:
    """Make one fact per sentence that has any extraction, in sentence order.

    A known speaker counts as an extraction: a quoted sentence attributed to a named
    person is a fact even when it names nobody itself.
    """
    ents_by_sentence: dict[int, list[str]] = {}
    for entity in entities:
        for mention in entity.mentions:
            ids = ents_by_sentence.setdefault(mention.sentence, [])
            if entity.id not in ids:
                ids.append(entity.id)
    dates_by_sentence: dict[int, list[int]] = {}
    for i, d in enumerate(dates):
        dates_by_sentence.setdefault(d["sentence"], []).append(i)
    quantities_by_sentence: dict[int, list[int]] = {}
    for i, q in enumerate(quantities):
        quantities_by_sentence.setdefault(q["sentence"], []).append(i)
    mentions = MentionIndex(entities, titled=_titled(pieces, names, entities))
    said = _speakers(pieces, mentions, sentences)
    events = _events(pieces, mentions, entities)
    facts: list[Fact] = []
    for sentence in sentences:
        sid = sentence.id
        attribution = said[sid]
        tables = (ents_by_sentence, dates_by_sentence, quantities_by_sentence)
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
