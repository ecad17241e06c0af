"""An act the story told with its day, told again by a verb of its kind and placed after
another event, keeps that day (event time).

"Rebels freed two hostages on Sunday. The pair were released after weeks of talks"
(invented): the release had no time, as an act placed only after another undated event
(rule 5). But it is the freeing told again (its word, or one of its group of
models/events/equivalents.json): the "after" phrase tells what led to it, not another
time. Not when the verb tells another of the kind ("Two more men were arrested after a
raid", "was arrested again after a fight"). Capability table of invented texts
(published 2025-11-18, a Tuesday).
"""

from __future__ import annotations

import pytest

from tests.event_times import later_time_of

# (text, the verb told again, its time's value or None)
TABLE = [
    (
        "Rebels freed two hostages on Sunday.\n\nThe pair were released after weeks of talks.",
        "released",
        "2025-11-16",
    ),
    (
        "The board fired its chief executive on Monday.\n\nShe was dismissed after an audit"
        " found errors.",
        "dismissed",
        "2025-11-17",
    ),
    (
        "Velmora bought a rival on Tuesday.\n\nIt acquired the firm after a bidding war.",
        "acquired",
        "2025-11-18",
    ),
    (
        "The mayor resigned on Monday.\n\nShe quit after a vote of no confidence.",
        "quit",
        "2025-11-17",
    ),
    (
        "Police arrested three men on Friday.\n\nThey were detained after a two-day search.",
        "detained",
        "2025-11-14",
    ),
    (
        "The army evacuated 900 villagers on Saturday.\n\nThey were moved after the river"
        " burst its banks.",
        "moved",
        None,
    ),
    (
        "Two ferries collided off Holm on Thursday.\n\nThey crashed after fog rolled in.",
        "crashed",
        "2025-11-13",
    ),
    (
        "The firm recalled 9,000 cars on Monday.\n\nIt recalled the cars after reports of fires.",
        "recalled",
        "2025-11-17",
    ),
    (
        "Rescuers saved 12 miners on Sunday.\n\nThe men were rescued after a day underground.",
        "rescued",
        "2025-11-16",
    ),
    (
        "The regulator charged the bank on Friday.\n\nIt was indicted after a two-year inquiry.",
        "indicted",
        "2025-11-14",
    ),
    (
        "Thieves stole a painting on Monday night.\n\nIt was taken after the museum closed.",
        "taken",
        None,
    ),
    (
        "The club signed Okafor on Friday.\n\nThe striker was hired after a trial.",
        "hired",
        None,
    ),
    (
        "The court jailed the former mayor on Tuesday.\n\nShe was sentenced after a"
        " three-month trial.",
        "sentenced",
        "2025-11-18",
    ),
    (
        "The volcano erupted on Saturday.\n\nIt erupted after weeks of tremors.",
        "erupted",
        "2025-11-15",
    ),
    (
        "Protesters rallied in Velm on Sunday.\n\nThey demonstrated after the vote.",
        "demonstrated",
        "2025-11-16",
    ),
    (
        "Kestrel Air cut 400 jobs on Monday.\n\nThe layoffs came after a slump in bookings."
        " The airline laid off pilots after the merger.",
        "laid",
        "2025-11-17",
    ),
    # another of the kind, or told before the dated act: none
    (
        "Police arrested three men on Friday.\n\nTwo more men were arrested after a raid.",
        "arrested",
        None,
    ),
    (
        "Police arrested the man on Friday.\n\nHe was arrested again after a fight.",
        "arrested",
        None,
    ),
]


@pytest.mark.parametrize(("text", "word", "value"), TABLE)
def test_an_act_told_again_after_another_keeps_its_day(
    text: str, word: str, value: str | None
) -> None:
    assert later_time_of(text, word) == value
