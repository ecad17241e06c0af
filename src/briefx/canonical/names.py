"""Name keys: folding, transliteration skeletons, person tokens, organisation keys."""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

from briefx.entities import titles as entity_titles
from briefx.entities.rules import CLUB_WORD_LETTERS, load_rules
from briefx.resources import load_json


@cache
def _rewrites() -> tuple[tuple[tuple[str, str], ...], float]:
    data = load_json("entities/transliteration.json")
    return tuple((a, b) for a, b in data["rewrites"]), float(data["fuzzy_threshold"])


def fold(text: str) -> str:
    """Lower-case and strip accents: "Erdoğan" -> "erdogan"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Names recur (every mention of every name is compared with the candidates it may
# join): their keys are computed once. A long document has tens of thousands of names.
SKELETON_CACHE = 1 << 16


@lru_cache(maxsize=SKELETON_CACHE)
def skeleton(name: str) -> str:
    """Reduce a name to a transliteration-insensitive key ("Zelenskyy" -> "zelensky")."""
    out = "".join(c for c in fold(name) if c.isalnum() or c == " ")
    rewrites, _ = _rewrites()
    for old, new in rewrites:
        out = out.replace(old, new)
    # Doubled letters are a spelling choice (Muammar / Moammar aside, Assad / Asad).
    collapsed = [c for i, c in enumerate(out) if i == 0 or c != out[i - 1]]
    return " ".join("".join(collapsed).split())


@cache
def trade_words() -> frozenset[str]:
    """Words of trade a company's name ends in ("Systems", "Bank"): ``org_names.json``."""
    return frozenset(load_json("entities/org_names.json")["trade_words"])


def trade_first_word(name: str) -> str | None:
    """The first word of a two-word company name that ends in a word of trade, legal
    suffixes aside, as a skeleton ("Corvane Systems", "Corvane Systems Inc." ->
    "corvane"), else None."""
    words = _without_suffixes(strip_article(name).split())
    if len(words) == 2 and _bare(words[1]) in trade_words():
        return skeleton(words[0])
    return None


def short_forms(name: str) -> list[str]:
    """The one-word names a company or a club is named again by, as skeletons: the first
    word of a name of trade ("Corvane" of "Corvane Systems Inc."), the town and the club
    word of a club ("Vell" and "Rovers" of "Vell Rovers"; "FC" names no club alone)."""
    first = trade_first_word(name)
    if first is not None:
        return [first]
    words = strip_article(name).split()
    if len(words) != 2 or words[1] not in load_rules().club_words:
        return []
    return [skeleton(w) for w in words if len(w) >= CLUB_WORD_LETTERS or w == words[0]]


@cache
def _org_names() -> tuple[frozenset[str], frozenset[str], tuple[int, int]]:
    data = load_json("entities/org_names.json")
    low, high = data["acronym_lengths"]
    return frozenset(data["legal_suffixes"]), frozenset(data["acronym_skip"]), (low, high)


def _bare(word: str) -> str:
    return word.casefold().replace(".", "").replace(",", "")


def org_key(name: str) -> str:
    """An organisation's name without its legal suffixes, as a skeleton.

    Args:
        name: "Nvidia Corp.", "Acme Holdings Ltd", "the Orion Group".
    Returns:
        The key both spellings share ("nvidia", "acme", "orion").
    """
    words = _without_suffixes(strip_article(name).split())
    if len(words) > 1 and words[-1].endswith(","):
        words[-1] = words[-1][:-1]
    return skeleton(" ".join(words))


def _without_suffixes(words: list[str]) -> list[str]:
    """A name's words without the legal suffixes that end it ("Inc.", "Corp.", "plc")."""
    suffixes, _, _ = _org_names()
    words = list(words)
    while len(words) > 1 and _bare(words[-1]) in suffixes:
        words.pop()
    return words


def initials(name: str) -> str:
    """The acronym an organisation's name spells, or "" for a one-word name.

    Args:
        name: "Federal Aviation Administration", "Bank of England".
    Returns:
        "FAA", "BE" (skipped words: "of", "the", "and", ...).
    """
    suffixes, skip, _ = _org_names()
    words = [w for w in strip_article(name).replace("-", " ").split() if w.casefold() not in skip]
    while len(words) > 1 and _bare(words[-1]) in suffixes:
        words.pop()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def is_acronym(text: str) -> bool:
    """True for a short run of capitals written as an acronym ("FAA", "U.N." is not)."""
    _, _, (low, high) = _org_names()
    return low <= len(text) <= high and text.isalpha() and text.isupper()


# Letters of a place's abbreviation ("Calif.", "N.Y."), at most.
ABBREVIATION_LETTERS = 5


def is_abbreviation(name: str) -> bool:
    """A short capitalised word or initials ending in a full stop: "Ore.", "Pa.", "N.Y."."""
    letters = [c for c in name if c.isalpha()]
    return name.endswith(".") and name[:1].isupper() and 2 <= len(letters) <= ABBREVIATION_LETTERS


def abbreviates(short: str, name: str) -> bool:
    """The letters of ``short`` run in order through ``name`` from its first letter:
    "Ore." of "Oregon", "Pa." of "Pennsylvania", "N.Y." of "New York"."""
    wanted = [c for c in fold(short) if c.isalpha()]
    letters = [c for c in fold(name) if c.isalpha()]
    if not wanted or not letters or wanted[0] != letters[0]:
        return False
    rest = iter(letters[1:])
    return all(c in rest for c in wanted[1:])


def person_tokens(text: str) -> list[str]:
    """Split a person's name into tokens, dropping titles and possessives."""
    tokens = text.replace("’s", "").replace("'s", "").split()
    titles = entity_titles()
    while len(tokens) > 1 and tokens[0].casefold() in titles:
        tokens = tokens[1:]
    return tokens


def same_name(a: str, b: str) -> bool:
    """True when two name strings are spellings of one name (skeleton or near-equal)."""
    ka, kb = skeleton(a), skeleton(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    if ka[0] != kb[0] or min(len(ka), len(kb)) < 6:
        return False
    # Imported here: most documents have no two such names, and rapidfuzz costs a
    # hundredth of a second at each start (issue 31's cold start).
    from rapidfuzz import fuzz

    _, threshold = _rewrites()
    return fuzz.ratio(ka, kb) >= threshold


@cache
def _particles() -> frozenset[str]:
    return frozenset(load_json("entities/org_names.json")["name_particles"])


def written_as_a_name(name: str) -> str:
    """A name given in capitals as a name is written: "PORT ELLIS" -> "Port Ellis",
    "SAN LORENZO DEL MAR" -> "San Lorenzo del Mar", "ST. ELMO" -> "St. Elmo"; a name in
    mixed case as it is. For places and people (an organisation's capitals may be its
    name: "NATO")."""
    if not name.isupper():
        return name
    particles = _particles()
    words = name.split(" ")
    return " ".join(
        w.lower()
        if k and w.lower() in particles
        else "-".join(p.capitalize() for p in w.split("-"))
        for k, w in enumerate(words)
    )


def nfc(name: str) -> str:
    """Canonical names are NFC, whatever form the text used (mentions stay as written)."""
    return unicodedata.normalize("NFC", name)


def strip_article(text: str) -> str:
    """Drop a leading article: "the Orion Group" -> "Orion Group"."""
    first, _, rest = text.partition(" ")
    return rest if first in {"the", "The"} and rest else text
