"""briefx: grounded, machine-readable facts from news articles.

    >>> import briefx
    >>> doc = briefx.extract(text, published="2025-11-18")
    >>> doc.entities[0].name, doc.dates[0].value

The pipeline: text -> spaCy Doc (sentences, entities, dates, quantities, event frames)
-> ``Document`` (pydantic, the contract of ``docs/contract.md``) -> ``Brief`` across
documents -> JSON / HTML / Markdown / tables.
"""

from __future__ import annotations

from importlib import metadata as _metadata

from briefx.api import brief, extract, extract_many
from briefx.errors import (
    BriefxError,
    BriefxWarning,
    InputError,
    MissingExtraError,
    ModelError,
    ReferenceDateError,
    StageError,
)
from briefx.inputs import Source, iter_sources, read_source
from briefx.pipeline import load_pipeline
from briefx.reference import parse_date, resolve_reference
from briefx.schema import (
    SCHEMA_VERSION,
    Brief,
    Document,
    Entity,
    ErrorRecord,
    Fact,
    Quantity,
)
from briefx.schema import DateMention as Date

try:  # the installed distribution's version: one number, in pyproject.toml
    __version__ = _metadata.version("briefx")
except _metadata.PackageNotFoundError:  # run from a source tree that is not installed
    __version__ = "0+unknown"

__all__ = [
    "SCHEMA_VERSION",
    "Brief",
    "BriefxError",
    "BriefxWarning",
    "Date",
    "Document",
    "Entity",
    "ErrorRecord",
    "Fact",
    "InputError",
    "MissingExtraError",
    "ModelError",
    "Quantity",
    "ReferenceDateError",
    "Source",
    "StageError",
    "__version__",
    "brief",
    "extract",
    "extract_many",
    "iter_sources",
    "load_pipeline",
    "parse_date",
    "read_source",
    "resolve_reference",
]
