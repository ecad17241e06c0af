"""One name, one kind across reports (reconcile: one name per person, place or
organisation): "Veltrix" an organisation in one report ("chipmaker Veltrix") and a place
in another ("Veltrix shares fell") is one organisation. Capability table of invented pairs
of reports.

A name one report reads as an organisation joins the same name another report reads as
a place no gazetteer knows, or as a one-word person whose name is no known first name:
the model's guess on a made-up name gives way to the organisation. A known place
("Jordan", "Washington") or a known first name stays as it was read.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-18"


def _kinds(first: str, second: str, name: str) -> list[str]:
    documents = [briefx.extract(t, published=PUBLISHED) for t in (first, second)]
    brief = briefx.brief(documents)
    return sorted(e.type for e in brief.entities if e.name == name)


# (first report, second report, the name)
ONE_FIRM = [
    (
        "Chipmaker Veltrix cut its forecast on Monday.",
        "Veltrix shares fell 8% on Monday.",
        "Veltrix",
    ),
    (
        "Carmaker Valdheim recalled 40,000 cars on Monday.",
        "Valdheim will fix the brakes for free, the company said.",
        "Valdheim",
    ),
    (
        "Lender Credora raised $50 million on Monday.",
        "Credora plans to open offices in Lisbon.",
        "Credora",
    ),
    (
        "Grid operator Tessaline said crews were at work.",
        "Tessaline shares rose 1% on Tuesday.",
        "Tessaline",
    ),
    (
        "Shares of retailer Brannock fell 3% on Monday.",
        "Brannock said sales slowed in October.",
        "Brannock",
    ),
    (
        "Insurer Hallgard said storm claims doubled.",
        "Hallgard expects claims of $40 million.",
        "Hallgard",
    ),
    (
        "The deal values miner Orvane at $2 billion.",
        "Orvane said output fell at its mine.",
        "Orvane",
    ),
    (
        "Budget airline Skarvik cancelled 200 flights on Sunday.",
        "Skarvik blamed the strike for the cancellations.",
        "Skarvik",
    ),
    (
        "Drugmaker Pellix won approval for its pill.",
        "Pellix will launch the pill in March.",
        "Pellix",
    ),
    ("Online retailer Tradevo lost users.", "Tradevo shares slid after the outage.", "Tradevo"),
    ("Telecoms group Velcom agreed to buy Sarnet.", "Velcom will pay $3 billion for it.", "Velcom"),
    (
        "The water utility Clearbrook was fined for leaks.",
        "Clearbrook said it would appeal the fine.",
        "Clearbrook",
    ),
    ("Steelmaker Ardento idled a furnace.", "Ardento blamed weak demand.", "Ardento"),
    ("Defence contractor Harkwell won a navy order.", "Harkwell shares jumped 6%.", "Harkwell"),
    ("Streaming service Flixor lost subscribers.", "Flixor raised its prices in May.", "Flixor"),
]

# (first report, second report, the name, the kinds it keeps)
KEPT_APART = [
    (
        "Troops crossed into Jordan on Monday.",
        "Jordan Pike scored twice on Monday.",
        "Jordan",
        ["PLACE"],
    ),
    (
        "Protesters marched in Washington on Sunday.",
        "Washington imposed new tariffs on Sunday.",
        "Washington",
        ["PLACE"],
    ),
]


@pytest.mark.parametrize(("first", "second", "name"), ONE_FIRM)
def test_a_name_read_as_an_organisation_is_one_organisation(
    first: str, second: str, name: str
) -> None:
    assert _kinds(first, second, name) == ["ORG"]


@pytest.mark.parametrize(("first", "second", "name", "kinds"), KEPT_APART)
def test_a_known_place_keeps_its_kind(first: str, second: str, name: str, kinds: list[str]) -> None:
    assert _kinds(first, second, name) == kinds
