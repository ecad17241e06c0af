"""A noun phrase the small parser splits stays one argument (event frames). A measure
before a number is part of the noun it sizes: "A magnitude 6.9 earthquake struck
northern Chile" has the earthquake for its doer, where the parser reads "magnitude" and
"earthquake" as two subjects (and "Force 10 winds" as a noun and its apposition); a
brief of two quake reports was headlined "A magnitude killed six people". A noun before
the noun it modifies is part of it: "issued a tsunami warning" issued the warning, where
the parser reads "warning" as a participle of "tsunami" or the two as two objects (the
same brief: "Chile's navy issued a tsunami"). A participle with arguments of its own
stays a clause ("arrested a man carrying a knife"). Capability tables of invented
sentences (``split_head`` in ``briefx.events.words``)."""

from __future__ import annotations

import pytest

from tests.event_times import frame_of

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


# (text, event word, the start of its patient's phrase).
MODIFIED = [
    (
        "Chile's navy briefly issued a tsunami warning but lifted it an hour later.",
        "issued",
        "a tsunami warning",
    ),
    (
        "The navy issued a tsunami warning for the coast near Iquique.",
        "issued",
        "a tsunami warning",
    ),
    ("Forecasters issued a storm warning for the north on Monday.", "issued", "a storm warning"),
    ("The agency lifted the flood warning on Tuesday.", "lifted", "the flood warning"),
    ("Officials extended the heat warning until Friday.", "extended", "the heat warning"),
    ("The ministry issued a travel warning for the region.", "issued", "a travel warning"),
    ("Police issued an avalanche warning in the Alps.", "issued", "an avalanche warning"),
    ("The office cancelled its frost warning on Sunday.", "cancelled", "its frost warning"),
    ("The service issued a gale warning for the Channel.", "issued", "a gale warning"),
    ("Authorities raised the fire warning to its highest level.", "raised", "the fire warning"),
    ("The bureau issued a cyclone warning for Darwin.", "issued", "a cyclone warning"),
    ("Meteorologists issued a snow warning for Scotland.", "issued", "a snow warning"),
    ("The agency lifted the hail warning for the valley.", "lifted", "the hail warning"),
    ("The council lifted a smog warning in the city.", "lifted", "a smog warning"),
    ("Japan issued a volcano warning for the island.", "issued", "a volcano warning"),
    ("Police arrested a man carrying a knife.", "arrested", "a man"),
]


@pytest.mark.parametrize(("text", "word", "phrase"), MODIFIED)
def test_a_modifying_noun_belongs_to_the_noun_it_modifies(
    text: str, word: str, phrase: str
) -> None:
    frame = frame_of(text, word)
    assert frame.patient is not None
    assert frame.patient.text.startswith(phrase), frame.patient.text
    assert text[frame.patient.start : frame.patient.end] == frame.patient.text
    if phrase == "a man":
        assert frame.patient.text == "a man"


@pytest.mark.parametrize(("text", "word", "role", "phrase"), MEASURED)
def test_a_measure_and_its_number_belong_to_the_noun(
    text: str, word: str, role: str, phrase: str
) -> None:
    frame = frame_of(text, word)
    argument = getattr(frame, role)
    assert argument is not None and argument.text == phrase
    assert text[argument.start : argument.end] == phrase
