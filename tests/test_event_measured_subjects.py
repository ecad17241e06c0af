"""A measure before a number is part of the noun it sizes, not a subject of its own
(event frames): "A magnitude 6.9 earthquake struck northern Chile" has the earthquake
for its doer, where the small parser reads "magnitude" and "earthquake" as two subjects
(and "Force 10 winds" as a noun and its apposition). A brief of two quake reports was
headlined "A magnitude killed six people". Capability table of invented sentences."""

from __future__ import annotations

import pytest

import briefx

# (text, event word, "agent" or "patient", the argument's phrase).
MEASURED = [
    (
        "A magnitude 6.9 earthquake struck northern Chile late Monday.",
        "struck",
        "agent",
        "A magnitude 6.9 earthquake",
    ),
    ("A magnitude 8.2 tremor killed six people.", "killed", "agent", "A magnitude 8.2 tremor"),
    ("A category 4 hurricane hit the coast.", "hit", "agent", "A category 4 hurricane"),
    ("A 6.9 magnitude quake struck Peru.", "struck", "agent", "A 6.9 magnitude quake"),
    ("A level 3 alert remains in force.", "remains", "agent", "A level 3 alert"),
    ("Force 10 winds battered the island.", "battered", "agent", "Force 10 winds"),
    (
        "A magnitude 5.1 aftershock rattled the capital on Tuesday.",
        "rattled",
        "agent",
        "A magnitude 5.1 aftershock",
    ),
    ("A category 2 storm flooded the port.", "flooded", "agent", "A category 2 storm"),
    ("A magnitude 7 quake shook Taiwan.", "shook", "agent", "A magnitude 7 quake"),
    (
        "A magnitude 5.0 quake was recorded off the coast on Sunday.",
        "recorded",
        "patient",
        "A magnitude 5.0 quake",
    ),
    ("A stage 4 patient received the drug.", "received", "agent", "A stage 4 patient"),
    ("A class 1 railway crossed the border.", "crossed", "agent", "A class 1 railway"),
    ("A magnitude 6.1 quake hit Nepal and killed nine.", "hit", "agent", "A magnitude 6.1 quake"),
    ("A type 2 bus caught fire.", "caught", "agent", "A type 2 bus"),
    ("A category 5 typhoon battered Luzon.", "battered", "agent", "A category 5 typhoon"),
    ("The level 4 warning covers the whole coast.", "covers", "agent", "The level 4 warning"),
    (
        "A magnitude 6.6 quake rocked the island on Friday.",
        "rocked",
        "agent",
        "A magnitude 6.6 quake",
    ),
]


@pytest.mark.parametrize(("text", "word", "role", "phrase"), MEASURED)
def test_a_measure_and_its_number_belong_to_the_noun(
    text: str, word: str, role: str, phrase: str
) -> None:
    doc = briefx.extract(text, published="2025-11-18")
    frame = next(f for fact in doc.facts for f in fact.events if f.text == word)
    argument = getattr(frame, role)
    assert argument is not None and argument.text == phrase
    assert text[argument.start : argument.end] == phrase
