#!/usr/bin/env python3
"""Build ``models/entities/business_nouns.json``: nouns that name a kind of business.

A name written right after one of them is that business ("carmaker Valdheim", "utility
Clearbrook", "publisher Harlow House"): ``briefx.entities.orgs.business_names``. The
nouns are read off WordNet: every single-word noun (closed compounds included) of a
synset in the organisations' file (noun.group) below "business, concern", "company",
"enterprise" or "financial institution" (hyponyms followed down; instances, and words
WordNet writes with a capital, "Hollywood", "FDIC", left out). News also names a firm by
nouns WordNet gives only a person's or an artifact's sense ("retailer", "lender",
"airline"): those are the ``news_nouns`` kept in the file as they are.

    python tools/build_business_nouns.py [--wordnet /usr/share/wordnet]

WordNet's database files come with Debian's ``wordnet-base`` package; the script is run
by hand when the list should change, never at run time.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from build_event_nominals import NOTICE, synset_lines

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "models" / "entities" / "business_nouns.json"
GROUP_FILE = "14"  # noun.group
# business.n.01 ("business, concern"), company.n.01, enterprise.n.02 and
# financial_institution.n.01 (banks, insurers, lenders) of WordNet 3.0.
ROOTS = ("08061042", "08058098", "08056231", "08054721")


def _hyponyms(data: Path) -> tuple[dict[str, list[str]], dict[str, tuple[str, list[str]]]]:
    """offset -> offsets of its hyponyms; offset -> (lexicographer file, common nouns)."""
    below: dict[str, list[str]] = defaultdict(list)
    synsets: dict[str, tuple[str, list[str]]] = {}
    for offset, lexfile, words, ptrs in synset_lines(data):
        # A hyponym ("~"; not "~i", an instance: a named firm).
        below[offset].extend(p[1] for p in ptrs if p[0] == "~")
        # Common nouns only: a word written with a capital is a name ("Hollywood", "FDIC").
        synsets[offset] = (lexfile, [w for w in words if w.islower()])
    return below, synsets


def business_nouns(wordnet: Path) -> list[str]:
    """The single-word nouns of the business synsets of the WordNet in ``wordnet``."""
    below, synsets = _hyponyms(wordnet / "data.noun")
    seen: set[str] = set()
    todo = list(ROOTS)
    while todo:
        offset = todo.pop()
        if offset in seen:
            continue
        seen.add(offset)
        todo.extend(below.get(offset, []))
    words = {
        w
        for offset in seen
        if synsets[offset][0] == GROUP_FILE
        for w in synsets[offset][1]
        if w.isalpha()
    }
    return sorted(words)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = ap.parse_args()
    kept = json.loads(OUT.read_text("utf-8")) if OUT.exists() else {}
    data = {
        "_doc": kept.get("_doc", ""),
        "_license": NOTICE,
        "nouns": business_nouns(args.wordnet),
        "news_nouns": kept.get("news_nouns", []),
    }
    OUT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"{len(data['nouns'])} nouns, {len(data['news_nouns'])} news nouns -> {OUT}")


if __name__ == "__main__":
    main()
