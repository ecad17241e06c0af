"""A date right after "since the <event>" is that event's (issue 25, event time).

"Shares rose 4% on Tuesday, their biggest gain since the crash in March": the parse hangs
"in March" on "gain", beside "since the crash", so the gain was dated March and the crash
had no time. The span "since" opens starts at the event it names; a date in a phrase right
after that event is the event's, whatever word the parse hung it on, and lies behind the
story ("the highest level since the crash in March" is last March; ``span_start_preps``
in ``models/dates/context.json``).

Capability table of invented sentences, published 2025-12-05; before the rule 6 of the
16 cases failed (the others the parse hung on the event already).
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-12-05"

# (text, the event after "since", its time, the word the parse hung the date on)
SINCE_THE_EVENT = [
    (
        "Shares rose 4% on Tuesday, their biggest gain since the crash in March.",
        "crash",
        "2025-03",
        "gain",
    ),
    (
        "The leaders met on Thursday, their first talks since the clash in July 2023.",
        "clash",
        "2023-07",
        "talks",
    ),
    (
        "It was the worst flooding in the valley since the storm in October.",
        "storm",
        "2025-10",
        "flooding",
    ),
    (
        "The party suffered its worst result since the election in 2019.",
        "election",
        "2019",
        "result",
    ),
    ("Prices posted their steepest drop since the collapse in 2008.", "collapse", "2008", "drop"),
    ("The town held its first parade since the fire in 2021.", "fire", "2021", "held"),
    (
        "The airline reported its first profit since the strike in 2020.",
        "strike",
        "2020",
        "reported",
    ),
    (
        "Oil had its biggest weekly rise since the invasion in February 2022.",
        "invasion",
        "2022-02",
        "rise",
    ),
    ("It is the first visit by a pope since the war in 1999.", "war", "1999", "visit"),
    (
        "The currency fell to its lowest since the devaluation in January.",
        "devaluation",
        "2025-01",
        "fell",
    ),
    (
        "The team celebrated its first trophy since the merger in 2015.",
        "merger",
        "2015",
        "celebrated",
    ),
    (
        "The mayor gave her first speech since the attack on Monday.",
        "attack",
        "2025-12-01",
        "speech",
    ),
    (
        "Lorries crossed the bridge again, their first crossing since the collapse in August.",
        "collapse",
        "2025-08",
        "crossing",
    ),
    (
        "Talks resumed this week, the first round held since the coup in 2021.",
        "coup",
        "2021",
        "resumed",
    ),
    ("Exports posted their sharpest fall since the embargo in 2019.", "embargo", "2019", "fall"),
    ("The index is at its highest level since the crash in March.", "crash", "2025-03", "level"),
]


@pytest.mark.parametrize(("text", "event", "time", "hung_on"), SINCE_THE_EVENT)
def test_a_date_after_since_the_event_is_the_events(
    text: str, event: str, time: str, hung_on: str
) -> None:
    frames = frames_of(text, PUBLISHED)
    assert event in frames, f"no frame {event!r}: {list(frames)}"
    found = frames[event].time
    assert found is not None and found.value == time, f"{event}: {found}"
    other = frames.get(hung_on)
    assert other is None or other.time is None or other.time.value != time, other


def test_a_date_right_after_since_stays_the_spans_start() -> None:
    frames = frames_of("The ministers met on Thursday, their first meeting since 2022.", PUBLISHED)
    assert frames["met"].time is not None and frames["met"].time.value == "2025-12-04"
