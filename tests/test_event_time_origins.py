""" "The stadium opened on Saturday. It was built in 2019. Fans packed the stands.": the
building is the stadium's history, and the story goes on on Saturday (issue 25, rule 3).

A past act that tells how a thing or a person came to be ("was founded in 1882", "was
built in 2019", "opened in 1974", "was born in 1941": ``origin_verbs``, and
``origin_intransitive`` for "open", an origin only without an object) keeps its date; when
that date lies half a year or more before publication it is the thing's history and sets no
scene for what the story tells next. A recent origin is news and does ("A party was founded
on Monday. Its leader gave a speech.").

Capability table of invented texts, published 2026-03-22 (a Sunday); before the rule every
origin kept its date and every act told after it took that date (15 of 15 failed); the two
recent origins passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2026-03-22"

# (text, the origin, its date, an act told after it, the scene's day)
HISTORIES = [
    (
        "The new stadium opened on Saturday. It was built in 2019. Fans packed the stands.",
        "built",
        "2019",
        "packed",
        "2026-03-21",
    ),
    (
        "The company reported a loss on Monday. The firm was founded in 1990. "
        "Analysts cut their forecasts.",
        "founded",
        "1990",
        "cut",
        "2026-03-16",
    ),
    (
        "Orban Steel shut its Dunmore plant on Tuesday. The plant opened in 1974. "
        "Workers marched through the town.",
        "opened",
        "1974",
        "marched",
        "2026-03-17",
    ),
    (
        "Fire gutted the Harwell library on Thursday. The library was built in 1908. "
        "Volunteers saved hundreds of books.",
        "built",
        "1908",
        "saved",
        "2026-03-19",
    ),
    (
        "Halden Bank collapsed on Friday. The bank was established in 1882. "
        "Depositors queued outside its branches.",
        "established",
        "1882",
        "queued",
        "2026-03-20",
    ),
    (
        "The charity closed its doors on Wednesday. It was set up in 2001. "
        "Staff received their final pay.",
        "set",
        "2001",
        "received",
        "2026-03-18",
    ),
    (
        "A landslide buried the village school on Monday. The school was constructed in 1965. "
        "Rescuers dug through the mud.",
        "constructed",
        "1965",
        "dug",
        "2026-03-16",
    ),
    (
        "The band played its final concert on Saturday. The group was formed in 1988. "
        "Fans wept in the aisles.",
        "formed",
        "1988",
        "wept",
        "2026-03-21",
    ),
    (
        "The airline halted all flights on Thursday. It was created in 2004 by two pilots. "
        "Passengers slept in the terminal.",
        "created",
        "2004",
        "slept",
        "2026-03-19",
    ),
    (
        "The old bridge collapsed on Tuesday. It was opened in 1931. Divers searched the river.",
        "opened",
        "1931",
        "searched",
        "2026-03-17",
    ),
    (
        "The museum shut its doors on Saturday. It was inaugurated in 1950. "
        "Curators packed the collection.",
        "inaugurated",
        "1950",
        "packed",
        "2026-03-21",
    ),
    (
        "The newspaper printed its last edition on Friday. The paper was founded in 1898. "
        "Readers bought souvenir copies.",
        "founded",
        "1898",
        "bought",
        "2026-03-20",
    ),
    (
        "The startup was sold on Monday. It was incorporated in 2015. "
        "Its founders thanked investors.",
        "incorporated",
        "2015",
        "thanked",
        "2026-03-16",
    ),
    (
        "The senator died on Wednesday. She was born in 1941. Mourners lit candles.",
        "born",
        "1941",
        "lit",
        "2026-03-18",
    ),
    (
        "The pier was wrecked on Friday. It was erected in 1899. Crews cleared the debris.",
        "erected",
        "1899",
        "cleared",
        "2026-03-20",
    ),
]

# A recent origin is the news: (text, the act told after it, the scene's day)
NEWS = [
    ("A new party was founded on Monday. Its leader gave a speech.", "gave", "2026-03-16"),
    ("The clinic opened on Thursday. Patients queued outside.", "queued", "2026-03-19"),
]


@pytest.mark.parametrize(("text", "origin", "own", "after", "scene"), HISTORIES)
def test_an_origin_long_ago_sets_no_scene(
    text: str, origin: str, own: str, after: str, scene: str
) -> None:
    frames = frames_of(text, PUBLISHED)
    born = frames[origin].time
    assert born is not None and born.value == own
    told = frames[after].time
    assert told is not None, f"{after!r} has no time"
    assert (told.value, told.source) == (scene, "context")


@pytest.mark.parametrize(("text", "after", "scene"), NEWS)
def test_a_recent_origin_is_the_scene(text: str, after: str, scene: str) -> None:
    told = frames_of(text, PUBLISHED)[after].time
    assert told is not None and (told.value, told.source) == (scene, "context")
