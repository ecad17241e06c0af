"""The event a headline's verb is told of happened with it (issue 25, rule 4): in "Quake
kills 23 in northern Chile" the quake is as recent as the killing, at publication and past,
like the verb; so is "Strike shuts ports", "Blast rocks central Kabul". Only in the
headline: in the body, a present perfect's subject ("The strike has closed the ports") may
have begun long before. Capability table of invented headlines (published 2025-11-18, a
Tuesday), each over a sentence of its own."""

from __future__ import annotations

import pytest

from tests.event_times import PUBLISHED, frame_of

BODY = "\n\nOfficials said the toll could rise."

# (headline, its event noun subject)
HEADLINES = [
    ("Quake kills 23 in northern Chile", "Quake"),
    ("Floods force thousands from homes in Kerala", "Floods"),
    ("Strike shuts ports across Belgium", "Strike"),
    ("Fire destroys historic mill in Vermont", "Fire"),
    ("Storm leaves 200,000 without power", "Storm"),
    ("Blast rocks central Kabul", "Blast"),
    ("Protests spread to five cities", "Protests"),
    ("Talks collapse as deadline passes", "Talks"),
    ("Crash closes motorway for eight hours", "Crash"),
    ("Derailment kills four in Greece", "Derailment"),
    ("Shooting leaves two dead in Memphis", "Shooting"),
    ("Outage hits millions of phone users", "Outage"),
    ("Riots erupt after police shooting", "Riots"),
    # Read again with their verbs (briefx.text.headline_verbs): "buries" and "forces"
    # were nouns to the small parser.
    ("Landslide buries village in Peru", "Landslide"),
    ("Wildfire forces evacuation of 3,000", "Wildfire"),
]


@pytest.mark.parametrize(("headline", "noun"), HEADLINES)
def test_a_headlines_subject_happened_with_its_verb(headline: str, noun: str) -> None:
    frame = frame_of(headline + BODY, noun)
    assert frame.time is not None and frame.time.value == PUBLISHED
    assert frame.when == "past"


def test_a_subject_in_the_body_takes_no_publication_time() -> None:
    text = "Ports reopen\n\nThe strike has closed the ports since May."
    assert frame_of(text, "strike").time is None
