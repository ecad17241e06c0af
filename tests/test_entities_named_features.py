"""A name whose head is a word of a feature of the land or the water is a place: "the
Varna River", "the Marrow Falls", "Lake Orvel", "the Selvin Desert" (entities, places).

The model reads many an unknown river, forest or glacier as an organisation or a person
("dolphins returned to the Varna River" gave ORG:Varna River), or leaves it untagged ("the
Brenn Mountains"). The words that end such a name ("River", "Islands", "Desert", "Falls")
or open it ("Lake", "Mount", "Cape") are read off the named features of WordNet
(``models/entities/feature_names.json``, built by tools/build_feature_names.py), with the
lower-case ``feature_nouns`` of rules.json. A firm named after a feature keeps its
organisation: an organisation's word in or after the name ("Lake Capital", "Red River
Bank", "Varna River Holdings"), a name the gazetteer knows as a firm, or a head that names
a firm's thing too ("the Kessel Channel", a television channel; ``not_heads``).

Capability table of invented sentences, published 2026-08-11; before the rule 8 of the 17
features failed (the 9 negative rows passed).
"""

from __future__ import annotations

import pytest

from tests.test_fresh_kinds import names

# (text, the feature's name as the mention reads)
FEATURES = [
    ("River dolphins have returned to the Varna River.", "Varna River"),
    ("Tourists flocked to the Marrow Falls after the rains.", "Marrow Falls"),
    ("Hikers got lost in the Kessel Forest on Sunday.", "Kessel Forest"),
    ("The Selvin Desert saw record heat this week.", "Selvin Desert"),
    ("Scientists measured the Tarsk Glacier again in June.", "Tarsk Glacier"),
    ("Rescuers reached the Brenn Mountains by helicopter.", "Brenn Mountains"),
    ("The Kelso Peninsula lost power overnight.", "Kelso Peninsula"),
    ("Fishermen returned to Lake Orvel on Monday.", "Lake Orvel"),
    ("Divers surveyed the Ostrava Ridge last month.", "Ostrava Ridge"),
    ("A landslide blocked the Dravo Canyon road.", "Dravo Canyon"),
    ("Flooding hit towns along the Pellin River on Tuesday.", "Pellin River"),
    ("Fishing boats left the Harrow Bay at dawn.", "Harrow Bay"),
    ("Drought shrank the Lumo Delta again this year.", "Lumo Delta"),
    ("A ferry capsized in the Sorrel Strait.", "Sorrel Strait"),
    ("Wolves were spotted in the Vardo Valley.", "Vardo Valley"),
    ("Campers fled the Ashdown Islands as the storm neared.", "Ashdown Islands"),
    ("Climbers died on Mount Tarnak last year.", "Mount Tarnak"),
]

# (text, name, the type it keeps)
FIRMS = [
    ("Lake Capital raised a new fund.", "Lake Capital", "ORG"),
    ("Red River Bank posted higher profits.", "Red River Bank", "ORG"),
    ("Varna River Holdings cut its dividend.", "Varna River Holdings", "ORG"),
    ("The match was shown on the Kessel Channel.", "Kessel Channel", "ORG"),
    ("Fans cheered as River Plate won the cup.", "River Plate", "ORG"),
    ("Mount Sinai Hospital treated the injured.", "Mount Sinai Hospital", "ORG"),
    ("Smugglers crossed the Gulf of Terran at night.", "Gulf of Terran", "PLACE"),
    ("The Odra River rose overnight.", "Odra River", "PLACE"),
    ("Oil washed up along Skarn Bay.", "Skarn Bay", "PLACE"),
]


@pytest.mark.parametrize(("text", "name"), FEATURES)
def test_a_name_headed_by_a_feature_word_is_a_place(text: str, name: str) -> None:
    assert names(text).get(name) == "PLACE"


@pytest.mark.parametrize(("text", "name", "type_"), FIRMS)
def test_a_firm_named_after_a_feature_keeps_its_type(text: str, name: str, type_: str) -> None:
    assert names(text).get(name) == type_
