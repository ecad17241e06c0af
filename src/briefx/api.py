"""The library's entry points: text -> Doc -> Document, one at a time or as a stream.

``extract`` handles one text; ``extract_many`` streams many through ``nlp.pipe``
(batched, optionally over several processes), yielding one result per input, in input
order: a ``Document``, or an ``ErrorRecord`` for an input that could not be read.
"""

from __future__ import annotations

import ctypes
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, partial
from itertools import groupby
from typing import Any, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from briefx.errors import BriefxWarning, ReferenceDateError, StageError
from briefx.inputs import Source
from briefx.inputs.dateline import find_dateline
from briefx.inputs.sources import meta_text
from briefx.pipeline import check_model, load_pipeline, pipe_contained
from briefx.reconcile import assemble_document
from briefx.reconcile.findings import Findings, doc_findings
from briefx.reference import (
    DateLike,
    calendar_end_notes,
    dateline_reference,
    default_reference,
    resolve_reference,
)
from briefx.schema import Brief, Document, ErrorRecord, ReferenceDate
from briefx.text.segment import split_text
from briefx.text.textmap import OffsetMap, needs_map
from briefx.workers import run_in_workers

T = TypeVar("T")
P = TypeVar("P")


@dataclass(frozen=True)
class Job:
    """One input's identity, its reference date (resolved once, here) and early warnings."""

    doc_id: str
    source: str | None
    reference: ReferenceDate
    warnings: tuple[str, ...]
    error: str | None = None
    outlet: str | None = None
    title: str | None = None


def job_for(
    item: str | Source | Mapping[str, Any], n: int, published: ReferenceDate | None
) -> tuple[str, Job]:
    """Turn one input of ``extract_many`` into its text and bookkeeping.

    The one place an input's id, source and reference date are decided: extraction and
    the corpus store (which keys a stored document by them before extracting) both ask
    here. ``published`` (the caller's date) wins over the item's own metadata date.
    """
    if isinstance(item, str):
        ref, notes = _reference(None, published, item)
        return item, Job(f"doc{n}", None, ref, tuple(notes))
    source: str | None
    text: object
    if isinstance(item, Source):
        doc_id, source, text = item.doc_id, item.source, item.text
        error, warnings, metadata = item.error or "unreadable input", item.warnings, item.published
        outlet, title = item.outlet, item.title
    else:
        doc_id, source, text = (
            str(item.get("id") or f"doc{n}"),
            item.get("source"),
            item.get("text"),
        )
        error, metadata = "the record has no 'text' string", item.get("published")
        found: list[str] = []
        outlet = meta_text(item.get("outlet"), "outlet", doc_id, found)
        title = meta_text(item.get("title"), "title", doc_id, found)
        warnings = tuple(found)
    if not isinstance(text, str):
        return "", Job(doc_id, source, default_reference()[0], (), error)
    ref, notes = _reference(metadata, published, text)
    return text, Job(doc_id, source, ref, (*warnings, *notes), None, outlet, title)



def _reference(
    metadata: DateLike, published: ReferenceDate | None, text: str
) -> tuple[ReferenceDate, list[str]]:
    """The caller's date, else the metadata's, else the dateline's, else today.

    A bad metadata date is a warning, and the next source is tried; a date in the
    first or last year of the calendar is a warning too (``calendar_end_notes``).
    """
    reference, notes = _reference_date(metadata, published, text)
    return reference, [*notes, *calendar_end_notes(reference)]


def _reference_date(
    metadata: DateLike, published: ReferenceDate | None, text: str
) -> tuple[ReferenceDate, list[str]]:
    if published is not None:
        return published, []
    notes: list[str] = []
    if not _absent(metadata):
        try:
            return resolve_reference(metadata, origin="metadata")
        except ReferenceDateError as exc:
            notes.append(f"ignored the metadata date: {exc}")
    dateline = find_dateline(text)
    ref, more = dateline_reference(dateline) if dateline else default_reference()
    return ref, [*notes, *more]


def _absent(value: DateLike) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# With workers, a text longer than this is extracted in the parent process, the workers
# stopped meanwhile: its Document (about 80 MiB per MB of text) is then held once, not
# by a worker and again, unpickled, by the parent.
PARENT_CHARS = 1_000_000

# Batches per worker process in flight: one being extracted, one waiting, so a worker
# never idles while memory stays bounded.
BATCHES_IN_FLIGHT = 2

# Longer texts are processed as a corpus of pieces of at most this many characters, cut
# at paragraph ends (then line breaks, then sentence ends): spaCy parses a few thousand
# characters faster per character than a 100,000-character Doc, and its memory stays
# linear in the length. A news article shorter than this is one piece, as it always was.
CHUNK_CHARS = 10_000
# A batch of pieces sent through ``nlp.pipe`` together holds at most this many
# characters (and at most ``batch_size`` pieces): the model's working memory grows with
# the characters of a batch, not with its number of pieces, so a long text's pieces and a
# corpus of short texts cost the same memory per batch.
BATCH_CHARS = 100_000
# The pieces of a long text go through ``nlp.pipe`` a few at a time: with several Docs
# in a batch the parser and entity recognizer advance them together (a lone
# 10,000-character Doc parsed 30% slower per character), while a batch of 100,000
# characters held about 260 MiB more than one piece (the model's working arrays) and
# tok2vec slows on large batches. The same findings whatever the batch (tests).
LONG_BATCH_CHARS = 40_000
# Pieces per batch for ``extract``'s one text: the character budget decides.
EXTRACT_BATCH = 16


def extract(
    text: str,
    *,
    published: DateLike = None,
    doc_id: str | None = None,
    source: str | None = None,
    model: str | None = None,
) -> Document:
    """Extract grounded people, places, organisations, dates, quantities and facts.

    Args:
        text: the article's text, as read (offsets index this string).
        published: the publication date relative dates resolve against (ISO string or
            ``date``; an ISO datetime keeps its time in ``reference_date.time``); None
            means today, reported in ``warnings``.
        doc_id: the document's id (default ``"doc"``).
        source: where the text came from, echoed in the output.
        model: a spaCy pipeline name or path (default: see ``load_pipeline``).
    Returns:
        The ``Document`` of ``docs/contract.md``.
    Raises:
        ReferenceDateError: ``published`` is not a date.
        ModelError: no spaCy pipeline can be loaded.
        StageError: a stage failed on this text (the message names it).
    """
    given = None if _absent(published) else resolve_reference(published)[0]
    reference, notes = _reference(None, given, text)
    job = Job(doc_id or "doc", source, reference, tuple(notes))
    result = next(_run(load_pipeline(model), [(text, job)], batch_size=EXTRACT_BATCH))
    if isinstance(result, ErrorRecord):  # a stage failed on this text
        raise StageError(result.error)
    return result


def extract_many(
    items: Iterable[str | Source | Mapping[str, Any]],
    *,
    model: str | None = None,
    published: DateLike = None,
    workers: int = 1,
    batch_size: int = 16,
    nlp: Language | None = None,
) -> Iterator[Document | ErrorRecord]:
    """Extract from many texts lazily, yielding one result per input in input order.

    Args:
        items: texts; ``briefx.inputs.Source`` records (from files, folders, JSONL); or
            mappings with ``text`` and optional ``id``, ``published``, ``source``.
        model: a spaCy pipeline name or path (for ``workers > 1``, what each worker loads).
        published: a publication date for every input, overriding their metadata.
        workers: processes that each extract whole batches (1 = this process); no
            more start than there are batches or CPUs (a ``BriefxWarning`` says so). A
            worker that dies loses nothing: its inputs are tried again alone. A text of
            over ``PARENT_CHARS`` (a million) characters is extracted in this process,
            the workers stopped meanwhile, so that its document is held once (said in a
            ``BriefxWarning``).
        batch_size: at most this many pieces per ``nlp.pipe`` batch (and texts per task
            sent to a worker); a batch also holds at most ``BATCH_CHARS`` characters.
        nlp: an already loaded briefx pipeline (used when ``workers`` is 1).
    Yields:
        A ``Document`` per readable input and an ``ErrorRecord`` per unreadable one, per
        input a stage failed on (``dates: ValueError: ...``) and per input that killed
        a worker twice (``worker died (signal 9) while extracting this input``).
    Raises:
        ReferenceDateError: ``published`` is not a date (raised at the call, before any
            input is read).
        ModelError: no spaCy pipeline can be loaded.
    """
    override = resolve_reference(published)[0] if published is not None else None
    jobs = (job_for(item, n, override) for n, item in enumerate(items))
    if workers > 1:
        return _run_in_processes(jobs, model=model, workers=workers, batch_size=batch_size)
    return _run(nlp or load_pipeline(model), jobs, batch_size=batch_size)


def _extract_batch(
    model: str | None, batch: list[tuple[str, Job]]
) -> list[Document | ErrorRecord]:
    """Worker side: extract a batch with this process's pipeline (loaded once, cached)."""
    return list(_run(load_pipeline(model), batch, batch_size=len(batch)))


def _run_in_processes(
    jobs: Iterable[tuple[str, Job]], *, model: str | None, workers: int, batch_size: int
) -> Iterator[Document | ErrorRecord]:
    """Extract batches in worker processes, in input order, with bounded memory.

    Each worker does all of a document's work (tokenising, parsing, briefx, output
    model), so this process only reads inputs and passes results on; at most two
    batches per worker are in flight. A worker that dies loses nothing (see
    ``briefx.workers``): its inputs are tried again alone, and one that kills a worker
    twice becomes an error record. Fewer workers than asked start when there are fewer
    batches or CPUs; a ``BriefxWarning`` says so. A text longer than ``PARENT_CHARS`` is
    extracted here instead, once the workers before it are done.
    """
    check_model(model)  # fail here, cleanly, with no model (each worker loads its own)
    for here, group in groupby(jobs, key=lambda job: len(job[0]) > PARENT_CHARS):
        if here:
            # Once the workers before it have stopped: a worker's Document, pickled and
            # unpickled here, would be held twice (a 10 MB text: 2.3 GiB), for no speed
            # (one text is one task).
            yield from _extracted_here(group, model, batch_size)
            continue
        yield from run_in_workers(
            _batches(group, batch_size),
            partial(_extract_batch, model),
            _worker_failed,
            workers=workers,
            in_flight=BATCHES_IN_FLIGHT,
            notice=_workers_notice,
        )


def _extracted_here(
    jobs: Iterable[tuple[str, Job]], model: str | None, batch_size: int
) -> Iterator[Document | ErrorRecord]:
    """Texts longer than ``PARENT_CHARS``, extracted in this process (said once each)."""
    nlp = load_pipeline(model)
    for text, job in jobs:
        _workers_notice(
            f"{job.source or job.doc_id}: {len(text):,} characters, extracted in this "
            "process rather than a worker (its document would be held twice)"
        )
        yield from _run(nlp, [(text, job)], batch_size=batch_size)


def _worker_failed(item: tuple[str, Job], reason: str) -> ErrorRecord:
    """The error record of an input whose worker died twice while extracting it."""
    job = item[1]
    return ErrorRecord(source=job.source or job.doc_id, error=reason, doc_id=job.doc_id)


def _workers_notice(why: str) -> None:
    warnings.warn(why, BriefxWarning, stacklevel=2)


def _batches(jobs: Iterable[tuple[str, Job]], size: int) -> Iterator[list[tuple[str, Job]]]:
    """Tasks for the workers: at most ``size`` texts and, past the first, ``BATCH_CHARS``."""
    yield from _by_characters(jobs, size, lambda job: len(job[0]))


def _by_characters(
    items: Iterable[T],
    size: int,
    chars: Callable[[T], int],
    budget: Callable[[T], int] = lambda _: BATCH_CHARS,
) -> Iterator[list[T]]:
    """Group ``items`` in order: at most ``size`` in a group and at most as many
    characters as the smallest ``budget`` of its items (default ``BATCH_CHARS``), except
    that a group always takes its first item, however long."""
    batch: list[T] = []
    held, limit = 0, BATCH_CHARS
    for item in items:
        n, most = chars(item), budget(item)
        if batch and (len(batch) >= size or held + n > min(limit, most)):
            yield batch
            batch, held = [], 0
        if not batch:
            limit = most
        batch.append(item)
        held += n
        limit = min(limit, most)
    if batch:
        yield batch


def _run(
    nlp: Language, jobs: Iterable[tuple[str, Job]], *, batch_size: int
) -> Iterator[Document | ErrorRecord]:
    """Run texts through the pipeline in pieces and build one result per text.

    The model reads the NFC form of each text (offsets are mapped back to the text as
    given), in pieces of at most ``CHUNK_CHARS``. Each piece's Doc is read into its
    findings as soon as the model is done with it, and dropped; once a text's last
    piece is read, ``assemble_document`` puts its findings together into the
    ``Document``. Memory holds one batch of Docs, not a whole long text's.
    """

    def pieces() -> Iterator[tuple[Doc, tuple[Job, str, OffsetMap | None, int, int, int]]]:
        for text, job in jobs:
            mapping = OffsetMap(text) if needs_map(text) else None
            model_text = mapping.text if mapping is not None else text
            limit = min(CHUNK_CHARS, nlp.max_length)
            spans = split_text(model_text, limit) if job.error is None else [(0, 0)]
            for k, (start, end) in enumerate(spans):
                piece = model_text[start:end]
                doc = nlp.make_doc(piece)
                doc._.briefx_reference = job.reference.value
                doc._.briefx_text = piece  # so that no step rebuilds doc.text
                yield doc, (job, text, mapping, k, len(spans), start)

    found: list[Findings] = []
    failure: StageError | None = None
    stream = _pipe(nlp, pieces(), batch_size, lambda context: context[4] > 1)
    for doc, (job, text, mapping, k, total, start) in stream:
        if isinstance(doc, StageError):
            failure = failure or doc
        elif job.error is None and failure is None:
            try:
                found.append(doc_findings(doc, start=start))
            except Exception as exc:  # one document's failure must not end the run
                failure = StageError.of("findings", exc)
        del doc  # the findings hold all that the Document needs
        if total > 1:
            _give_back_freed_memory()
        if k + 1 < total:
            continue
        parts, found, failed, failure = found, [], failure, None
        error = job.error or failed
        result = _assembled(parts, job, mapping, text) if error is None else error
        if isinstance(result, Document):
            yield result
        else:
            yield ErrorRecord(source=job.source or job.doc_id, error=str(result), doc_id=job.doc_id)


def _assembled(
    parts: list[Findings], job: Job, mapping: OffsetMap | None, text: str
) -> Document | StageError:
    """The Document of a text's findings, or the failure of the ``document`` stage."""
    try:
        return assemble_document(
            parts,
            doc_id=job.doc_id,
            source=job.source,
            reference=job.reference,
            warnings=job.warnings,
            outlet=job.outlet,
            title=job.title,
            offsets=mapping,
            original=text,
        )
    except Exception as exc:  # one document's failure must not end the run
        return StageError.of("document", exc)


def _pipe(
    nlp: Language,
    pieces: Iterable[tuple[Doc, P]],
    batch_size: int,
    long: Callable[[P], bool] = lambda _: False,
) -> Iterator[tuple[Doc | StageError, P]]:
    """``pipe_contained`` (``nlp.pipe``; a failing Doc fails alone) over pieces in
    batches of at most ``batch_size`` pieces and ``BATCH_CHARS`` characters, or
    ``LONG_BATCH_CHARS`` for a batch with a piece of a long text (``long`` of its
    context); spaCy's own batches count pieces only: sixteen 100,000-character pieces at
    once took gigabytes."""
    for batch in _by_characters(
        pieces,
        batch_size,
        lambda piece: len(piece[0]._.briefx_text),
        lambda piece: LONG_BATCH_CHARS if long(piece[1]) else BATCH_CHARS,
    ):
        yield from pipe_contained(nlp, _taken(batch), batch_size=len(batch))


def _taken(items: list[T]) -> Iterator[T]:
    """The items of a list, in order, each taken out of it as it is read (so the list
    no longer holds a Doc its reader has let go)."""
    items.reverse()
    while items:
        yield items.pop()


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None on other C libraries."""
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


def _give_back_freed_memory() -> None:
    """Return the memory a piece's parse freed to the system (glibc only; else nothing).

    The model's working arrays for a 100,000-character piece are hundreds of MB; glibc
    keeps most of them once freed, because the findings allocated meanwhile pin the
    heap, so a long text's memory grew by that much per piece read (3 MB of text: 644
    MiB before the Document was assembled, 324 MiB after a trim).
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def brief(
    items: Iterable[Document | ErrorRecord | str | Source | Mapping[str, Any]],
    *,
    model: str | None = None,
    published: DateLike = None,
    workers: int = 1,
) -> Brief:
    """Make one brief of several articles: their documents, shared entities and facts.

    Args:
        items: documents already extracted (and error records), or anything
            ``extract_many`` takes (texts, ``Source`` records, mappings), in any mix.
        model: a spaCy pipeline name or path, for the items still to extract.
        published: a publication date for the items still to extract.
        workers: processes for the extraction.
    Returns:
        The ``Brief`` of ``docs/contract.md``: documents in input order, corpus
        entities, fact clusters with their conflicts, and error records.
    """
    # Imported here: extraction alone (``briefx extract``) never loads the clustering.
    from briefx.crossdoc.build import build_brief

    return build_brief(brief_results(items, model=model, published=published, workers=workers))


def brief_results(
    items: Iterable[Document | ErrorRecord | str | Source | Mapping[str, Any]],
    *,
    model: str | None = None,
    published: DateLike = None,
    workers: int = 1,
) -> Iterator[Document | ErrorRecord]:
    """The results a brief is made of, in input order, each as soon as it is done.

    Items already extracted pass through; the others go through ``extract_many``
    (arguments as ``brief``). ``briefx brief`` writes each document out as it comes
    and keeps only what clustering reads (``briefx.crossdoc.build.BriefBuilder``).

    Raises:
        ReferenceDateError: ``published`` is not a date (raised at the call, before any
            input is read).
    """
    # Resolved before any input is read: a bad date fails at once.
    override = resolve_reference(published)[0] if published is not None else None
    return _results(items, model=model, published=override, workers=workers)


def _results(
    items: Iterable[Document | ErrorRecord | str | Source | Mapping[str, Any]],
    *,
    model: str | None,
    published: ReferenceDate | None,
    workers: int,
) -> Iterator[Document | ErrorRecord]:
    """Items in input order, those still to extract through one ``extract_many`` stream
    (started at the first of them: documents alone need no model), read lazily."""
    rest = iter(items)
    for item in rest:
        if isinstance(item, Document | ErrorRecord):
            yield item
            continue
        # What extract_many has read ahead: documents to pass through, None for an input
        # whose result is still to come.
        pending: deque[Document | ErrorRecord | None] = deque([None])
        todo = _to_extract(item, rest, pending)
        for result in extract_many(todo, model=model, published=published, workers=workers):
            while pending[0] is not None:
                yield pending.popleft()  # type: ignore[misc]
            pending.popleft()
            yield result
        yield from (x for x in pending if x is not None)
        return


def _to_extract(
    first: str | Source | Mapping[str, Any],
    rest: Iterator[Any],
    pending: deque[Document | ErrorRecord | None],
) -> Iterator[Any]:
    """``first``, then the inputs of ``rest`` still to extract; each input read is noted
    in ``pending`` (a document as itself, an input to extract as None)."""
    yield first
    for x in rest:
        if isinstance(x, Document | ErrorRecord):
            pending.append(x)
        else:
            pending.append(None)
            yield x
