#!/usr/bin/env python3
"""Build ``models/dates/past_forms.json``: irregular past forms of English verbs, read off
WordNet.

WordNet's exception list for verbs (``verb.exc``) maps irregular inflected forms to their
verb ("retook": retake, "withdrew": withdraw, "upheld": uphold). Kept: the forms that are
neither "-ing" nor "-s" forms, nor "am" and "are", nor a verb of their own ("found",
"saw", "fell", "lay" are), so each is a past tense or a past participle. The small
tagger reads some of them, rare in its training news, as a present ("Troops retook a
village on Wednesday" as VBP), and a weekday told in the present lies ahead.

    python tools/build_past_forms.py [--wordnet /usr/share/wordnet] [--out FILE]

WordNet's database files come with Debian's ``wordnet-base`` package (``apt-get install
wordnet-base``); the script is run by hand when the list should change, never at run time.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from build_event_nominals import NOTICE

ROOT = Path(__file__).resolve().parents[1]
# Present forms among the exceptions ("am", "are": be), which are no past.
PRESENT = frozenset({"am", "are"})


def past_forms(wordnet: Path) -> list[str]:
    """The irregular past forms of ``verb.exc`` that are no verb of their own."""
    verbs = {
        line.split()[0]
        for line in (wordnet / "index.verb").read_text("latin-1").splitlines()
        if not line.startswith(" ")
    }
    forms = set()
    for line in (wordnet / "verb.exc").read_text("latin-1").splitlines():
        form = line.split()[0]
        if not form.isalpha() or form.endswith(("ing", "s")) or form in verbs:
            continue
        forms.add(form)
    return sorted(forms - PRESENT)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--out", type=Path, default=ROOT / "models" / "dates" / "past_forms.json")
    args = parser.parse_args()
    data = {
        "_doc": (
            "Irregular past forms of English verbs (past tense or past participle: "
            "'retook', 'withdrew', 'upheld'), from WordNet's verb exceptions, for "
            "briefx.dates.tense and briefx.events.time: a verb of one of these forms that "
            "the tagger reads as a present, with no auxiliary, is told in the past. Built "
            "by tools/build_past_forms.py; do not edit by hand."
        ),
        "_license": NOTICE,
        "forms": past_forms(args.wordnet),
    }
    args.out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"{len(data['forms'])} forms -> {args.out}")


if __name__ == "__main__":
    main()
