"""A name before a lower-case word of a natural feature is a place: "the Selka river",
"the Kessel valley", "the Tarno volcano", whatever the model read (an organisation, a
person, nothing). ``feature_nouns`` in models/entities/rules.json. A product line, a
television channel or a bridge named after someone is left. Capability table of invented
sentences."""

from __future__ import annotations

import pytest

from tests.test_fresh_kinds import names

TABLE = [
    ("Rescuers searched the banks of the Selka river on Friday.", "Selka"),
    ("The Dravo river burst its banks overnight.", "Dravo"),
    ("Fishing was banned on the Orlen lake after the spill.", "Orlen"),
    ("Snow closed roads across the Kessel valley.", "Kessel"),
    ("The ferry sank in the Marrow strait in heavy seas.", "Marrow"),
    ("Ash rose from the Tarno volcano for a third day.", "Tarno"),
    ("Wildfires spread through the Ostra hills on Monday.", "Ostra"),
    ("The Brask glacier has lost a third of its ice since 2000.", "Brask"),
    ("Drought has dried up much of the Lumen delta.", "Lumen"),
    ("A tanker ran aground near the Halvik peninsula.", "Halvik"),
    ("The plane came down in the Serra mountains.", "Serra"),
    ("Farmers in the Talvo basin lost their crops.", "Talvo"),
    ("The Kerrin canal reopened to barges on Tuesday.", "Kerrin"),
    ("Two hikers were rescued from the Ardo gorge.", "Ardo"),
    ("Storms battered villages along the Vessa coast.", "Vessa"),
    ("Herders crossed the Dorn plateau before the snow.", "Dorn"),
]


@pytest.mark.parametrize(("text", "name"), TABLE)
def test_a_name_before_a_natural_feature_is_a_place(text: str, name: str) -> None:
    # The name alone, or with its feature word when the model took both ("Dorn plateau").
    found = {m: kind for m, kind in names(text).items() if m.split()[0] == name}
    assert found and set(found.values()) == {"PLACE"}, found


LEFT = [
    ("Police closed the Miller bridge after the crash.", "Miller", "PERSON"),
    ("The match was shown on the Disney channel.", "Disney", "ORG"),
]


@pytest.mark.parametrize(("text", "name", "kind"), LEFT)
def test_other_names_before_a_common_noun_are_left(text: str, name: str, kind: str) -> None:
    assert names(text).get(name) == kind
