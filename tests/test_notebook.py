"""The exploration notebook is stored executed, and running it again gives the same outputs.

Its outputs are compared as ``tests.notebook_exec.stable_outputs`` reduces them (printed
text, plain text, the visible text of HTML, the kind of each image). When the seeds'
outputs change on purpose, store it again: ``python tests/update_notebook.py``.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import nbformat

from tests.notebook_exec import NOTEBOOK, execute, stable_outputs


def test_notebook_is_stored_executed() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1))
    assert all(o.output_type != "error" for c in code for o in c.outputs)
    assert nb.metadata.kernelspec.name == "python3"  # opens with the user's own kernel


def test_notebook_runs_to_its_stored_outputs(tmp_path: Path) -> None:
    stored = nbformat.read(NOTEBOOK, as_version=4)
    expected = stable_outputs(stored)
    nb = execute(nbformat.read(NOTEBOOK, as_version=4), tmp_path)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    html = [o for o in outputs if "text/html" in o.get("data", {})]
    assert any('data-kind="PERSON"' in o["data"]["text/html"] for o in html)
    printed = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "Quantities (" in printed  # render_table writes text, even inside a kernel
    got = stable_outputs(nb)
    changed = [n for n, (a, b) in enumerate(zip(got, expected, strict=True)) if a != b]
    first = (
        "\n".join(
            difflib.unified_diff(
                json.dumps(expected[changed[0]], indent=1, ensure_ascii=False).splitlines(),
                json.dumps(got[changed[0]], indent=1, ensure_ascii=False).splitlines(),
                "stored",
                "now",
                lineterm="",
            )
        )
        if changed
        else ""
    )
    assert changed == [], (
        f"code cells {changed} give other outputs than stored: if that is on purpose, run "
        f"python tests/update_notebook.py and check git diff notebooks/ by hand\n{first[:3000]}"
    )
