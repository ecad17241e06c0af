"""Execute the exploration notebook with this interpreter, and reduce outputs to what is stable.

Used by ``tests/test_notebook.py`` (re-execute and compare) and ``tests/update_notebook.py``
(store the executed notebook, on purpose).

The kernel is this interpreter (``sys.executable``) through a kernelspec written for the
run, so no kernel needs installing by hand and no other Python is picked up; the kernel
imports briefx from this checkout's ``src/``, whatever is installed.
"""

from __future__ import annotations

import html
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

import nbformat
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"
KERNEL = "briefx-test"


def _kernel_manager(workdir: Path) -> AsyncKernelManager:
    spec_dir = workdir / "kernels" / KERNEL
    spec_dir.mkdir(parents=True)
    spec = {
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "briefx test (this interpreter)",
        "language": "python",
    }
    (spec_dir / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
    specs = KernelSpecManager(kernel_dirs=[str(workdir / "kernels")], ensure_native_kernel=False)
    return AsyncKernelManager(kernel_name=KERNEL, kernel_spec_manager=specs)


def execute(nb: nbformat.NotebookNode, workdir: Path) -> nbformat.NotebookNode:
    """Run every cell of ``nb`` in place (raises ``CellExecutionError`` on the first failure).

    Args:
        nb: the notebook, as read by ``nbformat.read``.
        workdir: an empty folder for the kernelspec, connection files and IPython's profile.
    Returns:
        ``nb``, with outputs and execution counts; its metadata as it was.
    """
    metadata = json.loads(json.dumps(nb.metadata))
    path = os.pathsep.join(p for p in (str(ROOT / "src"), os.environ.get("PYTHONPATH", "")) if p)
    env = {
        **os.environ,
        "PYTHONPATH": path,
        "MPLBACKEND": "module://matplotlib_inline.backend_inline",
        # Connection files and IPython's profile go to workdir: nothing written to $HOME.
        "JUPYTER_RUNTIME_DIR": str(workdir / "runtime"),
        "IPYTHONDIR": str(workdir / "ipython"),
    }
    client = NotebookClient(
        nb,
        km=_kernel_manager(workdir),
        timeout=300,
        allow_errors=False,
        record_timing=False,
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute(env=env)
    nb.metadata = nbformat.from_dict(metadata)
    return nb


def _visible(markup: str) -> str:
    """The text a reader sees in an HTML output: tags dropped, entities read, spaces joined."""
    markup = re.sub(r"<style.*?</style>", " ", markup, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def stable_outputs(nb: nbformat.NotebookNode) -> list[list[Any]]:
    """Each code cell's outputs, reduced to what must not change between two runs.

    Printed text (its chunks joined) and ``text/plain`` are kept as they are; HTML is kept
    as the text a reader sees (so a change of markup alone, an element id or a colour, is
    not a change of output); an image is kept as its kind only (PNG bytes differ between
    matplotlib versions).
    """
    cells = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        outputs: list[Any] = []
        for out in cell.outputs:
            if out.output_type == "stream":
                # A kernel sends printed text in chunks as it is flushed: join them.
                if outputs and isinstance(outputs[-1], list) and outputs[-1][0] == out.name:
                    outputs[-1][1] += out.text
                else:
                    outputs.append([out.name, out.text])
            elif out.output_type == "error":
                outputs.append(["error", out.ename, out.evalue])
            else:
                data = out.get("data", {})
                outputs.append(
                    {
                        "text/plain": data.get("text/plain"),
                        "text/html": _visible(data["text/html"]) if "text/html" in data else None,
                        "image": sorted(k for k in data if k.startswith("image/")),
                    }
                )
        cells.append(outputs)
    return cells
