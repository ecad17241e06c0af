"""What has not happened so far, told in the present perfect, does not end the scene a
story is telling (event time, kind "a negated present perfect").

"A car bomb exploded near a police station on Wednesday. No group has claimed
responsibility. Police sealed off the area." left the sealing with no time: a present
perfect tells the news of now and ends the scene of a past narration (rule 3, a change
of tense), so the next past verb took no date from it. What has not happened so far ("No
group has claimed", "Nobody has been arrested", "The cause has not been established") is
a state of the scene's aftermath, and the narration goes on in the scene after it. A
negated present perfect the story tells in its own voice no longer ends the scene; one
reported or quoted still does (``briefx.events.time._not_yet``).

Capability table of invented wire stories, published 2025-11-20 (a Thursday): before the
change 11 of the 16 past verbs after such a sentence had no time (the other 5 follow a
reporting verb's negation, "has not said", which is no event); 2 still have none, where
the tagger gives the verb no tense.
"""

from __future__ import annotations

import pytest

from tests.event_times import times_of

PUBLISHED = "2025-11-20"

NO_TENSE = "the tagger reads the verb as a participle of its subject: no tense"

# (story, the past verb after the negated present perfect, its time's value)
ROWS = [
    (
        "A car bomb exploded near a police station on Wednesday. "
        "No group has claimed responsibility. "
        "Police sealed off the area.",
        "sealed",
        "2025-11-19",
    ),
    (
        "Gunmen stormed a hotel in Marrow on Tuesday. "
        "Nobody has been arrested. "
        "Guests fled through the kitchens.",
        "fled",
        "2025-11-18",
    ),
    (
        "A ferry sank off Kessa on Monday. "
        "The cause has not been established. "
        "Fishermen pulled 40 people from the sea.",
        "pulled",
        "2025-11-17",
    ),
    (
        "Thieves broke into the museum on Sunday. "
        "The police have not named any suspects. "
        "The thieves took six paintings.",
        "took",
        "2025-11-16",
    ),
    (
        "A fire swept through a market in Dalvar on Wednesday. "
        "No deaths have been reported. "
        "Traders lost their stock.",
        "lost",
        "2025-11-19",
    ),
    (
        "The river burst its banks on Tuesday. "
        "Officials have not said how many homes were hit. "
        "Army boats rescued 300 people.",
        "rescued",
        "2025-11-18",
    ),
    (
        "Rebels attacked a convoy on Monday. "
        "There has been no comment from the army. "
        "Four trucks were burned.",
        "burned",
        "2025-11-17",
    ),
    pytest.param(
        "A plane crash-landed at Vell airport on Sunday. "
        "The airline has not commented. "
        "Passengers left by the emergency slides.",
        "left",
        "2025-11-16",
        marks=pytest.mark.xfail(strict=True, reason=NO_TENSE),
    ),
    (
        "Protesters marched on parliament on Wednesday. "
        "The government has made no statement. "
        "Police fired tear gas.",
        "fired",
        "2025-11-19",
    ),
    pytest.param(
        "An earthquake struck the coast on Tuesday. "
        "No tsunami warning has been issued. "
        "Buildings swayed in the capital.",
        "swayed",
        "2025-11-18",
        marks=pytest.mark.xfail(strict=True, reason=NO_TENSE),
    ),
    (
        "A gunman opened fire at a school on Monday. "
        "His motive has not been made public. "
        "Teachers locked the doors.",
        "locked",
        "2025-11-17",
    ),
    (
        "Hackers broke into the bank's systems on Friday. "
        "The bank has not said what was taken. "
        "Staff shut down the servers.",
        "shut",
        "2025-11-14",
    ),
    (
        "A bridge collapsed in Orvik on Saturday. "
        "Engineers have not yet found the cause. "
        "Divers searched the river.",
        "searched",
        "2025-11-15",
    ),
    (
        "Prisoners rioted at Vell jail on Sunday. "
        "No guards have been hurt. "
        "Inmates set fire to mattresses.",
        "set",
        "2025-11-16",
    ),
    (
        "A tanker ran aground off Kessa on Wednesday. "
        "No oil has leaked so far. "
        "Tugs towed it free.",
        "towed",
        "2025-11-19",
    ),
    (
        "Floods hit the valley on Tuesday. "
        "The death toll has not been confirmed. "
        "Rescuers reached three villages.",
        "reached",
        "2025-11-18",
    ),
]


@pytest.mark.parametrize(("text", "verb", "value"), ROWS)
def test_what_has_not_happened_keeps_the_scene(text: str, verb: str, value: str) -> None:
    assert times_of(text, PUBLISHED).get(verb) == value
