"""Regenerate the golden files on purpose: ``python tests/update_golden.py``.

Check every change by hand (``git diff tests/golden``) before committing it.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
PUBLISHED = "2025-11-18"


def _write(name: str, data: object) -> None:
    (GOLDEN / name).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", "utf-8")


def main() -> None:
    """Write the JSON Schema and one output per seed article."""
    import briefx
    from briefx.schema import Document

    GOLDEN.mkdir(parents=True, exist_ok=True)
    _write("schema.json", Document.model_json_schema())
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        doc = briefx.extract(
            path.read_text("utf-8"),
            published=PUBLISHED,
            doc_id=path.stem,
            source=f"seeds/{path.name}",
        )
        _write(f"{path.stem}.json", doc.model_dump(mode="json"))


if __name__ == "__main__":
    main()
