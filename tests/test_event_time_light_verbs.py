"""Verbs of motion, change and holding are events with a time (issue 25): "the plant is to
come into service next year", "shares became cheaper on Monday", "sales remained weak in
March". Capability table of invented sentences (published 2025-11-18, a Tuesday).

With a 'to' clause they only lend it their cues ("appeared to be", "is going to close",
"got to see"): the clause is the event.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-18"


def _frames(text: str) -> dict[str, object]:
    doc = briefx.extract(text, published=PUBLISHED)
    return {e.text: e for f in doc.facts for e in f.events}


# (text, verb, its time's value)
EVENTS = [
    ("The new factory is to come into service next year.", "come", "2026"),
    # A date of its own makes "a" and a present one happening, not a generic statement.
    ("A new factory is to come into service next year.", "come", "2026"),
    ("The president came to Paris on Monday.", "came", "2025-11-17"),
    ("The minister went to Brussels on Friday.", "went", "2025-11-14"),
    ("The bill goes before the senate next week.", "goes", "2025-W48"),
    ("Shares became cheaper on Monday.", "became", "2025-11-17"),
    ("She became chief executive in 2019.", "became", "2019"),
    ("Sales remained weak in March.", "remained", "2025-03"),
    ("The border remained closed on Sunday.", "remained", "2025-11-16"),
    ("The storm came ashore in the third quarter.", "came", "2025-Q3"),
    ("The suspect appeared in court on Thursday.", "appeared", "2025-11-13"),
    ("The singer appeared on television in May.", "appeared", "2025-05"),
    ("The firm got a new loan in October.", "got", "2025-10"),
    ("The rebels got into the city on Saturday.", "got", "2025-11-15"),
    ("Prices went up in September.", "went", "2025-09"),
    ("Inflation came down in August.", "came", "2025-08"),
]


@pytest.mark.parametrize(("text", "word", "value"), EVENTS)
def test_motion_change_and_holding_are_timed_events(text: str, word: str, value: str) -> None:
    frames = _frames(text)
    assert word in frames, f"no frame {word!r} in {list(frames)}"
    frame = frames[word]
    assert frame.time is not None and frame.time.value == value


# A 'to' clause is the event; the verb before it only lends its cues. (A bare 'to be'
# holds no event: "appeared to be an act of arson" is the appearing, a state, in TimeML;
# see tests/test_event_time_coverage.py.)
LENDERS = [
    ("The fire appeared to start in the kitchen.", "appeared"),
    ("The plant is going to close in May.", "going"),
    ("Visitors got to see the new hall on Sunday.", "got"),
    ("The deal seemed to collapse on Friday.", "seemed"),
]


@pytest.mark.parametrize(("text", "word"), LENDERS)
def test_a_verb_with_a_to_clause_lends_it_its_cues(text: str, word: str) -> None:
    assert word not in _frames(text)


# "X comes as / after / amid Y" places X relative to Y: no event of its own.
RELATING = [
    "The visit comes as talks between the two sides stalled in July.",
    "This comes just days after the raid on the port in October.",
    "The strike comes amid protests over prices.",
    "The decision comes after a review that began in 2023.",
]


@pytest.mark.parametrize("text", RELATING)
def test_a_verb_that_relates_two_events_is_none(text: str) -> None:
    frames = _frames(text)
    assert not [w for w in frames if w.startswith("come")], list(frames)
