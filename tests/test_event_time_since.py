"""When each event happened: a present perfect that runs from a bound to now (issue 25,
rule 3 and "when"): capability table of invented texts (published 2025-11-18).

"The storm hit on Sunday. A fisherman has been missing since Sunday night. Crews
suspended the search.": the missing is ongoing, and a state that runs from the told scene
to now does not end it, so the suspension lies in Sunday. A present perfect without such a
bound is news of now and still ends the scene (tests/test_event_time_scene.py).
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-11-18"

# (text, the continuing event, a past event told after it, that event's time)
RUNS_FROM_THE_SCENE = [
    (
        "The storm hit on Sunday. "
        "A fisherman has been missing since Sunday night. Crews suspended the search.",
        "missing",
        "suspended",
        "2025-11-16",
    ),
    (
        "Floods struck on Friday. "
        "The main road has been closed since Friday. Soldiers built a bridge.",
        "closed",
        "built",
        "2025-11-14",
    ),
    (
        "The strike began on Monday. "
        "Trains have stood idle since Monday morning. The union met the owners.",
        "stood",
        "met",
        "2025-11-17",
    ),
    (
        "The fire started on Saturday. "
        "Residents have stayed in shelters since Saturday. Firefighters saved the school.",
        "stayed",
        "saved",
        "2025-11-15",
    ),
    (
        "Protests erupted in March. "
        "The square has been occupied since March. Police cleared a road.",
        "occupied",
        "cleared",
        "2025-03",
    ),
    (
        "The quake struck on Thursday. "
        "Power has been cut since Thursday. Engineers restored one line.",
        "cut",
        "restored",
        "2025-11-13",
    ),
    (
        "The plant shut in June. "
        "Workers have been waiting for pay since June. The owner sold a warehouse.",
        "waiting",
        "sold",
        "2025-06",
    ),
    (
        "The border closed on Friday. "
        "Trucks have queued for miles since Friday. Drivers blocked a motorway.",
        "queued",
        "blocked",
        "2025-11-14",
    ),
    (
        "The ship ran aground on Sunday. "
        "Oil has leaked into the bay since Sunday. Divers sealed a tank.",
        "leaked",
        "sealed",
        "2025-11-16",
    ),
    (
        "The minister fell ill in October. "
        "She has stayed in hospital since October. Her deputy signed the budget.",
        "stayed",
        "signed",
        "2025-10",
    ),
    (
        "Rebels seized the airport on Saturday. "
        "Flights have been suspended since Saturday. The army sent troops.",
        "suspended",
        "sent",
        "2025-11-15",
    ),
    (
        "The virus appeared in August. "
        "Schools have been shut since August. The ministry hired nurses.",
        "shut",
        "hired",
        "2025-08",
    ),
    (
        "The bridge cracked on Monday. "
        "Ferries have carried commuters since Monday. The city closed two lanes.",
        "carried",
        "closed",
        "2025-11-17",
    ),
    (
        "The talks stalled in May. "
        "Both sides have boycotted the talks since May. Envoys visited the capital.",
        "boycotted",
        "visited",
        "2025-05",
    ),
    (
        "The dam burst on Friday. "
        "The village has been flooded since Friday. Helicopters dropped food.",
        "flooded",
        "dropped",
        "2025-11-14",
    ),
    (
        "The coach resigned in April. "
        "The team has lost every game since April. The club hired a new coach.",
        "lost",
        "hired",
        "2025-04",
    ),
]


@pytest.mark.parametrize(("text", "state", "later", "value"), RUNS_FROM_THE_SCENE)
def test_a_perfect_since_the_scene_is_ongoing_and_keeps_the_scene(
    text: str, state: str, later: str, value: str
) -> None:
    frames = frames_of(text)
    assert frames[state].when == "ongoing"
    time = frames[later].time
    assert time is not None and time.value == value


def test_a_perfect_without_a_bound_still_ends_the_scene() -> None:
    frames = frames_of(
        "The storm hit on Sunday. The city has declared an emergency. Crews suspended the search."
    )
    assert frames["suspended"].time is None
