"""A known place that follows a verb of going, reaching or striking is a place, however
the model read it (entities, kind "place after a travel verb"): "the minister visited
Parma", "troops entered Kherson", "rebels shelled Mariupol". The place must be known to
the gazetteer (its hand list or the place libraries); a name that is also a first name
stays a person ("visited Victoria in hospital"), and a name the gazetteer does not know is
left as the model read it. Capability table of invented sentences; the verb forms are data
(``models/entities/rules.json``: ``travel_verbs``)."""

from __future__ import annotations

import pytest

import briefx


def _types(text: str) -> dict[str, str]:
    doc = briefx.extract(text, published="2025-11-18")
    return {e.name: e.type for e in doc.entities}


# (text, name, its type)
TABLE = [
    ("The minister visited Parma on Sunday.", "Parma", "PLACE"),
    ("The prime minister visited Cremona after the floods.", "Cremona", "PLACE"),
    ("The king toured Bergamo on Friday.", "Bergamo", "PLACE"),
    ("Troops entered Kherson on Friday.", "Kherson", "PLACE"),
    ("Thousands fled Goma as the rebels advanced.", "Goma", "PLACE"),
    ("Officials evacuated Maastricht as the river rose.", "Maastricht", "PLACE"),
    ("Aid convoys reached Rafah on Monday.", "Rafah", "PLACE"),
    ("Forces captured Bakhmut in May.", "Bakhmut", "PLACE"),
    ("Rebels shelled Mariupol overnight.", "Mariupol", "PLACE"),
    ("The pope is visiting Ajaccio on Sunday.", "Ajaccio", "PLACE"),
    ("The delegation left Kinshasa on Tuesday.", "Kinshasa", "PLACE"),
    ("The envoy visited Tikrit and Mosul last week.", "Tikrit", "PLACE"),
    ("Government troops recaptured Kupiansk in March.", "Kupiansk", "PLACE"),
    ("Fighters besieged Aleppo for months.", "Aleppo", "PLACE"),
    ("The band toured Dortmund in May.", "Dortmund", "PLACE"),
]

# Not a known place, or also a first name: the verb makes no place of it.
NOT_PLACES = [
    ("The senator visited Florence at her flat.", "Florence"),
    ("The coach visited Okonkwo at his home.", "Okonkwo"),
]


@pytest.mark.parametrize(("text", "name", "kind"), TABLE)
def test_a_known_place_after_a_travel_verb_is_a_place(text: str, name: str, kind: str) -> None:
    assert _types(text).get(name) == kind


@pytest.mark.parametrize(("text", "name"), NOT_PLACES)
def test_a_first_name_or_an_unknown_name_stays_what_the_model_read(text: str, name: str) -> None:
    assert _types(text).get(name) not in (None, "PLACE")
