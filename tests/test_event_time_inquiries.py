"""An event that an inquiry looks into, or a reaction is about, came before it (issue 25,
rules 2 and 5): "Prosecutors opened an investigation into the fire on Wednesday" dated the
fire Wednesday, though the story had told it broke out on Tuesday (an invented
factory-fire report). An event noun after "into", "over", "of", "on" or "about" a noun of
inquiry or reaction (``inquiry_nouns`` in ``models/events/time.json``: investigation,
inquiry, probe, anger, tributes, ...) takes no date from the act on that noun, as with a
verb that reacts to it ("condemned the attack", ``reacting``); an event the story told
keeps its time, one it did not is past with no time. A date of the event's own stays.
Capability table of invented texts (published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import frame_of, time_of

# (text, the event looked into, its time's value)
TOLD = [
    (
        "A tanker spilled oil on Sunday. Officials ordered an inquiry into the spill on Monday.",
        "spill",
        "2025-11-16",
    ),
    (
        "A jet crashed on Sunday. The ministry launched an inquiry into the crash on Monday.",
        "crash",
        "2025-11-16",
    ),
    (
        "A bridge collapsed on Friday. Engineers began an examination of the collapse on Saturday.",
        "collapse",
        "2025-11-14",
    ),
    (
        "Hackers attacked a bank on Monday. On Tuesday, the bank began a probe into the attack.",
        "attack",
        "2025-11-17",
    ),
    (
        "Riots erupted on Saturday. The president ordered an inquiry into the riots on Monday.",
        "riots",
        "2025-11-15",
    ),
    (
        "Bombers struck the depot on Friday. On Sunday, leaders voiced anger over the strike.",
        "strike",
        "2025-11-14",
    ),
    (
        "Two trains crashed on Wednesday. On Thursday, regulators opened an investigation into "
        "the crash.",
        "crash",
        "2025-11-12",
    ),
    (
        "A gunman attacked a school on Monday. On Tuesday, teachers voiced fury over the attack.",
        "attack",
        "2025-11-17",
    ),
    (
        "The mine flooded on Saturday. Unions demanded an inquiry into the flood on Monday.",
        "flood",
        "2025-11-15",
    ),
    (
        "A gang raided the bank on Friday. On Sunday, staff voiced outrage over the raid.",
        "raid",
        "2025-11-14",
    ),
]

# (text, the event looked into): the story told it at no time: past, with none.
UNTOLD = [
    ("Prosecutors opened an investigation into the fire on Wednesday.", "fire"),
    ("The ministry launched an inquiry into the crash on Monday.", "crash"),
    ("Police began a probe into the shooting on Friday.", "shooting"),
    ("Fans paid tributes after the final on Sunday and voiced anger over the defeat.", "defeat"),
    ("The regulator opened an inquiry into the merger on Thursday.", "merger"),
    ("Lawmakers expressed outrage over the killings on Monday.", "killings"),
]


@pytest.mark.parametrize(("text", "event", "value"), TOLD)
def test_an_event_looked_into_keeps_the_time_the_story_told(
    text: str, event: str, value: str
) -> None:
    assert time_of(text, event) == value


@pytest.mark.parametrize(("text", "event"), UNTOLD)
def test_an_event_looked_into_takes_no_date_from_the_inquiry(text: str, event: str) -> None:
    frame = frame_of(text, event)
    assert frame.time is None
    assert frame.when == "past"


# A date of the event's own stays; the inquiry keeps its date.
OWN = [
    ("Police opened an inquiry on Monday into the fire of Nov. 2.", "fire", "2025-11-02"),
    ("The ministry launched an inquiry into the crash on Monday.", "inquiry", "2025-11-17"),
    (
        "Prosecutors opened an investigation into the fire on Wednesday.",
        "investigation",
        "2025-11-12",
    ),
]


@pytest.mark.parametrize(("text", "event", "value"), OWN)
def test_a_date_of_its_own_stays(text: str, event: str, value: str) -> None:
    assert time_of(text, event) == value
