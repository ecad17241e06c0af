""" "Exports fell 3% in February, official data showed on Friday. Shipments of cars
dropped 5%.": the shipments dropped in February, the month the data is about (issue 25,
rule 3).

A verb by which a source shows what is so ("data showed", "a survey showed", "figures
suggested": ``evidence_verbs`` in ``models/events/time.json``) reports, as "said" does: its
day is the report's, and when what it reports has a date of its own, that date, not the
report's day, sets the scene for what the story tells next.

Capability table of invented texts, published 2026-03-18; before the rule every event told
next took the report's day (14 of 14 failed); with "said" they already took the data's.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2026-03-18"

# (text, an event told next, its time: the data's period)
SHOWN = [
    (
        "Exports fell 3% in February, official data showed on Friday. "
        "Shipments of cars dropped 5%.",
        "dropped",
        "2026-02",
    ),
    (
        "Official data showed on Friday that exports fell 3% in February. "
        "Shipments of cars dropped 5%.",
        "dropped",
        "2026-02",
    ),
    (
        "A survey showed on Monday that factory activity slowed in February. New orders declined.",
        "declined",
        "2026-02",
    ),
    (
        "Kessa's economy grew 0.4% in the fourth quarter, official data showed on Tuesday. "
        "Exports rose 2.1%.",
        "rose",
        "2025-Q4",
    ),
    (
        "Figures showed on Wednesday that house prices rose 1% in January. Rents climbed too.",
        "climbed",
        "2026-01",
    ),
    (
        "Retail sales rose 1.2% in January, data showed on Wednesday. Sales of clothing jumped 4%.",
        "jumped",
        "2026-01",
    ),
    (
        "Inflation eased to 2.9% in February, figures showed on Tuesday. Food prices fell.",
        "fell",
        "2026-02",
    ),
    (
        "Tourist arrivals jumped 12% in the fourth quarter, statistics showed on Thursday. "
        "Hotel stays rose 8%.",
        "rose",
        "2025-Q4",
    ),
    (
        "Car sales fell 6% in February, industry data showed on Monday. "
        "Electric models gained ground.",
        "gained",
        "2026-02",
    ),
    (
        "Unemployment rose to 6% in January, data showed on Friday. Youth joblessness climbed.",
        "climbed",
        "2026-01",
    ),
    (
        "Data showed on Tuesday that the trade deficit widened in January. Imports surged.",
        "surged",
        "2026-01",
    ),
    (
        "Exports to Asia fell in the third quarter, a report showed on Monday. "
        "Shipments of steel dropped.",
        "dropped",
        "2025-Q3",
    ),
    (
        "Output grew in February, a survey suggested on Monday. Orders picked up.",
        "picked",
        "2026-02",
    ),
    (
        "Wages rose 4% in the fourth quarter, figures showed on Thursday. Bonuses fell.",
        "fell",
        "2025-Q4",
    ),
]


@pytest.mark.parametrize(("text", "after", "value"), SHOWN)
def test_what_data_shows_sets_the_scene(text: str, after: str, value: str) -> None:
    told = frames_of(text, PUBLISHED)[after].time
    assert told is not None, f"{after!r} has no time"
    assert (told.value, told.source) == (value, "context")
