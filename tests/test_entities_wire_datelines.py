"""The places of a wire dateline, and names given in capitals (entities, one name per
place). In "TALLIN BAY, Velmark (Wirecast) -" the region after the town is a place though
no list knows it (it was an organisation, or lost inside the model's "Velmark (Wirecast"
read as a work of art), and the brief wrote the town as "TALLIN BAY". A wire dateline's
region is a place; a name read from its context wins over the model's other labels on its
words (not over dates and amounts); and a place or a person given only in capitals is
written as a name ("Tallin Bay", "San Lorenzo del Mar": ``name_particles`` in
``models/entities/org_names.json``), or as the report writes it elsewhere ("officials in
Kessa"). An organisation in capitals stays so ("NATO"). Capability table of invented
texts."""

from __future__ import annotations

import pytest

from briefx import extract


def entities(text: str) -> dict[str, str]:
    """Every entity's canonical name -> its type."""
    return {e.name: e.type for e in extract(text, published="2025-11-18").entities}


# (text, canonical name, type)
TABLE = [
    ("TALLIN BAY, Velmark (Wirecast) - The opposition won the vote.", "Velmark", "PLACE"),
    ("TALLIN BAY, Velmark (Wirecast) - The opposition won the vote.", "Wirecast", "ORG"),
    ("TALLIN BAY, Velmark (Wirecast) - The opposition won the vote.", "Tallin Bay", "PLACE"),
    ("EL MIRADOR, Tarenia (Reuters) - Troops entered the town.", "Tarenia", "PLACE"),
    ("EL MIRADOR, Tarenia (Reuters) - Troops entered the town.", "El Mirador", "PLACE"),
    ("KESSA, Zambara (Reuters) - Officials said cases rose.", "Zambara", "PLACE"),
    ("KESSA, Zambara (Reuters) - Officials in Kessa said cases rose.", "Kessa", "PLACE"),
    ("PORT ELLIS, Norvalia (AP) - Fishermen stayed in port.", "Norvalia", "PLACE"),
    ("PORT ELLIS, Norvalia (AP) - Fishermen stayed in port.", "Port Ellis", "PLACE"),
    ("MARVALE, Ostrenia (Wirecast) - Police closed the border.", "Ostrenia", "PLACE"),
    ("LORNE FALLS, Dravia (AP) - Rescuers searched the river.", "Lorne Falls", "PLACE"),
    ("SAN LORENZO DEL MAR, Tarenia (Reuters) - Troops entered.", "San Lorenzo del Mar", "PLACE"),
    ("ST. ELMO, Ill. (AP) - A tornado destroyed a barn.", "St. Elmo", "PLACE"),
    ("DUNMORE, Pa. (AP) - A fire destroyed a warehouse.", "Dunmore", "PLACE"),
    ("BERLIN (Reuters) - The cabinet met on Monday.", "Berlin", "PLACE"),
    ("NATO leaders met in Brussels on Monday.", "NATO", "ORG"),
    ("HARLAND WINS\n\nJo Harland won the race on Sunday.", "Jo Harland", "PERSON"),
]


@pytest.mark.parametrize(("text", "name", "type_"), TABLE)
def test_a_wire_datelines_places_and_names_in_capitals(text: str, name: str, type_: str) -> None:
    assert entities(text).get(name) == type_


def test_no_name_stays_in_capitals_beside_its_written_form() -> None:
    found = entities("KESSA, Zambara (Reuters) - Officials in Kessa said cases rose.")
    assert "KESSA" not in found
