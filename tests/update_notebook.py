"""Store the exploration notebook executed, on purpose: ``python tests/update_notebook.py``.

Check the change by hand (``git diff notebooks/``) before committing it, as for the golden
files: the notebook's outputs are the seeds' outputs.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.notebook_exec import NOTEBOOK, execute


def main() -> None:
    """Execute ``notebooks/explore.ipynb`` and write it back with its outputs."""
    nb = nbformat.read(NOTEBOOK, as_version=4)
    with tempfile.TemporaryDirectory() as workdir:
        execute(nb, Path(workdir))
    nbformat.write(nb, NOTEBOOK)


if __name__ == "__main__":
    main()
