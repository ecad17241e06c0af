"""Weather told for a time is an event of the story (issue 25, event coverage).

"Heavy rains in October left standing water across the region" gave no event for the
rains, and "Monday's snowfall closed the pass" none for the snowfall: WordNet files
weather under phenomena, not acts or events, so neither word was an event nominal. The
kinds of weather (hyponyms of WordNet's atmospheric phenomenon by their most frequent
sense: "rain", "snowfall", "gale", "thunderstorm"; ``weather_nouns`` of
models/events/nominals.json, built by tools/build_event_nominals.py) are events when a
date is in their own phrase, as the dated nouns are, or on the act they are the subject
of ("Gales on Thursday grounded the ferries", the parse hanging the day on the verb);
alone ("Rain is forecast", "The wind dropped") they are weather in general and no event.

Capability table of invented sentences, published 2025-11-19 (a Wednesday).
"""

from __future__ import annotations

import pytest

from tests.event_times import times_of

PUBLISHED = "2025-11-19"

# (text, the weather word, its time)
DATED = [
    ("Heavy rains in October left standing water across the region.", "rains", "2025-10"),
    ("Monday's snowfall closed the mountain pass.", "snowfall", "2025-11-17"),
    ("A hailstorm on Friday flattened the wheat.", "hailstorm", "2025-11-14"),
    ("Strong winds on Sunday toppled trees across the city.", "winds", "2025-11-16"),
    ("Thunderstorms on Tuesday knocked out power to 9,000 homes.", "Thunderstorms", "2025-11-18"),
    ("Torrential rain on Saturday flooded the stadium.", "rain", "2025-11-15"),
    ("A blizzard in February stranded hundreds of drivers.", "blizzard", "2025-02"),
    ("The monsoon in July destroyed rice crops.", "monsoon", "2025-07"),
    ("Lightning on Saturday sparked a blaze in the forest.", "Lightning", "2025-11-15"),
    ("Gales on Thursday grounded the island's ferries.", "Gales", "2025-11-13"),
    ("Snow on Monday closed schools in the valley.", "Snow", "2025-11-17"),
    ("A downpour on Friday turned the roads into rivers.", "downpour", "2025-11-14"),
    ("A sandstorm on Tuesday shut the airport for six hours.", "sandstorm", "2025-11-18"),
    ("Sleet on Sunday made the roads treacherous.", "Sleet", "2025-11-16"),
    ("Tuesday's squall capsized two fishing boats.", "squall", "2025-11-18"),
    ("Last week's drizzle did little for the reservoirs.", "drizzle", "2025-W46"),
]

# weather in general: no event
UNDATED = [
    "Rain is forecast for the coast.",
    "The wind dropped and the fire slowed.",
    "Snow is rare on the coast.",
]


@pytest.mark.parametrize(("text", "word", "value"), DATED)
def test_weather_told_for_a_time_is_an_event(text: str, word: str, value: str) -> None:
    frames = times_of(text, PUBLISHED)
    assert frames.get(word, "no frame") == value, frames


@pytest.mark.parametrize("text", UNDATED)
def test_weather_in_general_is_no_event(text: str) -> None:
    frames = times_of(text, PUBLISHED)
    assert not {"Rain", "wind", "Snow"} & set(frames), frames
