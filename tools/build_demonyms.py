#!/usr/bin/env python3
"""Build ``models/entities/demonyms.json``: the words WordNet gives as of a country or a place.

"breaking the record set by Kenyan Ruth Chebet": the model takes a nationality word into
the person's name. The words kept here are WordNet's capitalised adjectives that pertain
to a noun of its files of places (noun.location: "Kenyan" of Kenya, "Norwegian" of
Norway, "Texan" of Texas; noun.object: "Australian" of Australia), in lower case:
``briefx.entities.people.after_a_nationality``.

    python tools/build_demonyms.py [--wordnet /usr/share/wordnet]

WordNet's database files come with Debian's ``wordnet-base`` package; the script is run
by hand when the list should change, never at run time.
"""

from __future__ import annotations

from pathlib import Path

from build_event_nominals import synset_lines, wordnet_options, write_word_list

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "models" / "entities" / "demonyms.json"
# noun.location, and noun.object for the continents ("Australian" of Australia).
PLACE_FILES = frozenset({"15", "17"})
PERTAINYM = "\\"


def demonyms(wordnet: Path) -> list[str]:
    """The capitalised one-word adjectives of ``wordnet`` that pertain to a place, lower case."""
    places = {
        offset
        for offset, lexfile, _, _ in synset_lines(wordnet / "data.noun")
        if lexfile in PLACE_FILES
    }
    found = set()
    for _, _, words, pointers in synset_lines(wordnet / "data.adj"):
        if not any(p[0] == PERTAINYM and p[2] == "n" and p[1] in places for p in pointers):
            continue
        for word in words:
            bare = word.split("(")[0]
            if bare.isalpha() and bare[0].isupper():
                found.add(bare.lower())
    return sorted(found)


def main() -> None:
    args = wordnet_options(__doc__.splitlines()[0], OUT)
    words = demonyms(args.wordnet)
    write_word_list(
        args.out,
        (
            "Words of a country, a region or a city in WordNet: its capitalised adjectives "
            "that pertain to a place (noun.location, or a continent of noun.object), in "
            "lower case ('kenyan', 'norwegian', 'texan'). One opening a person's name of "
            "two or more words after it is no part of the name ('Kenyan Ruth Chebet' is "
            "Ruth Chebet): "
            "briefx.entities.people.after_a_nationality. Built by tools/build_demonyms.py "
            "from WordNet 3.0; do not edit by hand."
        ),
        "words",
        words,
    )
    print(f"{len(words)} demonyms -> {args.out}")


if __name__ == "__main__":
    main()
