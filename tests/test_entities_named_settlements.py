"""A name after "the town of", "the village of", "the port of" is a place (entities): the
model read "a wildfire broke out near the town of Ashwood" and "the blast shook the mining
town of Orvik" as organisations (invented reports), and a fire's place was lost to the
brief. The noun before "of" says what the name is (``settlement_nouns`` in
``models/entities/rules.json``), with or without words before it ("the northern city
of"); a name that is not the object of such an "of" stays as read ("the Bank of
Albion"). Capability table of invented texts."""

from __future__ import annotations

import pytest

from tests.test_fresh_kinds import names

# (text, the name, its type)
TABLE = [
    ("The fire broke out near the town of Ashwood on Sunday.", "Ashwood", "PLACE"),
    ("The blast shook the mining town of Orvik.", "Orvik", "PLACE"),
    ("Troops entered the village of Dernow on Monday.", "Dernow", "PLACE"),
    ("Protests spread to the city of Marvale.", "Marvale", "PLACE"),
    ("Floods hit the port town of Kessa.", "Kessa", "PLACE"),
    ("Police sealed off the town of Brenton after the attack.", "Brenton", "PLACE"),
    ("Rebels seized the district of Ulvar.", "Ulvar", "PLACE"),
    ("The ferry sank off the island of Skarn.", "Skarn", "PLACE"),
    ("Cases rose in the province of Talmora.", "Talmora", "PLACE"),
    ("Shells fell on the northern city of Varnok overnight.", "Varnok", "PLACE"),
    ("Exports left the port of Dunsby on Friday.", "Dunsby", "PLACE"),
    ("The storm flattened the hamlet of Crell.", "Crell", "PLACE"),
    ("Voters in the county of Ardley backed the plan.", "Ardley", "PLACE"),
    ("Residents of the suburb of Halverton were told to leave.", "Halverton", "PLACE"),
    ("Aid reached the border town of Sarvesh by road.", "Sarvesh", "PLACE"),
    # Not after a noun of settlement: as read.
    ("The Bank of Albion kept rates on hold.", "Bank of Albion", "ORG"),
    ("The University of Marvale opened a campus.", "University of Marvale", "ORG"),
]


@pytest.mark.parametrize(("text", "name", "type_"), TABLE)
def test_a_name_after_a_noun_of_settlement_is_a_place(text: str, name: str, type_: str) -> None:
    assert names(text).get(name) == type_
