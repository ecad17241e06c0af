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


# One name per organisation, inside one document (through the whole pipeline). Each case:
# a text, then the organisation names expected as one entity each (mentions in order).
ORGANISATIONS_IN_A_DOCUMENT = [
    (
        "Nvidia Corp. said revenue rose. Nvidia also said margins fell.",
        [["Nvidia Corp.", "Nvidia"]],
    ),
    (
        "Brightwater Ltd cut jobs. Brightwater said demand fell.",
        [["Brightwater Ltd", "Brightwater"]],
    ),
    ("Halvorsen plc raised prices. Halvorsen said costs rose.", [["Halvorsen plc", "Halvorsen"]]),
    (
        "Kessler AG said profit rose. Analysts said Kessler had done well.",
        [["Kessler AG", "Kessler"]],
    ),
    ("Vinterra SA cut its forecast. Vinterra said sales fell.", [["Vinterra SA", "Vinterra"]]),
    ("Acme Inc said the company would hire. Acme shares rose.", [["Acme Inc", "Acme"]]),
    ("Delmar Co. opened a plant. Delmar said it would hire 200.", [["Delmar Co.", "Delmar"]]),
    (
        "Orion Group bought a rival. Orion said the deal would close soon.",
        [["Orion Group", "Orion"]],
    ),
    (
        "The Federal Aviation Administration (FAA) grounded the jets. The FAA said more checks "
        "were due.",
        [["Federal Aviation Administration", "FAA", "FAA"]],
    ),
    (
        "The National Transport Safety Council (NTSC) opened an inquiry. The NTSC said it "
        "would report in March.",
        [["National Transport Safety Council", "NTSC", "NTSC"]],
    ),
    ("General Motors said sales rose. GM also raised its outlook.", [["General Motors", "GM"]]),
    (
        "Tessaro Holdings Ltd agreed a merger. Tessaro said the board backed it.",
        [["Tessaro Holdings Ltd", "Tessaro"]],
    ),
    # "the company" is not a name.
    ("Acme Inc said the company would hire.", [["Acme Inc"]]),
    ("Brightwater Ltd said the firm and the group would cut costs.", [["Brightwater Ltd"]]),
    # Two organisations that share a first word stay two.
    ("Orion Bank and Orion Group both reported results.", [["Orion Bank"], ["Orion Group"]]),
]


@pytest.mark.parametrize(("text", "expected"), ORGANISATIONS_IN_A_DOCUMENT)
def test_one_name_per_organisation_in_a_document(text: str, expected: list[list[str]]) -> None:
    from briefx import extract

    doc = extract(text, published="2025-01-06")
    orgs = [[m.text for m in e.mentions] for e in doc.entities if e.type == "ORG"]
    assert orgs == expected


# The same rules across documents: the reports name one organisation in different ways.
ORGANISATIONS_ACROSS_DOCUMENTS = [
    (["Nvidia Corp.", "Nvidia"], 1),
    (["Kessler AG", "Kessler AG", "Kessler"], 1),
    (["Halvorsen plc", "Halvorsen"], 1),
    (["Brightwater Ltd", "Brightwater Limited"], 1),
    (["Federal Aviation Administration", "FAA"], 1),
    (["General Motors", "GM"], 1),
    (["Orion Group", "Orion Capital"], 2),
]


@pytest.mark.parametrize(("names", "groups"), ORGANISATIONS_ACROSS_DOCUMENTS)
def test_one_name_per_organisation_across_documents(names: list[str], groups: int) -> None:
    from briefx import extract
    from briefx.canonical import merge_corpus_entities

    docs = [
        extract(f"{name} said on Monday that it would cut jobs.", published="2025-01-06")
        for name in names
    ]
    entities, _ = merge_corpus_entities(docs)
    orgs = [e for e in entities if e.type == "ORG"]
    assert len(orgs) == groups, [(e.name, e.aliases) for e in orgs]


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Nvidia Corp.", "nvidia"),
        ("Acme Holdings Ltd", "acme"),
        ("the Orion Group", "orion"),
        ("Group", skeleton("Group")),  # never stripped down to nothing
    ],
)
def test_org_key_drops_legal_suffixes(name: str, key: str) -> None:
    from briefx.canonical import org_key

    assert org_key(name) == key


@pytest.mark.parametrize(
    ("name", "acronym"),
    [
        ("Federal Aviation Administration", "FAA"),
        ("Bank of England", "BE"),
        ("the International Monetary Fund", "IMF"),
        ("Nvidia", ""),
    ],
)
def test_initials(name: str, acronym: str) -> None:
    from briefx.canonical import initials

    assert initials(name) == acronym
