"""Helpers for the event-time capability tables: the frame of a word in an invented text."""

from __future__ import annotations

import briefx
from briefx.schema import EventFrame

# The publication date of the tables' texts (a Tuesday).
PUBLISHED = "2025-11-18"


def frames_of(text: str, published: str = PUBLISHED) -> dict[str, EventFrame]:
    """The text's event frames by their word (the first frame of a word that repeats)."""
    doc = briefx.extract(text, published=published)
    found: dict[str, EventFrame] = {}
    for fact in doc.facts:
        for event in fact.events:
            found.setdefault(event.text, event)
    return found


def frame_of(text: str, word: str, published: str = PUBLISHED) -> EventFrame:
    """The first event frame of ``word`` in ``text``; fails the test when there is none."""
    frames = frames_of(text, published)
    assert word in frames, f"no frame {word!r}"
    return frames[word]


def time_of(text: str, word: str, published: str = PUBLISHED) -> str | None:
    """The value of ``word``'s event time in ``text``, or None when it has no time."""
    time = frame_of(text, word, published).time
    return time.value if time is not None else None


def assert_at_publication(text: str, word: str, when: str, published: str = PUBLISHED) -> None:
    """``word``'s frame happened at publication (rule 4), with ``when`` as given."""
    frame = frame_of(text, word, published)
    assert frame.time is not None, f"{word!r} has no time"
    assert (frame.time.value, frame.time.source) == (published, "publication")
    assert frame.when == when


def last_time_of(text: str, word: str, published: str = PUBLISHED) -> str | None:
    """The value of the event time of the last frame of ``word`` in ``text`` (a story
    that tells a move or an act again: "Stocks fell. ... Its shares fell 2%"), or None
    when it has no time; fails the test when there is no frame."""
    doc = briefx.extract(text, published=published)
    frames = [event for fact in doc.facts for event in fact.events if event.text == word]
    assert frames, f"no frame {word!r}"
    time = frames[-1].time
    return time.value if time is not None else None


def time_or_none(text: str, word: str, published: str = PUBLISHED) -> str | None:
    """The value of ``word``'s event time, or None when it has no time or no frame."""
    frame = frames_of(text, published).get(word)
    return frame.time.value if frame is not None and frame.time is not None else None


def times_of(text: str, published: str = PUBLISHED) -> dict[str, str | None]:
    """The value of each event frame's time in ``text`` by its word (None when it has no
    time; the first frame of a word that repeats)."""
    return {
        word: frame.time.value if frame.time is not None else None
        for word, frame in frames_of(text, published).items()
    }


def later_time_of(text: str, word: str, published: str = PUBLISHED) -> str | None:
    """The time's value of the first frame of ``word`` after the text's first sentence (the
    act a second paragraph tells again), or None when it has no time."""
    doc = briefx.extract(text, published=published)
    frame = next(e for f in doc.facts if f.sentence > 0 for e in f.events if e.text == word)
    return frame.time.value if frame.time is not None else None


def assert_date_of_its_event(
    text: str, words: str, value: str, event: str | None, published: str = PUBLISHED
) -> EventFrame | None:
    """The date ``words`` of ``text`` has ``value`` and its own offsets, and the frame of
    ``event`` (when given) happened then; returns that frame."""
    doc = briefx.extract(text, published=published)
    found = {d.text: d for d in doc.dates}
    assert words in found, f"no date {words!r}: {sorted(found)}"
    date = found[words]
    assert date.value == value
    assert text[date.start : date.end] == words
    if event is None:
        return None
    frames = {e.text: e for fact in doc.facts for e in fact.events}
    assert frames[event].time is not None, f"{event!r} has no time"
    assert frames[event].time.value == value
    return frames[event]
