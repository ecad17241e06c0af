#!/usr/bin/env python3
"""Build ``models/entities/person_nouns.json``: the words WordNet gives a person's sense.

A one-word person the tagger reads as a proper noun at the start of a sentence is no name
when its word is a common noun that never names a person ("Turnout was 67%", "Morale is
low"): ``briefx.entities.people.no_noun_openers``. A noun with a person's sense can be a
surname ("Baker headed home the winner", "Frost said"): those are the words kept here,
every single word of a synset in WordNet's file of people (noun.person), occupations
("baker", "cook") and the people WordNet names ("Bush", "Frost"), in lower case.

    python tools/build_person_nouns.py [--wordnet /usr/share/wordnet]

WordNet's database files come with Debian's ``wordnet-base`` package; the script is run
by hand when the list should change, never at run time.
"""

from __future__ import annotations

from pathlib import Path

from build_event_nominals import synset_lines, wordnet_options, write_word_list

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "models" / "entities" / "person_nouns.json"
PERSON_FILE = "18"  # noun.person


def person_nouns(wordnet: Path) -> list[str]:
    """The single words, in lower case, of the noun.person synsets of ``wordnet``."""
    found = set()
    for _, lexfile, words, _ in synset_lines(wordnet / "data.noun"):
        if lexfile != PERSON_FILE:
            continue
        for word in words:
            bare = word.split("(")[0]  # "Bush(a)": WordNet's syntactic marker
            if bare.isalpha():
                found.add(bare.lower())
    return sorted(found)


def main() -> None:
    args = wordnet_options(__doc__.splitlines()[0], OUT)
    nouns = person_nouns(args.wordnet)
    write_word_list(
        args.out,
        (
            "Words with a person's sense in WordNet (noun.person): occupations and roles "
            "('baker', 'cook', 'hunter') and the people WordNet names ('Bush', 'Frost'), in "
            "lower case. A one-word person opening a sentence whose word is a common noun "
            "of the model's lemmatizer but none of these is no name, even when the tagger "
            "reads it as a proper noun ('Turnout was 67%', 'Morale is low'): "
            "briefx.entities.people.no_noun_openers. Built by tools/build_person_nouns.py "
            "from WordNet 3.0; do not edit by hand."
        ),
        "nouns",
        nouns,
    )
    print(f"{len(nouns)} person nouns -> {args.out}")


if __name__ == "__main__":
    main()
