"""Flat tables of the output models: one row per mention, date, quantity, fact, cluster.

``to_records`` needs nothing beyond briefx; ``to_pandas`` wraps the same rows in
DataFrames and needs the ``pandas`` extra. Every row carries ``doc_id`` so the tables
of several documents concatenate and join.
"""

from __future__ import annotations

import importlib
import re
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast, get_args

from briefx.errors import MissingExtraError
from briefx.views.labels import conflict_line

if TYPE_CHECKING:
    import pandas

    from briefx.schema import Brief, Document


# What a terminal obeys rather than shows: C0 and C1 controls (ESC starts "ESC[2J", which
# clears the screen, and "ESC]0;...", which sets the window title), DEL, and the bidi
# overrides and isolates that reorder what is shown (as in "Trojan Source").
_UNSAFE_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """Show control characters visibly: ``"a\x1b[2Jb"`` -> ``"a\\x1b[2Jb"``.

    Everything briefx prints for a person to read in a terminal goes through here, so an
    article or a file name cannot clear the screen, set the window title or reorder text.
    Tabs and line breaks are kept.

    Args:
        text: any text from an article, a file name or metadata.

    Returns:
        The text with each unsafe character written as ``\\xNN`` or ``\\uNNNN``.
    """
    return _UNSAFE_RE.sub(_visible, text)


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


Row = dict[str, Any]
TABLES = ("mentions", "dates", "quantities", "facts")
# A brief's timeline entries (Brief.timeline), one row each.
TIMELINE_COLUMNS = [
    "index",
    "value",
    "range_start",
    "range_end",
    "precision",
    "headline",
    "cluster",
    "sources",
    "when",
    "modality",
    "conflict",
    "facts",
]
# The columns of each table, so that an empty table still has them.
COLUMNS: dict[str, list[str]] = {
    "mentions": [
        "doc_id",
        "entity",
        "corpus_entity",
        "type",
        "name",
        "start",
        "end",
        "text",
        "sentence",
    ],
    "dates": [
        "doc_id",
        "index",
        "start",
        "end",
        "text",
        "sentence",
        "type",
        "value",
        "mod",
        "range_start",
        "range_end",
        "anchor",
    ],
    "quantities": ["doc_id", "index"],  # then the contract's quantity fields, read off the model
    "facts": [
        "doc_id",
        "sentence",
        "text",
        "entities",
        "entity_ids",
        "dates",
        "quantities",
        "speaker",
        "speaker_text",
        "cue",
        "outlet",
    ],
    "clusters": [
        "doc_id",
        "cluster",
        "sentence",
        "text",
        "sources",
        "entities",
        "dates",
        "conflicts",
        "conflict_detail",
    ],
}


def import_extra(module: str, extra: str) -> ModuleType:
    """Import an optional dependency, or say which extra to install.

    Raises:
        MissingExtraError: the module is not installed.
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(
            f'{module} is needed for this: install it with pip install "briefx[{extra}]"'
        ) from None


def _joined(values: list[str]) -> str:
    return "; ".join(values)


def _document_records(doc: Document, gids: dict[str, str] | None = None) -> dict[str, list[Row]]:
    names = {e.id: e.name for e in doc.entities}
    mentions = [
        {
            "doc_id": doc.doc_id,
            "entity": e.id,
            **({"corpus_entity": (gids or {}).get(e.id)} if gids is not None else {}),
            "type": e.type,
            "name": e.name,
            "start": m.start,
            "end": m.end,
            "text": m.text,
            "sentence": m.sentence,
        }
        for e in doc.entities
        for m in e.mentions
    ]
    mentions.sort(key=lambda r: (r["start"], r["end"]))
    dates = [
        {
            "doc_id": doc.doc_id,
            "index": i,
            "start": d.start,
            "end": d.end,
            "text": d.text,
            "sentence": d.sentence,
            "type": d.type,
            "value": d.value,
            "mod": d.mod,
            "range_start": d.range[0] if d.range else None,
            "range_end": d.range[1] if d.range else None,
            "anchor": d.anchor,
        }
        for i, d in enumerate(doc.dates)
    ]
    quantities = [
        {"doc_id": doc.doc_id, "index": i, **q.model_dump(mode="json")}
        for i, q in enumerate(doc.quantities)
    ]
    facts = []
    for f in doc.facts:
        a = f.attribution
        facts.append(
            {
                "doc_id": doc.doc_id,
                "sentence": f.sentence,
                "text": f.text,
                "entities": _joined([names.get(e, e) for e in f.entities]),
                "entity_ids": _joined(f.entities),
                "dates": _joined([doc.dates[i].value or doc.dates[i].text for i in f.dates]),
                "quantities": _joined([doc.quantities[i].text for i in f.quantities]),
                "speaker": names.get(a.speaker) if a and a.speaker else None,
                "speaker_text": a.speaker_text if a else None,
                "cue": a.cue if a else None,
                "outlet": a.outlet if a else None,
            }
        )
    return {"mentions": mentions, "dates": dates, "quantities": quantities, "facts": facts}


def _brief_records(brief: Brief) -> dict[str, list[Row]]:
    # Document-level entity id -> corpus entity id, per document index.
    gids: list[dict[str, str]] = [{} for _ in brief.documents]
    for g in brief.entities:
        for m in g.mentions:
            gids[m.doc][m.entity] = g.id
    tables: dict[str, list[Row]] = {name: [] for name in TABLES}
    for n, doc in enumerate(brief.documents):
        for name, rows in _document_records(doc, gids[n]).items():
            tables[name].extend(rows)
    gnames = {g.id: g.name for g in brief.entities}
    clusters = []
    for c in brief.fact_clusters:
        conflicts = _joined([conflict_line(brief, k) for k in c.conflicts])
        for f in c.facts:
            doc = brief.documents[f.doc]
            clusters.append(
                {
                    "doc_id": doc.doc_id,
                    "cluster": c.id,
                    "sentence": f.sentence,
                    "text": doc.sentences[f.sentence].text,
                    "sources": c.sources,
                    "entities": _joined([gnames.get(g, g) for g in c.entities]),
                    "dates": _joined(c.dates),
                    "conflicts": len(c.conflicts),
                    "conflict_detail": conflicts or None,
                }
            )
    tables["clusters"] = clusters
    tables["timeline"] = [
        {
            "index": n,
            "value": e.value,
            "range_start": e.range[0],
            "range_end": e.range[1],
            "precision": e.precision,
            "headline": e.headline,
            "cluster": e.cluster,
            "sources": e.sources,
            "when": e.when,
            "modality": e.modality,
            "conflict": e.conflict,
            "facts": _joined([f"{brief.documents[f.doc].doc_id}:{f.sentence}" for f in e.facts]),
        }
        for n, e in enumerate(getattr(brief, "timeline", []))
    ]
    return tables


def to_records(doc_or_brief: Document | Brief) -> dict[str, list[Row]]:
    """Flatten a document or a brief into tables of plain row dicts.

    Args:
        doc_or_brief: a ``Document`` or a ``Brief``.
    Returns:
        ``{"mentions", "dates", "quantities", "facts"}`` (and for a brief ``"clusters"``,
        one row per fact of a cluster, and ``"timeline"``, one row per timeline entry),
        each a list of rows with flat columns and ``doc_id`` (the timeline's rows name
        their facts as ``doc_id:sentence``); a brief's mentions also carry their ``corpus_entity``.
    """
    # The views read the contract's models; they do not import them (schema hands its
    # models to the views): a brief is the model with fact clusters.
    if hasattr(doc_or_brief, "fact_clusters"):
        return _brief_records(cast("Brief", doc_or_brief))
    if hasattr(doc_or_brief, "facts"):
        return _document_records(doc_or_brief)
    raise TypeError(f"expected a briefx Document or Brief, got {type(doc_or_brief).__name__}")


def to_pandas(doc_or_brief: Document | Brief) -> dict[str, pandas.DataFrame]:
    """The tables of ``to_records`` as pandas DataFrames (columns kept when empty).

    Raises:
        MissingExtraError: pandas is not installed (``pip install "briefx[pandas]"``).
    """
    pd = import_extra("pandas", "pandas")
    records = to_records(doc_or_brief)
    return {
        name: pd.DataFrame.from_records(rows)
        if rows
        else pd.DataFrame(columns=[c for c in columns(doc_or_brief, name) if c != "corpus_entity"])
        for name, rows in records.items()
    }


def columns(doc_or_brief: Document | Brief, name: str) -> list[str]:
    """The columns of table ``name``; the quantities table has every contract field."""
    if name == "timeline":
        return TIMELINE_COLUMNS
    if name != "quantities":
        return COLUMNS[name]
    document = type(doc_or_brief).model_fields.get("documents")
    model = get_args(document.annotation)[0] if document is not None else type(doc_or_brief)
    quantity = get_args(model.model_fields["quantities"].annotation)[0]
    return [*COLUMNS[name], *quantity.model_fields]
