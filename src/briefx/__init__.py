"""briefx: grounded, machine-readable facts from news articles.

    >>> import briefx
    >>> doc = briefx.extract(text, published="2025-11-18")
    >>> doc.entities[0].name, doc.dates[0].value

The pipeline: text -> spaCy Doc (sentences, entities, dates, quantities, event frames)
-> ``Document`` (pydantic, the contract of ``docs/contract.md``) -> ``Brief`` across
documents -> JSON / HTML / Markdown / tables.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from briefx.errors import (
    BriefxError,
    BriefxWarning,
    InputError,
    MissingExtraError,
    ModelError,
    ReferenceDateError,
    StageError,
    StoreError,
)

if TYPE_CHECKING:
    from briefx.api import brief, extract, extract_many
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
    from briefx.store import Store

    __version__: str

# Where each public name lives, as (module, name there). They are imported on first use:
# `briefx extract` then imports what extraction needs and not the brief's clustering, the
# store or the views (issue 31's cold start); `briefx.extract` is the same function either way.
_LAZY: dict[str, tuple[str, str]] = {
    "brief": ("briefx.api", "brief"),
    "extract": ("briefx.api", "extract"),
    "extract_many": ("briefx.api", "extract_many"),
    "Source": ("briefx.inputs", "Source"),
    "iter_sources": ("briefx.inputs", "iter_sources"),
    "read_source": ("briefx.inputs", "read_source"),
    "load_pipeline": ("briefx.pipeline", "load_pipeline"),
    "parse_date": ("briefx.reference", "parse_date"),
    "resolve_reference": ("briefx.reference", "resolve_reference"),
    "SCHEMA_VERSION": ("briefx.schema", "SCHEMA_VERSION"),
    "Brief": ("briefx.schema", "Brief"),
    "Date": ("briefx.schema", "DateMention"),
    "Document": ("briefx.schema", "Document"),
    "Entity": ("briefx.schema", "Entity"),
    "ErrorRecord": ("briefx.schema", "ErrorRecord"),
    "Fact": ("briefx.schema", "Fact"),
    "Quantity": ("briefx.schema", "Quantity"),
    "Store": ("briefx.store", "Store"),
}


def __getattr__(name: str) -> Any:
    """Import a public name on first use (PEP 562) and keep it in the module."""
    if name == "__version__":
        value: Any = _version()
    elif name in _LAZY:
        module, attribute = _LAZY[name]
        value = getattr(import_module(module), attribute)
    else:
        raise AttributeError(f"module 'briefx' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


def _version() -> str:
    """The installed distribution's version: one number, in pyproject.toml."""
    from importlib import metadata

    try:
        return metadata.version("briefx")
    except metadata.PackageNotFoundError:  # run from a source tree that is not installed
        return "0+unknown"


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
    "Store",
    "StoreError",
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
