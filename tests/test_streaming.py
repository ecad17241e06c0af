"""Long texts are streamed: each piece's Doc becomes findings and is dropped, and the
pieces' findings make the same Document as the text read in one piece."""

from __future__ import annotations

import gc
import unicodedata
import weakref

import pytest

import briefx
import briefx.api
from briefx.reconcile.findings import doc_findings
from briefx.text.segment import split_text
from tests.grounding import assert_grounded

# Invented: a person named in full in the first paragraph and later by surname, by a
# pronoun and by her title; a date anchored to an earlier date of its paragraph.
TEXT = (
    "President Tara Reid arrived in Lisbon on Monday for talks with Portuguese officials. "
    "Reid met 40 delegates from 12 countries.\n\n"
    "\u201cWe made progress,\u201d she said on Tuesday. "
    "The president said the talks would resume in March.\n\n"
    "On Wednesday, Reid flew to Madrid. Two days later, officials announced a deal worth "
    "$5 million.\n\n"
    "Ayse Kılıç, an adviser, said 300 jobs would follow."
)
# Small enough to cut TEXT at its paragraph breaks, where the model's view of each
# paragraph does not change.
SMALL_PIECES = 200


def _both(monkeypatch, text: str) -> tuple[briefx.Document, briefx.Document]:
    whole = briefx.extract(text, published="2025-11-18")
    monkeypatch.setattr(briefx.api, "CHUNK_CHARS", SMALL_PIECES)
    streamed = briefx.extract(text, published="2025-11-18")
    return whole, streamed


def _piece_of(text: str, offset: int) -> int:
    pieces = split_text(text, SMALL_PIECES)
    return next(k for k, (s, e) in enumerate(pieces) if s <= offset < e)


def test_the_text_is_cut_in_several_pieces() -> None:
    pieces = split_text(TEXT, SMALL_PIECES)
    assert len(pieces) >= 3
    assert all(TEXT[e - 2 : e] == "\n\n" for _, e in pieces[:-1])


def test_streamed_pieces_give_the_one_piece_document(monkeypatch) -> None:
    whole, streamed = _both(monkeypatch, TEXT)
    assert streamed.model_dump() == whole.model_dump()
    assert streamed.warnings == whole.warnings == []
    assert_grounded(streamed, TEXT)


def test_one_person_across_pieces(monkeypatch) -> None:
    _, doc = _both(monkeypatch, TEXT)
    (reid,) = [e for e in doc.entities if e.name == "Tara Reid"]
    assert [m.text for m in reid.mentions] == ["Tara Reid", "Reid", "Reid"]
    assert len({_piece_of(TEXT, m.start) for m in reid.mentions}) == 2
    assert [e.id for e in doc.entities] == [f"e{n}" for n in range(1, len(doc.entities) + 1)]


def test_speakers_resolve_to_a_person_of_an_earlier_piece(monkeypatch) -> None:
    _, doc = _both(monkeypatch, TEXT)
    (reid,) = [e for e in doc.entities if e.name == "Tara Reid"]
    said = {f.attribution.speaker_text: f for f in doc.facts if f.attribution is not None}
    for speaker_text in ("she", "The president"):
        fact = said[speaker_text]
        assert fact.attribution.speaker == reid.id
        sentence = doc.sentences[fact.sentence]
        assert _piece_of(TEXT, sentence.start) != _piece_of(TEXT, reid.mentions[0].start)
    # "she said on Tuesday": the reporting date's index is the document's, not the piece's.
    (tuesday,) = said["she"].attribution.dates
    assert doc.dates[tuesday].text == "Tuesday"


def test_dates_quantities_and_anchors_are_renumbered(monkeypatch) -> None:
    _, doc = _both(monkeypatch, TEXT)
    assert [d.text for d in doc.dates] == [
        "Monday",
        "Tuesday",
        "March",
        "Wednesday",
        "Two days later",
    ]
    later = doc.dates[-1]
    assert later.anchor.startswith("date:")
    anchor = doc.dates[int(later.anchor[5:])]
    assert anchor.text == "Wednesday" and anchor.sentence == later.sentence - 1
    assert [q.text for q in doc.quantities] == [
        "40 delegates",
        "12 countries",
        "$5 million",
        "300 jobs",
    ]
    for fact in doc.facts:
        for i in fact.dates:
            assert doc.dates[i].sentence == fact.sentence
        for i in fact.quantities:
            assert doc.quantities[i].sentence == fact.sentence
        for event in fact.events:
            assert all(doc.dates[i].sentence == fact.sentence for i in event.dates)
            assert all(doc.quantities[i].sentence == fact.sentence for i in event.quantities)


def test_event_arguments_and_places_resolve_across_pieces(monkeypatch) -> None:
    _, doc = _both(monkeypatch, TEXT)
    names = {e.id: e.name for e in doc.entities}
    flew = next(ev for f in doc.facts for ev in f.events if ev.lemma == "fly")
    assert flew.agent is not None and names[flew.agent.entity] == "Tara Reid"
    assert names[flew.place] == "Madrid"
    assert TEXT[flew.start : flew.end] == flew.text
    assert TEXT[flew.agent.start : flew.agent.end] == flew.agent.text


def test_offsets_map_back_to_the_text_as_given_in_every_piece(monkeypatch) -> None:
    given = unicodedata.normalize("NFD", TEXT)
    assert given != TEXT
    whole, streamed = _both(monkeypatch, given)
    assert streamed.model_dump() == whole.model_dump()
    assert streamed.text == given
    assert_grounded(streamed, given)


@pytest.mark.parametrize("pieces", [SMALL_PIECES, 60])
def test_each_pieces_doc_is_dropped_once_read(monkeypatch, pieces) -> None:
    alive: list[weakref.ref] = []
    held: list[int] = []

    def read(doc, *, start):
        gc.collect()
        held.append(sum(ref() is not None for ref in alive))
        alive.append(weakref.ref(doc))
        return doc_findings(doc, start=start)

    monkeypatch.setattr(briefx.api, "doc_findings", read)
    monkeypatch.setattr(briefx.api, "CHUNK_CHARS", pieces)
    doc = briefx.extract(TEXT, published="2025-11-18")
    assert len(alive) == len(split_text(TEXT, pieces)) >= 3
    # When a piece is read, no earlier piece's Doc is still held.
    assert held == [0] * len(alive)
    assert_grounded(doc, TEXT)


def test_records_share_their_set_of_given_fields(monkeypatch) -> None:
    from briefx.schema import Quantity, Sentence

    _, doc = _both(monkeypatch, TEXT)
    first, second = doc.sentences[0], doc.sentences[1]
    assert first.model_fields_set == {"id", "start", "end", "text"}
    assert first.__pydantic_fields_set__ is second.__pydantic_fields_set__
    # A record given fewer fields has its own set: defaults stay unset.
    bare = {"start": 0, "end": 1, "text": "3", "sentence": 0, "value": 3, "low": None}
    bare |= {"high": None, "qualifier": "exact", "unit": None, "unit_lemma": None}
    bare |= {"per": None, "event": None}
    quantity = Quantity(**bare)
    assert "kind" not in quantity.model_fields_set and quantity.kind is None
    # A copy gets a set of its own: the shared one is never changed.
    moved = first.model_copy(update={"id": 9})
    assert moved.model_fields_set == first.model_fields_set
    assert moved.__pydantic_fields_set__ is not first.__pydantic_fields_set__
    assert Sentence(id=1, start=0, end=1, text="x").model_fields_set == {
        "id",
        "start",
        "end",
        "text",
    }


def test_memory_is_given_back_after_each_piece_of_a_long_text_only(monkeypatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(briefx.api, "_give_back_freed_memory", lambda: calls.append(1))
    briefx.extract(TEXT, published="2025-11-18")
    assert calls == []  # one piece: nothing to give back between pieces
    monkeypatch.setattr(briefx.api, "CHUNK_CHARS", SMALL_PIECES)
    briefx.extract(TEXT, published="2025-11-18")
    assert len(calls) == len(split_text(TEXT, SMALL_PIECES))


def test_memory_is_given_back_with_malloc_trim_when_the_c_library_has_it(monkeypatch) -> None:
    trimmed: list[int] = []
    monkeypatch.setattr(briefx.api, "_malloc_trim", lambda: trimmed.append)
    briefx.api._give_back_freed_memory()
    assert trimmed == [0]  # trim everything that is free
    monkeypatch.setattr(briefx.api, "_malloc_trim", lambda: None)
    briefx.api._give_back_freed_memory()  # another C library: nothing to call
    assert trimmed == [0]


# Batches by characters (issue 37): a corpus of short texts goes through the model in
# batches of at most BATCH_CHARS characters, a long text's pieces of LONG_BATCH_CHARS,
# not of N pieces.
BATCHING_CASES = [
    # (piece lengths, batch size, character budget, expected groups of lengths)
    ([10, 10, 10], 16, 25, [[10, 10], [10]]),
    ([10, 10, 10], 2, 1000, [[10, 10], [10]]),
    ([50, 1, 1], 16, 25, [[50], [1, 1]]),  # an overlong piece goes alone, never dropped
    ([1, 50, 1], 16, 25, [[1], [50], [1]]),
    ([], 16, 25, []),
    ([25, 25], 16, 25, [[25], [25]]),
    ([12, 13, 1], 16, 25, [[12, 13], [1]]),
    ([5] * 5, 16, 25, [[5] * 5]),
    ([5] * 6, 16, 25, [[5] * 5, [5]]),
    ([1] * 3, 1, 25, [[1], [1], [1]]),
]


@pytest.mark.parametrize(("lengths", "size", "budget", "expected"), BATCHING_CASES)
def test_batches_by_characters(lengths, size, budget, expected, monkeypatch) -> None:
    monkeypatch.setattr(briefx.api, "BATCH_CHARS", budget)
    groups = list(briefx.api._by_characters(lengths, size, lambda n: n))
    assert groups == expected


def test_the_smallest_budget_of_a_batch_holds(monkeypatch) -> None:
    # (length, budget): a long text's pieces have the smaller budget, and a batch that
    # takes one of them keeps to it.
    monkeypatch.setattr(briefx.api, "BATCH_CHARS", 100)
    items = [(30, 100), (30, 100), (30, 40), (5, 100), (30, 40), (30, 40), (60, 100)]
    groups = list(briefx.api._by_characters(items, 16, lambda i: i[0], lambda i: i[1]))
    assert [[n for n, _ in g] for g in groups] == [[30, 30], [30, 5], [30], [30], [60]]


@pytest.mark.parametrize("budget", [1000, 2500, 100_000])
def test_a_long_text_gives_the_same_document_whatever_its_batches(monkeypatch, budget) -> None:
    paragraph = (
        "Rafe Cullen of the Orwick Ferry Company said on Tuesday that 40 crossings "
        "would resume in June. Two boats were repaired last week, he told reporters. "
    )
    text = "\n\n".join(f"{paragraph}Notice {n}." for n in range(40))
    monkeypatch.setattr(briefx.api, "CHUNK_CHARS", 1000)
    seen: list[int] = []
    nlp = briefx.load_pipeline()
    pipe = nlp.pipe

    def spy(docs, **kwargs):
        if kwargs.get("as_tuples"):
            docs = list(docs)
            seen.append(len(docs))
        return pipe(docs, **kwargs)

    monkeypatch.setattr(nlp, "pipe", spy)
    monkeypatch.setattr(briefx.api, "LONG_BATCH_CHARS", 1000)
    alone = briefx.extract(text, published="2024-05-10")
    assert set(seen) == {1}
    seen.clear()
    monkeypatch.setattr(briefx.api, "LONG_BATCH_CHARS", budget)
    together = briefx.extract(text, published="2024-05-10")
    many = next(briefx.extract_many([{"id": "doc", "text": text}], published="2024-05-10"))
    if budget > 1000:
        assert max(seen) > 1
    assert together.model_dump() == alone.model_dump() == many.model_dump()


def test_worker_tasks_are_batched_by_characters(monkeypatch) -> None:
    monkeypatch.setattr(briefx.api, "BATCH_CHARS", 100)
    jobs = [("x" * n, None) for n in (60, 60, 10, 10, 200, 5)]
    sizes = [[len(t) for t, _ in batch] for batch in briefx.api._batches(jobs, 16)]
    assert sizes == [[60], [60, 10, 10], [200], [5]]


def test_a_long_text_goes_through_the_model_a_few_thousand_characters_at_a_time(
    monkeypatch,
) -> None:
    nlp = briefx.load_pipeline()
    paragraph = (
        "The harbour board of Tellmouth met on Friday and approved 14 new berths. "
        "Its chair, Ada Quist, said work would start in March. "
    )
    text = "\n\n".join(f"{paragraph}Item {n}." for n in range(60))
    whole = briefx.extract(text, published="2024-05-10")
    seen: list[int] = []
    pipe = nlp.pipe

    def spy(docs, **kwargs):
        if kwargs.get("as_tuples"):  # briefx's call (spaCy calls pipe again inside)
            docs = list(docs)
            seen.append(sum(len(doc.text) for doc, _ in docs))
        return pipe(docs, **kwargs)

    monkeypatch.setattr(briefx.api, "CHUNK_CHARS", 1000)
    monkeypatch.setattr(briefx.api, "LONG_BATCH_CHARS", 2500)
    monkeypatch.setattr(nlp, "pipe", spy)
    pieced = briefx.extract(text, published="2024-05-10")
    assert len(seen) > 3 and max(seen) <= 2500
    # Cut at paragraph ends, where no sentence crosses: the same findings as one piece.
    assert pieced.model_dump() == whole.model_dump()


# Invented: the scene's date is set in the first paragraph; the events of the next one,
# in another piece, take it as their focus.
FOCUS = (
    "On Monday, rescuers from three nearby towns reached the flooded village of Orrin "
    "after a long night on the mountain roads.\n\n"
    "They pulled two families from the roof of the old mill and carried them to the "
    "school, where doctors treated them.\n\n"
    "Officials have opened a fund for the village."
)


def test_the_focus_of_an_earlier_piece_holds_in_a_later_one(monkeypatch) -> None:
    assert len(split_text(FOCUS, SMALL_PIECES)) >= 2
    whole, streamed = _both(monkeypatch, FOCUS)
    assert streamed.model_dump() == whole.model_dump()
    pulled = next(ev for f in streamed.facts for ev in f.events if ev.text == "pulled")
    assert _piece_of(FOCUS, pulled.start) != _piece_of(FOCUS, streamed.dates[0].start)
    assert pulled.time is not None and pulled.time.source == "context"
    assert pulled.time.date == 0 and streamed.dates[0].text == "Monday"
    opened = next(ev for f in streamed.facts for ev in f.events if ev.text == "opened")
    assert opened.time is not None and opened.time.source == "publication"
