#!/usr/bin/env python3
"""Build ``models/entities/ensemble_heads.json``: the words of a musical ensemble that end
its name ("the Halden Philharmonic", "the Kessa Chamber Choir").

The words of WordNet's ``musical_organization.n.01`` and of every synset below it, single
words in lower case ("orchestra", "philharmonic", "symphony", "choir", "chorus",
"ensemble", "quartet", "band"), but ``LEFT_OUT``: words that end names of other things or
name no ensemble of their own ("brass", "strings", "section", "percussion"). A name that
ends in one is an organisation (``briefx.entities.orgs.body_names``).

    python tools/build_ensemble_heads.py [--wordnet /usr/share/wordnet] [--out FILE]

WordNet's database files come with Debian's ``wordnet-base`` package; the script is run
by hand when the list should change, never at run time.
"""

from __future__ import annotations

from pathlib import Path

from build_event_nominals import synset_lines, wordnet_options, write_word_list

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "models" / "entities" / "ensemble_heads.json"
TOP = "musical_organization"
# Words below it that name a part of an orchestra, a style or one group, not an ensemble
# a name ends in.
LEFT_OUT = frozenset(
    {"beatles", "brass", "indie", "percussion", "section", "strings", "combo", "duette"}
)
DOC = (
    "The words of a musical ensemble that end its name ('the Halden Philharmonic', 'the "
    "Kessa Chamber Choir'): WordNet 3.0's musical_organization and every synset below it, "
    "single words in lower case, but a few that name a part of an orchestra or a style "
    "('brass', 'strings', 'indie'). A name of capitalised words that ends in one is an "
    "organisation, whatever the model read it as; a place the gazetteer knows stays one "
    "(briefx.entities.orgs.body_names). Built by tools/build_ensemble_heads.py; do not "
    "edit by hand."
)


def ensemble_heads(wordnet: Path) -> list[str]:
    """The single words of ``TOP`` and the synsets below it, but ``LEFT_OUT``."""
    words: dict[str, list[str]] = {}
    below: dict[str, list[str]] = {}
    for offset, _, names, pointers in synset_lines(wordnet / "data.noun"):
        words[offset] = [n.lower() for n in names]
        below[offset] = [p[1] for p in pointers if p[0] in ("~", "~i")]
    todo = [offset for offset, names in words.items() if TOP in names]
    seen: set[str] = set()
    while todo:
        offset = todo.pop()
        if offset not in seen:
            seen.add(offset)
            todo.extend(below.get(offset, ()))
    found = {w for offset in seen for w in words[offset] if w.isalpha()}
    return sorted(found - LEFT_OUT)


def main() -> None:
    args = wordnet_options(__doc__.splitlines()[0], OUT)
    write_word_list(args.out, DOC, "heads", ensemble_heads(args.wordnet))


if __name__ == "__main__":
    main()
