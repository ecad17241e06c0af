#!/usr/bin/env python3
"""Build ``models/events/thing_nouns.json``: nouns whose most frequent WordNet sense is a
person, a group, an artifact or a place.

Before one of them an event noun names a kind of person, body or thing, not an event of
the story ("the appeals court", "rescue workers", "an attack helicopter", "the election
commission"): ``briefx.events.words.is_event_noun``. Single words, in lower case, each by
its most frequent sense (the first of WordNet's index); a word whose senses are not
attested in WordNet's sense-tagged corpus counts by its first sense too ("helicopter").

    python tools/build_thing_nouns.py [--wordnet /usr/share/wordnet] [--out FILE]

WordNet's database files come with Debian's ``wordnet-base`` package; the script is run
by hand when the list should change, never at run time.
"""

from __future__ import annotations

from pathlib import Path

from build_event_nominals import _senses, _synsets, wordnet_options, write_word_list

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "models" / "events" / "thing_nouns.json"
# WordNet's lexicographer files of people, groups, artifacts and places.
THING_FILES = {
    "18": "noun.person",
    "14": "noun.group",
    "06": "noun.artifact",
    "15": "noun.location",
}
DOC = (
    "Nouns whose most frequent WordNet 3.0 sense is a person, a group, an artifact or a "
    "place (lexicographer files noun.person, noun.group, noun.artifact, noun.location; "
    "single words, lower case): an event noun that modifies one names a kind of person, "
    "body or thing, not an event of the story ('the appeals court', 'rescue workers', "
    "'an attack helicopter', 'the election commission'), and is no event "
    "(briefx.events.words.is_event_noun); not before the nouns of those an event touched "
    "or left ('flood victims', 'the crash site': aftermath_nouns of events/time.json), "
    "which name one. Built by tools/build_thing_nouns.py; do not edit by hand."
)


def thing_nouns(wordnet: Path) -> list[str]:
    """The single words of ``wordnet`` whose first noun sense is of ``THING_FILES``."""
    synsets = _synsets(wordnet / "data.noun")
    return sorted(
        lemma
        for lemma, (_, offsets) in _senses(wordnet / "index.noun").items()
        if synsets[offsets[0]][0] in THING_FILES
    )


def main() -> None:
    args = wordnet_options(__doc__.splitlines()[0], OUT)
    write_word_list(args.out, DOC, "nouns", thing_nouns(args.wordnet))


if __name__ == "__main__":
    main()
