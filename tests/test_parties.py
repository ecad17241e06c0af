"""A capital stands for its country as a party; a doer's words may say where (issue 26).

Capability tables: ``briefx.crossdoc.parties.country_of`` over names of countries,
capitals and other places; and invented two-report briefs where a party is named two
ways ("Kyiv" / "Ukraine") or a doer is a description ("delegations in Geneva").
"""

from __future__ import annotations

import pytest

import briefx
from briefx.crossdoc.parties import country_of

COUNTRY = [
    (["Kyiv", "Kiev"], "UA"),
    (["Ukraine"], "UA"),
    (["Moscow"], "RU"),
    (["Russia"], "RU"),
    (["Russian Federation"], "RU"),
    (["Türkiye"], "TR"),
    (["Turkey"], "TR"),
    (["Turkiye"], "TR"),
    (["Ankara"], "TR"),
    (["Washington"], "US"),
    (["United States"], "US"),
    (["Beijing"], "CN"),
    (["Paris"], "FR"),
    (["Tokyo"], "JP"),
    (["Berlin"], "DE"),
    (["Kingston"], None),  # the capital of two countries in the library
    (["Istanbul"], None),  # a city, not a capital
    (["Oaxaca"], None),  # a region
    (["Europe"], None),  # a continent
    (["Helvex Motors"], None),
]


@pytest.mark.parametrize(("names", "expected"), COUNTRY)
def test_country_of(names: list[str], expected: str | None) -> None:
    assert country_of(names) == expected


def _linked(first: str, second: str) -> bool:
    docs = [
        briefx.extract(text, published="2025-04-02", doc_id=f"r{n}")
        for n, text in enumerate((first, second))
    ]
    brief = briefx.brief(docs)
    return any({f.doc for f in c.facts} == {0, 1} for c in brief.fact_clusters)


# (report one, report two, one event?)
PARTIES = [
    # A capital as the doer is its country.
    ("Kyiv refused to cede the port.", "Ukraine refused to cede the port.", True),
    ("Moscow demanded that Kyiv cede the port.", "Russia wants Ukraine to cede the port.", True),
    ("Paris recalled its ambassador.", "France recalled its ambassador.", True),
    ("Ankara closed the border with Syria.", "Turkey closed the border with Syria.", True),
    ("Tokyo imposed tariffs on steel.", "Japan imposed tariffs on steel.", True),
    # Two countries are two parties, however they are named.
    ("Kyiv refused to cede the port.", "Moscow refused to cede the port.", False),
    ("Paris recalled its ambassador.", "Germany recalled its ambassador.", False),
    ("Berlin imposed tariffs on steel.", "Japan imposed tariffs on steel.", False),
]


@pytest.mark.parametrize(("first", "second", "expected"), PARTIES)
def test_a_capital_stands_for_its_country(first: str, second: str, expected: bool) -> None:
    assert _linked(first, second) is expected


# A doer described by words that names a place ("rescue teams in Oaxaca"): the event
# happens there. (report one, report two, one event?)
DOERS = [
    (
        "A prisoner swap was the only result of the talks between rival delegations in "
        "Geneva this year.",
        "Velmora and Dunmark held several rounds of negotiations in Geneva earlier this "
        "year, without a ceasefire.",
        True,
    ),
    (
        "Rescue teams in Oaxaca searched the rubble on Monday.",
        "Rescuers searched the rubble in Oaxaca on Monday.",
        True,
    ),
    (
        "Protesters in Lima marched on parliament on Sunday, demanding new elections.",
        "Thousands marched in Lima on Sunday to demand a vote.",
        True,
    ),
    (
        "Fans in Madrid celebrated the title until dawn.",
        "The club's supporters celebrated in Madrid after the final whistle.",
        True,
    ),
    (
        "Investigators in Lyon questioned the driver for six hours.",
        "The driver was questioned in Lyon by police.",
        True,
    ),
    (
        "Firefighters in Porto fought the blaze through the night.",
        "The blaze in Porto was fought by 200 firefighters.",
        True,
    ),
    (
        "Doctors in Gaza treated dozens of wounded children.",
        "Dozens of wounded children were treated in Gaza.",
        True,
    ),
    (
        "Voters in Quebec rejected the plan on Sunday.",
        "The plan was rejected in Quebec in Sunday's vote.",
        True,
    ),
    (
        "Workers in Turin walked out on Friday over pay.",
        "Car workers walked out in Turin on Friday.",
        True,
    ),
    (
        "Police in Oslo arrested two men after the robbery.",
        "Two men were arrested in Oslo after a robbery.",
        True,
    ),
    (
        "Protesters in Lima marched on parliament on Sunday.",
        "Thousands marched in Quito on Sunday.",
        False,
    ),
]
# Sentences this alike are linked by their words (a mutual best match) whatever place
# their doers name: parting text links by place cost ECB+ recall (eval_brief.py --halves
# --rebrief, even 0.717 -> 0.714), so it is left out.
_TEXT_LINKS = pytest.mark.xfail(
    reason="text links do not part by place: measured cost on ECB+", strict=True
)
DOERS += [
    pytest.param(first, second, False, marks=_TEXT_LINKS)
    for first, second in [
        (
            "Rescue teams in Oaxaca searched the rubble on Monday.",
            "Rescuers searched the rubble in Puebla on Monday.",
        ),
        (
            "Police in Oslo arrested two men after the robbery.",
            "Two men were arrested in Bergen after a robbery.",
        ),
        (
            "Workers in Turin walked out on Friday over pay.",
            "Car workers walked out in Milan on Friday.",
        ),
        (
            "Firefighters in Porto fought the blaze through the night.",
            "A blaze in Lisbon was fought by 200 firefighters.",
        ),
        (
            "Voters in Quebec rejected the plan on Sunday.",
            "The plan was rejected in Ontario in Sunday's vote.",
        ),
    ]
]


@pytest.mark.parametrize(("first", "second", "expected"), DOERS)
def test_a_described_doer_names_the_place(first: str, second: str, expected: bool) -> None:
    assert _linked(first, second) is expected
