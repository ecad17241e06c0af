"""What one Doc gives its document, as plain records: the Doc can be dropped after.

A long text is run through the model in pieces; each piece's Doc is turned into
``Findings`` at once (sentences, name mentions before they are grouped into entities,
dates, quantities, reported speech and event frames), with offsets, sentence ids and
date / quantity indices local to the piece. ``briefx.reconcile`` assembles the pieces'
findings into one ``Document``: it moves the offsets, renumbers the ids, groups the
names of all pieces into entities and resolves who each speaker or argument is.

Every mention, date and quantity gets the sentence that holds it; an extraction that
crosses a sentence boundary is cut at the end of its first sentence (``Crossing``).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from briefx.canonical import NameMention
from briefx.entities import entity_type
from briefx.events.attribution import Speech, find_speech, titles_before, unnamed_people
from briefx.events.frames import FrameDraft, find_frames, sceneless_dates
from briefx.extensions import text_of
from briefx.text.segment import quote_balances, sentence_spans


class SentenceIndex:
    """Find the sentence that holds a character span."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = list(spans)
        self._starts = [s for s, _ in self.spans]

    def locate(self, start: int, end: int) -> tuple[int, int, int] | None:
        """Return ``(sentence id, start, end)`` with the span cut to the sentence, or None.

        None when the span lies in the whitespace between sentences (or there are none).
        """
        if not self.spans:
            return None
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


@dataclass(frozen=True, slots=True)
class Crossing:
    """An extraction cut at the end of its first sentence, for the document's warnings."""

    start: int
    end: int
    text: str
    kept: str

    def message(self, *, offset: int = 0) -> str:
        """The warning, with the offsets moved by ``offset`` (the piece's start)."""
        start, end = self.start + offset, self.end + offset
        return f"span {start}-{end} {self.text!r} crosses a sentence boundary; kept {self.kept!r}"


def clip(
    text: str, index: SentenceIndex, start: int, end: int, crossings: list[Crossing]
) -> tuple[int, int, int] | None:
    """Cut ``text[start:end]`` to the sentence it starts in, trailing whitespace off.

    "Monday. Tuesday" over two sentences gives Monday's sentence, "Monday." and a
    ``Crossing`` appended to ``crossings``.

    Args:
        text: the Doc's text.
        index: its sentences.
        start: the span's first character.
        end: the span's end.
        crossings: where a cut is recorded.
    Returns:
        ``(sentence id, start, end)``, or None when nothing of the span is in a sentence.
    """
    located = index.locate(start, end)
    if located is None:
        return None
    sid, new_start, new_end = located
    while new_end > new_start and text[new_end - 1].isspace():
        new_end -= 1
    if new_end <= new_start:
        return None
    if (new_start, new_end) != (start, end):
        crossings.append(Crossing(start, end, text[start:end], text[new_start:new_end]))
    return sid, new_start, new_end


def find_names(
    doc: Doc, index: SentenceIndex, crossings: list[Crossing], *, text: str
) -> tuple[list[NameMention], list[int]]:
    """The Doc's person / place / organisation spans, cut to their sentences.

    Args:
        doc: the processed Doc.
        index: its sentences.
        crossings: where cut spans are recorded.
        text: the Doc's text.
    Returns:
        The name mentions in text order, and the sentence id of each.
    """
    names: list[NameMention] = []
    sentences: list[int] = []
    for ent in doc.ents:
        type_ = entity_type(ent.label_)
        if type_ is None:
            continue
        where = clip(text, index, ent.start_char, ent.end_char, crossings)
        if where is None:
            continue
        sid, start, end = where
        names.append(NameMention(start, end, text[start:end], type_, ent.id_))
        sentences.append(sid)
    return names, sentences


def located_records(
    records: Iterable[dict[str, Any]] | None,
    text: str,
    index: SentenceIndex,
    crossings: list[Crossing],
) -> list[dict[str, Any]]:
    """Date or quantity records cut to their sentences, with ``text`` and ``sentence`` set."""
    out: list[dict[str, Any]] = []
    for record in records or ():
        where = clip(text, index, record["start"], record["end"], crossings)
        if where is None:
            continue
        sid, start, end = where
        out.append({**record, "start": start, "end": end, "text": text[start:end], "sentence": sid})
    return sorted(out, key=lambda r: (r["start"], r["end"]))


@dataclass(frozen=True, slots=True)
class Findings:
    """Everything one Doc gives its document, with offsets and ids local to the Doc.

    Attributes:
        start: where the Doc's text starts in the document's text.
        text: the Doc's text.
        sentences: character spans of its sentences (ids are positions).
        names: name mentions, before grouping into entities.
        name_sentences: the sentence id of each name.
        titles: for each person name, the title words just before it ("president").
        newcomers: the offsets of people introduced without a name ("a 42-year-old
            man"): a pronoun after one is not the person named before it.
        dates: located date records; an ``anchor`` ``date:<i>`` indexes the Doc's
            ``doc._.briefx_dates``.
        date_count: how many records ``doc._.briefx_dates`` held (anchors index them).
        quantities: located quantity records.
        speech: per sentence, its reported speech or None.
        balances: per sentence, opening minus closing quotation marks.
        frames: sentence id -> its event frames.
        sceneless: the dates of sentences without frames that set no scene for what
            follows ("The move followed a volatile 2024.").
        crossings: extractions cut to a sentence: of names, of dates, of quantities.
    """

    start: int
    text: str
    sentences: list[tuple[int, int]]
    names: list[NameMention]
    name_sentences: list[int]
    titles: list[tuple[str, ...]]
    newcomers: list[int]
    dates: list[dict[str, Any]]
    date_count: int
    quantities: list[dict[str, Any]]
    speech: list[Speech | None]
    balances: list[int]
    frames: dict[int, list[FrameDraft]]
    sceneless: list[int]
    crossings: tuple[list[Crossing], list[Crossing], list[Crossing]]


def doc_findings(doc: Doc, *, start: int = 0) -> Findings:
    """Read a processed Doc into ``Findings``: sentences -> names -> dates -> facts' parts.

    Args:
        doc: a Doc processed by ``briefx.load_pipeline()`` (one text, or one piece of it).
        start: where the Doc's text starts in the document's text (kept, not applied).
    Returns:
        The Doc's findings; nothing in them refers to the Doc.
    """
    text = text_of(doc)
    spans = sentence_spans(doc, text=text)
    index = SentenceIndex(spans)
    crossings: tuple[list[Crossing], list[Crossing], list[Crossing]] = ([], [], [])
    names, name_sentences = find_names(doc, index, crossings[0], text=text)
    titles = [titles_before(doc, m.start, m.end) if m.type == "PERSON" else () for m in names]
    raw_dates = doc._.briefx_dates or ()
    dates = located_records(raw_dates, text, index, crossings[1])
    quantities = located_records(doc._.briefx_quantities, text, index, crossings[2])
    by_sentence: dict[int, list[tuple[int, int, int]]] = {}
    for i, d in enumerate(dates):
        by_sentence.setdefault(d["sentence"], []).append((i, d["start"], d["end"]))
    speech = [find_speech(doc, s, e, by_sentence.get(sid, [])) for sid, (s, e) in enumerate(spans)]
    frames = find_frames(doc, spans, dates, quantities)
    return Findings(
        start=start,
        text=text,
        sentences=spans,
        names=names,
        name_sentences=name_sentences,
        titles=titles,
        newcomers=unnamed_people(doc),
        dates=dates,
        date_count=len(raw_dates),
        quantities=quantities,
        speech=speech,
        balances=quote_balances(doc, spans, text=text),
        frames=frames,
        sceneless=sceneless_dates(doc, frames, dates),
        crossings=crossings,
    )
