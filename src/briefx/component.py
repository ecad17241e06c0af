"""The ``briefx`` spaCy component: everything briefx adds to a parsed Doc, in one pipe.

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("briefx")
    doc = nlp(text)
    doc._.briefx          # the contract's document object (plain JSON data)

It runs, in this order, the entity corrections (``briefx_entities``), dates
(``briefx_dates``) and quantities (``briefx_quantities``), then reconciles the Doc into
the output document. ``briefx.extract`` uses this same component, so ``doc._.briefx``
equals ``briefx.extract(text).model_dump(mode="json")`` for the same model, text and
reference date. Set ``doc._.briefx_reference`` (ISO date) on a Doc from
``nlp.make_doc`` before running it to resolve relative dates against a publication
date; without one they resolve against today, with a warning.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from briefx.dates import DatesComponent
from briefx.entities import EntityCorrector, Gazetteer
from briefx.extensions import ensure_extensions
from briefx.quantities import QuantitiesComponent
from briefx.reconcile import build_document
from briefx.reference import default_reference
from briefx.schema import Document, ReferenceDate


def document_of(doc: Doc) -> Document:
    """Reconcile a Doc processed by the briefx component into the output ``Document``.

    The id, source, reference date's origin and earlier warnings come from
    ``doc._.briefx_meta`` when set (``briefx.pipeline.make_doc`` sets them).
    """
    if doc._.briefx_reference is None:
        _default_reference(doc)
    meta: dict[str, Any] = doc._.briefx_meta or {}
    reference = ReferenceDate(value=doc._.briefx_reference, origin=meta.get("origin", "argument"))
    warnings = list(meta.get("warnings", ()))
    return build_document(
        doc,
        doc_id=meta.get("doc_id", "doc"),
        source=meta.get("source"),
        reference=reference,
        warnings=warnings,
    )


def _default_reference(doc: Doc) -> None:
    """Resolve a missing reference date to today, once, and say so in the metadata."""
    reference, notes = default_reference()
    meta = dict(doc._.briefx_meta or {})
    meta["origin"] = reference.origin
    meta["warnings"] = [*meta.get("warnings", ()), *notes]
    doc._.briefx_reference = reference.value
    doc._.briefx_meta = meta


class Briefx:
    """Correct entities, find dates and quantities, and write ``doc._.briefx``."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        ensure_extensions()
        self.steps = (
            EntityCorrector(nlp, gazetteer),
            DatesComponent(),
            QuantitiesComponent(),
        )

    def __call__(self, doc: Doc) -> Doc:
        if doc._.briefx_reference is None:
            _default_reference(doc)
        for step in self.steps:
            doc = step(doc)
        meta = doc._.briefx_meta or {}
        # A piece of a long text is reconciled once all pieces are joined.
        if not meta.get("piece"):
            doc._.briefx = document_of(doc).model_dump(mode="json")
        return doc


@Language.factory(
    "briefx",
    default_config={"gazetteer": {"@misc": "briefx.gazetteer.v1"}},
)
def make_briefx(nlp: Language, name: str, gazetteer: Gazetteer) -> Briefx:
    """Create the ``briefx`` component (add it last, after ``parser`` and ``ner``)."""
    return Briefx(nlp, gazetteer)
