"""The data in models/ is well formed: the gazetteer validator finds no problem."""

from __future__ import annotations

import json
import re

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


# What the data promises, beyond parsing: each file says what it holds, no key or list entry
# is given twice (the second would be silently ignored or counted twice), every regex
# compiles, and every date rule matches its own invented example.
JSON_FILES = sorted(p.relative_to(models_dir()).as_posix() for p in models_dir().rglob("*.json"))
DOC_KEYS = ("_doc", "_about", "_comment")


def _pairs_without_duplicates(pairs: list[tuple[str, object]]) -> dict:
    keys = [k for k, _ in pairs]
    assert len(keys) == len(set(keys)), sorted(k for k in set(keys) if keys.count(k) > 1)
    return dict(pairs)


def _string_lists(value: object, where: str = ""):
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _string_lists(item, f"{where}.{key}")
    elif isinstance(value, list):
        if value and all(isinstance(v, str) for v in value):
            yield where, value
        for n, item in enumerate(value):
            yield from _string_lists(item, f"{where}[{n}]")


@pytest.mark.parametrize("name", JSON_FILES)
def test_each_file_says_what_it_holds_and_repeats_no_key(name: str) -> None:
    text = (models_dir() / name).read_text("utf-8")
    data = json.loads(text, object_pairs_hook=_pairs_without_duplicates)
    assert isinstance(data, dict)
    docs = [data[k] for k in DOC_KEYS if k in data]
    assert docs and all(isinstance(d, str) and len(d) > 40 for d in docs), name


@pytest.mark.parametrize("name", JSON_FILES)
def test_no_word_list_names_a_word_twice(name: str) -> None:
    data = load_json(name)
    repeated = {
        where: sorted({w for w in words if words.count(w) > 1})
        for where, words in _string_lists(data)
        if len(set(words)) != len(words)
    }
    assert repeated == {}, repeated


def test_every_date_rule_matches_its_own_example() -> None:
    from briefx.dates.find import _patterns, _regexes

    examples = load_json("dates/pattern_examples.json")["examples"]
    rules = _patterns()
    assert sorted(examples) == sorted(rule for rule, _, _ in rules)  # one per rule, no stale one
    regexes = _regexes()
    for rule, ignore_case, requires in rules:
        sentence, wanted = examples[rule]
        assert wanted in sentence, rule
        target = sentence.lower() if ignore_case else sentence
        found = [sentence[m.start() : m.end()] for m in regexes[rule].finditer(target)]
        assert wanted in found, (rule, found)
        assert any(w in (wanted.lower() if ignore_case else wanted) for w in requires), rule


def test_every_regex_in_the_data_compiles() -> None:
    from briefx.dates.lexicon import fill

    normalize = load_json("dates/normalize.json")
    date_regexes = [*normalize["patterns"].values(), *normalize["phrases"].values()]
    date_regexes += list(load_json("dates/context.json")["regexes"].values())
    for regex in date_regexes:
        re.compile(fill(regex) if "{" in regex else regex)
    quantity_patterns = load_json("quantities/patterns.json")
    for key, regex in quantity_patterns.items():
        if key.endswith("_re"):
            re.compile(regex)
    for regex in load_json("quantities/numbers.json")["phone_patterns"]:
        re.compile(regex)
    assert len(date_regexes) > 20


def test_tables_map_to_what_the_contract_allows() -> None:
    qualifiers = load_json("quantities/qualifiers.json")
    allowed = {"exact", "approx", "more_than", "less_than", "at_least", "at_most"}
    assert set(qualifiers["before"].values()) <= allowed
    assert set(qualifiers["after"].values()) <= allowed
    assert qualifiers["vague_default"] in allowed
    months = load_json("dates/lexicon.json")["months"]
    assert set(months.values()) == set(range(1, 13))
    assert all(isinstance(v, int) for v in months.values())
    assert len(load_json("glosses.json")["month_before_day"]) == 12
