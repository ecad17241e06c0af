"""The data in models/ is well formed: the gazetteer validator finds no problem."""

from __future__ import annotations

import json

import pytest

from briefx.resources import load_json, models_dir
from tests.gazetteer_check import main as check_gazetteer


def test_gazetteer_is_valid(capsys) -> None:
    assert check_gazetteer(["gazetteer_check"]) == 0, capsys.readouterr().out


@pytest.mark.parametrize("path", sorted(p.name for p in models_dir().rglob("*.json")))
def test_json_files_load(path: str) -> None:
    found = next(models_dir().rglob(path))
    assert json.loads(found.read_text("utf-8")) is not None


def test_titles_are_lower_case() -> None:
    titles = load_json("entities/titles.json")["titles"]
    assert titles == [t.lower() for t in titles]
