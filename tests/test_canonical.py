"""Alias merging inside a document: merges that must happen and merges that must not."""

from __future__ import annotations

import pytest

from briefx.canonical import NameMention, group_mentions, same_name, skeleton


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zelensky", "Zelenskyy"),
        ("Zelensky", "Zelenskiy"),
        ("Erdoğan", "Erdogan"),
        ("Volodymyr", "Wolodymyr"),
        ("Netanyahu", "Nethanyahu"),
        ("Erdoğan", "Erdog\u0306an"),  # NFD form of the same name
    ],
)
def test_same_name(a: str, b: str) -> None:
    assert same_name(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Near spellings of different names: rapidfuzz ratio 93 < the threshold of 95.
        ("Johnson", "Johnston"),
        ("Putin", "Pútin Jr"),
        ("Biden", "Bidon"),
        ("Ivanov", "Ivanova"),
        ("", "Smith"),
    ],
)
def test_not_same_name(a: str, b: str) -> None:
    assert not same_name(a, b)


def test_skeleton_folds_accents_and_transliteration() -> None:
    assert skeleton("Zelenskyy") == skeleton("Zelensky") == "zelensky"
    assert skeleton("Erdoğan") == "erdogan"


def _groups(*mentions: tuple[str, str] | tuple[str, str, str]) -> list[tuple[str, list[str]]]:
    items = []
    offset = 0
    for m in mentions:
        text, type_ = m[0], m[1]
        canonical = m[2] if len(m) > 2 else ""
        items.append(NameMention(offset, offset + len(text), text, type_, canonical))
        offset += len(text) + 10
    return [(g.name, [items[i].text for i in g.mentions]) for g in group_mentions(items)]


def test_short_forms_join_the_full_name() -> None:
    assert _groups(
        ("Zelensky", "PERSON"),
        ("Volodymyr Zelensky", "PERSON"),
        ("President Zelenskyy", "PERSON"),
        ("Volodymyr", "PERSON"),
    ) == [
        (
            "Volodymyr Zelensky",
            ["Zelensky", "Volodymyr Zelensky", "President Zelenskyy", "Volodymyr"],
        )
    ]


def test_title_is_stripped_from_the_name() -> None:
    assert _groups(("President Vladimir Putin", "PERSON"), ("Putin", "PERSON")) == [
        ("Vladimir Putin", ["President Vladimir Putin", "Putin"])
    ]


def test_people_sharing_a_surname_stay_apart() -> None:
    groups = _groups(
        ("Joe Biden", "PERSON"),
        ("Hunter Biden", "PERSON"),
        ("Biden", "PERSON"),
    )
    assert groups == [("Joe Biden", ["Joe Biden"]), ("Hunter Biden", ["Hunter Biden", "Biden"])]


def test_lone_surname_goes_to_the_last_named_before_it() -> None:
    groups = _groups(
        ("Hunter Biden", "PERSON"),
        ("Joe Biden", "PERSON"),
        ("Biden", "PERSON"),
    )
    assert ("Joe Biden", ["Joe Biden", "Biden"]) in groups


def test_places_merge_by_canonical_id_and_spelling() -> None:
    assert _groups(
        ("Kiev", "PLACE", "Kyiv"),
        ("Kyiv", "PLACE", "Kyiv"),
        ("Türkiye", "PLACE", "Turkey"),
        ("Turkey", "PLACE", "Turkey"),
    ) == [("Kyiv", ["Kiev", "Kyiv"]), ("Turkey", ["Türkiye", "Turkey"])]


def test_types_do_not_merge() -> None:
    groups = _groups(("Jordan", "PERSON"), ("Jordan", "PLACE"))
    assert len(groups) == 2


def test_unknown_places_merge_by_fold() -> None:
    assert _groups(("Zürich", "PLACE"), ("Zurich", "PLACE")) == [("Zürich", ["Zürich", "Zurich"])]
