"""The dateline's place named again before a noun is that place (issue 25, fresh news).

"Korvenmaa nurses strike for second day" over "KORVENMAA (Nordic Wire) - ...": the model
read the headline's "Korvenmaa" as an organisation, and the report had a place and an
organisation of one name. A name the dateline gives as a place, read again as an
organisation right before a common noun it modifies ("Vessling police", "Halden
voters"), is the place; not in a report of matches ("Halden players": the club's, as
for "'s"), nor inside a longer name ("Vessling City Council"). Capability table of
invented openings, published 2025-11-18.
"""

from __future__ import annotations

import pytest

import briefx

# Every mention of the dateline's first name, alone, is one place.
BEFORE_A_NOUN = [
    "Korvenmaa nurses strike for a second day\n\nKORVENMAA (Nordic Wire) - Nurses at three "
    "hospitals stayed off work on Tuesday.",
    "Skarvik schools shut as storm nears\n\nSKARVIK (Wire) - Every school in the town closed "
    "on Monday.",
    "VESSLING, Norland (Post) - Vessling police arrested two men on Monday.",
    "BRENVIK (Wire) - Brenvik residents were told to boil their water.",
    "ORVIK, Lindmark (News) - Orvik officials closed the harbour on Sunday.",
    "HALDEN, Norvia (Wire) - Halden voters rejected the plan in a referendum.",
    "TARNO, Estmark (Post) - Tarno firefighters put out a blaze at a depot.",
    "PELLA, Sarvonia (Post) - Pella hospitals cancelled planned operations.",
    "MIRGOROD, Tavria (Agency) - Mirgorod prosecutors charged a former mayor.",
    "RASK, Velmora (Wire) - Rask fishermen protested against the new quotas.",
    "DUNMERE, Caldor (News) - Dunmere shops reopened after the floods.",
    "ASHWOOD, Marrow (Wire) - The Ashwood council approved a new bridge.",
    "VELL, Quandor (Agency) - Vell port workers walked out on Friday.",
    "LUNDE (Wire) - Lunde farmers blocked the main road with tractors.",
    "KESSEL, Valdoria (Wire) - Kessel taxi drivers staged a go-slow on Monday.",
    "BROMLEA (Post) - Bromlea families were moved to a school gym overnight.",
]


def _kinds(doc: briefx.Document, name: str) -> set[str]:
    return {e.type for e in doc.entities for m in e.mentions if m.text.title() == name}


@pytest.mark.parametrize("text", BEFORE_A_NOUN)
def test_the_datelines_place_before_a_noun_is_the_place(text: str) -> None:
    line = next(part for part in text.split("\n") if " (" in part)
    name = line.split(" (")[0].split(", ")[0].title()
    doc = briefx.extract(text, published="2025-11-18")
    read = [(m.text, e.type) for e in doc.entities for m in e.mentions]
    assert _kinds(doc, name) == {"PLACE"}, read


def test_a_longer_name_stays_an_organisation() -> None:
    text = "VESSLING (Post) - Vessling City Council voted to close two berths on Monday."
    doc = briefx.extract(text, published="2025-11-18")
    names = {(e.name, e.type) for e in doc.entities}
    assert ("Vessling City Council", "ORG") in names and ("Vessling", "PLACE") in names


def test_a_clubs_players_stay_the_clubs_in_a_report_of_matches() -> None:
    text = (
        "HALDEN (Wire) - Halden players celebrated on Saturday.\n\n"
        "Halden 2 Moss 0\nBrask 1 Vell 1\n"
    )
    doc = briefx.extract(text, published="2025-11-18")
    read = {(m.start, e.type) for e in doc.entities for m in e.mentions if m.text == "Halden"}
    assert (text.index("Halden players"), "PLACE") not in read
