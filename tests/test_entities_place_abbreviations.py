"""A place's abbreviation is that place when the report names it in full (entities, one
name per place): the brief of an invented wildfire report, "Wildfire ... in southern
Oregon" filed from "MEDFORD, Ore.", listed two places, "Ore." and "Oregon". An
abbreviation ("Ore.", "Calif.", "Pa.", "N.Y."; a short word with a full stop) whose letters
run in order through the name of exactly one place of the report, from its first letter,
is a mention of that place; with none, or with two, it stays its own. Capability table of
invented texts."""

from __future__ import annotations

import pytest

from briefx import extract


def places(text: str) -> dict[str, list[str]]:
    """Each place's canonical name -> the texts of its mentions."""
    doc = extract(text, published="2025-11-18")
    return {e.name: [m.text for m in e.mentions] for e in doc.entities if e.type == "PLACE"}


# (text, the abbreviation, the place it names)
TABLE = [
    (
        "Wildfire spreads in southern Oregon\n\nMEDFORD, Ore. (AP) - A fire grew overnight.",
        "Ore.",
        "Oregon",
    ),
    (
        "Storms batter California\n\nEUREKA, Calif. (AP) - Winds toppled trees.",
        "Calif.",
        "California",
    ),
    (
        "Flooding in Pennsylvania\n\nDUNMORE, Pa. (AP) - Rivers rose on Monday.",
        "Pa.",
        "Pennsylvania",
    ),
    ("Snow hits upstate New York\n\nTROY, N.Y. (AP) - Schools closed.", "N.Y.", "New York"),
    ("Tornado in Kansas\n\nASHBY, Kan. (AP) - A barn was destroyed.", "Kan.", "Kansas"),
    ("Maryland train derails\n\nELKTON, Md. (AP) - Cars left the track.", "Md.", "Maryland"),
    ("Kentucky mine shut\n\nHAZARD, Ky. (AP) - Inspectors found a leak.", "Ky.", "Kentucky"),
    ("Georgia port reopens\n\nSAVANNAH, Ga. (AP) - Ships docked again.", "Ga.", "Georgia"),
    ("Florida storm\n\nOCALA, Fla. (AP) - Power failed across the county.", "Fla.", "Florida"),
    ("Connecticut vote\n\nHARTFORD, Conn. (AP) - Lawmakers met.", "Conn.", "Connecticut"),
    ("Massachusetts fire\n\nLOWELL, Mass. (AP) - A mill burned.", "Mass.", "Massachusetts"),
    ("Wisconsin dairy strike\n\nMADISON, Wis. (AP) - Farmers protested.", "Wis.", "Wisconsin"),
    ("Tennessee flood\n\nDYERSBURG, Tenn. (AP) - Water rose.", "Tenn.", "Tennessee"),
    ("Illinois budget\n\nSPRINGFIELD, Ill. (AP) - The senate voted.", "Ill.", "Illinois"),
    ("Michigan plant closes\n\nFLINT, Mich. (AP) - Workers left.", "Mich.", "Michigan"),
]


@pytest.mark.parametrize(("text", "short", "name"), TABLE)
def test_an_abbreviation_names_the_place_named_in_full(text: str, short: str, name: str) -> None:
    found = places(text)
    assert short in found.get(name, [])
    assert short not in found


# No place named in full, or an abbreviation no place's name spells: it stays its own.
ALONE = [
    ("MEDFORD, Ore. (AP) - A fire grew overnight.", "Ore."),
    ("Storm in Ohio\n\nEUREKA, Calif. (AP) - Winds toppled trees.", "Calif."),
]


@pytest.mark.parametrize(("text", "short"), ALONE)
def test_an_abbreviation_alone_stays_its_own(text: str, short: str) -> None:
    assert short in places(text)
