#!/usr/bin/env python3
"""Build ``models/events/nominals.json``: event nouns derived from verbs, read off WordNet.

A noun is an event nominal when its most frequent WordNet sense is an act, event or
process (lexicographer files noun.act, noun.event, noun.process) and that sense is
derivationally linked to a verb ("decision" - decide, "construction" - construct,
"search" - search): the noun names the verb's event. Single words only. A word whose
senses are not attested in WordNet's sense-tagged corpus (``tagsense_cnt`` 0) has no
most frequent sense: it is kept only when all its senses are acts, events or processes
("crackdown", "pullout", "selloff"). Beside them it writes ``verbs``: for every noun with
an act, event or process sense derived from a verb and spelt apart from it, that verb
("explosion": "explode"), by which a later mention finds the event a story told by its verb.

    python tools/build_event_nominals.py [--wordnet /usr/share/wordnet] [--out FILE]

WordNet's database files come with Debian's ``wordnet-base`` package (``apt-get install
wordnet-base``); the script is run by hand when the list should change, never at run time.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# WordNet's lexicographer file numbers for the kinds of noun that name an event.
EVENT_FILES = {"04": "noun.act", "11": "noun.event", "22": "noun.process"}
# The synset whose hyponyms are the kinds of weather ("rain", "gale", "snowfall").
WEATHER_ROOT = "atmospheric_phenomenon"
NOTICE = (
    "Derived from WordNet 3.0. WordNet 3.0 Copyright 2006 by Princeton University. All "
    "rights reserved. Permission to use, copy, modify and distribute this software and "
    "database and its documentation for any purpose and without fee or royalty is hereby "
    "granted, provided that the copyright notice and statements, including the disclaimer, "
    "appear on all copies. THIS SOFTWARE AND DATABASE IS PROVIDED 'AS IS' AND PRINCETON "
    "UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of "
    "Princeton University or Princeton may not be used in advertising or publicity "
    "pertaining to distribution of the software and/or database."
)


def _senses(index: Path) -> dict[str, tuple[bool, list[str]]]:
    """lemma -> (attested: its senses occur in the sense-tagged corpus, the offsets of its
    noun senses, most frequent first), for single words."""
    out: dict[str, tuple[bool, list[str]]] = {}
    for line in index.read_text("latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        lemma, p_cnt = parts[0], int(parts[3])
        rest = parts[4 + p_cnt :]
        tagged = int(rest[1])
        offsets = rest[2:]
        if "_" in lemma or "-" in lemma or not lemma.isalpha() or not offsets:
            continue
        out[lemma] = (tagged > 0, offsets)
    return out


def wordnet_options(description: str, out: Path) -> argparse.Namespace:
    """The ``--wordnet`` (the database's folder) and ``--out`` options of a builder."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    ap.add_argument("--out", type=Path, default=out)
    return ap.parse_args()


def write_word_list(out: Path, doc: str, key: str, words: list[str]) -> None:
    """Write a word list as the one-list builders do: its ``_doc``, WordNet's licence
    and the words under ``key``, one per line."""
    data = {"_doc": doc, "_license": NOTICE, key: words}
    out.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", "utf-8")


def synset_lines(data: Path) -> Iterator[tuple[str, str, list[str], list[tuple[str, ...]]]]:
    """Each synset of a WordNet ``data.*`` file: (offset, lexicographer file, words as
    WordNet writes them, pointers (symbol, target offset, pos, source/target))."""
    for line in data.read_text("latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split(" | ")[0].split()
        w_cnt = int(parts[3], 16)
        words = [parts[4 + 2 * i] for i in range(w_cnt)]
        at = 4 + 2 * w_cnt
        ptrs = [tuple(parts[at + 1 + 4 * i : at + 5 + 4 * i]) for i in range(int(parts[at]))]
        yield parts[0], parts[1], words, ptrs


def _synsets(data: Path) -> dict[str, tuple[str, list[str], list[tuple[str, str, str]]]]:
    """offset -> (lexicographer file, words, pointers (symbol, pos, source/target))."""
    return {
        offset: (lexfile, [w.lower() for w in words], [(p[0], p[2], p[3]) for p in ptrs])
        for offset, lexfile, words, ptrs in synset_lines(data)
    }


def event_nominals(wordnet: Path) -> list[str]:
    """The event nominals of the WordNet database in ``wordnet`` (sorted).

    A word attested in the sense-tagged corpus counts by its most frequent sense; one
    that is not ("crackdown", "pullout", "selloff") only when every sense it has is an
    act, event or process, as there is no frequency to choose a sense by.
    """
    senses = _senses(wordnet / "index.noun")
    synsets = _synsets(wordnet / "data.noun")
    found = []
    for lemma, (attested, offsets) in senses.items():
        lexfile, words, ptrs = synsets[offsets[0]]
        if lexfile not in EVENT_FILES or lemma not in words:
            continue
        if not attested and any(synsets[o][0] not in EVENT_FILES for o in offsets):
            continue
        number = words.index(lemma) + 1
        if any(
            symbol == "+" and pos == "v" and int(link[:2], 16) == number
            for symbol, pos, link in ptrs
        ):
            found.append(lemma)
    return sorted(found)


def derived_verbs(wordnet: Path) -> dict[str, str]:
    """noun -> the verb it names the event of, for each noun of the WordNet database in
    ``wordnet`` with an act, event or process sense derivationally linked to a verb
    ("explosion": "explode", "arrival": "arrive"; the most frequent such sense), when the
    two are spelt apart. Sorted by noun."""
    senses = _senses(wordnet / "index.noun")
    nouns = {
        offset: (lexfile, [w.lower() for w in words], ptrs)
        for offset, lexfile, words, ptrs in synset_lines(wordnet / "data.noun")
    }
    verbs = {offset: words for offset, _, words, _ in synset_lines(wordnet / "data.verb")}
    found: dict[str, str] = {}
    for lemma, (_, offsets) in sorted(senses.items()):
        for offset in offsets:
            lexfile, words, ptrs = nouns[offset]
            if lexfile not in EVENT_FILES or lemma not in words:
                continue
            number = words.index(lemma) + 1
            verb = next(
                (
                    verbs[target][int(link[2:], 16) - 1].lower()
                    for symbol, target, pos, link in ptrs
                    if symbol == "+" and pos == "v" and int(link[:2], 16) == number
                ),
                None,
            )
            if verb is not None:
                if verb != lemma:
                    found[lemma] = verb
                break
    return found


# The endings that make a noun of a verb ("seizure", "expansion", "approval"): a noun
# spelt as its verb ("split", "share", "court") names a thing as often as an act.
NOMINAL_ENDINGS = ("ion", "ment", "al", "ure", "ance", "ence", "ing", "age")
# What is said, by WordNet's synsets (a first word and its sense number): a speech act
# ("request", "order", "denial") or a message ("proposal", "vow", "apology"); not the
# content of one, a thing a message makes or what it is about ("list", "news":
# information; "label", "portrait": description; "tale"; "circular": promotion;
# "contract"; "formula"; "riddle": subject). A noun of them linked to a verb names what
# the verb said: with an ending that makes a noun of a verb in any sense ("warning"),
# else when saying is its first sense ("request", not "second").
SAYING = (("speech_act", 1), ("message", 2))
NOT_SAID = (
    ("information", 1),
    ("description", 1),
    ("description", 2),
    ("narrative", 1),
    ("promotion", 1),
    ("written_agreement", 1),
    ("mathematical_statement", 1),
    ("subject", 1),
)


def _synsets_of(wordnet: Path, named: tuple[tuple[str, int], ...]) -> set[str]:
    """The offsets of the noun synsets named by a word and its sense number."""
    wanted = dict(named)
    found = set()
    for line in (wordnet / "index.noun").read_text("latin-1").splitlines():
        parts = line.split()
        if parts and parts[0] in wanted:
            found.add(parts[-int(parts[2]) :][wanted[parts[0]] - 1])
    return found


def _sayings(wordnet: Path) -> set[str]:
    """The offsets of the noun synsets below one of ``SAYING`` and none of ``NOT_SAID``
    (hypernyms followed up)."""
    parents: dict[str, list[str]] = {}
    for offset, _, _, ptrs in synset_lines(wordnet / "data.noun"):
        parents[offset] = [p[1] for p in ptrs if p[0] in {"@", "@i"} and p[2] == "n"]
    roots, cut = _synsets_of(wordnet, SAYING), _synsets_of(wordnet, NOT_SAID)
    below: dict[str, bool] = {}

    def said(offset: str) -> bool:
        if offset not in below:
            below[offset] = False  # no cycle in WordNet's hypernyms; guard all the same
            below[offset] = offset not in cut and (
                offset in roots or any(said(p) for p in parents[offset])
            )
        return below[offset]

    return {offset for offset in parents if said(offset)}


def dated_nouns(wordnet: Path, first: frozenset[str]) -> list[str]:
    """Nouns that name a verb's act when a date is in their own phrase (sorted): those with
    an act, event or process sense derivationally linked to a verb that is not their most
    frequent sense and an ending that makes a noun of a verb ("seizure", "expansion",
    "filing"; not "split" or "share"), those with a sense of what is said linked to a
    verb ("request", "warning", "proposal"), and the -ing form of each WordNet
    verb that WordNet lists no noun for ("restructuring", "reopening"; verb.exc spells
    the irregular ones: "admitting") or a noun with an act, event or process sense
    ("downsizing"). ``first``: the event nominals (``event_nominals``), left out."""
    senses = _senses(wordnet / "index.noun")
    synsets = _synsets(wordnet / "data.noun")
    found = set()
    said = _sayings(wordnet)
    for lemma, (_, offsets) in senses.items():
        if lemma in first:
            continue
        for offset in offsets:
            lexfile, words, ptrs = synsets[offset]
            if (lexfile not in EVENT_FILES and offset not in said) or lemma not in words:
                continue
            number = words.index(lemma) + 1
            ending = lemma.endswith(NOMINAL_ENDINGS)
            if (ending or (offset in said and offset == offsets[0])) and any(
                symbol == "+" and pos == "v" and int(link[:2], 16) == number
                for symbol, pos, link in ptrs
            ):
                found.add(lemma)
                break
    spelt: dict[str, str] = {}  # verb -> its -ing form, where WordNet lists it
    for line in (wordnet / "verb.exc").read_text("latin-1").splitlines():
        form, verb = line.split()[:2]
        if form.endswith("ing"):
            spelt.setdefault(verb, form)
    for line in (wordnet / "index.verb").read_text("latin-1").splitlines():
        verb = line.split()[0] if not line.startswith(" ") else ""
        if not verb.isalpha():
            continue
        form = spelt.get(verb) or _ing(verb)
        if form in first:
            continue
        if form not in senses or any(synsets[o][0] in EVENT_FILES for o in senses[form][1]):
            found.add(form)  # "restructuring"; "downsizing" (an act WordNet links to no verb)
    return sorted(found)


def weather_nouns(wordnet: Path, first: frozenset[str]) -> list[str]:
    """Nouns whose most frequent sense is a kind of weather: a hyponym, at any depth, of
    WordNet's atmospheric phenomenon ("rain", "snowfall", "gale", "thunderstorm"). Told
    for a time they are events of the story ("heavy rains in October", "Monday's
    snowfall"); alone they are as often weather in general ("rain is forecast").
    ``first``: the event nominals, left out. Sorted."""
    below_of: dict[str, list[str]] = {}  # offset -> its hyponyms' and instances' offsets
    roots = []
    for offset, _, words, ptrs in synset_lines(wordnet / "data.noun"):
        below_of[offset] = [p[1] for p in ptrs if p[0] in ("~", "~i")]
        if WEATHER_ROOT in words:
            roots.append(offset)
    below: set[str] = set()
    while roots:
        offset = roots.pop()
        below.add(offset)
        roots.extend(o for o in below_of[offset] if o not in below)
    return sorted(
        lemma
        for lemma, (_, offsets) in _senses(wordnet / "index.noun").items()
        if offsets[0] in below and lemma not in first
    )


def _ing(verb: str) -> str:
    """The regular -ing form of a verb: "close" -> "closing", "tie" -> "tying"."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    return verb + "ing"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    ap.add_argument("--out", type=Path, default=ROOT / "models" / "events" / "nominals.json")
    args = ap.parse_args()
    nouns = event_nominals(args.wordnet)
    verbs = derived_verbs(args.wordnet)
    dated = dated_nouns(args.wordnet, frozenset(nouns))
    weather = weather_nouns(args.wordnet, frozenset(nouns))
    # The news nouns are kept by hand: carried over from the file being replaced.
    kept = json.loads(args.out.read_text("utf-8")) if args.out.is_file() else {}
    data = {
        "_doc": (
            "Event nominals for briefx.events.words: nouns whose most frequent WordNet sense "
            "is an act, event or process (noun.act, noun.event, noun.process) derivationally "
            "linked to a verb ('decision', 'construction', 'search'): the noun names the "
            "verb's event; a noun with no sense attested in WordNet's tagged corpus only when "
            "all its senses are acts, events or processes ('crackdown', 'pullout'). Built by "
            "tools/build_event_nominals.py from WordNet 3.0; do not "
            "edit 'nouns' by hand (words that should not count go in 'not_event_nouns' of "
            "words.json). news_nouns: kept by hand and carried over by the builder: nouns news "
            "tells as events of a market or a firm whose first WordNet sense is a thing or a "
            "state ('the slide in prices this month', 'Friday's close', 'market activity on "
            "Monday', 'earnings disappointments for the quarter'); like the WordNet nominals, "
            "events only when the text tells them for a time. verbs: for each noun with an "
            "act, event or process sense derived from a verb and spelt apart from it, that "
            "verb ('explosion': 'explode', 'arrival': 'arrive'): a noun that names again an "
            "event the story told by its verb ('A bomb exploded on Friday. ... the "
            "explosion') finds it by that verb. dated_nouns: nouns with an act, event or "
            "process sense derived from a verb that is not their most frequent sense "
            "('seizure', 'filing', 'offering'), and the -ing forms of WordNet's verbs that "
            "WordNet has no noun for ('restructuring', 'reopening') or a noun with an act, "
            "event or process sense ('downsizing'): events only when a date "
            "is in their own phrase by a preposition, a possessive or an adverbial noun "
            "phrase ('the seizure of the tanker on Monday', 'Friday's filing'). "
            "weather_nouns: the kinds of weather, hyponyms of WordNet's atmospheric "
            "phenomenon by their most frequent sense ('rain', 'snowfall', 'gale', "
            "'thunderstorm'): events when a date is in their own phrase or on the act they "
            "are the subject of ('heavy rains in October', 'Gales on Thursday grounded "
            "the ferries', 'Strong winds toppled trees on Sunday'); alone they are weather "
            "in general ('Rain is forecast')."
        ),
        "_license": NOTICE,
        "nouns": nouns,
        "news_nouns": sorted(kept.get("news_nouns", [])),
        "verbs": verbs,
        "dated_nouns": dated,
        "weather_nouns": weather,
    }
    args.out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(
        f"{len(nouns)} event nominals, {len(verbs)} nouns' verbs, {len(dated)} dated nouns,"
        f" {len(weather)} kinds of weather -> {args.out}"
    )


if __name__ == "__main__":
    main()
