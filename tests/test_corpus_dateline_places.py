"""A town one report's dateline gives is a place across the reports (the issue's
dateline city as an organisation).

"ORVIK, Lindmark (Coastal Times) - A court in Orvik ..." and another report's "Orvik's
former mayor" (read by the model as an organisation) made one corpus entity "Orvik" of
type ORG: the corpus vote (a name read as an organisation in one report joins the same
unknown name read as a place in another) took the dateline's place for a guess. A place
a report's dateline gives is no guess; and an organisation of one word that another
report reads so, the gazetteer not knowing it as one, joins that place. Capability
table of invented pairs of reports, published 2025-12-01; 9 of the 15 failed before.
"""

from __future__ import annotations

import pytest

from tests.briefs import brief_of

# (first report, with the dateline; second report; the town)
PAIRS = [
    (
        "ORVIK, Lindmark (Coastal Times) - A court in Orvik jailed the former mayor on Monday.",
        "Orvik's former mayor was jailed for six years on Monday.",
        "Orvik",
    ),
    (
        "TARNO, Estmark (Post) - Floods hit Tarno on Sunday.",
        "Tarno's mayor asked for help after the floods on Sunday.",
        "Tarno",
    ),
    (
        "BRASK, Ostmere (Wire) - A fire destroyed the Brask market on Friday.",
        "Brask's market burned down on Friday.",
        "Brask",
    ),
    (
        "PELLA, Sarvonia (Post) - Voters in Pella elected a new mayor on Sunday.",
        "Pella's new mayor took office on Sunday.",
        "Pella",
    ),
    (
        "KESSEL, Valdoria (Wire) - Police in Kessel arrested two men on Monday.",
        "Kessel's police arrested two men on Monday.",
        "Kessel",
    ),
    (
        "DUNMERE, Caldor (News) - The dam above Dunmere burst on Tuesday.",
        "Dunmere's dam burst on Tuesday, flooding homes.",
        "Dunmere",
    ),
    (
        "RASK, Velmora (Wire) - The port of Rask reopened on Wednesday.",
        "Rask's port reopened on Wednesday after a strike.",
        "Rask",
    ),
    (
        "HALDEN, Norvia (Wire) - Halden council voted to close two schools on Monday.",
        "Halden's council voted on Monday to close two schools.",
        "Halden",
    ),
    (
        "SKARVIK (Wire) - Snow cut power to Skarvik on Saturday.",
        "Skarvik's power plant failed in the snow on Saturday.",
        "Skarvik",
    ),
    (
        "LINDVIK, Marrow (Post) - A bridge in Lindvik collapsed on Friday.",
        "Lindvik's oldest bridge collapsed on Friday.",
        "Lindvik",
    ),
    (
        "ORSA, Tavria (Agency) - Doctors in Orsa went on strike on Monday.",
        "Orsa's doctors began a strike on Monday.",
        "Orsa",
    ),
    (
        "VARNHOLT, Solvay (News) - Varnholt opened a new tram line on Sunday.",
        "Varnholt's new tram line opened on Sunday.",
        "Varnholt",
    ),
    (
        "KORRIN, Caldor (Wire) - Fire crews in Korrin fought a blaze on Tuesday.",
        "Korrin's fire crews fought a warehouse blaze on Tuesday.",
        "Korrin",
    ),
    (
        "ALVSBY, Lindmark (Post) - Alvsby hosted the summit on Thursday.",
        "Alvsby's summit ended on Thursday without a deal.",
        "Alvsby",
    ),
    (
        "MALDBY, Ostmere (Wire) - The mill in Maldby closed on Friday.",
        "Maldby's last mill closed on Friday.",
        "Maldby",
    ),
]


@pytest.mark.parametrize(("first", "second", "town"), PAIRS)
def test_a_datelines_town_is_a_place_across_reports(first: str, second: str, town: str) -> None:
    brief = brief_of(first, second, "2025-12-01")
    kinds = {e.type for e in brief.entities if e.name.title() == town or town in e.aliases}
    assert kinds == {"PLACE"}, [(e.name, e.type, e.aliases) for e in brief.entities]


def test_a_datelines_region_is_a_place_across_reports() -> None:
    brief = brief_of(
        "ORVIK, Lindmark (Coastal Times) - A court jailed the former mayor on Monday.",
        "A Lindmark court jailed the former mayor. Lindmark's anti-graft agency hailed it.",
        "2025-12-01",
    )
    assert {e.type for e in brief.entities if e.name == "Lindmark"} == {"PLACE"}


def test_a_company_of_one_name_in_both_reports_stays_a_company() -> None:
    brief = brief_of(
        "ORVIK, Lindmark (Post) - Carmaker Corvane cut 300 jobs on Monday.",
        "Shares in carmaker Corvane fell 4% after the cuts.",
        "2025-12-01",
    )
    assert {e.type for e in brief.entities if e.name.startswith("Corvane")} == {"ORG"}
