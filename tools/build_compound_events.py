#!/usr/bin/env python3
"""Build ``models/events/compound_events.json``: event nouns written as one word whose
last part is a noun of the same kind ("wildfire": a fire, "snowstorm": a storm).

A story that told "a wildfire" names it again as "the fire"; the later noun takes the
earlier one's time, and two reports of the fire match (``briefx.events.words.event_kind``).
WordNet decides which closed compounds name a kind of their last part: the word's most
frequent sense is an act, an event, a phenomenon or a process (lexicographer files
noun.act, noun.event, noun.phenomenon, noun.process) and has a sense of the last part
among its hypernyms; the first part is itself a noun or an adjective of WordNet ("wild",
"snow"), and each part has three letters or more. "Ceasefire" is no fire and is left out:
its sense is not below one of "fire".

    python tools/build_compound_events.py [--wordnet /usr/share/wordnet] [--out FILE]

WordNet's database files come with Debian's ``wordnet-base`` package; the script is run
by hand when the list should change, never at run time.
"""

from __future__ import annotations

import json
from pathlib import Path

from build_event_nominals import NOTICE, _senses, synset_lines, wordnet_options

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "models" / "events" / "compound_events.json"
# WordNet's lexicographer files of acts, events, phenomena and processes.
EVENT_FILES = frozenset({"04", "11", "19", "22"})
# Letters each part keeps at least ("wild" + "fire"; not "con" + "traction").
MIN_PART = 3
# Hypernym steps climbed from the word's first sense to find its last part's.
MAX_STEPS = 6
DOC = (
    "Event nouns written as one word whose last part names the same kind of event "
    "(WordNet 3.0: the word's most frequent sense, an act, event, phenomenon or process, "
    "has a sense of the last part among its hypernyms; the first part is a WordNet noun "
    "or adjective): word -> its last part. A story's 'the fire' names again its "
    "'wildfire' and takes its time, and two reports of the one and the other match "
    "(briefx.events.words.event_kind). Built by tools/build_compound_events.py; do not "
    "edit by hand."
)


def compound_events(wordnet: Path) -> dict[str, str]:
    """word -> last part, for the closed compounds of ``wordnet`` described above."""
    nouns = _senses(wordnet / "index.noun")
    adjectives = {
        line.split()[0]
        for line in (wordnet / "index.adj").read_text("latin-1").splitlines()
        if not line.startswith(" ")
    }
    hypernyms: dict[str, list[str]] = {}
    files: dict[str, str] = {}
    for offset, lexfile, _, pointers in synset_lines(wordnet / "data.noun"):
        hypernyms[offset] = [p[1] for p in pointers if p[0] in ("@", "@i")]
        files[offset] = lexfile

    def above(offset: str) -> set[str]:
        found: set[str] = set()
        level = [offset]
        for _ in range(MAX_STEPS):
            level = [h for o in level for h in hypernyms.get(o, [])]
            found.update(level)
        return found

    out: dict[str, str] = {}
    for word, (_, offsets) in nouns.items():
        if files[offsets[0]] not in EVENT_FILES:
            continue
        for cut in range(MIN_PART, len(word) - MIN_PART + 1):
            first, last = word[:cut], word[cut:]
            if last not in nouns or (first not in nouns and first not in adjectives):
                continue
            if set(nouns[last][1]) & above(offsets[0]):
                out[word] = last
                break
    return dict(sorted(out.items()))


def main() -> None:
    args = wordnet_options(__doc__.splitlines()[0], OUT)
    data = {"_doc": DOC, "_license": NOTICE, "heads": compound_events(args.wordnet)}
    args.out.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", "utf-8")


if __name__ == "__main__":
    main()
