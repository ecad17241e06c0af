"""From the findings of a Doc (or of a long text's pieces) to the output models.

``build_document`` reads one Doc; ``assemble_document`` puts the findings of a text's
pieces together (``briefx.reconcile.findings``): offsets moved to the whole text, sentence ids and
date / quantity indices renumbered, the names of all pieces grouped into entities once
(one name per person: "Okafor" in a late piece is the "Amara Okafor" of an early one), then
speakers and event arguments resolved to entity ids and one fact made per sentence with
an extraction. This module is the only place a ``Document`` is built.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc

from briefx.canonical import NameMention, group_mentions
from briefx.events.attribution import MentionIndex
from briefx.events.frames import FrameDraft
from briefx.events.time import Placed, assign_times
from briefx.extensions import text_of
from briefx.reconcile.findings import Findings, SentenceIndex, doc_findings, find_names
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
from briefx.text import ends_without_a_stop
from briefx.text.textmap import OffsetMap, remap_document


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
    pieces: list[Findings],
    *,
    doc_id: str,
    source: str | None,
    reference: ReferenceDate,
    warnings: Sequence[str] = (),
    outlet: str | None = None,
    title: str | None = None,
    offsets: OffsetMap | None = None,
    original: str | None = None,
) -> Document:
    """Put the findings of a text's pieces together into the contract's ``Document``.

    The names of all pieces are grouped into entities first; then each piece's findings
    are turned into output models and let go (``pieces`` is emptied as it is read), so
    that a long text's findings and its Document are never both held whole.

    Args:
        pieces: each piece's findings, in text order (``Findings.start`` places them).
        doc_id: the document's id.
        source: where the text came from (path, ``<stdin>``), or None.
        reference: the date relative expressions were resolved against.
        warnings: warnings gathered before this step (e.g. defaulted reference date).
        outlet: the publisher's name from metadata, or None.
        title: the article's headline from metadata, or None.
        offsets: when the model read the NFC form of the text, the map back to the text
            as given; every offset of the result then indexes that text.
        original: the text as given, kept on the result for display (not serialised);
            default the pieces' texts joined.
    Returns:
        The finished document.
    """
    text = original if original is not None else "".join(p.text for p in pieces)
    names, name_sentences, titles = _names(pieces)
    entities = group_entities(names, name_sentences)
    newcomers = [at + p.start for p in pieces for at in p.newcomers]
    mentions = MentionIndex(entities, titled=_titled(names, titles, entities), newcomers=newcomers)
    del names, name_sentences, titles  # in the entities now; a long text has many
    parts = _Parts(mentions, {e.id: e.type for e in entities})
    pieces.reverse()
    while pieces:
        parts.add(pieces.pop())
    parts.finish(reference.value)
    document = Document(
        doc_id=doc_id,
        source=source,
        outlet=outlet,
        title=title,
        reference_date=reference,
        sentences=parts.sentences,
        entities=entities,
        dates=parts.dates,
        quantities=parts.quantities,
        facts=build_facts(parts, entities),
        warnings=[*warnings, *(w for found in parts.crossings for w in found)],
    )
    if offsets is not None:
        document = remap_document(document, offsets)
    return document.with_text(text)


def _names(
    pieces: Sequence[Findings],
) -> tuple[list[NameMention], list[int], list[tuple[str, ...]]]:
    """All pieces' name mentions placed in the text, their sentence ids and titles."""
    names: list[NameMention] = []
    sentences: list[int] = []
    titles: list[tuple[str, ...]] = []
    first_sentence = 0
    for piece in pieces:
        at = piece.start
        names.extend(replace(m, start=m.start + at, end=m.end + at) for m in piece.names)
        sentences.extend(sid + first_sentence for sid in piece.name_sentences)
        titles.extend(piece.titles)
        first_sentence += len(piece.sentences)
    return names, sentences, titles


def _titled(
    names: Sequence[NameMention], titles: Sequence[tuple[str, ...]], entities: Sequence[Entity]
) -> list[tuple[int, str, str]]:
    """``(offset, title word, person id)`` of each person named right after a title."""
    ids = {(m.start, m.end): e.id for e in entities for m in e.mentions}
    return [
        (name.start, word, ids[(name.start, name.end)])
        for name, found in zip(names, titles, strict=True)
        for word in found
    ]


class _Parts:
    """The output models of a document's pieces, added one piece at a time.

    Offsets move to the whole text, sentence ids and date / quantity indices follow on
    from the pieces before, and speakers and event arguments become entity ids.
    """

    def __init__(self, mentions: MentionIndex, types: dict[str, str]) -> None:
        self.mentions = mentions
        self.types = types
        self.sentences: list[Sentence] = []
        self.dates: list[DateMention] = []
        self.quantities: list[Quantity] = []
        self.said: list[Attribution | None] = []
        self.balances: list[int] = []
        self.events: dict[int, list[EventFrame]] = {}
        # Frames wait here, with where their piece starts and its first date and quantity,
        # until the whole document's dates are known: an event's time can come from an
        # earlier sentence of its paragraph (``briefx.events.time``).
        self._drafts: list[tuple[int, FrameDraft, int, int, int]] = []
        self.breaks: list[bool] = []  # per sentence: a paragraph starts with it
        self.sceneless: set[int] = set()  # dates of sentences without events: no scene
        self._newline = True  # the text before the next sentence holds a line break
        self.crossings: tuple[list[str], list[str], list[str]] = ([], [], [])
        self._raw_dates = 0  # the pieces' own date records, which anchors index

    def add(self, piece: Findings) -> None:
        """Add one piece's findings (the next in text order)."""
        at = piece.start
        first_sentence, first_date = len(self.sentences), len(self.dates)
        first_quantity = len(self.quantities)
        self.sentences.extend(
            Sentence(id=first_sentence + i, start=s + at, end=e + at, text=piece.text[s:e])
            for i, (s, e) in enumerate(piece.sentences)
        )
        self.dates.extend(
            DateMention(**_placed(r, at, first_sentence, self._raw_dates)) for r in piece.dates
        )
        self.sceneless.update(i + first_date for i in piece.sceneless)
        self.quantities.extend(
            Quantity(**_placed(r, at, first_sentence, 0)) for r in piece.quantities
        )
        self._raw_dates += piece.date_count
        self.said.extend(
            None
            if speech is None
            else speech.resolve(self.mentions, offset=at, first_date=first_date)
            for speech in piece.speech
        )
        self.balances.extend(piece.balances)
        for sid, frames in sorted(piece.frames.items()):
            self._drafts.extend(
                (sid + first_sentence, f, at, first_date, first_quantity) for f in frames
            )
        before = 0
        for s, e in piece.sentences:
            self.breaks.append(self._newline or "\n" in piece.text[before:s])
            self._newline = False
            before = e
        self._newline = "\n" in piece.text[before:]
        for mine, theirs in zip(self.crossings, piece.crossings, strict=True):
            mine.extend(c.message(offset=at) for c in theirs)

    def finish(self, reference: str) -> None:
        """Give every frame its time and when (the whole document read), then make the
        contract's frames."""
        drafts, self._drafts = self._drafts, []
        times = assign_times(
            [
                Placed(sid, draft.cues.moved(first_date), draft.modality, draft.polarity)
                for sid, draft, _, first_date, _ in drafts
            ],
            self.dates,
            reference=reference,
            breaks=self.breaks,
            headline=self._headline(),
            sceneless=frozenset(self.sceneless),
        )
        if len(times) != len(drafts):
            raise ValueError(f"{len(times)} event times for {len(drafts)} events")
        # Each draft let go as its frame is made: a long text's drafts and frames are
        # never all held at once.
        drafts.reverse()
        times.reverse()
        while drafts:
            sid, draft, at, first_date, first_quantity = drafts.pop()
            time, when = times.pop()
            self.events.setdefault(sid, []).append(
                draft.resolve(
                    self.mentions,
                    self.types,
                    offset=at,
                    first_date=first_date,
                    first_quantity=first_quantity,
                    time=time,
                    when=when,  # type: ignore[arg-type]
                )
            )

    def _headline(self) -> bool:
        """The first sentence is a headline: a line of its own with no final stop."""
        if len(self.sentences) < 2 or not self.breaks[1]:
            return False
        return ends_without_a_stop(self.sentences[0].text)

    def attributions(self) -> list[Attribution | None]:
        """Each sentence's attribution; a quotation that runs over several sentences
        ("A. B," Peskov said.) is attributed, in all of them, to the speaker named where
        it closes."""
        found = list(self.said)
        open_quote: list[int] = []
        for sentence, balance in zip(self.sentences, self.balances, strict=True):
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


def build_facts(parts: _Parts, entities: Sequence[Entity]) -> list[Fact]:
    """Make one fact per sentence that has any extraction, in sentence order.

    A known speaker counts as an extraction: a quoted sentence attributed to a named
    person is a fact even when it names nobody itself. So does an event frame: "Talks
    have not produced movement" is a fact though it names no one.
    """
    ents_by_sentence: dict[int, list[str]] = {}
    for entity in entities:
        for mention in entity.mentions:
            ids = ents_by_sentence.setdefault(mention.sentence, [])
            if entity.id not in ids:
                ids.append(entity.id)
    dates_by_sentence: dict[int, list[int]] = {}
    for i, d in enumerate(parts.dates):
        dates_by_sentence.setdefault(d.sentence, []).append(i)
    quantities_by_sentence: dict[int, list[int]] = {}
    for i, q in enumerate(parts.quantities):
        quantities_by_sentence.setdefault(q.sentence, []).append(i)
    said = parts.attributions()
    facts: list[Fact] = []
    for sentence in parts.sentences:
        sid = sentence.id
        attribution = said[sid]
        tables = (ents_by_sentence, dates_by_sentence, quantities_by_sentence, parts.events)
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
                events=parts.events.get(sid, []),
            )
        )
    return facts
