"""Places and first names from maintained packages (``briefx.entities.known_places``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefx.entities import known_places
from briefx.entities.gazetteer import load_gazetteer
from briefx.resources import load_jsonl


def test_the_index_is_built_once_and_read_back(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("BRIEFX_CACHE_DIR", str(tmp_path))
    built = known_places._build_places()
    known_places.library_places.cache_clear()
    try:
        rows = known_places.library_places()  # builds and writes the file
        (written,) = tmp_path.glob("places-*.json")
        known_places.library_places.cache_clear()
        assert known_places.library_places() == rows == built  # read back, same rows
        assert len(json.loads(written.read_text(encoding="utf-8"))) == len(rows)
    finally:
        known_places.library_places.cache_clear()


@pytest.mark.parametrize(
    ("name", "plain"),
    [("Haryāna", "Haryana"), ("Tromsø", "Tromso"), ("Łódź", "Lodz"), ("São Paulo", "Sao Paulo")],
)
def test_plain_letters(name: str, plain: str) -> None:
    fold = {"ø": "o", "Ł": "L", "ł": "l"}
    assert known_places.plain_letters(name, fold) == plain


# Cities the hand list no longer holds: the packages give them, matched by themselves.
@pytest.mark.parametrize("city", ["Toronto", "Kabul", "Lagos", "Osaka", "Cape Town", "Texas"])
def test_big_places_come_from_the_packages(city: str) -> None:
    entry = load_gazetteer().lookup(city)
    assert entry is not None and entry.library and not entry.ambiguous
    assert entry.label == "GPE"


@pytest.mark.parametrize("town", ["Walsall", "Tromso", "Podlaskie", "Samandag", "Iskenderun"])
def test_small_places_only_relabel(town: str) -> None:
    entry = load_gazetteer().lookup(town)
    assert entry is not None and entry.library and entry.ambiguous


def test_the_hand_list_wins_over_the_packages() -> None:
    hand = {row["name"] for row in load_jsonl("entities/places.jsonl")}
    for name in ("Georgia", "Jordan", "Kyiv", "Sao Paulo"):
        assert name in hand
        entry = load_gazetteer().lookup(name)
        assert entry is not None and not entry.library


def test_first_names() -> None:
    names = known_places.first_names()
    assert {"Maria", "James", "Priya", "Kofi"} <= names
    assert not {"Walsall", "Toronto", "Tuesday"} & names
