""" "aged 45" tells an age, not an event (event words): "A man aged 45 was arrested" gave a
frame "aged" beside the arrest, and "The suspects, aged 19 to 24, were detained on Friday"
one dated Friday. A participle "aged" that describes a noun (with a number, a range or
"under", "over", "between") is an age; "aged" as a sentence's own verb ("The population
has aged rapidly") stays an event. Capability table of invented sentences."""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

# (text, the events it holds, as their words)
TABLE = [
    ("A man aged 45 was arrested on Monday.", ["arrested"]),
    ("The suspects, aged 19 to 24, were detained on Friday.", ["detained"]),
    ("Two boys aged 12 and 14 were rescued from the river.", ["rescued"]),
    ("Children aged under five were vaccinated first.", ["vaccinated"]),
    ("A woman aged 82 died in the fire.", ["died", "fire"]),
    ("Workers aged over 60 were offered early retirement.", ["offered", "retirement"]),
    ("Three teenagers, aged between 15 and 17, were charged with theft.", ["charged", "theft"]),
    ("Voters aged 18 to 25 backed the party.", ["backed"]),
    ("Police questioned a driver aged 30.", ["questioned"]),
    ("The victims, aged 7 and 9, were taken to hospital.", ["taken"]),
    ("A girl aged six was found safe.", ["found"]),
    ("Patients aged 65 and older received the vaccine.", ["received"]),
    ("A pensioner, aged 90, was robbed at home.", ["robbed"]),
    ("Men aged 40 to 49 were screened.", ["screened"]),
    ("The firm hired graduates aged under 25.", ["hired"]),
    # "aged" as the verb of its sentence is an event
    ("The population has aged rapidly.", ["aged"]),
    ("The wine aged in oak barrels for two years.", ["aged"]),
]


@pytest.mark.parametrize(("text", "events"), TABLE)
def test_aged_with_an_age_is_no_event(text: str, events: list[str]) -> None:
    assert list(frames_of(text)) == events
