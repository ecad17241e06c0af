"""Locate and load the data files under ``models/`` (patterns, alias tables, word lists).

In a wheel they live in ``briefx/models``; in a source checkout (editable install) in
the repository's top-level ``models/``. Each file is read once per process.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGED = Path(__file__).resolve().parent / "models"
_CHECKOUT = Path(__file__).resolve().parents[2] / "models"


def models_dir() -> Path:
    """Return the folder holding briefx's data files."""
    return _PACKAGED if _PACKAGED.is_dir() else _CHECKOUT


@cache
def load_json(name: str) -> Any:
    """Load ``models/<name>`` as JSON (cached)."""
    with (models_dir() / name).open(encoding="utf-8") as fh:
        return json.load(fh)


@cache
def load_jsonl(name: str) -> tuple[dict[str, Any], ...]:
    """Load ``models/<name>`` as JSON Lines, skipping blank lines (cached)."""
    rows: list[dict[str, Any]] = []
    with (models_dir() / name).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
    return tuple(rows)
