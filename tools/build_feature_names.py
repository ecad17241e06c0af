#!/usr/bin/env python3
"""Build ``models/entities/feature_names.json``: the words that end or open a feature's name.

"the Varna River", "the Marrow Falls", "Lake Orvel": the model reads many an unknown
feature of the land or the water as an organisation or a person. The words kept here are
those WordNet's own named features end or open with: every instance (a proper name, "Ob
River", "Lake Baikal", "Angel Falls") of a synset below "geological formation", "body of
water", "land, dry land" or "biome", split at its underscores; a first or a last word that
is itself one of those synsets' common nouns ("River", "Falls", "Mountains" of "mountain")
and that two names or more use is kept ("heads" at the end, "openers" at the start, where
the name is two words and its second is no such noun: "Lake Baikal", not "Cascade
Range"). ``not_heads`` is kept by hand: heads that name a firm's thing too ("Channel", a
television channel; "Range", a product range; "Hill", as in the legislature's hill).
``briefx.entities.features.feature_names``.

    python tools/build_feature_names.py [--wordnet /usr/share/wordnet]

WordNet's database files come with Debian's ``wordnet-base`` package; the script is run
by hand when the list should change, never at run time.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from build_event_nominals import NOTICE, synset_lines

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "models" / "entities" / "feature_names.json"
# geological_formation.n.01, body_of_water.n.01, land.n.04 ("land, dry land") and
# biome.n.01 (deserts, forests, steppes) of WordNet 3.0.
ROOTS = ("09287968", "09225146", "09334396", "07941945")
# Names that use a word at least this often make it a head or an opener.
MIN_NAMES = 2
# Openers need more names: "Cascade Range" and "Coast Mountains" open with a feature noun
# that is an adjective of the name, no opener.
MIN_OPENER_NAMES = 3


def _below(data: Path) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, list[str]]]:
    """offset -> hyponyms; offset -> instances (named features); offset -> its words."""
    hyponyms: dict[str, list[str]] = defaultdict(list)
    instances: dict[str, list[str]] = defaultdict(list)
    words: dict[str, list[str]] = {}
    for offset, _, synset_words, ptrs in synset_lines(data):
        hyponyms[offset].extend(p[1] for p in ptrs if p[0] == "~")
        instances[offset].extend(p[1] for p in ptrs if p[0] == "~i")
        words[offset] = synset_words
    return hyponyms, instances, words


def _noun(word: str, nouns: set[str]) -> bool:
    """A capitalised word of a name that is a feature noun, or its plural ("Mountains")."""
    lower = word.lower()
    return word[:1].isupper() and (lower in nouns or lower.removesuffix("s") in nouns)


def feature_words(wordnet: Path) -> tuple[list[str], list[str]]:
    """The heads ("River", "Falls") and openers ("Lake", "Mount") of WordNet's named
    features, sorted."""
    hyponyms, instances, words = _below(wordnet / "data.noun")
    seen: set[str] = set()
    todo = list(ROOTS)
    while todo:
        offset = todo.pop()
        if offset not in seen:
            seen.add(offset)
            todo.extend(hyponyms.get(offset, []))
    nouns = {w.lower() for offset in seen for w in words[offset] if w.isalpha()}
    heads: Counter[str] = Counter()
    openers: Counter[str] = Counter()
    for name in {w for offset in seen for i in instances.get(offset, []) for w in words[i]}:
        parts = name.split("_")
        if len(parts) < 2:
            continue
        if _noun(parts[-1], nouns):
            heads[parts[-1]] += 1
        elif len(parts) == 2 and _noun(parts[0], nouns):
            openers[parts[0]] += 1
    return (
        sorted(w for w, n in heads.items() if n >= MIN_NAMES),
        sorted(w for w, n in openers.items() if n >= MIN_OPENER_NAMES),
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = ap.parse_args()
    kept = json.loads(OUT.read_text("utf-8")) if OUT.exists() else {}
    heads, openers = feature_words(args.wordnet)
    data = {
        "_doc": kept.get("_doc", ""),
        "_license": NOTICE,
        "heads": heads,
        "openers": openers,
        "not_heads": kept.get("not_heads", []),
    }
    OUT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"{len(heads)} heads, {len(openers)} openers -> {OUT}")


if __name__ == "__main__":
    main()
