"""Two reports conflict on a count only when nothing one says fits anything the other says
(brief, real conflicts): "Quake kills 23" over a story that says "killing at least 23
people" does not conflict with a report of 25 dead, because "at least 23" fits 25. This
holds for counts compared frame by frame too, not only across the cluster. A headline's
bare number, read alone, would conflict. Capability table of invented pairs of reports
(published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.briefs import brief_of


def conflicts(first: str, second: str) -> list[str]:
    brief = brief_of(first, second)
    return [
        ", ".join(v.value for v in conflict.values)
        for cluster in brief.fact_clusters
        for conflict in cluster.conflicts
        if conflict.kind == "quantity"
    ]


# (first report, second report, whether they conflict on a count)
TABLE = [
    ("Quake kills 23 in Chile\n\nA strong earthquake struck northern Chile on Sunday, "
     "killing at least 23 people.",
     "Chile quake toll rises\n\nA strong earthquake struck northern Chile on Sunday, "
     "killing 25 people.", False),
    ("Fire kills 12 in Lyon\n\nA fire in a Lyon apartment block on Sunday killed more than "
     "12 people.",
     "Lyon fire\n\nA fire in a Lyon apartment block on Sunday killed 14 people.", False),
    ("Blast kills 8 in Kabul\n\nA blast in central Kabul on Friday killed at least 8 people.",
     "Kabul blast\n\nA blast in central Kabul on Friday killed 11 people.", False),
    ("Ferry sinking kills 30\n\nA ferry sank off Bali on Monday, killing at least 30 people.",
     "Bali ferry\n\nA ferry sank off Bali on Monday, killing 41 people.", False),
    ("Storm kills 5 in Texas\n\nA storm hit Texas on Sunday, killing at least five people.",
     "Texas storm\n\nA storm hit Texas on Sunday, killing seven people.", False),
    ("Crash kills 4 on motorway\n\nA crash on the M6 on Saturday killed at least four people.",
     "Motorway crash\n\nA crash on the M6 on Saturday killed six people.", False),
    ("Landslide kills 9 in Peru\n\nA landslide in Peru on Friday killed more than nine "
     "people.",
     "Peru landslide\n\nA landslide in Peru on Friday killed 15 people.", False),
    ("Mine blast kills 20\n\nA blast at a coal mine in Shanxi on Monday killed at least 20 "
     "miners.",
     "Shanxi mine\n\nA blast at a coal mine in Shanxi on Monday killed 26 miners.", False),
    # What the story says fits neither: a conflict.
    ("Fire kills 12 in Lyon\n\nA fire in a Lyon apartment block on Sunday killed 12 people.",
     "Lyon fire\n\nA fire in a Lyon apartment block on Sunday killed 30 people.", True),
    ("Blast kills 8 in Kabul\n\nA blast in central Kabul on Friday killed eight people.",
     "Kabul blast\n\nA blast in central Kabul on Friday killed 40 people.", True),
    ("Ferry sinking kills 30\n\nA ferry sank off Bali on Monday, killing 30 people.",
     "Bali ferry\n\nA ferry sank off Bali on Monday, killing 12 people.", True),
    ("Storm kills 5 in Texas\n\nA storm hit Texas on Sunday, killing five people.",
     "Texas storm\n\nA storm hit Texas on Sunday, killing 19 people.", True),
    ("Crash kills 4 on motorway\n\nA crash on the M6 on Saturday killed four people.",
     "Motorway crash\n\nA crash on the M6 on Saturday killed nine people.", True),
    ("Landslide kills 9 in Peru\n\nA landslide in Peru on Friday killed nine people.",
     "Peru landslide\n\nA landslide in Peru on Friday killed 31 people.", True),
    ("Mine blast kills 20\n\nA blast at a coal mine in Shanxi on Monday killed 20 miners.",
     "Shanxi mine\n\nA blast at a coal mine in Shanxi on Monday killed 52 miners.", True),
]


@pytest.mark.parametrize(("first", "second", "conflict"), TABLE)
def test_reports_conflict_only_when_nothing_fits(first: str, second: str, conflict: bool) -> None:
    assert bool(conflicts(first, second)) is conflict
