"""An event noun that a verb reacts to or takes up takes no date from that verb (issue 25,
rules 2 and 5): "the mayor condemned the attack on Monday" tells when the mayor spoke,
not when the attack was; "discussed the strike", "postponed the vote", "protested against
the verdict" alike. The noun keeps a date of its own ("condemned Monday's attack"), and a
verb that takes part in the event still lends it its date ("won the election on Sunday",
"attended the rally on Friday", "held talks on Tuesday"). Capability table of invented
sentences (published 2025-11-18, a Tuesday); the verbs are data
(``models/events/time.json``: ``reacting``, ``reacting_preps``)."""

from __future__ import annotations

import pytest

from tests.event_times import frame_of, time_of

# (text, event noun, its time's value)
TABLE = [
    ("Ministers discussed the strike on Thursday.", "strike", None),
    ("The mayor condemned the attack on Monday.", "attack", None),
    ("Organisers cancelled the concert on Sunday.", "concert", None),
    ("Leaders welcomed the ceasefire on Saturday.", "ceasefire", None),
    ("The board reviewed the merger on Monday.", "merger", None),
    ("Critics blamed the blackout on the heat on Monday.", "blackout", None),
    ("Hundreds protested against the verdict on Saturday.", "verdict", None),
    ("The senator praised the rescue on Tuesday.", "rescue", None),
    ("On Wednesday the minister defended the raid.", "raid", None),
    ("The league postponed the vote on Friday.", "vote", None),
    ("Regulators examined the crash on Monday.", "crash", None),
    ("Lawmakers debated the takeover on Wednesday.", "takeover", None),
    ("On Sunday, fans remembered the shooting.", "shooting", None),
    ("The opposition denounced the arrests on Thursday.", "arrests", None),
    ("Residents complained about the closure on Friday.", "closure", None),
    # The noun's own date stays.
    ("The mayor condemned Monday's attack.", "attack", "2025-11-17"),
    ("On Friday the union discussed the strike of last week.", "strike", "2025-W46"),
    # A verb that takes part in the event lends it its date.
    ("The party won the election on Sunday.", "election", "2025-11-16"),
    ("Thousands attended the rally on Friday.", "rally", "2025-11-14"),
    ("Rebels launched an attack on Monday.", "attack", "2025-11-17"),
    ("The two sides held talks on Tuesday.", "talks", "2025-11-18"),
]


@pytest.mark.parametrize(("text", "noun", "value"), TABLE)
def test_an_event_reacted_to_takes_no_date_from_the_reaction(
    text: str, noun: str, value: str | None
) -> None:
    assert time_of(text, noun) == value


def test_the_reaction_keeps_its_own_date() -> None:
    assert time_of("The mayor condemned the attack on Monday.", "condemned") == "2025-11-17"


def test_an_event_reacted_to_in_the_past_is_past() -> None:
    """"Investigators are examining the crash": the crash is over, not ongoing."""
    frame = frame_of("Investigators are examining the crash.", "crash")
    assert frame.time is None
    assert frame.when == "past"
