"""The top of a mountain is no meeting: "Two climbers reached the summit of Mount Tarn on
Tuesday" tells one event (the reaching), not a summit held on Tuesday.

"summit" is an event noun of ``models/events/words.json`` (leaders meet at one), and
also a place: the top of a mountain. It is the place when its "of" phrase names a place
or a landform ("the summit of Mount Tarn", "of the volcano"), when a preposition of
place governs it ("near the summit", "below the summit", "short of the summit"), or when
a verb of climbing takes it ("reached the summit"): ``place_senses`` in
models/events/words.json. A summit of people or of a body ("a summit of G20 leaders",
"of the African Union") and one held "at" or "in" a place stay events.

Capability table of invented sentences, published 2026-03-13; before the rule all 10
tops were event frames; the 5 meetings passed.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-03-13"

TOPS = [
    "Two climbers reached the summit of Mount Tarn on Tuesday.",
    "The pair spent a night near the summit of Kessa Peak.",
    "Rescuers found the hiker below the summit of the volcano.",
    "A cable car runs to the summit of the mountain.",
    "Snow closed the road to the summit of Orlen Hill on Monday.",
    "The team planted a flag on the summit of Everest in May.",
    "Clouds covered the summit of the ridge.",
    "The climbers turned back 200 metres short of the summit.",
    "Three guides scaled the summit before dawn.",
    "The hut sits just beneath the summit.",
]

MEETINGS = [
    "Leaders met at a summit of the African Union on Monday.",
    "The summit of G20 leaders opened in Rome on Sunday.",
    "A summit of European ministers ended without a deal.",
    "The summit in Geneva ended on Friday.",
    "The two presidents will hold a summit in Oslo next month.",
]


def _events(text: str) -> list[str]:
    doc = briefx.extract(text, published=PUBLISHED)
    return [e.text for f in doc.facts for e in f.events]


@pytest.mark.parametrize("text", TOPS)
def test_the_top_of_a_mountain_is_no_event(text: str) -> None:
    assert "summit" not in _events(text)


@pytest.mark.parametrize("text", MEETINGS)
def test_a_meeting_of_leaders_stays_an_event(text: str) -> None:
    assert "summit" in _events(text)
