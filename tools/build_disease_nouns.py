#!/usr/bin/env python3
"""Build ``models/entities/disease_nouns.json``: the nouns whose first sense is a disease.

A one-word organisation, person or place opening a sentence or a headline whose word is
a disease is no name: the model reads "Cholera cases climb" and "Malaria deaths fell" as
organisations (``briefx.entities.people.no_noun_openers``). The words kept here are the
single words, in lower case, whose most frequent WordNet sense is a hyponym, at any
depth, of illness or of infection ("cholera", "measles", "malaria", "tuberculosis").

    python tools/build_disease_nouns.py [--wordnet /usr/share/wordnet]

WordNet's database files come with Debian's ``wordnet-base`` package; the script is run
by hand when the list should change, never at run time.
"""

from __future__ import annotations

from pathlib import Path

from build_event_nominals import _senses, synset_lines, wordnet_options, write_word_list

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "models" / "entities" / "disease_nouns.json"
# illness.n.01 ("impairment of normal physiological function": diseases are below it) and
# infection.n.01 ("the pathological state resulting from the invasion of the body by
# pathogenic microorganisms": malaria, dengue)
ROOTS = (("illness", 1), ("infection", 1))


def disease_nouns(wordnet: Path) -> list[str]:
    """The single words whose first noun sense lies below one of ``ROOTS`` (sorted)."""
    senses = _senses(wordnet / "index.noun")
    below_of: dict[str, list[str]] = {}  # offset -> its hyponyms' offsets
    for offset, _, _, ptrs in synset_lines(wordnet / "data.noun"):
        below_of[offset] = [p[1] for p in ptrs if p[0] in ("~", "~i")]
    below: set[str] = set()
    todo = [senses[word][1][number - 1] for word, number in ROOTS]
    while todo:
        offset = todo.pop()
        below.add(offset)
        todo.extend(o for o in below_of[offset] if o not in below)
    return sorted(
        lemma for lemma, (_, offsets) in senses.items() if lemma.isalpha() and offsets[0] in below
    )


def main() -> None:
    args = wordnet_options(__doc__.splitlines()[0], OUT)
    nouns = disease_nouns(args.wordnet)
    write_word_list(
        args.out,
        (
            "Nouns whose most frequent WordNet sense is a disease ('cholera', 'measles', "
            "'malaria'), in lower case: a one-word name the model reads opening a sentence "
            "or a headline with one of these words is no organisation, person or place "
            "('Cholera cases climb'): briefx.entities.people.no_noun_openers. Built by "
            "tools/build_disease_nouns.py from WordNet 3.0; do not edit by hand."
        ),
        "nouns",
        nouns,
    )
    print(f"{len(nouns)} disease nouns -> {args.out}")


if __name__ == "__main__":
    main()
