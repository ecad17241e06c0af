"""When each event happened: an event noun put on a calendar (issue 25, rule 1 and
coverage): capability table of invented sentences (published 2025-11-18, a Tuesday).

"national elections scheduled for next spring", "talks set for Friday": the noun is the
event and happens then (``scheduling`` in models/events/words.json); the participle that
schedules it is no event of its own. Matches, races and marches are event nouns.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-11-18"

# (text, the event noun, its time)
ON_A_CALENDAR = [
    (
        "The result comes ahead of national elections scheduled for next spring.",
        "elections",
        "2026-SP",
    ),
    ("Both sides prepared for talks set for Friday.", "talks", "2025-11-21"),
    ("Lawmakers delayed a vote planned for December.", "vote", "2025-12"),
    ("The judge postponed a hearing slated for Monday.", "hearing", "2025-11-24"),
    ("Unions called off a strike planned for Thursday.", "strike", "2025-11-20"),
    ("Fans queued for tickets to a concert scheduled for March 3.", "concert", "2026-03-03"),
    ("The club cancelled a match set for Saturday.", "match", "2025-11-22"),
    ("Officials prepared for a summit scheduled for next week.", "summit", "2025-W48"),
    ("The minister skipped a meeting planned for Wednesday.", "meeting", "2025-11-19"),
    ("Protesters gathered before a rally set for Sunday.", "rally", "2025-11-23"),
    ("The company moved a launch planned for January.", "launch", "2026-01"),
    ("Rain threatened a race scheduled for Sunday afternoon.", "race", "2025-11-23TAF"),
    ("The party named candidates for elections slated for 2027.", "elections", "2027"),
    ("Pilots threatened a walkout planned for Christmas Eve.", "walkout", "2025-12-24"),
    ("The envoy arrived ahead of talks scheduled for Thursday.", "talks", "2025-11-20"),
    ("Police banned a march set for Dec. 6.", "march", "2025-12-06"),
]


@pytest.mark.parametrize(("text", "word", "value"), ON_A_CALENDAR)
def test_an_event_noun_put_on_a_calendar_happens_then(text: str, word: str, value: str) -> None:
    frame = frames_of(text)[word]
    assert frame.time is not None and frame.time.value == value
    assert frame.when == "future"


@pytest.mark.parametrize("text", [row[0] for row in ON_A_CALENDAR[:4]])
def test_the_scheduling_participle_is_no_event(text: str) -> None:
    frames = frames_of(text)
    assert not {"scheduled", "set", "planned", "slated"} & set(frames)


def test_a_participle_of_the_same_verb_without_a_calendar_is_an_event() -> None:
    assert "set" in frames_of("A fire set by arsonists destroyed the barn.")
