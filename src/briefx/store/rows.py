"""A Document as rows of the store's tables (its JSON stays whole in ``documents``)."""

from __future__ import annotations

import json
import sqlite3

from briefx.schema import Document

_INSERT = {
    "entities": "INSERT INTO entities VALUES (?, ?, ?, ?, ?)",
    "mentions": "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)",
    "dates": "INSERT INTO dates VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "quantities": "INSERT INTO quantities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "facts": "INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?)",
    "events": "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
}


def write_rows(conn: sqlite3.Connection, row_id: int, doc: Document) -> None:
    """Insert the extraction rows of ``doc``, whose ``documents`` row is ``row_id``."""
    conn.executemany(
        _INSERT["entities"],
        [(row_id, e.id, e.type, e.name, json.dumps(e.aliases)) for e in doc.entities],
    )
    conn.executemany(
        _INSERT["mentions"],
        [
            (row_id, e.id, m.start, m.end, m.text, m.sentence)
            for e in doc.entities
            for m in e.mentions
        ],
    )
    conn.executemany(
        _INSERT["dates"],
        [
            (row_id, k, d.start, d.end, d.text, d.sentence, d.type, d.value, d.mod, d.anchor)
            for k, d in enumerate(doc.dates)
        ],
    )
    conn.executemany(
        _INSERT["quantities"],
        [
            (
                row_id,
                k,
                q.start,
                q.end,
                q.text,
                q.sentence,
                q.value,
                q.low,
                q.high,
                q.qualifier,
                q.unit,
                q.unit_lemma,
                q.event,
                q.kind,
            )
            for k, q in enumerate(doc.quantities)
        ],
    )
    conn.executemany(
        _INSERT["facts"],
        [
            (
                row_id,
                f.sentence,
                f.text,
                json.dumps(f.entities),
                f.attribution.speaker_text if f.attribution else None,
                f.attribution.cue if f.attribution else None,
            )
            for f in doc.facts
        ],
    )
    conn.executemany(
        _INSERT["events"],
        [
            (
                row_id,
                f.sentence,
                k,
                e.start,
                e.end,
                e.text,
                e.lemma,
                e.agent.text if e.agent else None,
                e.agent.entity if e.agent else None,
                e.patient.text if e.patient else None,
                e.patient.entity if e.patient else None,
                e.place,
                e.polarity,
                e.modality,
            )
            for f in doc.facts
            for k, e in enumerate(f.events)
        ],
    )
